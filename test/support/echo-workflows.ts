// A bundle with the trivial `echo` alone: what one cached workflow costs the SDK without duban's modules.
export { echo } from './probe-workflows';

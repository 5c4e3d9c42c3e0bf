// The bench worker's bundle: every duban workflow plus the trivial `echo` baseline, so both run on one worker.
export { taskWorkflow, conferenceWorkflow } from '../../workflows/index';
export { echo } from './probe-workflows';

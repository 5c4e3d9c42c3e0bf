// The bench worker's bundle: every duban workflow plus the trivial `echo` and `alarm` baselines, so both run on one worker.
export { taskWorkflow, conferenceWorkflow } from '../../workflows/index';
export { alarm, echo } from './probe-workflows';

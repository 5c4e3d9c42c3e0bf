// The workflows bundle the worker loads: every workflow type duban runs.
export { taskWorkflow } from './task';
export { conferenceWorkflow } from './conference';
export { rollupWorkflow } from './rollup';

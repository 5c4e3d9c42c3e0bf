// Public surface of the pure domain: schemas, types and the task machine.
export * from './duration';
export * from './limits';
export * from './schedule';
export * from './plan';
export * from './report';
export * from './calendar';
export * from './deadline';
export * from './windows';
export * from './handoff';
export * from './conference';
export * from './labels';
export * from './task';
export * from './rollup';

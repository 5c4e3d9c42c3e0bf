// Public surface of the task machine.
export * from './events';
export * from './context';
export * from './commands';
export * from './refusal';
export { taskMachine, MACHINE_VERSION } from './machine';
export { explain, parseEvent } from './explain';
export { channelRefusal, type Channel } from './channels';
export { applyEvent, createTaskSnapshot, openingCommands, type ApplyResult } from './apply';
export { toPersisted, fromPersisted, PersistedTaskSchema, TaskSnapshotError, type PersistedTask } from './snapshot';
export * from './view';
export { machineDiagram } from './diagram';
export { planTimer, timerEvent, deadlinesOf, type TimerPlan, type Deadlines } from './timer-plan';
export { sharesOf, actingLeads, memberSummaries, membersNote, TooManySharesError, type CollectiveMembers, type MemberSummary } from './members';

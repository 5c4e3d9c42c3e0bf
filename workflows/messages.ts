// Every Update, Signal and Query of duban's workflows, defined once; clients import them from here.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor, AgendaItem, ChildPlanProgress, ChildTaskState, ParentLink, Conference, Deadlines, Decision, EscalationItem, HistoryPage, PersistedTask, Policy, Task, SessionRecord, TaskPlanInput, TaskView, TransitionResult } from '../machines';

// ── task ────────────────────────────────────────────────────────────────────────────────────────
/** An event as a backend sends it: the machine's event without `at` (the workflow stamps its own time). */
export interface TransitionRequest {
  type: string;
  actor: Actor;
  eventId?: string;
  [payload: string]: unknown;
}

export interface TaskWorkflowInput {
  task: Task;
  plan: TaskPlanInput;
  /** set on continue-as-new: the machine's snapshot carried over */
  snapshot?: PersistedTask;
  /** how many runs came before this one (continue-as-new), for the view and the tests */
  run?: number;
  /**
   * ids of the Updates the last runs applied (newest last): an Update the server delivers again to the
   * next run (temporalio/temporal#6375) is answered, not applied twice
   */
  appliedUpdates?: string[];
}

/**
 * A backend's event. Refusals reach the caller as an ApplicationFailure whose `type` is the machine's
 * code; an accepted event answers with the compact TransitionResult (the whole task is the `view` query's).
 */
export const transitionUpdate = defineUpdate<TransitionResult, [TransitionRequest]>('transition');
/** the task as people see it, plus which run it is in and how its current deadlines were computed */
export type TaskViewWithDeadlines = TaskView & { run: number; deadlines: Deadlines | null };
/** optionally one page of the history (`before` a seq, at most `limit` entries) */
export const viewQuery = defineQuery<TaskViewWithDeadlines, [HistoryPage?]>('view');
/** The conference's decision on an agenda item, applied by the task as a RESOLVE event. */
export interface ResolutionNotice {
  itemId: string;
  decision: Decision;
  actor: Actor;
}
/**
 * Sent only by the conference workflow (its `resolve` handler, through the deliverResolution activity)
 * before it closes the item: a refusal reaches the conference's caller and the item stays open.
 */
export const resolutionUpdate = defineUpdate<TransitionResult, [ResolutionNotice]>('resolution');
// ── conference (联席会议), one per plan ─────────────────────────────────────────────────────────
// the agenda's shapes are the conference decider's (machines/conference)
export type { AgendaItem, EscalationItem, SessionRecord } from '../machines';

export interface ConferenceWorkflowInput {
  planId: string;
  conference: Conference;
  policy: Policy;
  /** carried over on continue-as-new */
  agenda?: AgendaItem[];
  sessions?: SessionRecord[];
}
export interface AgendaView {
  planId: string;
  conference: Conference;
  open: AgendaItem[];
  closed: AgendaItem[];
  sessions: SessionRecord[];
  nextSessionAt: string | null;
}
export const escalationSignal = defineSignal<[EscalationItem]>('escalation');
export const withdrawalSignal = defineSignal<[{ itemId: string; at: string }]>('withdrawal');
export const conveneUpdate = defineUpdate<SessionRecord, [{ actor: Actor }]>('convene');
export interface ResolutionRequest {
  actor: Actor;
  itemId: string;
  decision: Decision;
}
export const resolveUpdate = defineUpdate<AgendaItem, [ResolutionRequest]>('resolve');
export const agendaQuery = defineQuery<AgendaView>('agenda');
// ── rollup (下级方案进展), one per plan that implements an upper level's task ───────────────────────
export interface RollupWorkflowInput {
  planId: string;
  title: string;
  parent: ParentLink;
  /** every task of the plan, so one not heard of yet counts as it starts */
  taskNos: string[];
  /** carried over on continue-as-new */
  tasks?: Record<string, ChildTaskState>;
  sent?: ChildPlanProgress | null;
}
/** a child task's state and colour, sent by the task when either changes */
export const taskProgressSignal = defineSignal<[{ taskNo: string } & ChildTaskState]>('taskProgress');
/** the plan's figures, sent by its rollup to the parent task when they change */
export const childPlanSignal = defineSignal<[ChildPlanProgress]>('childPlan');
export const progressQuery = defineQuery<ChildPlanProgress>('progress');

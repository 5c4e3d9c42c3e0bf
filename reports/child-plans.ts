// A parent task's child plans (下级实施方案) as the bulletin lists them: each plan's tasks by colour and by state. Pure.
import { LIFECYCLE_STATES, type ChildPlanProgress, type LifecycleState, type TaskView } from '../machines';

export type { ChildPlanProgress };
import { STATE_LABEL } from './labels';

/** a task view as a report reads it */
export type ReportView = TaskView;

export interface ChildPlanRow extends ChildPlanProgress {
  taskNo: string;
  /** `实施中3、已办结2`: the states present, in the lifecycle's order */
  stateText: string;
}

const isState = (k: string): k is LifecycleState => (LIFECYCLE_STATES as readonly string[]).includes(k);

/** `实施中3、已办结2`; a state this code does not know (from a newer child) is shown by its own name */
export function stateText(byLifecycle: Readonly<Record<string, number>>): string {
  const unknown = Object.keys(byLifecycle).filter((k) => !isState(k)).sort();
  const parts = [...LIFECYCLE_STATES, ...unknown]
    .filter((k) => (byLifecycle[k] ?? 0) > 0)
    .map((k) => `${isState(k) ? STATE_LABEL[k] : k}${byLifecycle[k] ?? 0}`);
  return parts.length > 0 ? parts.join('、') : '—';
}

/** one row per child plan of each task that has any, in the order of the views given */
export const childPlanRows = (views: readonly ReportView[]): ChildPlanRow[] =>
  views.flatMap((v) => v.childPlans.map((p) => ({ ...p, taskNo: v.taskNo, stateText: stateText(p.byLifecycle) })));

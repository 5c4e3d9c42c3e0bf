// Pure selectors over a task snapshot for workflows and people: state names, colour, next milestone, the view.
import type { SnapshotFrom } from 'xstate';
import type { Milestone, TaskContext } from './context';
import type { taskMachine } from './machine';
import { nearestOpen } from './milestones';

export type TaskSnapshot = SnapshotFrom<typeof taskMachine>;

export const LIFECYCLE_STATES = ['draft', 'measuresIssued', 'inProgress.implementing', 'inProgress.awaitingVerification', 'verified', 'cancelled'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];
export const SUPERVISION_STATES = ['onTrack', 'dueSoon', 'overdue', 'escalated', 'closed'] as const;
export type SupervisionState = (typeof SUPERVISION_STATES)[number];

/** green on track, blue due soon, yellow overdue, red escalated (督办单 grades); grey once closed */
export type Colour = 'green' | 'blue' | 'yellow' | 'red' | 'grey';
const COLOURS: Record<SupervisionState, Colour> = { onTrack: 'green', dueSoon: 'blue', overdue: 'yellow', escalated: 'red', closed: 'grey' };

const flatten = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}.${flatten(v)}`)
        .join(',');

export function stateNames(snapshot: TaskSnapshot): { lifecycle: LifecycleState; supervision: SupervisionState } {
  const value = snapshot.value as { lifecycle: unknown; supervision: unknown };
  return { lifecycle: flatten(value.lifecycle) as LifecycleState, supervision: flatten(value.supervision) as SupervisionState };
}

export const colourOf = (snapshot: TaskSnapshot): Colour => COLOURS[stateNames(snapshot).supervision];

export interface NextMilestone {
  id: string;
  kind: Milestone['kind'];
  due: string;
}

/** the nearest open milestone with a due date: arm the reminder, due and escalation timers from it */
export function nextMilestone(snapshot: TaskSnapshot): NextMilestone | null {
  if (snapshot.status === 'done') return null;
  const m = nearestOpen(snapshot.context.milestones);
  return m === null || m.due === null ? null : { id: m.id, kind: m.kind, due: m.due };
}

export interface TaskView {
  planId: string;
  taskNo: string;
  text: string;
  state: { lifecycle: LifecycleState; supervision: SupervisionState };
  closed: boolean;
  colour: Colour;
  leadUnits: string[];
  assists: TaskContext['assists'];
  measures: TaskContext['measures'];
  progress: TaskContext['progress'];
  evidence: TaskContext['evidence'];
  milestones: TaskContext['milestones'];
  nextMilestone: NextMilestone | null;
  extensionRequest: TaskContext['extensionRequest'];
  escalation: TaskContext['escalation'];
  orders: TaskContext['orders'];
  history: TaskContext['history'];
}

/** everything a person or the Temporal UI needs about one task; plain JSON */
export function taskView(snapshot: TaskSnapshot): TaskView {
  const c = snapshot.context;
  const view: TaskView = {
    planId: c.planId,
    taskNo: c.task.no,
    text: c.task.text,
    state: stateNames(snapshot),
    closed: snapshot.status === 'done',
    colour: colourOf(snapshot),
    leadUnits: c.leadUnits,
    assists: c.assists,
    measures: c.measures,
    progress: c.progress,
    evidence: c.evidence,
    milestones: c.milestones,
    nextMilestone: nextMilestone(snapshot),
    extensionRequest: c.extensionRequest,
    escalation: c.escalation,
    orders: c.orders,
    history: c.history,
  };
  return JSON.parse(JSON.stringify(view)) as TaskView;
}

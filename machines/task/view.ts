// Pure selectors over a task snapshot for workflows and people: state names, colour, next milestone, the view.
import type { SnapshotFrom } from 'xstate';
import { LIMITS } from '../limits';
import type { HistoryEntry, Milestone, TaskContext } from './context';
import type { taskMachine } from './machine';
import { nearestOpen } from './milestones';
import { actingLeads, memberSummaries, membersNote, type MemberSummary } from './members';

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
  /** who may act as lead: the lead units named on their own and the members of leading collectives */
  actingLeads: string[];
  assists: TaskContext['assists'];
  /** per collective: how many members are notified, done, waived, late (each member's own line is in `assists`) */
  members: MemberSummary[];
  /** what the colour does not say: `…：14个成员单位中3个逾期`, or null when no member is late */
  membersNote: string | null;
  /** the upper level's task this task's plan implements */
  parent: TaskContext['parent'];
  /** plans loaded as this task's implementation, with their figures as last reported */
  childPlans: TaskContext['childPlans'];
  measures: TaskContext['measures'];
  progress: TaskContext['progress'];
  evidence: TaskContext['evidence'];
  milestones: TaskContext['milestones'];
  nextMilestone: NextMilestone | null;
  extensionRequest: TaskContext['extensionRequest'];
  escalation: TaskContext['escalation'];
  orders: TaskContext['orders'];
  /** one page of the kept history, oldest first (see HistoryPage) */
  history: TaskContext['history'];
  /** how many events the task accepted in all; the snapshot keeps the newest LIMITS.keptHistory */
  historyCount: number;
}

/** which entries of the kept history a view shows: `before` a seq (exclusive), at most `limit`, newest last */
export interface HistoryPage {
  before?: number;
  limit?: number;
}

export function historyPage(history: readonly HistoryEntry[], page: HistoryPage = {}): HistoryEntry[] {
  const limit = Math.max(1, Math.min(page.limit ?? LIMITS.historyPage, LIMITS.historyPage));
  const before = page.before;
  const older = before === undefined ? history : history.filter((h) => h.seq < before);
  return older.slice(Math.max(0, older.length - limit));
}

/** everything a person or the Temporal UI needs about one task; plain JSON */
export function taskView(snapshot: TaskSnapshot, page: HistoryPage = {}): TaskView {
  return JSON.parse(JSON.stringify(peekTaskView(snapshot, page))) as TaskView;
}

/**
 * The view over the snapshot's own objects, not a copy: to read at once and drop (the workflow's current
 * details, on every step), never to keep, change or send — taskView() is the copy for that.
 */
export function peekTaskView(snapshot: TaskSnapshot, page: HistoryPage = {}): TaskView {
  const c = snapshot.context;
  const members = memberSummaries(c);
  return {
    planId: c.planId,
    taskNo: c.task.no,
    text: c.task.text,
    state: stateNames(snapshot),
    closed: snapshot.status === 'done',
    colour: colourOf(snapshot),
    leadUnits: c.leadUnits,
    actingLeads: actingLeads(c),
    assists: c.assists,
    members,
    membersNote: membersNote(members),
    parent: c.parent,
    childPlans: c.childPlans,
    measures: c.measures,
    progress: c.progress,
    evidence: c.evidence,
    milestones: c.milestones,
    nextMilestone: nextMilestone(snapshot),
    extensionRequest: c.extensionRequest,
    escalation: c.escalation,
    orders: c.orders,
    history: historyPage(c.history, page),
    historyCount: c.historyCount,
  };
}

/**
 * What an accepted event returns to its sender: the new state and dates and the history line it added —
 * small whatever the task holds (the whole view is the `view` query's).
 */
export interface TransitionResult {
  planId: string;
  taskNo: string;
  state: TaskView['state'];
  closed: boolean;
  colour: Colour;
  leadUnits: string[];
  actingLeads: string[];
  /** set when members of a collective are late (see TaskView) */
  membersNote: string | null;
  nextMilestone: NextMilestone | null;
  milestones: Array<Pick<Milestone, 'id' | 'kind' | 'due' | 'metAt' | 'late'>>;
  /** the history entry of this event */
  accepted: HistoryEntry | null;
  historyCount: number;
}

export function transitionResult(snapshot: TaskSnapshot): TransitionResult {
  const c = snapshot.context;
  const result: TransitionResult = {
    planId: c.planId,
    taskNo: c.task.no,
    state: stateNames(snapshot),
    closed: snapshot.status === 'done',
    colour: colourOf(snapshot),
    leadUnits: c.leadUnits,
    actingLeads: actingLeads(c),
    membersNote: membersNote(memberSummaries(c)),
    nextMilestone: nextMilestone(snapshot),
    milestones: c.milestones.map(({ id, kind, due, metAt, late }) => ({ id, kind, due, metAt, late })),
    accepted: c.history.at(-1) ?? null,
    historyCount: c.historyCount,
  };
  return JSON.parse(JSON.stringify(result)) as TransitionResult;
}

// Collectives in a task (各市、县（市、区）政府): each member its own handoff, who acts as the task's lead, and
// how many members are where — so 14 cities are answerable one by one, not as one department.
import { handoffNotices, notifyAssist, pendingAssist, type Assist, type HandoffNotice, type ShareRole } from '../handoff';
import { LIMITS } from '../limits';
import type { Policy, Task } from '../plan';
import type { Milestone, TaskContext } from './context';

/** collective id → its member unit ids, for the collectives a task names (from the plan's units directory) */
export type CollectiveMembers = Readonly<Record<string, readonly string[]>>;

export class TooManySharesError extends Error {
  readonly code = 'TOO_MANY_SHARES';
  constructor(readonly count: number) {
    super(`任务的配合单位与成员单位共 ${count} 个，超过上限 ${LIMITS.sharesPerTask} / ${count} units to hand the task to, more than ${LIMITS.sharesPerTask}`);
  }
}

/**
 * One handoff per unit the task hands work to: each assisting unit; each member of an assisting collective;
 * each member of a leading collective (its own obligation under the task's deadline). A unit named on its own
 * keeps that standing; a unit in two collectives answers once, for the first.
 */
export function sharesOf(task: Pick<Task, 'leadUnits' | 'assistingUnits'>, members: CollectiveMembers = {}, limit: number = LIMITS.sharesPerTask): Assist[] {
  const named = (u: string): boolean => !(members[u]?.length);
  const shares: Assist[] = task.assistingUnits.filter(named).map((u) => pendingAssist(u));
  const seen = new Set<string>([...task.leadUnits.filter(named), ...shares.map((a) => a.unit)]);
  for (const [role, units] of [['lead', task.leadUnits], ['assisting', task.assistingUnits]] as const)
    for (const c of units)
      for (const m of members[c] ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        shares.push(pendingAssist(m, { role, collective: c }));
      }
  if (shares.length > limit) throw new TooManySharesError(shares.length);
  return shares;
}

/** the collectives the task names that stand for members (a collective without members acts as one unit) */
const expanded = (ctx: Pick<TaskContext, 'collectives'>, unit: string): boolean => (ctx.collectives[unit]?.length ?? 0) > 0;

/**
 * Who may act as the task's lead (ISSUE_MEASURES, START, SUBMIT, REQUEST_EXTENSION): its lead units named on
 * their own, and the members of its leading collectives (a collective has no one to speak for it but its members).
 */
export function actingLeads(ctx: Pick<TaskContext, 'leadUnits' | 'collectives' | 'assists'>): string[] {
  const own = ctx.leadUnits.filter((u) => !expanded(ctx, u));
  const members = ctx.assists.filter((a) => a.role === 'lead' && ctx.leadUnits.includes(a.collective ?? '')).map((a) => a.unit);
  return [...own, ...members];
}

/** the task's own deadline, which a leading member is held to: the latest due of its open milestones (reports aside) */
export function taskDeadline(milestones: readonly Milestone[]): string | null {
  const dues = milestones.filter((m) => m.kind !== 'report' && m.metAt === null && m.due !== null).map((m) => m.due as string);
  return dues.reduce<string | null>((latest, d) => (latest === null || Date.parse(d) > Date.parse(latest) ? d : latest), null);
}

/**
 * A leading member owes its part from the task's first moment (nobody hands a task to its own leads), by the
 * task's deadline; assisting units wait for the measures (recordMeasures).
 */
export const openLeadShares = (assists: readonly Assist[], at: string, policy: Policy, milestones: readonly Milestone[]): Assist[] =>
  assists.map((a) => (a.role === 'lead' && a.status === 'pending' ? notifyAssist(a, at, policy, taskDeadline(milestones)) : a));

/** the notices of the leading members' obligations opened at `at` */
export const leadShareNotices = (ctx: Pick<TaskContext, 'task' | 'assists' | 'conference' | 'leadUnits' | 'collectives'>, at: string): HandoffNotice[] =>
  ctx.assists
    .filter((a) => a.role === 'lead' && a.notifiedAt === at)
    .flatMap((a) => handoffNotices(ctx.task, { leads: actingLeads(ctx), office: ctx.conference.office }, a, { kind: 'notified' }));

/** the handoffs after the conference named new leads: a collective that no longer leads is released, a newly leading one's members owe their part */
export function leadSharesAfterReassign(ctx: TaskContext, leadUnits: readonly string[], at: string): Assist[] {
  const kept = ctx.assists.filter((a) => a.role !== 'lead' || leadUnits.includes(a.collective ?? ''));
  const fresh = sharesOf({ leadUnits: [...leadUnits], assistingUnits: [] }, ctx.collectives).filter((a) => !kept.some((k) => k.unit === a.unit));
  return [...kept, ...openLeadShares(fresh, at, ctx.policy, ctx.milestones)];
}

// a type, not an interface: the gateway's loose response schema needs an index-signature-compatible shape
export type MemberSummary = {
  collective: string;
  role: ShareRole;
  total: number;
  /** notified and not yet acknowledged */
  notified: number;
  acknowledged: number;
  /** contributed (assisting) or reported done (leading) */
  done: number;
  waived: number;
  /** past a deadline and not done (a late or escalate step taken on the open deadline) */
  late: number;
  escalated: number;
  /** the members late now, by name (bounded by the collective's size) */
  lateUnits: string[];
};

const isLate = (a: Assist): boolean =>
  a.status !== 'contributed' && a.status !== 'waived' && (a.status === 'notified' ? a.steps.acknowledgement : a.steps.contribution).some((s) => s !== 'remind');

/** per collective of the task: how many members are where (the view, the details and the colour's note) */
export function memberSummaries(ctx: Pick<TaskContext, 'assists'>): MemberSummary[] {
  const byCollective = new Map<string, MemberSummary>();
  for (const a of ctx.assists) {
    if (a.collective === null) continue;
    const key = `${a.role}:${a.collective}`;
    const s = byCollective.get(key) ?? { collective: a.collective, role: a.role, total: 0, notified: 0, acknowledged: 0, done: 0, waived: 0, late: 0, escalated: 0, lateUnits: [] };
    s.total++;
    if (a.status === 'notified') s.notified++;
    if (a.status === 'acknowledged') s.acknowledged++;
    if (a.status === 'contributed') s.done++;
    if (a.status === 'waived') s.waived++;
    if (isLate(a)) {
      s.late++;
      s.lateUnits.push(a.unit);
    }
    if (a.escalatedItemId !== null && a.status !== 'contributed' && a.status !== 'waived') s.escalated++;
    byCollective.set(key, s);
  }
  return [...byCollective.values()];
}

/** `各市、县（市、区）政府：14个成员单位中3个逾期` — what the colour does not say on its own */
export function membersNote(summaries: readonly MemberSummary[]): string | null {
  const late = summaries.filter((s) => s.late > 0);
  if (late.length === 0) return null;
  return late.map((s) => `${s.collective}：${s.total}个成员单位中${s.late}个逾期`).join('；');
}

// The rules behind the machine's guards, as pure functions returning a Refusal (or null); explain() reuses them.
import { LIMITS } from '../limits';
import type { TaskContext } from './context';
import { ROLES_FOR, type ActorRole, type EventOf, type TaskEvent } from './events';
import { CREATABLE_MILESTONES, findMilestone, isOpen, nearestOpen } from './milestones';
import { nextHandoffTimer, shareName } from '../handoff';
import { isBefore, sameInstant } from './periods';
import { refuse, type Refusal } from './refusal';
import { actingLeads } from './members';

const list = (units: readonly string[]): string => units.join('、');

function unitsFor(ctx: TaskContext, role: ActorRole): readonly string[] | null {
  switch (role) {
    case 'lead':
      return actingLeads(ctx);
    case 'assisting':
      return ctx.assists.filter((a) => a.role === 'assisting').map((a) => a.unit);
    case 'supervisor':
      return [ctx.conference.office];
    case 'conference':
      return [ctx.conference.convener, ctx.conference.office];
    case 'system':
      return null; // timers: any unit name, the role says it all
  }
}

function describe(ctx: TaskContext, role: ActorRole): { zh: string; en: string } {
  const units = unitsFor(ctx, role) ?? [];
  switch (role) {
    case 'lead':
      return { zh: `牵头单位${list(units)}`, en: `the lead unit ${units.join(', ')}` };
    case 'assisting':
      return { zh: `配合单位${list(units)}`, en: `an assisting unit (${units.join(', ')})` };
    case 'supervisor':
      return { zh: `督查单位（联席会议办公室）${list(units)}`, en: `the supervisor ${units.join(', ')}` };
    case 'conference':
      return { zh: `联席会议（${list(units)}）`, en: `the conference (${units.join(', ')})` };
    case 'system':
      return { zh: '系统计时器', en: 'the system timers' };
  }
}

/** the actor's role must be allowed for the event and its unit must hold that role in this task */
export function actorRefusal(ctx: TaskContext, e: TaskEvent): Refusal | null {
  const roles = ROLES_FOR[e.type];
  const units = unitsFor(ctx, e.actor.role);
  if (roles.includes(e.actor.role) && (units === null || units.includes(e.actor.unit))) return null;
  const who = roles.map((r) => describe(ctx, r));
  return refuse(
    'FORBIDDEN_ACTOR',
    `只有${who.map((w) => w.zh).join('或')}可以 ${e.type}；发送方为${e.actor.unit}`,
    `only ${who.map((w) => w.en).join(' or ')} may ${e.type}; sent by ${e.actor.unit}`,
  );
}

export function duplicateRefusal(ctx: TaskContext, e: TaskEvent): Refusal | null {
  if (e.eventId === undefined || !ctx.eventIds.includes(e.eventId)) return null;
  return refuse('DUPLICATE_EVENT', `事件 ${e.eventId} 已处理过`, `event ${e.eventId} was already applied`);
}

export function assistStepRefusal(ctx: TaskContext, e: TaskEvent, allowed: readonly string[]): Refusal | null {
  const assist = ctx.assists.find((a) => a.unit === e.actor.unit);
  if (assist !== undefined && allowed.includes(assist.status)) return null;
  if (assist === undefined)
    return refuse(
      'TRANSITION_NOT_ALLOWED',
      `${e.actor.unit}在本任务中没有单独的分工（配合单位或集体的成员单位），不能 ${e.type}`,
      `${e.actor.unit} has no handoff of its own in this task (an assisting unit or a member of a collective); ${e.type} is not allowed`,
    );
  return refuse(
    'TRANSITION_NOT_ALLOWED',
    `${shareName(assist)}当前状态为 ${assist.status}，不能 ${e.type}`,
    `${assist.collective === null ? 'assisting unit' : `member ${e.actor.unit} of ${assist.collective}`} ${e.actor.unit} is ${assist.status}; ${e.type} is not allowed`,
  );
}

export function assistsOutstanding(ctx: TaskContext): Refusal | null {
  const open = ctx.assists.filter((a) => a.status !== 'contributed' && a.status !== 'waived');
  if (open.length === 0) return null;
  const [assisting, members] = [open.filter((a) => a.role === 'assisting').map((a) => a.unit), open.filter((a) => a.role === 'lead').map((a) => a.unit)];
  const zh = [assisting.length > 0 ? `配合单位${list(assisting)}尚未反馈配合情况` : '', members.length > 0 ? `成员单位${list(members)}尚未报告落实情况` : ''];
  const en = [assisting.length > 0 ? `assisting units ${assisting.join(', ')} have not contributed` : '', members.length > 0 ? `members ${members.join(', ')} have not reported their part done` : ''];
  return refuse('ASSISTS_OUTSTANDING', `${zh.filter(Boolean).join('，')}，不能提交验收`, `${en.filter(Boolean).join('; ')}; cannot SUBMIT`);
}

/** the milestone must exist (or be creatable) and still be open */
function openMilestoneRefusal(ctx: TaskContext, id: string, creatable: boolean): Refusal | null {
  const m = findMilestone(ctx, id);
  if (m === undefined) {
    if (creatable && CREATABLE_MILESTONES.includes(id)) return null;
    const known = ctx.milestones.map((x) => x.id).join(', ');
    return refuse('UNKNOWN_MILESTONE', `本任务没有节点 ${id}（现有：${known}）`, `no milestone ${id} (known: ${known})`);
  }
  if (isOpen(m)) return null;
  return refuse('MILESTONE_MET', `节点 ${id} 已于 ${m.metAt} 完成`, `milestone ${id} was met at ${m.metAt}`);
}

function laterRefusal(current: string | null, next: string): Refusal | null {
  if (current === null || isBefore(current, next)) return null;
  return refuse('NOT_LATER', `新时限 ${next} 须晚于现时限 ${current}`, `new due ${next} must be later than ${current}`);
}

export function extensionRefusal(ctx: TaskContext, e: EventOf<'REQUEST_EXTENSION'>): Refusal | null {
  const missing = openMilestoneRefusal(ctx, e.milestone, false);
  if (missing !== null) return missing;
  const due = findMilestone(ctx, e.milestone)?.due ?? null;
  if (due === null)
    return refuse('NO_DUE_DATE', `节点 ${e.milestone} 尚无时限，无需延期`, `milestone ${e.milestone} has no due date`);
  if (!isBefore(e.at, due))
    return refuse(
      'MILESTONE_PASSED',
      `节点 ${e.milestone} 已于 ${due} 到期，须在到期前申请延期`,
      `milestone ${e.milestone} was due ${due}; extensions must be requested before it is due`,
    );
  if (ctx.extensionRequest !== null)
    return refuse('EXTENSION_PENDING', '已有待审批的延期申请', 'an extension request is already open');
  return laterRefusal(due, e.newDue);
}

export function decisionRefusal(ctx: TaskContext, e: EventOf<'RESOLVE'>): Refusal | null {
  const d = e.decision;
  switch (d.kind) {
    case 'extend':
      return openMilestoneRefusal(ctx, d.milestone, true) ?? laterRefusal(findMilestone(ctx, d.milestone)?.due ?? null, d.newDue);
    case 'waive': {
      const assist = ctx.assists.find((a) => a.unit === d.unit);
      if (assist === undefined)
        return refuse('UNKNOWN_UNIT', `${d.unit} 不是本任务的配合单位`, `${d.unit} is not an assisting unit of this task`);
      if (assist.status === 'contributed' || assist.status === 'waived')
        return refuse('TRANSITION_NOT_ALLOWED', `配合单位${d.unit}已${assist.status === 'waived' ? '免除' : '反馈'}`, `assisting unit ${d.unit} is already ${assist.status}`);
      return null;
    }
    case 'reassignLead': {
      const unknown = d.leadUnits.filter((u) => !ctx.planUnits.includes(u));
      if (unknown.length > 0)
        return refuse('UNKNOWN_UNIT', `${list(unknown)} 不是本计划的责任单位`, `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a unit' : 'are not units'} of this plan`);
      if (new Set(d.leadUnits).size !== d.leadUnits.length)
        return refuse('BAD_PAYLOAD', '牵头单位重复', 'a lead unit is named twice');
      return null;
    }
    case 'order':
    case 'cancel':
      return null;
  }
}

/** the item a resolution answers: raised by this task or one of its handoffs, and (for a milestone) still open */
export function agendaRefusal(ctx: TaskContext, e: EventOf<'RESOLVE'>): Refusal | null {
  const own = `${ctx.planId}:${ctx.task.no}:`;
  const item = e.itemId;
  if (item === undefined)
    return refuse('NOT_ON_AGENDA', '联席会议决定须针对议程事项作出（POST /conference/{plan}/resolutions）', 'a conference decision answers an agenda item (POST /conference/{plan}/resolutions)');
  if (!item.startsWith(own))
    return refuse('NOT_ON_AGENDA', `议程事项 ${item} 不属于本任务`, `agenda item ${item} is not this task's`);
  const assist = item.slice(own.length).startsWith('assist:');
  if (!assist && ctx.escalation?.itemId !== item)
    return refuse('NOT_ON_AGENDA', `本任务没有待议事项 ${item}`, `this task has no open agenda item ${item}`);
  return null;
}

const YEAR_MS = 365.25 * 86_400_000;
/** every date an event names, with its field */
function datesOf(e: TaskEvent): Array<[string, string]> {
  switch (e.type) {
    case 'REQUEST_EXTENSION':
      return [['newDue', e.newDue]];
    case 'UPSTREAM_ISSUED':
      return [['issuedAt', e.issuedAt]];
    case 'SET_DEADLINE':
      return [['due', e.due]];
    case 'RESOLVE':
      return e.decision.kind === 'extend' ? [['decision.newDue', e.decision.newDue]] : [];
    default:
      return [];
  }
}

/** a date must lie in the plan's window: a year before its issue date to LIMITS.yearsAhead after it or the event */
export function datesRefusal(ctx: TaskContext, e: TaskEvent): Refusal | null {
  const issued = Date.parse(`${ctx.issuedOn}T00:00:00+08:00`);
  const from = issued - LIMITS.yearsBeforePlan * YEAR_MS;
  const to = Math.max(issued, Date.parse(e.at)) + LIMITS.yearsAhead * YEAR_MS;
  for (const [field, date] of datesOf(e)) {
    const t = Date.parse(date);
    if (t >= from && t <= to) continue;
    const [a, b] = [new Date(from).toISOString().slice(0, 10), new Date(to).toISOString().slice(0, 10)];
    return refuse('DATE_OUT_OF_RANGE', `${field} ${date} 超出本计划的合理时间范围（${a} 至 ${b}）`, `${field} ${date} lies outside this plan's window (${a} to ${b})`);
  }
  return null;
}

/** a timer must be for the nearest open milestone at the due it was armed with */
export function timerRefusal(ctx: TaskContext, e: EventOf<'REMIND' | 'DEADLINE_PASSED' | 'ESCALATE'>): Refusal | null {
  const next = nearestOpen(ctx.milestones);
  if (next !== null && next.id === e.milestone && next.due !== null && sameInstant(next.due, e.due)) return null;
  const now = next === null ? '无' : `${next.id}@${next.due}`;
  return refuse(
    'STALE_TIMER',
    `计时器（${e.milestone}@${e.due}）已过时；当前节点：${now}`,
    `stale timer for ${e.milestone}@${e.due}; current milestone: ${next === null ? 'none' : `${next.id}@${next.due}`}`,
  );
}

/** a handoff step must be the one its unit's deadline is waiting for, at the due it was armed with */
export function assistTimerRefusal(ctx: TaskContext, e: EventOf<'ASSIST_TIMER'>): Refusal | null {
  const assist = ctx.assists.find((a) => a.unit === e.unit);
  const next = assist === undefined ? null : nextHandoffTimer(assist, ctx.policy);
  if (next !== null && next.deadline === e.deadline && next.step === e.step && sameInstant(next.due, e.due)) return null;
  const now = next === null ? '无' : `${next.deadline}/${next.step}@${next.due}`;
  return refuse(
    'STALE_TIMER',
    `配合单位${e.unit}的计时器（${e.deadline}/${e.step}@${e.due}）已过时；当前：${now}`,
    `stale handoff timer for ${e.unit} (${e.deadline}/${e.step}@${e.due}); current: ${next === null ? 'none' : now}`,
  );
}

export const acknowledgeRefusal = (ctx: TaskContext, e: EventOf<'ACKNOWLEDGE'>): Refusal | null => assistStepRefusal(ctx, e, ['notified']);
export const contributeRefusal = (ctx: TaskContext, e: EventOf<'CONTRIBUTE'>): Refusal | null => assistStepRefusal(ctx, e, ['notified', 'acknowledged']);

export const decideExtensionRefusal = (ctx: TaskContext): Refusal | null =>
  ctx.extensionRequest === null ? refuse('NO_EXTENSION_REQUEST', '没有待审批的延期申请', 'there is no open extension request') : null;

/** an upstream document arms an afterEvent deadline once */
export function upstreamRefusal(ctx: TaskContext): Refusal | null {
  const spec = ctx.task.schedule.spec;
  if (spec.kind !== 'afterEvent') return refuse('NOT_AFTER_EVENT', '本任务的时限不取决于上级文件', 'this task does not wait for an upstream event');
  const due = findMilestone(ctx, spec.milestone)?.due ?? null;
  return due === null ? null : refuse('DEADLINE_ALREADY_SET', `时限已设定为 ${due}`, `the deadline is already set to ${due}`);
}

export const deadlineRefusal = (ctx: TaskContext, e: EventOf<'SET_DEADLINE'>): Refusal | null => openMilestoneRefusal(ctx, e.milestone, true);

/** a resolution answers this task's agenda item and its decision holds here */
export const resolveRefusal = (ctx: TaskContext, e: EventOf<'RESOLVE'>): Refusal | null => agendaRefusal(ctx, e) ?? decisionRefusal(ctx, e);

/** a task keeps the progress of at most LIMITS.childPlans plans: a further one is refused by name */
export function childPlanRefusal(ctx: TaskContext, e: EventOf<'CHILD_PLAN'>): Refusal | null {
  if (ctx.childPlans.some((c) => c.planId === e.progress.planId) || ctx.childPlans.length < LIMITS.childPlans) return null;
  return refuse('TOO_LARGE', `本任务已有 ${LIMITS.childPlans} 个下级落实方案，不再接收 ${e.progress.planId}`, `this task already follows ${LIMITS.childPlans} child plans; ${e.progress.planId} is refused`);
}

/** the rule of each event beyond actor and state (what explain() reports; each guard calls its own) */
export function domainRefusal(ctx: TaskContext, e: TaskEvent): Refusal | null {
  switch (e.type) {
    case 'ACKNOWLEDGE':
      return acknowledgeRefusal(ctx, e);
    case 'CONTRIBUTE':
      return contributeRefusal(ctx, e);
    case 'SUBMIT':
      return assistsOutstanding(ctx);
    case 'REQUEST_EXTENSION':
      return extensionRefusal(ctx, e);
    case 'DECIDE_EXTENSION':
      return decideExtensionRefusal(ctx);
    case 'UPSTREAM_ISSUED':
      return upstreamRefusal(ctx);
    case 'SET_DEADLINE':
      return deadlineRefusal(ctx, e);
    case 'RESOLVE':
      return resolveRefusal(ctx, e);
    case 'REMIND':
    case 'DEADLINE_PASSED':
    case 'ESCALATE':
      return timerRefusal(ctx, e);
    case 'ASSIST_TIMER':
      return assistTimerRefusal(ctx, e);
    case 'CHILD_PLAN':
      return childPlanRefusal(ctx, e);
    case 'ISSUE_MEASURES':
    case 'START':
    case 'REPORT_PROGRESS':
    case 'VERIFY':
    case 'RETURN':
      return null;
  }
}

// The handoff (交办) to one unit — an assisting unit, or one member of a collective (各市政府 → 沈阳市人民政府)
// that assists or leads — as a pure decider: its deadlines, which step is next and when (reminder, lateness,
// escalation to the conference), and what each step tells whom.
import { z } from 'zod';
import { InstantSchema } from './schedule';
import { after, afterExplained, before, type Computed } from './windows';
import type { Policy } from './plan';

/** 配合单位 status: pending → notified → acknowledged → contributed, or waived by the conference */
export const AssistStatusSchema = z.enum(['pending', 'notified', 'acknowledged', 'contributed', 'waived']);
export type AssistStatus = z.infer<typeof AssistStatusSchema>;

/** what the unit owes now: its acknowledgement (签收), then its contribution (配合材料) */
export const HandoffDeadlineSchema = z.enum(['acknowledgement', 'contribution']);
export type HandoffDeadline = z.infer<typeof HandoffDeadlineSchema>;

/** the steps taken on a deadline so far, in order: reminded before it, late after it, escalated after the grace */
export const HandoffStepSchema = z.enum(['remind', 'late', 'escalate']);
export type HandoffStep = z.infer<typeof HandoffStepSchema>;
const STEPS: readonly HandoffStep[] = HandoffStepSchema.options;

/**
 * assisting: a 配合单位 (or a member of an assisting collective), which acknowledges, then contributes;
 * lead: a member of a leading collective, which owes its own report that it has done its part (no 签收:
 * the task is its own)
 */
export const ShareRoleSchema = z.enum(['assisting', 'lead']);
export type ShareRole = z.infer<typeof ShareRoleSchema>;

export const AssistSchema = z.object({
  unit: z.string(),
  role: ShareRoleSchema.default('assisting'),
  /** the collective this unit answers for (各市、县（市、区）政府), or null for a unit named on its own */
  collective: z.string().nullable().default(null),
  status: AssistStatusSchema,
  notifiedAt: InstantSchema.nullable(),
  acknowledgedAt: InstantSchema.nullable(),
  contributedAt: InstantSchema.nullable(),
  waivedAt: InstantSchema.nullable(),
  contribution: z.string().nullable(),
  /** the end of the acknowledgement window (policy.ackWindow on the plan's day-off rule) */
  acknowledgeBy: InstantSchema.nullable(),
  /** the task's nearest due date when the unit was notified; null: no date to contribute by */
  contributeBy: InstantSchema.nullable(),
  /** the steps already taken on each deadline */
  steps: z.object({ acknowledgement: z.array(HandoffStepSchema), contribution: z.array(HandoffStepSchema) }),
  /** the conference agenda item raised for this unit, if any */
  escalatedItemId: z.string().nullable(),
});
export type Assist = z.infer<typeof AssistSchema>;

export const pendingAssist = (unit: string, share: { role?: ShareRole; collective?: string | null } = {}): Assist => ({
  unit,
  role: share.role ?? 'assisting',
  collective: share.collective ?? null,
  status: 'pending',
  notifiedAt: null,
  acknowledgedAt: null,
  contributedAt: null,
  waivedAt: null,
  contribution: null,
  acknowledgeBy: null,
  contributeBy: null,
  steps: { acknowledgement: [], contribution: [] },
  escalatedItemId: null,
});

/**
 * notified at `at`: an assisting unit's acknowledgement window opens; the contribution (a leading member's
 * report of its part) is due by the task's nearest due. A leading member has nothing to acknowledge.
 */
export function notifyAssist(a: Assist, at: string, policy: Policy, contributeBy: string | null): Assist {
  if (a.role === 'lead') return { ...a, status: 'acknowledged', notifiedAt: at, acknowledgedAt: at, contributeBy };
  const ack = acknowledgementWindow(at, policy);
  return { ...a, status: 'notified', notifiedAt: at, acknowledgeBy: ack.at, contributeBy };
}

export const acknowledgementWindow = (notifiedAt: string, policy: Policy): Computed =>
  afterExplained(notifiedAt, policy.ackWindow, policy.computedDueOnNonWorkingDay);

/** the deadline the unit is held to now, if any */
export function openDeadline(a: Assist): { deadline: HandoffDeadline; due: string } | null {
  if (a.status === 'notified' && a.acknowledgeBy !== null) return { deadline: 'acknowledgement', due: a.acknowledgeBy };
  if (a.status === 'acknowledged' && a.contributeBy !== null) return { deadline: 'contribution', due: a.contributeBy };
  return null;
}

export interface HandoffTimer {
  unit: string;
  role: ShareRole;
  deadline: HandoffDeadline;
  step: HandoffStep;
  due: string;
  /** when the step is due (may be in the past: take it at once) */
  fireAt: string;
}

/**
 * The next step on the unit's open deadline: a reminder `reminderLead` before it (skipped when that moment
 * had passed before the deadline opened), lateness at the deadline, escalation `escalationGrace` after it.
 */
export function nextHandoffTimer(a: Assist, policy: Policy): HandoffTimer | null {
  const open = openDeadline(a);
  if (open === null) return null;
  const last = a.steps[open.deadline].at(-1);
  const step = last === undefined ? 'remind' : STEPS[STEPS.indexOf(last) + 1];
  if (step === undefined) return null;
  const base = { unit: a.unit, role: a.role, deadline: open.deadline, due: open.due };
  if (step === 'remind') {
    const remindAt = before(open.due, policy.reminderLead);
    const opened = open.deadline === 'acknowledgement' ? a.notifiedAt : a.acknowledgedAt;
    if (opened === null || Date.parse(remindAt) > Date.parse(opened)) return { ...base, step, fireAt: remindAt };
    return { ...base, step: 'late', fireAt: open.due };
  }
  if (step === 'late') return { ...base, step, fireAt: open.due };
  return { ...base, step, fireAt: after(open.due, policy.escalationGrace, policy.computedDueOnNonWorkingDay) };
}

/** the agenda item of a unit late on a deadline: one per unit and deadline */
export const assistItemId = (planId: string, taskNo: string, unit: string, deadline: HandoffDeadline): string =>
  `${planId}:${taskNo}:assist:${unit}:${deadline}`;

/** a step taken: recorded on the assist (an escalation also records its agenda item) */
export function takeStep(a: Assist, deadline: HandoffDeadline, step: HandoffStep, itemId: string | null): Assist {
  const steps = { ...a.steps, [deadline]: [...a.steps[deadline], step] };
  return { ...a, steps, escalatedItemId: step === 'escalate' ? itemId : a.escalatedItemId };
}

const OWED_ZH: Record<ShareRole, Record<HandoffDeadline, string>> = {
  assisting: { acknowledgement: '签收', contribution: '报送配合材料' },
  lead: { acknowledgement: '签收', contribution: '报告落实情况' },
};
/** how a unit is named in notices and history: 配合单位X, or 成员单位X（各市政府） */
export const shareName = (a: Pick<Assist, 'unit' | 'role' | 'collective'>): string =>
  a.collective === null ? `配合单位${a.unit}` : `成员单位${a.unit}（${a.collective}）`;

export interface HandoffNotice {
  units: string[];
  kind: 'handoff' | 'reminder' | 'overdue';
  message_zh: string;
}

/** who hears of a unit's lateness besides the unit: an assisting unit's task leads; a leading member's supervisor */
export interface HandoffAudience {
  leads: readonly string[];
  office: string;
}

/** who is told what: the unit when it is notified, reminded and late; its leads (or the office) too when it is late */
export function handoffNotices(
  task: { no: string; text: string },
  audience: HandoffAudience,
  a: Assist,
  event: { kind: 'notified' } | { kind: 'step'; deadline: HandoffDeadline; step: HandoffStep; due: string },
): HandoffNotice[] {
  if (event.kind === 'notified') {
    const text = task.text.slice(0, 60);
    if (a.role === 'lead')
      return [{ units: [a.unit], kind: 'handoff', message_zh: `请落实任务${task.no}（${a.collective ?? ''}牵头）：${text}，并于${a.contributeBy ?? '完成后及时'}前报告落实情况` }];
    return [{ units: [a.unit], kind: 'handoff', message_zh: `请签收并配合落实任务${task.no}：${text}（牵头：${audience.leads.join('、')}；${a.acknowledgeBy ?? '及时'}前签收）` }];
  }
  const owed = OWED_ZH[a.role][event.deadline];
  switch (event.step) {
    case 'remind':
      return [{ units: [a.unit], kind: 'reminder', message_zh: `请于${event.due}前完成${owed}：任务${task.no}` }];
    case 'late':
      return [
        { units: [a.unit], kind: 'overdue', message_zh: `已超过${owed}期限（${event.due}），请立即办理：任务${task.no}` },
        { units: a.role === 'lead' ? [audience.office] : [...audience.leads], kind: 'overdue', message_zh: `${shareName(a)}逾期未${owed}（期限${event.due}）：任务${task.no}` },
      ];
    case 'escalate':
      return [];
  }
}

/** what the lead hears once every assisting unit and member has contributed or reported (or been waived) */
export const allContributedNotice = (taskNo: string, contributed: readonly string[]): string =>
  `任务${taskNo}的配合单位和成员单位均已反馈${contributed.length > 0 ? `（${contributed.join('、')}）` : ''}，可提交验收`;

/** the line an escalated unit gets on the conference agenda */
export const assistEscalationSummary = (task: { no: string; text: string }, a: Assist, deadline: HandoffDeadline): string =>
  `${shareName(a)}逾期未${OWED_ZH[a.role][deadline]}：任务${task.no} ${task.text.slice(0, 40)}`;

/** a history line for a step */
export function stepSummary(a: Pick<Assist, 'unit' | 'role' | 'collective'>, deadline: HandoffDeadline, step: HandoffStep, due: string): string {
  const owed = OWED_ZH[a.role][deadline];
  const who = shareName(a);
  switch (step) {
    case 'remind':
      return `催办：${who}须于 ${due} 前${owed}`;
    case 'late':
      return `${who}逾期未${owed}（期限 ${due}）`;
    case 'escalate':
      return `${who}逾期未${owed}，宽限期满提请联席会议`;
  }
}

export const stepTimerSummary = (t: HandoffTimer): string => {
  const owed = OWED_ZH[t.role][t.deadline];
  switch (t.step) {
    case 'remind':
      return `${t.unit}${owed}到期前催办 (${t.fireAt})`;
    case 'late':
      return `${t.unit}${owed}期限 (${t.due})`;
    case 'escalate':
      return `${t.unit}逾期宽限期满提交联席会议 (${t.fireAt})`;
  }
};

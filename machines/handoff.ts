// The handoff (交办) to one assisting unit, as a pure decider: its deadlines, which step is next and when
// (reminder, lateness, escalation to the conference), and what each step tells whom.
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

export const AssistSchema = z.object({
  unit: z.string(),
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

export const pendingAssist = (unit: string): Assist => ({
  unit,
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

/** notified at `at`: the acknowledgement window opens; the contribution is due by the task's nearest due */
export function notifyAssist(a: Assist, at: string, policy: Policy, contributeBy: string | null): Assist {
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
  const base = { unit: a.unit, deadline: open.deadline, due: open.due };
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

const OWED_ZH: Record<HandoffDeadline, string> = { acknowledgement: '签收', contribution: '报送配合材料' };

export interface HandoffNotice {
  units: string[];
  kind: 'handoff' | 'reminder' | 'overdue';
  message_zh: string;
}

/** who is told what: the unit when it is notified, reminded and late; its lead units too when it is late */
export function handoffNotices(
  task: { no: string; text: string },
  leadUnits: readonly string[],
  a: Assist,
  event: { kind: 'notified' } | { kind: 'step'; deadline: HandoffDeadline; step: HandoffStep; due: string },
): HandoffNotice[] {
  if (event.kind === 'notified')
    return [{ units: [a.unit], kind: 'handoff', message_zh: `请签收并配合落实任务${task.no}：${task.text.slice(0, 60)}（牵头：${leadUnits.join('、')}；${a.acknowledgeBy ?? '及时'}前签收）` }];
  const owed = OWED_ZH[event.deadline];
  switch (event.step) {
    case 'remind':
      return [{ units: [a.unit], kind: 'reminder', message_zh: `请于${event.due}前完成${owed}：任务${task.no}` }];
    case 'late':
      return [
        { units: [a.unit], kind: 'overdue', message_zh: `已超过${owed}期限（${event.due}），请立即办理：任务${task.no}` },
        { units: [...leadUnits], kind: 'overdue', message_zh: `配合单位${a.unit}逾期未${owed}（期限${event.due}）：任务${task.no}` },
      ];
    case 'escalate':
      return [];
  }
}

/** the line an escalated unit gets on the conference agenda */
export const assistEscalationSummary = (task: { no: string; text: string }, unit: string, deadline: HandoffDeadline): string =>
  `配合单位${unit}逾期未${OWED_ZH[deadline]}：任务${task.no} ${task.text.slice(0, 40)}`;

/** a history line for a step */
export function stepSummary(unit: string, deadline: HandoffDeadline, step: HandoffStep, due: string): string {
  const owed = OWED_ZH[deadline];
  switch (step) {
    case 'remind':
      return `催办：配合单位${unit}须于 ${due} 前${owed}`;
    case 'late':
      return `配合单位${unit}逾期未${owed}（期限 ${due}）`;
    case 'escalate':
      return `配合单位${unit}逾期未${owed}，宽限期满提请联席会议`;
  }
}

export const stepTimerSummary = (t: HandoffTimer): string => {
  const owed = OWED_ZH[t.deadline];
  switch (t.step) {
    case 'remind':
      return `${t.unit}${owed}到期前催办 (${t.fireAt})`;
    case 'late':
      return `${t.unit}${owed}期限 (${t.due})`;
    case 'escalate':
      return `${t.unit}逾期宽限期满提交联席会议 (${t.fireAt})`;
  }
};

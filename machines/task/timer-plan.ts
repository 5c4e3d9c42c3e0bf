// Which timer a task needs next — a milestone's reminder, due or escalation, or a step on an assisting
// unit's deadline — and when: a pure plan the workflow arms as its one timer.
import { nextHandoffTimer, stepTimerSummary, type HandoffTimer } from '../handoff';
import { milestoneLabel } from '../labels';
import { after, afterExplained, before, beforeExplained, type Computed } from '../windows';
import { nextMilestone, stateNames, type TaskSnapshot } from './view';

interface MilestoneTimer {
  event: 'REMIND' | 'DEADLINE_PASSED' | 'ESCALATE';
  milestone: string;
  due: string;
  fireAt: string;
  summary: string;
}

export type TimerPlan =
  | MilestoneTimer
  | ({ event: 'ASSIST_TIMER'; summary: string } & HandoffTimer);

const label = (milestone: string): string => milestoneLabel(milestone);

/**
 * onTrack → remind `reminderLead` before the nearest due (or at once if that moment passed);
 * dueSoon → the due itself; overdue → escalate `escalationGrace` after it; escalated → none (the
 * conference decides). The machine refuses a timer whose milestone or due has since moved.
 */
function milestoneTimer(snapshot: TaskSnapshot, nowMs: number): MilestoneTimer | null {
  const { supervision } = stateNames(snapshot);
  const { watch, policy } = snapshot.context;
  if (supervision === 'escalated' || supervision === 'closed') return null;
  if (supervision === 'overdue' && watch) {
    const fireAt = after(watch.due, policy.escalationGrace, policy.computedDueOnNonWorkingDay);
    return { event: 'ESCALATE', ...watch, fireAt, summary: `逾期${label(watch.milestone)}：宽限期满提交联席会议 (${fireAt})` };
  }
  if (supervision === 'dueSoon' && watch) {
    return { event: 'DEADLINE_PASSED', ...watch, fireAt: watch.due, summary: `${label(watch.milestone)}到期 (${watch.due})` };
  }
  const next = nextMilestone(snapshot);
  if (next === null) return null;
  const remindAt = before(next.due, policy.reminderLead);
  if (Date.parse(next.due) <= nowMs) {
    return { event: 'DEADLINE_PASSED', milestone: next.id, due: next.due, fireAt: next.due, summary: `${label(next.id)}到期 (${next.due})` };
  }
  return { event: 'REMIND', milestone: next.id, due: next.due, fireAt: remindAt, summary: `${label(next.id)}到期前催办 (${remindAt})` };
}

/**
 * The earliest of the milestone's timer and every assisting unit's next step (the milestone first on a
 * tie); null once the task is closed or nothing is pending. `event(plan, …)` is what to send when it fires.
 */
export function planTimer(snapshot: TaskSnapshot, nowMs: number): TimerPlan | null {
  if (snapshot.status === 'done') return null;
  const candidates: TimerPlan[] = [];
  const milestone = milestoneTimer(snapshot, nowMs);
  if (milestone !== null) candidates.push(milestone);
  for (const a of snapshot.context.assists) {
    const step = nextHandoffTimer(a, snapshot.context.policy);
    if (step !== null) candidates.push({ event: 'ASSIST_TIMER', ...step, summary: stepTimerSummary(step) });
  }
  return candidates.reduce<TimerPlan | null>((best, t) => (best === null || Date.parse(t.fireAt) < Date.parse(best.fireAt) ? t : best), null);
}

const SYSTEM = { unit: '系统', role: 'system' } as const;

/**
 * The event a fired timer sends to the machine, from the system. An escalation opens an agenda item whose
 * id is unique for the task's whole life (the kept history is bounded; its count is not).
 */
export function timerEvent(snapshot: TaskSnapshot, plan: TimerPlan, at: string): Record<string, unknown> {
  const base = { type: plan.event, actor: SYSTEM, at, due: plan.due };
  if (plan.event === 'ASSIST_TIMER') return { ...base, unit: plan.unit, deadline: plan.deadline, step: plan.step };
  if (plan.event !== 'ESCALATE') return { ...base, milestone: plan.milestone };
  const { planId, task, historyCount } = snapshot.context;
  return { ...base, milestone: plan.milestone, itemId: `${planId}:${task.no}:${plan.milestone}:${historyCount + 1}` };
}

/** The deadlines of the milestone supervision follows, each with how it was computed (for the view). */
export interface Deadlines {
  milestone: string;
  due: string;
  remind: Computed;
  escalate: Computed;
}

export function deadlinesOf(snapshot: TaskSnapshot): Deadlines | null {
  const { watch, policy } = snapshot.context;
  const target = watch ?? nextMilestone(snapshot);
  if (snapshot.status === 'done' || target === null) return null;
  const id = 'milestone' in target ? target.milestone : target.id;
  return {
    milestone: id,
    due: target.due,
    remind: beforeExplained(target.due, policy.reminderLead),
    escalate: afterExplained(target.due, policy.escalationGrace, policy.computedDueOnNonWorkingDay),
  };
}

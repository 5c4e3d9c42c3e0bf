// Which supervision timer a task needs next (reminder, due, escalation): a pure plan the workflow arms.
import { nextMilestone, stateNames, type TaskSnapshot } from '../machines';
import { after, afterExplained, before, beforeExplained, type Computed } from './durations';

export interface TimerPlan {
  event: 'REMIND' | 'DEADLINE_PASSED' | 'ESCALATE';
  milestone: string;
  due: string;
  /** when the timer fires (may be in the past: fire at once) */
  fireAt: string;
  /** what the timer is for, shown in the Temporal UI */
  summary: string;
}

const MILESTONE_ZH: Record<string, string> = { measures: '出台措施', start: '启动实施', complete: '完成', report: '进度报告' };
const label = (milestone: string): string => MILESTONE_ZH[milestone.replace(/-\d+$/, '')] ?? milestone;

/**
 * onTrack → remind `reminderLead` before the nearest due (or at once if that moment passed);
 * dueSoon → the due itself; overdue → escalate `escalationGrace` after it; escalated → none (the
 * conference decides). The machine refuses a timer whose milestone or due has since moved.
 */
export function planTimer(snapshot: TaskSnapshot, nowMs: number): TimerPlan | null {
  if (snapshot.status === 'done') return null;
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

// Rebase (--rebase): move a plan so its issue date lands on another day, keeping every interval.
import { daysBetween, shiftDate, shiftDays } from '../machines/deadline';
import type { Plan, Task } from '../machines/plan';
import type { ReportLine } from '../machines/report';
import type { ScheduleSpec } from '../machines/schedule';

function shiftSpec(spec: ScheduleSpec, days: number): ScheduleSpec {
  if (spec.kind !== 'by') return spec;
  return { kind: 'by', targets: spec.targets.map((t) => ({ ...t, due: shiftDays(t.due, days) })) };
}

/** Shifts issuedOn and every dated target by the same whole number of days (in Asia/Shanghai). */
export function rebasePlan(plan: Plan, issuedOn: string): Plan {
  const days = daysBetween(plan.issuedOn, issuedOn);
  const tasks: Task[] = plan.tasks.map((t) => ({ ...t, schedule: { ...t.schedule, spec: shiftSpec(t.schedule.spec, days) } }));
  return { ...plan, issuedOn: shiftDate(plan.issuedOn, days), tasks };
}

export function rebaseReportLine(plan: Plan, issuedOn: string): ReportLine {
  const days = daysBetween(plan.issuedOn, issuedOn);
  return {
    kind: 'rebased',
    taskNo: null,
    line: null,
    raw: plan.issuedOn,
    decision: `全部日期平移 ${days} 天：发文日期 ${plan.issuedOn} → ${issuedOn}，间隔不变`,
  };
}

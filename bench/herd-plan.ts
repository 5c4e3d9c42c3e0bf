// The deadline herd's plans: qinzhou's tasks that print a measures date, repeated, every one due at the same instant.
import type { Plan } from '../machines';
import { toIso } from '../machines';
import { seedPlan, syntheticPlan } from './harness';

/** qinzhou-2015's tasks whose schedule is `by` a measures date (25 of its 40) */
const measuresTasks = (): string[] =>
  seedPlan('qinzhou-2015')
    .tasks.filter((t) => t.schedule.spec.kind === 'by' && t.schedule.spec.targets.some((x) => x.milestone === 'measures'))
    .map((t) => t.no);

/**
 * `size` copies whose printed measures date is the instant `atMs`, as an imported plan's 23:59:59 of a
 * quarter's end would be, only minutes ahead instead of months; the raw cell stays as printed, the later
 * targets stay where the rebase puts them (months ahead).
 */
export function herdPlan(planId: string, size: number, atMs: number): Plan {
  const plan = syntheticPlan(planId, size, { only: measuresTasks() });
  const due = toIso(atMs);
  const tasks = plan.tasks.map((t) =>
    t.schedule.spec.kind !== 'by'
      ? t
      : { ...t, schedule: { ...t.schedule, spec: { ...t.schedule.spec, targets: t.schedule.spec.targets.map((x) => (x.milestone === 'measures' ? { ...x, due } : x)) } } },
  );
  return { ...plan, tasks };
}

// A child plan's progress as its parent task sees it (层层督办): counts by state and colour, kept by the child
// plan's rollup and sent upward only when they change, so a province's task shows how a city's own plan stands.
import { z } from 'zod';
import { InstantSchema } from './schedule';

const ColourSchema = z.enum(['green', 'blue', 'yellow', 'red', 'grey']);
export type ProgressColour = z.infer<typeof ColourSchema>;

/** one child task as its plan's rollup last heard of it */
export const ChildTaskStateSchema = z.object({ lifecycle: z.string().max(40), colour: ColourSchema });
export type ChildTaskState = z.infer<typeof ChildTaskStateSchema>;

export const ChildPlanProgressSchema = z.object({
  planId: z.string().min(1).max(200),
  title: z.string().max(200),
  /** the parent task's unit that answers through this plan, or null */
  unit: z.string().min(1).max(200).nullable(),
  total: z.number().int().nonnegative(),
  byLifecycle: z.record(z.string().max(40), z.number().int().nonnegative()),
  byColour: z.record(ColourSchema, z.number().int().nonnegative()),
  /** every task of the child plan is verified or cancelled (and at least one verified) */
  complete: z.boolean(),
  updatedAt: InstantSchema,
});
export type ChildPlanProgress = z.infer<typeof ChildPlanProgressSchema>;

const CLOSED = new Set(['verified', 'cancelled']);

/** the counts of a child plan's tasks; a task not heard of yet counts as it starts (draft, green) */
export function planProgress(
  plan: { planId: string; title: string; unit: string | null; taskNos: readonly string[] },
  tasks: Readonly<Record<string, ChildTaskState>>,
  at: string,
): ChildPlanProgress {
  const byLifecycle: Record<string, number> = {};
  const byColour: Record<ProgressColour, number> = { green: 0, blue: 0, yellow: 0, red: 0, grey: 0 };
  let closed = 0;
  let verified = 0;
  for (const no of plan.taskNos) {
    const t = tasks[no] ?? { lifecycle: 'draft', colour: 'green' };
    byLifecycle[t.lifecycle] = (byLifecycle[t.lifecycle] ?? 0) + 1;
    byColour[t.colour]++;
    if (CLOSED.has(t.lifecycle)) closed++;
    if (t.lifecycle === 'verified') verified++;
  }
  const total = plan.taskNos.length;
  return { planId: plan.planId, title: plan.title.slice(0, 200), unit: plan.unit, total, byLifecycle, byColour, complete: total > 0 && closed === total && verified > 0, updatedAt: at };
}

/** the same figures (the time aside): nothing new to send upward */
export const sameProgress = (a: ChildPlanProgress | null, b: ChildPlanProgress): boolean =>
  a !== null && a.complete === b.complete && JSON.stringify([a.byLifecycle, a.byColour, a.total]) === JSON.stringify([b.byLifecycle, b.byColour, b.total]);

/** a child task's report as a signal carries it (anyone who may signal could send anything): parsed, or null */
export function parseTaskProgress(value: unknown): ({ taskNo: string } & ChildTaskState) | null {
  const r = ChildTaskStateSchema.extend({ taskNo: z.string().min(1).max(200) }).safeParse(value);
  return r.success ? r.data : null;
}

// Trivial workflows that prove the servers work (timers, search attributes); no domain logic.
import { sleep, upsertSearchAttributes, workflowInfo, defineUpdate, setHandler, condition } from '@temporalio/workflow';
import { PlanId, Supervision, TaskState } from '../../workflows/search-attributes';

/** Sleeps `days` days of workflow time and returns how long it slept, by the workflow clock. */
export async function sleeper(input: { days: number }): Promise<{ sleptMs: number }> {
  const start = Date.now();
  await sleep(`${input.days} days`);
  return { sleptMs: Date.now() - start };
}

/** Tags itself with PlanId / TaskState and completes. */
export async function tagged(input: { planId: string; state: string }): Promise<string> {
  upsertSearchAttributes([
    { key: PlanId, value: input.planId },
    { key: TaskState, value: input.state },
  ]);
  return workflowInfo().workflowId;
}

export const pingUpdate = defineUpdate<number, [number]>('ping');

/** Answers `ping` Updates until told to stop: the baseline for transition round trips. */
export async function echo(): Promise<void> {
  let done = false;
  setHandler(pingUpdate, (n) => {
    if (n < 0) done = true;
    return n;
  });
  await condition(() => done);
}

/**
 * The deadline herd's baseline: says it is armed, sleeps until `at` (epoch ms), then marks itself overdue
 * (one upsert, as a task's deadline does) and stays open, answering pings, until pinged -1.
 */
export async function alarm(input: { at: number }): Promise<void> {
  upsertSearchAttributes([{ key: TaskState, value: 'armed' }]);
  await sleep(Math.max(0, input.at - Date.now()));
  upsertSearchAttributes([{ key: Supervision, value: 'overdue' }]);
  await echo();
}

// Trivial workflows that prove the servers work (timers, search attributes); no domain logic.
import { sleep, upsertSearchAttributes, workflowInfo, defineUpdate, setHandler, condition } from '@temporalio/workflow';
import { PlanId, TaskState } from '../../workflows/search-attributes';

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

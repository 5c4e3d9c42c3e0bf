// Bench harness: the #34 lifecycle and the echo baseline; the worker and synthetic plans are shared with the drills (test/support).
import type { Client } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import type { TransitionRequest } from '../workflows/messages';
import { ASSISTING, LEAD, OFFICE } from '../test/support/worker-harness';

export { ASSISTING, LEAD, OFFICE, benchWorker, say, seedPlan, syntheticPlan } from '../test/support/worker-harness';

/** Every valid event of a whole lifecycle of #34, in order (11 Updates). */
export function lifecycleEvents(): TransitionRequest[] {
  return [
    { type: 'ISSUE_MEASURES', actor: LEAD, measures: '印发《养老护理员培训实施方案》', documentRef: '钦人社发〔2015〕1号' },
    { type: 'START', actor: LEAD },
    ...ASSISTING.flatMap((unit): TransitionRequest[] => [
      { type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } },
      { type: 'CONTRIBUTE', actor: { unit, role: 'assisting' }, summary: `${unit}配合完成` },
    ]),
    { type: 'REPORT_PROGRESS', actor: LEAD, summary: '已培训120人', percent: 80 },
    { type: 'SUBMIT', actor: LEAD, evidence: '培训台账及结业名单' },
    { type: 'VERIFY', actor: OFFICE, note: '核验通过' },
  ];
}

/** Starts `count` echo workflows (the trivial baseline) with `concurrency` lanes; returns how long it took. */
export function startEchoes(client: Client, taskQueue: string, prefix: string, count: number, concurrency: number): Promise<number> {
  return startTrivial(client, { workflowType: 'echo', taskQueue, prefix, count, concurrency });
}

export interface TrivialStarts {
  workflowType: 'echo' | 'alarm';
  taskQueue: string;
  /** workflow ids are `<prefix>:<i>` */
  prefix: string;
  count: number;
  concurrency: number;
  /** the i-th workflow's input (alarm: its instant) */
  args?: (i: number) => unknown[];
  /** the i-th workflow's search attributes at start, built before the clock starts */
  attributes?: (i: number) => SearchAttributePair[];
}

/** Starts the trivial baseline with `concurrency` lanes; returns how long it took (ms). */
export async function startTrivial(client: Client, s: TrivialStarts): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  async function lane(): Promise<void> {
    for (let i = next++; i < s.count; i = next++) {
      await client.workflow.start(s.workflowType, {
        workflowId: `${s.prefix}:${i}`,
        taskQueue: s.taskQueue,
        args: s.args?.(i) ?? [],
        ...(s.attributes ? { typedSearchAttributes: s.attributes(i) } : {}),
      });
    }
  }
  await Promise.all(Array.from({ length: Math.min(s.concurrency, s.count) }, lane));
  return performance.now() - t0;
}

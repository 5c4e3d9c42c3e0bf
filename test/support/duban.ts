// Test support for workflow suites: a duban worker with real activities and a recording notify channel.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { createActivities } from '../../activities';
import type { Notice } from '../../activities/notify';
import { loadConfig } from '../../worker/config';
import { rebasePlan } from '../../seeds';
import { fromEpochMs, type Plan } from '../../machines';
import { createWorker, uniqueTaskQueue } from './temporal';
import { seed } from './seeds';

export const workflowsUrl = new URL('../../workflows/index.ts', import.meta.url);

export interface DubanWorker {
  worker: Worker;
  taskQueue: string;
  /** every notice the activities sent, in order (the log channel's record, kept for assertions) */
  notices: Notice[];
  dataDir: string;
}

/**
 * A worker runs once (`runUntil`); tests in one file that each need a worker share the task queue, so
 * workflows left running by an earlier test keep a worker — the time-skipping server cannot skip time
 * past a workflow task that no worker picks up.
 */
export async function createDubanWorker(env: TestWorkflowEnvironment, taskQueue = uniqueTaskQueue('duban')): Promise<DubanWorker> {
  const dataDir = mkdtempSync(join(tmpdir(), 'duban-test-'));
  const notices: Notice[] = [];
  const activities = createActivities({
    config: loadConfig({ DUBAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    logger: pino({ level: 'silent' }),
    channel: async (n) => {
      if (notices.some((x) => x.dedupeKey === n.dedupeKey)) return 'duplicate';
      notices.push(n);
      return 'sent';
    },
  });
  const worker = await createWorker(env, { taskQueue, workflowsUrl, activities });
  return { worker, taskQueue, notices, dataDir };
}

/** A seed plan cut down to some of its tasks and rebased so that it is issued on `issuedOn`. */
export function seedPlan(planId: string, taskNos: string[], issuedOn: string): Plan {
  const plan = rebasePlan(seed(planId).plan, issuedOn);
  return { ...plan, tasks: plan.tasks.filter((t) => taskNos.includes(t.no)) };
}

/** today's date in Asia/Shanghai on the server's clock (the time-skipping server starts at real time) */
export const shanghaiDate = (ms: number): string => fromEpochMs(ms).slice(0, 10);

export const DAY = 86_400_000;

/** A worker that runs for the whole file (several tests); `stop()` in afterAll. */
export async function runDubanWorker(
  env: TestWorkflowEnvironment,
  taskQueue?: string,
): Promise<DubanWorker & { stop: () => Promise<void> }> {
  const duban = await createDubanWorker(env, taskQueue);
  const running = duban.worker.run();
  return {
    ...duban,
    stop: async () => {
      duban.worker.shutdown();
      await running;
    },
  };
}


/**
 * Bound one step of a scenario, so that a call that never returns fails the test naming the step
 * (instead of a bare "test timed out" with no clue which call hung).
 */
export async function step<T>(label: string, work: Promise<T>, ms = 30_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step "${label}" did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Poll (in real time) until `check` returns a value, or fail naming what was awaited. */
export async function waitFor<T>(label: string, check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s for ${label}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

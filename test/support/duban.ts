// Test support for workflow suites: a duban worker with real activities and a recording notify channel.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { createWorkerActivities } from '../../worker/activities';
import type { Notice } from '../../activities/notify';
import { loadConfig } from '../../platform/config';
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
  const activities = createWorkerActivities({
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

/**
 * `env.sleep(ms)` on the time-skipping server, mended when the server stalls. The Java test server now
 * and then leaves a time-skipping lock behind — seen right after the conference continues as new during
 * a skip; nothing is pending anywhere, and time stands still until the test times out. One extra
 * `unlockTimeSkipping` releases the leaked lock (the server re-locks after the sleep, so the balance is
 * back where it was). Returns how many leaks it mended, for the caller to report.
 */
export async function skipTime(env: TestWorkflowEnvironment, ms: number, label: string, stallMs = 10_000): Promise<number> {
  if (ms <= 0) return 0;
  const sleeping = env.sleep(ms);
  let mended = 0;
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<'stalled'>((r) => {
      timer = setTimeout(() => r('stalled'), stallMs);
    });
    const outcome = await Promise.race([sleeping.then(() => 'done' as const), stalled]).finally(() => clearTimeout(timer));
    if (outcome === 'done') return mended;
    if (++mended > 3) throw new Error(`skipping time to ${label}: time stood still after ${mended - 1} unlocks`);
    process.stderr.write(`skipTime(${label}): the test server stalled for ${stallMs / 1000} s; releasing a leaked time-skipping lock\n`);
    const testService = env.connection.testService;
    if (!testService) throw new Error(`skipping time to ${label}: not a time-skipping server`);
    await testService.unlockTimeSkipping({});
  }
}

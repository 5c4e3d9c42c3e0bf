// The scale figures' worker: test/support/worker-child.ts in its own process (its CPU and RSS its own), cache bounded, notices to a counted file outbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkTs, workerStarted } from '../test/support/child';
import type { OutboxTally } from '../test/support/counted-outbox';
import type { WorkerChildMessage } from '../test/support/worker-child';

export interface ScaleWorker {
  /** one per worker process */
  pids: number[];
  /** what their outbox delivered so far (one folder: a notice written by one is a duplicate to the other) */
  tally(): Promise<OutboxTally>;
  stop(): Promise<void>;
}

type Tally = Extract<WorkerChildMessage, { kind: 'tally' }>;
const isTally = (m: WorkerChildMessage): m is Tally => m.kind === 'tally';

/** BENCH_WORKER_CPU_PROF=<folder>: each worker child writes a V8 CPU profile of each of its threads there when it stops (where a herd's CPU goes) */
const cpuProfileFlags = (): string[] => {
  const dir = process.env['BENCH_WORKER_CPU_PROF'];
  return dir === undefined || dir === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
};

/** the tallies of workers sharing one outbox: each notice was counted by the one that wrote it */
export function sumTallies(tallies: readonly OutboxTally[]): OutboxTally {
  const overdue: OutboxTally['overdue'] = {};
  for (const t of tallies)
    for (const [plan, o] of Object.entries(t.overdue)) {
      const sum = overdue[plan] ?? { tasks: 0, notices: 0, lastAt: 0 };
      overdue[plan] = { tasks: sum.tasks + o.tasks, notices: sum.notices + o.notices, lastAt: Math.max(sum.lastAt, o.lastAt) };
    }
  return { delivered: tallies.reduce((s, t) => s + t.delivered, 0), overdue };
}

/**
 * `count` worker processes on one queue (production runs DUBAN_WORKER_REPLICAS = 2), each with the cache
 * bound `maxCached` a production worker has (DUBAN_MAX_CACHED_WORKFLOWS, default 1,000).
 */
export async function startScaleWorker(address: string, taskQueue: string, maxCached: number, count = 1): Promise<ScaleWorker> {
  const outbox = mkdtempSync(join(tmpdir(), 'duban-bench-outbox-'));
  const env = { BENCH_ADDRESS: address, BENCH_TASK_QUEUE: taskQueue, BENCH_MAX_CACHED: String(maxCached), BENCH_OUTBOX: outbox };
  const children = Array.from({ length: count }, () => forkTs<WorkerChildMessage>(new URL('../test/support/worker-child.ts', import.meta.url), env, cpuProfileFlags()));
  const stopAll = async (): Promise<void> => {
    await Promise.all(children.map((c) => c.kill()));
    rmSync(outbox, { recursive: true, force: true });
  };
  try {
    await Promise.all(children.map((c) => workerStarted(c)));
  } catch (err) {
    await stopAll();
    throw err;
  }
  const pids = children.map((c) => c.process.pid);
  if (pids.some((p) => p === undefined)) {
    await stopAll();
    throw new Error('BENCH_WORKER_NO_PID: a worker child has no pid');
  }
  return {
    pids: pids as number[],
    async tally() {
      return sumTallies(
        await Promise.all(
          children.map(async (c) => {
            c.send({ kind: 'tally' });
            return (await c.next(isTally, 30_000)).tally;
          }),
        ),
      );
    },
    async stop() {
      for (const c of children) c.send({ kind: 'stop' });
      await stopAll();
    },
  };
}

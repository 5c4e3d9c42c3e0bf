// The scale figures' worker: test/support/worker-child.ts in its own process (its CPU and RSS its own), cache bounded, notices to a counted file outbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkTs, workerStarted } from '../test/support/child';
import type { OutboxTally } from '../test/support/counted-outbox';
import type { WorkerChildMessage } from '../test/support/worker-child';

export interface ScaleWorker {
  pid: number;
  /** what its outbox delivered so far */
  tally(): Promise<OutboxTally>;
  stop(): Promise<void>;
}

type Tally = Extract<WorkerChildMessage, { kind: 'tally' }>;
const isTally = (m: WorkerChildMessage): m is Tally => m.kind === 'tally';

/** `maxCached`: the bound a production worker has (DUBAN_MAX_CACHED_WORKFLOWS, default 1,000) */
export async function startScaleWorker(address: string, taskQueue: string, maxCached: number): Promise<ScaleWorker> {
  const outbox = mkdtempSync(join(tmpdir(), 'duban-bench-outbox-'));
  const child = forkTs<WorkerChildMessage>(new URL('../test/support/worker-child.ts', import.meta.url), {
    BENCH_ADDRESS: address,
    BENCH_TASK_QUEUE: taskQueue,
    BENCH_MAX_CACHED: String(maxCached),
    BENCH_OUTBOX: outbox,
  });
  try {
    await workerStarted(child);
  } catch (err) {
    await child.kill();
    rmSync(outbox, { recursive: true, force: true });
    throw err;
  }
  const pid = child.process.pid;
  if (pid === undefined) throw new Error('BENCH_WORKER_NO_PID: the worker child has no pid');
  return {
    pid,
    async tally() {
      child.send({ kind: 'tally' });
      return (await child.next(isTally, 30_000)).tally;
    },
    async stop() {
      child.send({ kind: 'stop' });
      await child.kill();
      rmSync(outbox, { recursive: true, force: true });
    },
  };
}

// Benchmark 4: RSS of a worker process with N task workflows cached vs the same worker with none.
import type { Client } from '@temporalio/client';
import { loadPlan } from '../client/load';
import { forkTs, workerStarted } from '../test/support/child';
import { say, startEchoes, syntheticPlan } from './harness';
import type { WorkerChildMessage } from '../test/support/worker-child';

/** `echoAlone`: echo workflows on a worker whose bundle holds nothing else */
export type MemoryKind = 'task' | 'echo' | 'echoAlone';

export interface MemoryRun {
  kind: MemoryKind;
  rssIdle: number;
  rssLoaded: number;
  heapIdle: number;
  heapLoaded: number;
  cached: number;
  open: number;
  bytesPerWorkflow: number;
  maxCachedWorkflows: number;
  gc: boolean;
}

type Measured = Extract<WorkerChildMessage, { kind: 'measured' }>;
const isMeasured = (m: WorkerChildMessage): m is Measured => m.kind === 'measured';

/**
 * `kind` echo: the same worker caching as many trivial workflows, the baseline for bytes per workflow;
 * echoAlone: the trivial workflow in a bundle of its own, what a cached workflow costs without duban's
 * modules (the reusable V8 context instantiates a bundle's modules for every workflow).
 */
export async function memoryRun(client: Client, address: string, kind: MemoryKind, run: number, open: number, timeoutMs: number): Promise<MemoryRun> {
  const stamp = `${Date.now().toString(36)}-${kind}-${run}`;
  const taskQueue = `bench-mem-${stamp}`;
  const maxCachedWorkflows = open + 100; // the plan's conference and some slack
  const child = forkTs<WorkerChildMessage>(new URL('../test/support/worker-child.ts', import.meta.url), {
    BENCH_ADDRESS: address,
    BENCH_TASK_QUEUE: taskQueue,
    BENCH_MAX_CACHED: String(maxCachedWorkflows),
    BENCH_BUNDLE: kind === 'echoAlone' ? 'echo' : 'duban',
  }, [`--max-old-space-size=${heapMiB(open)}`]);
  try {
    await workerStarted(child);
    await new Promise((r) => setTimeout(r, 3_000)); // pollers up, first allocations done
    const measure = async (): Promise<Measured> => {
      child.send({ kind: 'measure' });
      return child.next(isMeasured, 30_000);
    };
    const idle = await measure();
    if (kind === 'task') await loadPlan(client, syntheticPlan(`bench-mem-${stamp}`, open), { taskQueue, concurrency: 32 });
    else await startEchoes(client, taskQueue, `bench-echo-mem:${stamp}`, open, 32);
    const deadline = Date.now() + timeoutMs;
    let loaded = await measure();
    while ((loaded.cached < open || loaded.inFlight > 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 2_000));
      loaded = await measure();
    }
    if (loaded.cached < open) say(`memory ${kind} run ${run}: only ${loaded.cached} of ${open} cached before the time limit`);
    const result: MemoryRun = {
      kind,
      rssIdle: idle.rss,
      rssLoaded: loaded.rss,
      heapIdle: idle.heapUsed,
      heapLoaded: loaded.heapUsed,
      cached: loaded.cached,
      open,
      // a worker that died (e.g. its workflow thread ran out of heap) reports nothing meaningful
      bytesPerWorkflow: loaded.cached > 0 ? (loaded.rss - idle.rss) / loaded.cached : Number.NaN,
      maxCachedWorkflows,
      gc: loaded.gc,
    };
    say(`memory ${kind} run ${run}: RSS ${mb(idle.rss)} MB idle → ${mb(loaded.rss)} MB with ${loaded.cached} cached: ${(result.bytesPerWorkflow / 1024).toFixed(1)} KiB each`);
    return result;
  } finally {
    child.send({ kind: 'stop' });
    await child.kill();
  }
}

/**
 * Workflow threads inherit the process's heap limit (about 4 GiB by default here), and a cached task
 * workflow holds about 2 MiB of it: 2,000 open tasks fill the default, so larger N raises the limit.
 */
const heapMiB = (open: number): number => Math.min(16_384, Math.max(4_096, Math.ceil(open * 2.5) + 1_024));

const mb = (b: number): string => (b / 1_048_576).toFixed(0);

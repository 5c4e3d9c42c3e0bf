// Scale figure 1: loadPlan of a large synthetic plan vs as many trivial starts with the same search attributes, interleaved in chunks, on the cluster.
import type { Client } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { initialAttributes, loadPlan } from '../client/load';
import type { TestCluster } from '../test/support/cluster';
import { say, startTrivial, syntheticPlan } from './harness';
import { databaseSizes, type DatabaseSizes } from './pg';
import { startSampling, usageLine, type Usage } from './sampler';
import { startScaleWorker } from './scale-worker';

export interface ScaleChunk {
  chunk: number;
  first: 'tasks' | 'echoes';
  tasks: ChunkSide;
  echoes: ChunkSide;
}

interface ChunkSide {
  count: number;
  ms: number;
  perSecond: number;
  /** growth of each database while this side started its chunk */
  dbGrowth: DatabaseSizes;
  usage: Usage;
}

export interface ScaleRun {
  size: number;
  chunkSize: number;
  concurrency: number;
  maxCachedWorkflows: number;
  dbBefore: DatabaseSizes;
  dbAfter: DatabaseSizes;
  chunks: ScaleChunk[];
}

/** Runs one side of one chunk with the sampler and the database sizes around it. */
async function measured(cluster: TestCluster, workerPids: number[], count: number, start: () => Promise<number>): Promise<ChunkSide> {
  const pg = cluster.cluster.postgres;
  const before = await databaseSizes(pg);
  const sampling = await startSampling({ temporal: cluster.cluster.server.pid ?? 0, workers: workerPids, pg });
  const ms = await start();
  const usage = await sampling.stop();
  const after = await databaseSizes(pg);
  return {
    count,
    ms,
    perSecond: (count * 1000) / ms,
    dbGrowth: { temporal: after.temporal - before.temporal, temporal_visibility: after.temporal_visibility - before.temporal_visibility },
    usage,
  };
}

/**
 * `size` tasks in `chunks` chunks; in each, the chunk's tasks by loadPlan and as many `echo` starts with
 * those tasks' own search attributes, alternating which goes first so that the database's growth and the
 * machine's drift fall on both sides. A worker polls the queue throughout, as in production: every start
 * is followed by its first workflow task.
 */
export async function scaleRun(cluster: TestCluster, size: number, chunks: number, concurrency: number, maxCached: number): Promise<ScaleRun> {
  const client: Client = cluster.env.client;
  const stamp = Date.now().toString(36);
  const taskQueue = `bench-scale-${stamp}`;
  const plan = syntheticPlan(`bench-scale-${stamp}`, size);
  const chunkSize = Math.ceil(size / chunks);
  const worker = await startScaleWorker(cluster.cluster.address, taskQueue, maxCached);
  const dbBefore = await databaseSizes(cluster.cluster.postgres);
  const done: ScaleChunk[] = [];
  try {
    for (let k = 0; k * chunkSize < size; k++) {
      const tasks = plan.tasks.slice(k * chunkSize, (k + 1) * chunkSize);
      // the baseline's attributes are built before its clock starts: loadPlan builds its own inside
      const attributes: SearchAttributePair[][] = tasks.map((t) => initialAttributes(plan, t));
      const loadTasks = (): Promise<ChunkSide> =>
        measured(cluster, worker.pids, tasks.length, async () => {
          const t0 = performance.now();
          const result = await loadPlan(client, { ...plan, tasks }, { taskQueue, concurrency });
          if (result.started !== tasks.length) throw new Error(`BENCH_SCALE_SHORT: chunk ${k} started ${result.started} of ${tasks.length}`);
          return performance.now() - t0;
        });
      const loadEchoes = (): Promise<ChunkSide> =>
        measured(cluster, worker.pids, tasks.length, () =>
          startTrivial(client, { workflowType: 'echo', taskQueue, prefix: `bench-echo-scale:${stamp}:${k}`, count: tasks.length, concurrency, attributes: (i) => attributes[i]! }),
        );
      const first = k % 2 === 0 ? 'tasks' : 'echoes';
      const a = await (first === 'tasks' ? loadTasks() : loadEchoes());
      const b = await (first === 'tasks' ? loadEchoes() : loadTasks());
      const chunk: ScaleChunk = first === 'tasks' ? { chunk: k, first, tasks: a, echoes: b } : { chunk: k, first, tasks: b, echoes: a };
      done.push(chunk);
      say(`scale chunk ${k}: ${tasks.length} tasks at ${chunk.tasks.perSecond.toFixed(0)}/s, echoes at ${chunk.echoes.perSecond.toFixed(0)}/s (${first} first)`);
      say(`  tasks: ${usageLine(chunk.tasks.usage)}`);
      say(`  echoes: ${usageLine(chunk.echoes.usage)}`);
    }
    const dbAfter = await databaseSizes(cluster.cluster.postgres);
    return { size, chunkSize, concurrency, maxCachedWorkflows: maxCached, dbBefore, dbAfter, chunks: done };
  } finally {
    await worker.stop();
  }
}

/** database growth per 1,000 workflows started by one side, KiB, over all chunks */
export function kibPer1000(run: ScaleRun, side: 'tasks' | 'echoes', db: keyof DatabaseSizes): number {
  const bytes = run.chunks.reduce((s, c) => s + c[side].dbGrowth[db], 0);
  const count = run.chunks.reduce((s, c) => s + c[side].count, 0);
  return (bytes / count) * 1000 / 1024;
}

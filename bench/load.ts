// Benchmark 2: tasks started per second by loadPlan on a synthetic plan vs starting as many trivial workflows.
import type { Client } from '@temporalio/client';
import { loadPlan } from '../client/load';
import { say, startEchoes, syntheticPlan } from './harness';

export interface LoadRun {
  tasksPerSecond: number;
  echoesPerSecond: number;
  size: number;
  concurrency: number;
}

/**
 * Both go to task queues no worker polls, so the figure is the cost of starting (client work for
 * the inputs and search attributes, server work for the bigger payloads), not of running.
 */
export async function loadRun(client: Client, run: number, size: number, concurrency: number): Promise<LoadRun> {
  const stamp = `${Date.now().toString(36)}-${run}`;
  const plan = syntheticPlan(`bench-load-${stamp}`, size);
  const loadTasks = async (): Promise<number> => {
    const t0 = performance.now();
    const result = await loadPlan(client, plan, { taskQueue: `bench-load-idle-${stamp}`, concurrency });
    if (result.started !== size) throw new Error(`BENCH_LOAD_SHORT: started ${result.started} of ${size}`);
    return performance.now() - t0;
  };
  const loadEchoes = (): Promise<number> => startEchoes(client, `bench-load-idle-${stamp}`, `bench-echo-load:${stamp}`, size, concurrency);
  let taskMs: number;
  let echoMs: number;
  if (run % 2 === 0) {
    taskMs = await loadTasks();
    echoMs = await loadEchoes();
  } else {
    echoMs = await loadEchoes();
    taskMs = await loadTasks();
  }
  const result = { tasksPerSecond: (size * 1000) / taskMs, echoesPerSecond: (size * 1000) / echoMs, size, concurrency };
  say(`load run ${run}: ${size} tasks at ${result.tasksPerSecond.toFixed(0)}/s; ${size} echoes at ${result.echoesPerSecond.toFixed(0)}/s (concurrency ${concurrency})`);
  return result;
}

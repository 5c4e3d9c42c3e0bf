// The herd's diagnosis: one side of the deadline herd on a cluster of its own, the task queue's backlog and dispatch sampled while it drains, and how the herd's workflow tasks went (sticky or normal queue, timed out or not) read from a sample of histories.
// `BENCH_HERD_TASKS=3000 BENCH_SCALE_MAX_CACHED=500 DUBAN_POLLERS=10 BENCH_WORKER_TUNING='{"stickyQueueScheduleToStartTimeout":"60s"}' npx tsx bench/herd-probe.ts`
import protos from '@temporalio/proto';
import { loadConfig } from '../platform/config';
import { startTestCluster } from '../test/support/cluster';
import { say } from './harness';
import { herdSide, herdSides } from './herd';
import { startScaleWorker } from './scale-worker';

const int = (name: string, fallback: number): number => (process.env[name] === undefined ? fallback : Number.parseInt(process.env[name] ?? '', 10));
const size = int('BENCH_HERD_TASKS', 3000);
const maxCached = int('BENCH_SCALE_MAX_CACHED', 1000);
const workers = int('BENCH_HERD_WORKERS', loadConfig({}).DUBAN_WORKER_REPLICAS);
const side = process.env['BENCH_HERD_SIDE'] === 'alarms' ? 'alarms' : 'tasks';
const { TaskQueueType, EventType, TaskQueueKind } = protos.temporal.api.enums.v1;

let sampling = true;

async function main(): Promise<void> {
  const cluster = await startTestCluster();
  // stopped by a signal, the probe still takes its cluster down (PostgreSQL and the server would outlive it)
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      sampling = false;
      void cluster.teardown().finally(() => process.exit(130));
    });
  const client = cluster.env.client;
  const stamp = Date.now().toString(36);
  const taskQueue = `bench-probe-${stamp}`;
  const worker = await startScaleWorker(cluster.cluster.address, taskQueue, maxCached, workers);
  const id = `bench-probe-${side}-${stamp}`;
  const samples: string[] = [];
  const sampler = (async () => {
    while (sampling) {
      await new Promise((r) => setTimeout(r, 10_000));
      try {
        const d = await client.workflowService.describeTaskQueue({ namespace: 'default', taskQueue: { name: taskQueue }, taskQueueType: TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW, reportStats: true });
        const st = d.stats;
        const overdue = (await client.workflow.count(`PlanId = '${id}' AND Supervision = 'overdue'`)).count;
        const line = `${new Date().toISOString().slice(11, 19)} overdue ${overdue}; backlog ${st?.approximateBacklogCount?.toString() ?? '?'} add ${st?.tasksAddRate?.toFixed(1) ?? '?'}/s dispatch ${st?.tasksDispatchRate?.toFixed(1) ?? '?'}/s pollers ${d.pollers?.length ?? 0}`;
        samples.push(line);
        say(line);
      } catch (err) {
        say(`probe sample failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  })();
  try {
    const sides = herdSides(client, taskQueue, 32);
    const result = await herdSide(cluster, worker, side === 'tasks' ? sides.tasksSide : sides.alarmsSide, id, { size, concurrency: 32, maxCached, workers, leadSeconds: 30, timeoutSeconds: int('BENCH_HERD_TIMEOUT_S', 900), roundTripTasks: 0 });
    sampling = false;
    await sampler;
    say(`probe ${side} ${size} (${workers} workers, cache ${maxCached} each, tuning ${process.env['BENCH_WORKER_TUNING'] ?? 'defaults'}): drained ${(result.drainMs / 1000).toFixed(1)} s, visible ${(result.visibleMs / 1000).toFixed(1)} s, timed out ${result.timedOut}, idle margin ${(result.idleMarginMs / 1000).toFixed(0)} s`);
    // how the herd's workflow tasks went, from 40 histories
    const tally = { histories: 0, sticky: 0, normal: 0, timedOut: 0, failed: 0 };
    for await (const wf of client.workflow.list({ query: `PlanId = '${id}'`, pageSize: 40 })) {
      if (tally.histories >= 40) break;
      tally.histories++;
      const history = await client.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory();
      for (const e of history.events ?? []) {
        if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED) {
          if (e.workflowTaskScheduledEventAttributes?.taskQueue?.kind === TaskQueueKind.TASK_QUEUE_KIND_STICKY) tally.sticky++;
          else tally.normal++;
        }
        if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) tally.timedOut++;
        if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED) tally.failed++;
      }
    }
    say(`probe histories: ${JSON.stringify(tally)}`);
    say(`probe usage: ${JSON.stringify(result.usage)}`);
  } finally {
    sampling = false;
    await worker.stop();
    await cluster.teardown();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

// A duban worker in its own process (forked by the bench and the drills): RSS is its own, and it can be SIGKILLed.
import { DefaultLogger, makeTelemetryFilterString, NativeConnection, Runtime } from '@temporalio/worker';
import { z } from 'zod';
import { loadConfig } from '../../platform/config';
import { pollerOptions } from '../../worker/worker';
import { countedOutbox, type OutboxTally } from './counted-outbox';
import { benchWorker, benchWorkflowsUrl, echoOnlyWorkflowsUrl } from './worker-harness';

export type WorkerChildMessage =
  | { kind: 'ready'; pid: number }
  | { kind: 'measured'; rss: number; heapUsed: number; external: number; cached: number; inFlight: number; gc: boolean }
  | { kind: 'tally'; tally: OutboxTally }
  | { kind: 'failed'; error: string };

const Tuning = z.strictObject({
  maxConcurrentWorkflowTaskPolls: z.number().int().min(2).optional(),
  maxConcurrentWorkflowTaskExecutions: z.number().int().min(2).optional(),
  nonStickyToStickyPollRatio: z.number().positive().max(1).optional(),
  stickyQueueScheduleToStartTimeout: z.string().min(2).optional(),
  workflowThreadPoolSize: z.number().int().min(1).max(16).optional(),
  workflowTaskPollerBehavior: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('autoscaling'), minimum: z.number().int().min(1), maximum: z.number().int().min(1), initial: z.number().int().min(1) }),
      z.strictObject({ type: z.literal('simple-maximum'), maximum: z.number().int().min(2) }),
    ])
    .optional(),
});

/** the set keys alone: an option left out stays the SDK's default */
const definedOnly = <T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

const Env = z.object({
  BENCH_ADDRESS: z.string().min(1),
  BENCH_NAMESPACE: z.string().min(1).default('default'),
  BENCH_TASK_QUEUE: z.string().min(1),
  BENCH_MAX_CACHED: z.coerce.number().int().min(0).default(10_000),
  /** `0`: no shared modules (workflows/shared.ts), to measure what sharing them gives */
  BENCH_SHARE_MODULES: z.enum(['0', '1']).default('1'),
  /** `echo`: a bundle with the trivial workflow alone (the memory benchmark's floor) */
  BENCH_BUNDLE: z.enum(['duban', 'echo']).default('duban'),
  /** notices to files in this folder, counted (`tally` requests); unset: accepted and dropped */
  BENCH_OUTBOX: z.string().min(1).optional(),
  /** the workflow pollers' and sticky queue's settings, JSON (the herd's experiments; the cache is BENCH_MAX_CACHED): unset, as in production */
  BENCH_WORKER_TUNING: z
    .string()
    .optional()
    .transform((s) => (s === undefined ? {} : Tuning.parse(JSON.parse(s)))),
});
const Request = z.object({ kind: z.enum(['measure', 'tally', 'stop']) });

const tell = (m: WorkerChildMessage): void => {
  process.send?.(m);
};

async function main(): Promise<void> {
  const env = Env.parse(process.env);
  Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } } });
  const nativeConnection = await NativeConnection.connect({ address: env.BENCH_ADDRESS });
  const outbox = env.BENCH_OUTBOX === undefined ? null : countedOutbox(env.BENCH_OUTBOX);
  const worker = await benchWorker({ nativeConnection, namespace: env.BENCH_NAMESPACE }, env.BENCH_TASK_QUEUE, {
    maxCachedWorkflows: env.BENCH_MAX_CACHED,
    // polling as the production worker does (DUBAN_POLLERS), unless an experiment says otherwise
    ...pollerOptions(loadConfig({ DUBAN_POLLERS: process.env['DUBAN_POLLERS'] }).DUBAN_POLLERS),
    ...definedOnly(env.BENCH_WORKER_TUNING),
  }, env.BENCH_SHARE_MODULES === '1', env.BENCH_BUNDLE === 'echo' ? echoOnlyWorkflowsUrl : benchWorkflowsUrl, outbox?.channel);
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (raw) => {
    const req = Request.safeParse(raw);
    if (!req.success) return;
    if (req.data.kind === 'stop') {
      worker.shutdown();
      return;
    }
    if (req.data.kind === 'tally') {
      tell({ kind: 'tally', tally: outbox?.tally() ?? { delivered: 0, overdue: {} } });
      return;
    }
    // twice, with a pause: workflow contexts released by the SDK are only freed on the second pass
    gc?.();
    setTimeout(() => {
      gc?.();
      const mem = process.memoryUsage();
      const status = worker.getStatus();
      tell({ kind: 'measured', rss: mem.rss, heapUsed: mem.heapUsed, external: mem.external, cached: status.numCachedWorkflows, inFlight: status.numInFlightWorkflowActivations, gc: gc !== undefined });
    }, 200);
  });
  const running = worker.run();
  tell({ kind: 'ready', pid: process.pid });
  await running;
  await nativeConnection.close();
  process.disconnect?.();
}

main().catch((err: unknown) => {
  tell({ kind: 'failed', error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  process.exitCode = 1;
});

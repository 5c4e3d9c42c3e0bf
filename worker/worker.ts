// Builds duban's Temporal worker: the workflows bundle, the activities, pino for the SDK's logs.
import { Worker, Runtime, DefaultLogger, makeTelemetryFilterString, type NativeConnection, type LogLevel, type WorkerOptions } from '@temporalio/worker';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { createWorkerActivities } from './activities';
import { preloadModules, workflowsPath } from './bundle';

export { workflowsPath } from './bundle';

let runtimeInstalled = false;
/** Forwards the SDK's own log lines (core and workers) to pino, once per process. */
export function installRuntimeLogger(logger: Logger): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  const sdk = logger.child({ component: 'temporal-sdk' });
  const toPino: Record<LogLevel, (obj: object, msg: string) => void> = {
    TRACE: (o, m) => sdk.trace(o, m),
    DEBUG: (o, m) => sdk.debug(o, m),
    INFO: (o, m) => sdk.info(o, m),
    WARN: (o, m) => sdk.warn(o, m),
    ERROR: (o, m) => sdk.error(o, m),
  };
  Runtime.install({
    logger: new DefaultLogger('INFO', (entry) => toPino[entry.level]({ ...entry.meta }, entry.message)),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} } },
  });
}

/**
 * How the worker polls for workflow and activity tasks. `auto` follows the server's scaling hints between
 * 1 and 100 polls per queue: a fixed 10 (the SDK's default, 2 of them on the shared queue once workflows
 * are cached) served a deadline herd's backlog at a few tasks per second (bench/README.md, the herd).
 */
export function pollerOptions(pollers: Config['DUBAN_POLLERS']): Pick<WorkerOptions, 'workflowTaskPollerBehavior' | 'activityTaskPollerBehavior'> {
  const behavior: NonNullable<WorkerOptions['workflowTaskPollerBehavior']> = pollers === 'auto' ? { type: 'autoscaling', minimum: 1, maximum: 100, initial: 5 } : { type: 'simple-maximum', maximum: pollers };
  return { workflowTaskPollerBehavior: behavior, activityTaskPollerBehavior: behavior };
}

export async function createDubanWorker(config: Config, connection: NativeConnection, logger: Logger): Promise<Worker> {
  return Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.DUBAN_TASK_QUEUE,
    workflowsPath,
    bundlerOptions: { preloadModules },
    activities: createWorkerActivities({ config, logger: logger.child({ component: 'activities' }) }),
    maxCachedWorkflows: config.DUBAN_MAX_CACHED_WORKFLOWS,
    ...pollerOptions(config.DUBAN_POLLERS),
  });
}

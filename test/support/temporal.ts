// Shared harness: one time-skipping or dev-server environment per test file, with a worker on it.
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, bundleWorkflowCode, Runtime, DefaultLogger, makeTelemetryFilterString, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { searchAttributeTypes } from '../../worker/namespace-setup';
import { temporalCliPath, testServerPath } from './servers';

let runtimeInstalled = false;
/** Keeps the SDK's own logging quiet in tests (warnings and errors only). */
function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} } } });
  } catch {
    // already installed by another suite in this process
  }
}

/** The Java test server with time skipping: months of workflow time in seconds. */
export async function startTimeSkipping(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServerPath() } },
  });
  // The Java test server refuses upserts of unregistered attributes (the workflow task fails with
  // BadSearchAttributes and retries forever), but it implements OperatorService: register ours.
  await registerSearchAttributes(env);
  return env;
}

async function registerSearchAttributes(env: TestWorkflowEnvironment): Promise<void> {
  await env.connection.operatorService.addSearchAttributes({ namespace: env.namespace ?? 'default', searchAttributes: searchAttributeTypes() });
}

/** A Temporal server that runs already (the native cluster): client and worker connections to it. */
export async function attachTo(address: string, namespace = 'default'): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  return TestWorkflowEnvironment.createFromExistingServer({ address, namespace });
}

/** The real dev server (Temporal CLI), in memory, with duban's search attributes registered. */
export async function startDevServer(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCliPath() },
      searchAttributes: [...SEARCH_ATTRIBUTES],
      extraArgs: ['--log-level', 'error'],
    },
  });
}

const bundles = new Map<string, Promise<WorkflowBundleWithSourceMap>>();

/** Bundles a workflows module once per test file. */
export function bundle(workflowsUrl: URL): Promise<WorkflowBundleWithSourceMap> {
  const path = fileURLToPath(workflowsUrl);
  let b = bundles.get(path);
  if (!b) {
    b = bundleWorkflowCode({ workflowsPath: path, logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });
    bundles.set(path, b);
  }
  return b;
}

let queueCounter = 0;
export const uniqueTaskQueue = (name: string): string => `${name}-${process.pid}-${++queueCounter}`;

/** Creates a worker on the environment; run the test body inside `worker.runUntil(...)`. */
export async function createWorker(
  env: TestWorkflowEnvironment,
  options: { taskQueue: string; workflowsUrl: URL; activities?: object },
): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue: options.taskQueue,
    workflowBundle: await bundle(options.workflowsUrl),
    activities: options.activities ?? {},
  });
}

// Shared harness: one time-skipping or dev-server environment per test file, with a worker on it.
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, bundleWorkflowCode, Runtime, DefaultLogger, makeTelemetryFilterString, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { searchAttributeTypes } from '../../worker/namespace-setup';
import { preloadModules } from '../../worker/bundle';
import { temporalCliPath, testServerPath } from './servers';

let runtimeInstalled = false;
/**
 * Keeps the SDK's own logging quiet in tests (errors only): its warnings in a passing run are expected
 * ones — the bulletin activity failing on the test server's missing visibility list, slow workflow tasks
 * on a loaded machine — and a failing test names its own cause.
 */
function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } } });
  } catch {
    // already installed by another suite in this process
  }
}

/**
 * The SDK gives an ephemeral server 5 s to answer (fixed in sdk-core); on a busy 2-core machine the JVM of
 * the test server sometimes needs longer. A start that fails that way is tried again, twice, and said so.
 */
async function startEphemeral(what: string, start: () => Promise<TestWorkflowEnvironment>): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (err) {
      if (attempt >= 3 || !String(err).includes('Failed to start ephemeral server')) throw err;
      process.stderr.write(`${what}: did not answer within the SDK's 5 s (attempt ${attempt}); starting it again\n`);
    }
  }
}

/** The Java test server with time skipping: months of workflow time in seconds. */
export async function startTimeSkipping(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  const env = await startEphemeral('time-skipping test server', () =>
    TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: testServerPath() } } }),
  );
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
  return startEphemeral('Temporal dev server', () =>
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'existing-path', path: temporalCliPath() },
        searchAttributes: [...SEARCH_ATTRIBUTES],
        extraArgs: ['--log-level', 'error'],
      },
    }),
  );
}

const bundles = new Map<string, Promise<WorkflowBundleWithSourceMap>>();

/**
 * Bundles a workflows module once per test file, with duban's shared modules preloaded as the worker
 * loads them (`shared: false` measures what a worker without them costs: bench/README).
 */
export function bundle(workflowsUrl: URL, { shared = true }: { shared?: boolean } = {}): Promise<WorkflowBundleWithSourceMap> {
  const path = fileURLToPath(workflowsUrl);
  const key = `${path}:${shared}`;
  let b = bundles.get(key);
  if (!b) {
    b = bundleWorkflowCode({ workflowsPath: path, preloadModules: shared ? preloadModules : [], logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });
    bundles.set(key, b);
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

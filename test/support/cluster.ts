// The native cluster for one test file: its own PostgreSQL and Temporal server in a temp folder, on free ports.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startCluster, type Cluster } from '../../worker/cluster/stack';
import { startWorkerProcesses, type WorkerProcess } from '../../worker/cluster/workers';
import { clusterBinPath, postgresBinPath, uiDirPath } from './servers';
import { attachTo } from './temporal';

export interface TestCluster {
  cluster: Cluster;
  /** client and worker connections to it, for the helpers in ./duban and ./temporal */
  env: TestWorkflowEnvironment;
  /** `count` worker/main.ts processes on `taskQueue`, stopped by teardown() if still running */
  workers(count: number, taskQueue: string): Promise<WorkerProcess[]>;
  teardown(): Promise<void>;
}

/** every port the server takes from its base (deploy/temporal/duban.yaml) */
const SERVER_PORT_OFFSETS = [233, 234, 235, 239, 243, 933, 934, 935, 939];

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Claims a port base for this process with a lock file in the shared temp folder (O_EXCL), so that test
 * files — and other checkouts' runs on the same machine — starting at the same moment never pick the same
 * range; a lock whose process is gone is taken over. Returns the release function, or null when taken.
 */
function claim(base: number): (() => void) | null {
  const file = join(tmpdir(), `duban-cluster-ports-${base}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = (): void => rmSync(file, { force: true });
      process.once('exit', release);
      return release;
    } catch {
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) return null;
      rmSync(file, { force: true });
    }
  }
  return null;
}

/**
 * A claimed base in 10000–31000 (the server keeps membership ports as a smallint: below 32768) whose server
 * ports, base + 432 (PostgreSQL) and base + 1233 (UI) are all free.
 */
async function freePortBase(): Promise<{ base: number; release: () => void }> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const base = 10_000 + 1_000 * Math.floor(Math.random() * 22);
    const release = claim(base);
    if (!release) continue;
    const ports = [...SERVER_PORT_OFFSETS, 432, 1233].map((o) => base + o);
    if ((await Promise.all(ports.map(portIsFree))).every(Boolean)) return { base, release };
    release();
  }
  throw new Error('NO_FREE_PORTS: no free port range for a test cluster in 100 tries');
}

/** Starts a cluster with the UI (when `ui`), and connections to it. */
export async function startTestCluster(opts: { ui?: boolean } = {}): Promise<TestCluster> {
  const bins = { temporal: clusterBinPath(), postgres: postgresBinPath(), ui: opts.ui ? uiDirPath() : undefined };
  const dir = mkdtempSync(join(tmpdir(), 'duban-cluster-'));
  // as root, PostgreSQL runs as the postgres user, who must be able to pass through this folder
  chmodSync(dir, 0o711);
  const { base, release } = await freePortBase();
  let cluster: Cluster;
  try {
    cluster = await startCluster({ dir, namespace: 'default', portBase: base, postgresPort: base + 432, uiPort: base + 1233, bins });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    release();
    throw err;
  }
  const env = await attachTo(cluster.address);
  const processes: WorkerProcess[] = [];
  return {
    cluster,
    env,
    async workers(count, taskQueue) {
      const started = await startWorkerProcesses(count, {
        env: { TEMPORAL_ADDRESS: cluster.address, DUBAN_TASK_QUEUE: taskQueue, DUBAN_DATA_DIR: join(dir, 'duban'), LOG_LEVEL: 'info', NODE_ENV: 'production' },
      });
      processes.push(...started);
      return started;
    },
    async teardown() {
      await Promise.all(processes.map((p) => p.stop()));
      await env.teardown();
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
      release();
    },
  };
}

/** Every run in the namespace (closed, continued-as-new and running): how many, and those whose history has a failed workflow task. */
export async function runsWithFailedWorkflowTasks(client: Client): Promise<{ runs: number; failed: string[] }> {
  const failed: string[] = [];
  let runs = 0;
  for await (const wf of client.workflow.list({ query: '' })) {
    runs++;
    const events = (await client.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory()).events ?? [];
    const why = events.find((e) => e.workflowTaskFailedEventAttributes)?.workflowTaskFailedEventAttributes;
    // the cause and the failure's first line say what to look for
    if (why) failed.push(`${wf.workflowId}/${wf.runId}: ${why.cause} ${why.failure?.message?.split('\n')[0] ?? ''}`);
  }
  return { runs, failed };
}

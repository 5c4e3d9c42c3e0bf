// `npm run start:cluster`: `npm start` on the native production-shaped cluster — PostgreSQL, Temporal, UI, N worker processes.
import { join } from 'node:path';
import { loadConfig, onLocalServer } from '../platform/config';
import { createLogger } from '../platform/logger';
import { connectClient } from '../platform/connection';
import { installRuntimeLogger } from './worker';
import { serveSeedsAndGateway, stopOnSignals } from './serve';
import { startCluster } from './cluster/stack';
import { startWorkerProcesses } from './cluster/workers';

// every file the stack writes (databases, tokens, reports) is its user's alone, as under npm start
process.umask(0o077);
const config = loadConfig({ NODE_ENV: 'development', ...process.env });
const logger = createLogger(config, 'duban');
installRuntimeLogger(logger);
// the programs' folders come from scripts/start-cluster.sh, which builds or finds them
const bins = { temporal: config.DUBAN_CLUSTER_BIN, postgres: config.DUBAN_PG_BIN, ui: config.DUBAN_UI_DIR };
if (!bins.temporal || !bins.postgres) {
  logger.fatal('DUBAN_CLUSTER_BIN and DUBAN_PG_BIN are not set: run through `npm run start:cluster`, which builds or finds them');
  process.exit(2);
}
const frontendPort = Number(config.TEMPORAL_ADDRESS.split(':')[1]);
const cluster = await startCluster({
  dir: join(config.DUBAN_DATA_DIR, 'cluster'),
  namespace: config.TEMPORAL_NAMESPACE,
  portBase: frontendPort - 233,
  postgresPort: config.DUBAN_PG_PORT,
  bins: { temporal: bins.temporal, postgres: bins.postgres, ui: bins.ui },
  uiPort: config.DUBAN_UI_PORT,
  progress: (step) => logger.info(`starting ${step}`),
});
const local = onLocalServer(config, cluster.address);
const workerLog = logger.child({ component: 'workers' });
let stopping = false;
const workers = await startWorkerProcesses(config.DUBAN_WORKER_REPLICAS, {
  env: { TEMPORAL_ADDRESS: cluster.address, NODE_ENV: 'production', LOG_LEVEL: config.LOG_LEVEL },
  // the workers' own JSON lines, through this process's (pretty) logger at their own level
  echo: (line) => relay(workerLog, line),
});
for (const w of workers) {
  void w.exited.then(() => {
    if (!stopping) logger.error({ pid: w.pid, output: w.output() }, 'a worker process exited; the others carry on (restart the stack to replace it)');
  });
}
logger.info({ pids: workers.map((w) => w.pid), taskQueue: config.DUBAN_TASK_QUEUE }, `${workers.length} worker processes polling`);
const client = await connectClient(local);
const gateway = await serveSeedsAndGateway(local, client, logger, {
  temporal: cluster.address,
  temporalUi: cluster.uiUrl,
  stack: `the native cluster (PostgreSQL 127.0.0.1:${config.DUBAN_PG_PORT}, data in ${join(config.DUBAN_DATA_DIR, 'cluster')})`,
});

function relay(log: typeof logger, line: string): void {
  try {
    const { level, msg, ...rest } = JSON.parse(line) as { level?: number; msg?: string };
    const at = level !== undefined && level >= 50 ? 'error' : level !== undefined && level >= 40 ? 'warn' : 'info';
    log[at]({ ...rest, time: undefined, service: undefined }, msg ?? '');
  } catch {
    log.info(line);
  }
}

stopOnSignals(logger, async () => {
  stopping = true;
  await gateway.close();
  await Promise.all(workers.map((w) => w.stop()));
  await client.connection.close();
  await cluster.stop();
});

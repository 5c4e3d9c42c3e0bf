// `npm start`: the embedded default — dev server on SQLite, worker, (gateway, seed plans), URLs printed.
import { loadConfig } from './config';
import { createLogger } from './logger';
import { connectWorker } from './connection';
import { createDubanWorker, installRuntimeLogger } from './worker';
import { startDevServer } from './dev-server';

const config = loadConfig({ NODE_ENV: 'development', ...process.env });
const logger = createLogger(config, 'duban');
installRuntimeLogger(logger); // before any connection: the SDK's Runtime is a singleton
const cliPath = process.env.TEMPORAL_CLI;
if (!cliPath) {
  logger.fatal('TEMPORAL_CLI is not set: run through `npm start`, which builds or finds the Temporal CLI');
  process.exit(2);
}
const port = Number(config.TEMPORAL_ADDRESS.split(':')[1]);
const server = await startDevServer({
  cliPath,
  dataDir: config.DUBAN_DATA_DIR,
  port,
  uiPort: config.DUBAN_UI_PORT,
  namespace: config.TEMPORAL_NAMESPACE,
  logger,
});
const connection = await connectWorker({ ...config, TEMPORAL_ADDRESS: server.address });
const worker = await createDubanWorker(config, connection, logger);
const running = worker.run();

logger.info(
  { temporal: server.address, ui: server.uiUrl, taskQueue: config.DUBAN_TASK_QUEUE, dataDir: config.DUBAN_DATA_DIR },
  `duban is running — Temporal UI: ${server.uiUrl}  (Ctrl-C stops everything)`,
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  worker.shutdown();
  await running.catch((err: unknown) => logger.error({ err }, 'worker failed while stopping'));
  await connection.close();
  await server.stop();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
running.catch(async (err: unknown) => {
  logger.error({ err }, 'worker failed');
  await server.stop();
  process.exit(1);
});

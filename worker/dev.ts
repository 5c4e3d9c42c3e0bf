// `npm start`: the embedded default — dev server on SQLite, worker, gateway, seed plans loaded, URLs printed.
import { loadConfig, onLocalServer } from '../platform/config';
import { createLogger } from '../platform/logger';
import { connectClient, connectWorker } from '../platform/connection';
import { createDubanWorker, installRuntimeLogger } from './worker';
import { startDevServer } from './dev-server';
import { serveSeedsAndGateway, stopOnSignals } from './serve';

// every file the embedded stack writes (the Temporal database, tokens, reports) is its user's alone
process.umask(0o077);
const config = loadConfig({ NODE_ENV: 'development', ...process.env });
const logger = createLogger(config, 'duban');
installRuntimeLogger(logger); // before any connection: the SDK's Runtime is a singleton
const cliPath = config.TEMPORAL_CLI;
if (!cliPath) {
  logger.fatal('TEMPORAL_CLI is not set: run through `npm start`, which builds or finds the Temporal CLI');
  process.exit(2);
}
const port = Number(config.TEMPORAL_ADDRESS.split(':')[1]);
const server = await startDevServer({ cliPath, dataDir: config.DUBAN_DATA_DIR, port, uiPort: config.DUBAN_UI_PORT, namespace: config.TEMPORAL_NAMESPACE, logger });
const local = onLocalServer(config, server.address);
const connection = await connectWorker(local);
const worker = await createDubanWorker(config, connection, logger);
const running = worker.run();
const client = await connectClient(local);
const gateway = await serveSeedsAndGateway(local, client, logger, { temporal: server.address, temporalUi: server.uiUrl, stack: 'the dev server' });

stopOnSignals(logger, async () => {
  await gateway.close();
  // the SDK's own SIGINT/SIGTERM handler may already be draining the worker
  if (worker.getState() === 'RUNNING') worker.shutdown();
  await running.catch((err: unknown) => logger.error({ err }, 'worker failed while stopping'));
  await client.connection.close();
  await connection.close();
  await server.stop();
});
running.catch(async (err: unknown) => {
  logger.error({ err }, 'worker failed');
  await server.stop();
  process.exit(1);
});

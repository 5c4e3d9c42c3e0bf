// `npm start`: the embedded default — dev server on SQLite, worker, gateway, seed plans loaded, URLs printed.
import { loadConfig } from './config';
import { createLogger } from './logger';
import { connectClient, connectWorker } from './connection';
import { createDubanWorker, installRuntimeLogger } from './worker';
import { startDevServer } from './dev-server';
import { ensureDevTokens } from '../client/tokens';
import { startGateway } from '../client/gateway/start';
import { loadPlan } from '../client/load';
import { loadSeedPlans, rebasePlan } from '../seeds';
import { fromEpochMs } from '../machines';

// every file the embedded stack writes (the Temporal database, tokens, reports) is its user's alone
process.umask(0o077);
const config = loadConfig({ NODE_ENV: 'development', ...process.env });
const logger = createLogger(config, 'duban');
installRuntimeLogger(logger); // before any connection: the SDK's Runtime is a singleton
const cliPath = process.env.TEMPORAL_CLI;
if (!cliPath) {
  logger.fatal('TEMPORAL_CLI is not set: run through `npm start`, which builds or finds the Temporal CLI');
  process.exit(2);
}
const port = Number(config.TEMPORAL_ADDRESS.split(':')[1]);
const server = await startDevServer({ cliPath, dataDir: config.DUBAN_DATA_DIR, port, uiPort: config.DUBAN_UI_PORT, namespace: config.TEMPORAL_NAMESPACE, logger });
const local = { ...config, TEMPORAL_ADDRESS: server.address };
const connection = await connectWorker(local);
const worker = await createDubanWorker(config, connection, logger);
const running = worker.run();
const client = await connectClient(local);

// The seed plans are historical (2015–2022): rebased so that each is issued today, a demo shows live
// deadlines instead of years of escalations. Loading is idempotent, so a restart starts nothing new.
const today = fromEpochMs(Date.now()).slice(0, 10);
const seeds = loadSeedPlans();
const devTokens = ensureDevTokens(config.DUBAN_DATA_DIR, seeds);
for (const plan of seeds) {
  const result = await loadPlan(client, rebasePlan(plan, today), { taskQueue: config.DUBAN_TASK_QUEUE });
  logger.info({ planId: plan.id, ...result }, `plan ${plan.id}: ${result.started} tasks started, ${result.existing} already running`);
}
const gateway = await startGateway(local, client, logger);
const gatewayUrl = `http://localhost:${config.DUBAN_GATEWAY_PORT}`;

logger.info(
  { temporalUi: server.uiUrl, gateway: gatewayUrl, docs: `${gatewayUrl}/docs`, devTokens: devTokens.plaintextFile, temporal: server.address },
  `duban is running — Temporal UI ${server.uiUrl} · gateway ${gatewayUrl}/docs · dev tokens in ${devTokens.plaintextFile} (Ctrl-C stops everything)`,
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await gateway.close();
  // the SDK's own SIGINT/SIGTERM handler may already be draining the worker
  if (worker.getState() === 'RUNNING') worker.shutdown();
  await running.catch((err: unknown) => logger.error({ err }, 'worker failed while stopping'));
  await client.connection.close();
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

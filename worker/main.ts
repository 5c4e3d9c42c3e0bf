// The worker process (production and docker compose): connect, poll, shut down cleanly on a signal.
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { connectWorker } from '../platform/connection';
import { createDubanWorker, installRuntimeLogger } from './worker';

const config = loadConfig(process.env);
const logger = createLogger(config, 'worker');
installRuntimeLogger(logger); // before any connection: the SDK's Runtime is a singleton
const connection = await connectWorker(config);
const worker = await createDubanWorker(config, connection, logger);
logger.info({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.DUBAN_TASK_QUEUE }, 'worker polling');
await worker.run(); // resolves after SIGINT/SIGTERM, which the SDK handles by draining
await connection.close();
logger.info('worker stopped');

// The gateway process (production, docker compose): config from the environment, connect, serve, stop on a signal.
import { connectClient } from '../../platform/connection';
import { loadConfig } from '../../platform/config';
import { createLogger } from '../../platform/logger';
import { startGateway } from './start';

const config = loadConfig(process.env);
const logger = createLogger(config, 'gateway');
const client = await connectClient(config);
const app = await startGateway(config, client, logger);

async function stop(signal: string): Promise<void> {
  logger.info({ signal }, 'gateway stopping');
  await app.close();
  await client.connection.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

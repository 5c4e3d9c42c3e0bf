// Compose's temporal-setup job: registers duban's namespace and search attributes (idempotent), once the frontend answers.
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { connectClient } from '../platform/connection';
import { ensureNamespace } from './namespace-setup';

const config = loadConfig(process.env);
const logger = createLogger(config, 'temporal-setup');
// the server starts beside this job: its frontend (with TLS, when configured) answers after a few seconds
const deadline = Date.now() + 180_000;
for (let attempt = 1; ; attempt++) {
  try {
    const client = await connectClient(config);
    const setup = await ensureNamespace(client.connection, config.TEMPORAL_NAMESPACE);
    logger.info({ namespace: config.TEMPORAL_NAMESPACE, ...setup }, `namespace ${config.TEMPORAL_NAMESPACE} ready with duban's search attributes`);
    await client.connection.close();
    break;
  } catch (err) {
    if (Date.now() > deadline) {
      logger.fatal({ err, attempt }, `TEMPORAL_SETUP_FAILED: no namespace set up on ${config.TEMPORAL_ADDRESS} within 180 s`);
      process.exit(1);
    }
    logger.info({ attempt, reason: err instanceof Error ? err.message : String(err) }, 'waiting for the Temporal frontend');
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

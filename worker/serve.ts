// What `npm start` and `npm run start:cluster` share: the seed plans loaded (rebased to today), dev tokens, the gateway, the URLs.
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { ensureDevTokens } from '../client/tokens';
import { startGateway } from '../client/gateway/start';
import { loadPlan } from '../client/load';
import { loadSeedPlans, rebasePlan } from '../seeds';
import { fromEpochMs } from '../machines';

/**
 * Loads the four seed plans and starts the gateway, then says where everything is. The seed plans are
 * historical (2015–2022): rebased so that each is issued today, a demo shows live deadlines instead of
 * years of escalations. Loading is idempotent, so a restart starts nothing new.
 */
export async function serveSeedsAndGateway(
  config: Config,
  client: Client,
  logger: Logger,
  where: { temporal: string; temporalUi: string | null; stack: string },
): Promise<FastifyInstance> {
  const today = fromEpochMs(Date.now()).slice(0, 10);
  const seeds = loadSeedPlans();
  const devTokens = ensureDevTokens(config.DUBAN_DATA_DIR, seeds);
  for (const plan of seeds) {
    const result = await loadPlan(client, rebasePlan(plan, today), { taskQueue: config.DUBAN_TASK_QUEUE });
    logger.info({ planId: plan.id, ...result }, `plan ${plan.id}: ${result.started} tasks started, ${result.existing} already running`);
  }
  const gateway = await startGateway(config, client, logger);
  const gatewayUrl = `http://localhost:${config.DUBAN_GATEWAY_PORT}`;
  const ui = where.temporalUi ? `Temporal UI ${where.temporalUi} · ` : '';
  logger.info(
    { temporalUi: where.temporalUi, gateway: gatewayUrl, docs: `${gatewayUrl}/docs`, devTokens: devTokens.plaintextFile, temporal: where.temporal },
    `duban is running on ${where.stack} — ${ui}gateway ${gatewayUrl}/docs · dev tokens in ${devTokens.plaintextFile} (Ctrl-C stops everything)`,
  );
  return gateway;
}

/** Runs `stop` once on the first SIGINT or SIGTERM, then exits 0. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void handle('SIGINT'));
  process.on('SIGTERM', () => void handle('SIGTERM'));
}

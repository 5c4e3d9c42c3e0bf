// startGateway: the gateway from Config (tokens file, port, task queue) on an existing Temporal client.
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../../platform/config';
import { DubanClient } from '../duban-client';
import { readTokenFile } from '../tokens';
import { buildGateway } from './app';

export type GatewayConfig = Pick<Config, 'DUBAN_DATA_DIR' | 'DUBAN_GATEWAY_PORT' | 'DUBAN_GATEWAY_HOST' | 'DUBAN_TASK_QUEUE' | 'DUBAN_TOKENS_FILE'>;

export const tokensFileOf = (config: Pick<Config, 'DUBAN_DATA_DIR' | 'DUBAN_TOKENS_FILE'>): string => config.DUBAN_TOKENS_FILE ?? join(config.DUBAN_DATA_DIR, 'tokens.json');

/**
 * Reads the tokens file (TokenFileError when missing or invalid), builds the gateway and listens on
 * DUBAN_GATEWAY_HOST:DUBAN_GATEWAY_PORT (127.0.0.1 unless configured). Close it with `app.close()`.
 */
export async function startGateway(config: GatewayConfig, client: Client, logger: Logger): Promise<FastifyInstance> {
  const tokensFile = tokensFileOf(config);
  const tokens = readTokenFile(tokensFile);
  const app = buildGateway({ client: new DubanClient(client, config.DUBAN_TASK_QUEUE), tokens, logger, taskQueue: config.DUBAN_TASK_QUEUE });
  const url = await app.listen({ port: config.DUBAN_GATEWAY_PORT, host: config.DUBAN_GATEWAY_HOST });
  app.log.info({ url, docs: `${url}/docs`, tokensFile, tokens: Object.keys(tokens).length }, 'gateway listening');
  return app;
}

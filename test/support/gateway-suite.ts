// One dev server, one duban worker and a gateway over the real typed client for a test file, with the file's
// own bearer tokens: the setup every gateway end-to-end suite shares (started in beforeAll, torn down after).
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { DubanClient } from '../../client/duban-client';
import { buildGateway } from '../../client/gateway/app';
import { hashToken, type TokenGrant } from '../../client/tokens';
import { runDubanWorker, type DubanWorker } from './duban';
import { startDevServer } from './temporal';

export interface GatewaySuite<K extends string> {
  env: TestWorkflowEnvironment;
  worker: DubanWorker;
  app: ReturnType<typeof buildGateway>;
  /** the Authorization header of one of the file's grants */
  as: (who: K) => { authorization: string };
}

/** `grants` by name; each name's token is `<prefix>-<name>`. `ready` runs after start, e.g. to load a plan. */
export function gatewaySuite<K extends string>(prefix: string, grants: Record<K, TokenGrant>, ready?: (s: GatewaySuite<K>) => Promise<void>): GatewaySuite<K> {
  const suite = { as: (who: K) => ({ authorization: `Bearer ${prefix}-${who}` }) } as GatewaySuite<K>;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    suite.env = await startDevServer();
    const worker = await runDubanWorker(suite.env);
    stop = worker.stop;
    suite.worker = worker;
    const tokens = Object.fromEntries((Object.entries(grants) as Array<[K, TokenGrant]>).map(([name, g]) => [hashToken(`${prefix}-${name}`), g]));
    suite.app = buildGateway({ client: new DubanClient(suite.env.client, worker.taskQueue), tokens, logger: pino({ level: 'silent' }), taskQueue: worker.taskQueue });
    await ready?.(suite);
  });
  afterAll(async () => {
    await suite.app?.close();
    await stop?.();
    await suite.env?.teardown();
  });
  return suite;
}

// Benchmark 5: the gateway's POST /tasks/{id}/events (REPORT_PROGRESS on many tasks) vs GET /healthz, loaded from a second process.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { DubanClient } from '../client/duban-client';
import { buildGateway } from '../client/gateway/app';
import { loadPlan } from '../client/load';
import { ensureDevTokens, readTokenFile } from '../client/tokens';
import { taskWorkflowId } from '../workflows/ids';
import { transitionUpdate } from '../workflows/messages';
import { forkTs } from '../test/support/child';
import type { GatewayLoadMessage } from './gateway-load';
import { LEAD, say, syntheticPlan } from './harness';

type LoadResult = Extract<GatewayLoadMessage, { kind: 'result' }>;
const isResult = (m: GatewayLoadMessage): m is LoadResult => m.kind === 'result';

export interface GatewaySetup {
  url: string;
  token: string;
  paths: string[];
  close(): Promise<void>;
}

/** A plan of `tasks` copies of #34, each measures issued and started, behind a gateway on 127.0.0.1. */
export async function gatewaySetup(client: Client, taskQueue: string, tasks: number): Promise<GatewaySetup> {
  const plan = syntheticPlan(`bench-gw-${Date.now().toString(36)}`, tasks, { only: ['34'] });
  await loadPlan(client, plan, { taskQueue });
  for (const t of plan.tasks) {
    const handle = client.workflow.getHandle(taskWorkflowId(plan.id, t.no));
    await handle.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: LEAD, measures: '印发实施方案' }] });
    await handle.executeUpdate(transitionUpdate, { args: [{ type: 'START', actor: LEAD }] });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'duban-bench-gw-'));
  const { tokensFile, plaintextFile } = ensureDevTokens(dataDir, [plan]);
  const line = readFileSync(plaintextFile, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .find(([, planId, role, unit]) => planId === plan.id && role === 'unit' && unit === LEAD.unit);
  if (!line?.[0]) throw new Error(`BENCH_NO_TOKEN: no dev token for ${LEAD.unit}`);
  const app: FastifyInstance = buildGateway({ client: new DubanClient(client, taskQueue), tokens: readTokenFile(tokensFile), logger: pino({ level: 'silent' }), taskQueue });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, token: line[0], paths: plan.tasks.map((t) => `/tasks/${encodeURIComponent(taskWorkflowId(plan.id, t.no))}/events`), close: () => app.close() };
}

export async function gatewayLoad(setup: GatewaySetup, mode: 'events' | 'healthz', connections: number, duration: number): Promise<LoadResult> {
  await new Promise((r) => setTimeout(r, 2_000)); // let the previous load drain first
  const child = forkTs<GatewayLoadMessage>(new URL('./gateway-load.ts', import.meta.url), {
    LOAD_URL: setup.url,
    LOAD_MODE: mode,
    LOAD_TOKEN: setup.token,
    LOAD_PATHS: JSON.stringify(setup.paths),
    LOAD_CONNECTIONS: String(connections),
    LOAD_DURATION: String(duration),
  });
  try {
    const result = await child.next(isResult, (duration + 60) * 1000);
    say(`gateway ${mode}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.ok} ok, ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result;
  } finally {
    await child.kill();
  }
}

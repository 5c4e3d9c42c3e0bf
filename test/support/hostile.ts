// Support for the hostile-input suites: tokens, a gateway over the real client, copies of a seed task, and
// the check that a workflow's history holds no failed workflow task.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import { DubanClient } from '../../client/duban-client';
import { buildGateway } from '../../client/gateway/app';
import { hashToken, type TokenGrant } from '../../client/tokens';
import { PlanSchema, type Plan } from '../../machines';
import { runDubanWorker, seedPlan, shanghaiDate } from './duban';
import { startTimeSkipping } from './temporal';

/** qinzhou-2015 #34: lead 市人社局; assisting 市卫计委, 市民政局, 市老龄办; office and convener 市民政局 */
export const GRANTS = {
  lead: { planId: 'qinzhou-2015', unit: '市人社局', role: 'unit', label: 'lead' },
  assisting: { planId: 'qinzhou-2015', unit: '市卫计委', role: 'unit', label: 'assisting' },
  office: { planId: 'qinzhou-2015', unit: '市民政局', role: 'supervisor', label: 'office' },
  conference: { planId: 'qinzhou-2015', unit: '市民政局', role: 'conference', label: 'conference' },
} satisfies Record<string, TokenGrant>;
export type Who = keyof typeof GRANTS;

export function hostileGateway(env: TestWorkflowEnvironment, taskQueue: string) {
  const tokens = Object.fromEntries(Object.entries(GRANTS).map(([who, g]) => [hashToken(`hostile-${who}`), g]));
  const app = buildGateway({ client: new DubanClient(env.client, taskQueue), tokens, logger: pino({ level: 'silent' }), taskQueue });
  const request = (method: 'GET' | 'POST', url: string, who: Who, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer hostile-${who}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    });
  return { app, request };
}

export interface HostileSuite {
  env: TestWorkflowEnvironment;
  duban: Awaited<ReturnType<typeof runDubanWorker>>;
  gateway: ReturnType<typeof hostileGateway>;
}

/** one time-skipping server, a running worker and a gateway over them for a test file (torn down after it) */
export function hostileSuite(): HostileSuite {
  const suite = {} as HostileSuite;
  beforeAll(async () => {
    suite.env = await startTimeSkipping();
    suite.duban = await runDubanWorker(suite.env);
    suite.gateway = hostileGateway(suite.env, suite.duban.taskQueue);
  });
  afterAll(async () => {
    await suite.gateway?.app.close();
    await suite.duban?.stop();
    await suite.env?.teardown();
  });
  return suite;
}

/** copies of qinzhou #34 numbered `34.<suffix>`, issued on the server's today: one per test, so tests stay independent */
export async function copiesOf34(env: TestWorkflowEnvironment, suffixes: readonly string[]): Promise<Plan> {
  const base = seedPlan('qinzhou-2015', ['34'], shanghaiDate(await env.currentTimeMs()));
  const t34 = base.tasks[0]!;
  return PlanSchema.parse({ ...base, tasks: suffixes.map((s, i) => ({ ...t34, no: `34.${s}`, seq: i + 1 })) });
}

/** the refusal code a rejected Update carries */
export async function refusalCode(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (err) {
    const cause = (err as { cause?: { type?: unknown } }).cause;
    return typeof cause?.type === 'string' ? cause.type : `untyped: ${String(err)}`;
  }
  return 'accepted';
}

/** the workflow is still running and no workflow task of its history failed */
export async function expectAliveAndUnfailed(env: TestWorkflowEnvironment, workflowId: string): Promise<void> {
  const handle = env.client.workflow.getHandle(workflowId);
  expect((await handle.describe()).status.name, workflowId).toBe('RUNNING');
  const events = (await handle.fetchHistory()).events ?? [];
  const failed = events.filter((e) => e.workflowTaskFailedEventAttributes).map((e) => e.workflowTaskFailedEventAttributes?.failure?.message ?? String(e.workflowTaskFailedEventAttributes?.cause));
  expect(failed, workflowId).toEqual([]);
}

// Drill: ≥200 generated bad inputs through the gateway on a real dev server — each refused with the right code, none accepted, no workflow task failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { DubanClient } from '../../client/duban-client';
import { statusOf, type DubanErrorCode } from '../../client/errors';
import { buildGateway } from '../../client/gateway/app';
import { hashToken, type TokenGrant } from '../../client/tokens';
import { loadPlan } from '../../client/load';
import { applyEvent, createTaskSnapshot, explain, PlanSchema, type Plan, type TaskSnapshot } from '../../machines';
import { toIso } from '../../machines';
import { taskWorkflowId } from '../../workflows/ids';
import { startDevServer } from '../support/temporal';
import { runDubanWorker, seedPlan, shanghaiDate } from '../support/duban';
import { badPayloads, bodyOf, EVENT_TYPES, stepsTo, type Step, type Who } from './cases';

const GRANTS: Record<Who, TokenGrant> = {
  lead: { planId: 'qinzhou-2015', unit: '市人社局', role: 'unit', label: 'lead' },
  assisting: { planId: 'qinzhou-2015', unit: '市卫计委', role: 'unit', label: 'assisting' },
  assisting2: { planId: 'qinzhou-2015', unit: '市民政局', role: 'unit', label: 'assisting 2' },
  assisting3: { planId: 'qinzhou-2015', unit: '市老龄办', role: 'unit', label: 'assisting 3' },
  outsider: { planId: 'qinzhou-2015', unit: '市财政局', role: 'unit', label: 'outsider' },
  office: { planId: 'qinzhou-2015', unit: '市民政局', role: 'supervisor', label: 'office' },
  other: { planId: 'changzhou-2015', unit: '市民政局', role: 'unit', label: 'other plan' },
};
const tokens = Object.fromEntries(Object.entries(GRANTS).map(([t, g]) => [hashToken(`drill-${t}`), g]));
const ACTORS: Record<Exclude<Who, 'other'>, { unit: string; role: 'lead' | 'assisting' | 'supervisor' }> = {
  lead: { unit: '市人社局', role: 'lead' },
  assisting: { unit: '市卫计委', role: 'assisting' },
  assisting2: { unit: '市民政局', role: 'assisting' },
  assisting3: { unit: '市老龄办', role: 'assisting' },
  outsider: { unit: '市财政局', role: 'assisting' },
  office: { unit: '市民政局', role: 'supervisor' },
};
/** the task in each state the battery aims at (copies of #34: lead 市人社局, three assisting units) */
const STATES = ['draft', 'measuresIssued', 'implementing', 'awaitingVerification', 'verified'] as const;

interface Case {
  name: string;
  url: string;
  who: Who | null;
  payload: string | object;
  headers?: Record<string, string>;
  status: number;
  code: string;
}

describe('a battery of bad inputs through the gateway', () => {
  let env: TestWorkflowEnvironment;
  let duban: Awaited<ReturnType<typeof runDubanWorker>>;
  let app: ReturnType<typeof buildGateway>;
  let plan: Plan;
  const local = new Map<string, TaskSnapshot>();
  const accepted = new Map<string, number>();

  const post = (url: string, who: Who | null, payload: string | object, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url,
      headers: { ...(who ? { authorization: `Bearer drill-${who}` } : {}), 'content-type': 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  const urlOf = (no: string): string => `/tasks/${encodeURIComponent(taskWorkflowId(plan.id, no))}/events`;

  /** sends a step that must be accepted, and mirrors it on the local snapshot */
  async function accept(no: string, step: Step): Promise<void> {
    const body = bodyOf(step.type, local.get(no)!, step.eventId);
    const res = await post(urlOf(no), step.who, body);
    expect(res.statusCode, `${no} ${step.type}: ${res.body}`).toBe(200);
    const r = applyEvent(local.get(no)!, { ...body, actor: ACTORS[step.who], at: toIso(Date.now()) });
    if (!r.ok) throw new Error(`local mirror refused ${step.type}: ${r.code}`);
    local.set(no, r.snapshot);
    accepted.set(no, (accepted.get(no) ?? 0) + 1);
  }

  beforeAll(async () => {
    env = await startDevServer();
    duban = await runDubanWorker(env);
    app = buildGateway({ client: new DubanClient(env.client, duban.taskQueue), tokens, logger: pino({ level: 'silent' }), taskQueue: duban.taskQueue });
    const base = seedPlan('qinzhou-2015', ['34'], shanghaiDate(Date.now()));
    const t34 = base.tasks[0]!;
    const nos = [...STATES, 'race'];
    plan = PlanSchema.parse({ ...base, tasks: nos.map((s, i) => ({ ...t34, no: `34.${s}`, seq: i + 1 })) });
    await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
    const planInput = { id: plan.id, conference: plan.conference, policy: plan.policy, issuedOn: plan.issuedOn };
    for (const task of plan.tasks) local.set(task.no, createTaskSnapshot({ task, plan: planInput, at: toIso(Date.now()) }));
    for (const state of STATES) for (const step of stepsTo(state)) await accept(`34.${state}`, step);
  });
  afterAll(async () => {
    await app?.close();
    await duban?.stop();
    await env?.teardown();
  });

  function generate(): Case[] {
    const cases: Case[] = [];
    // every event type × every sender × every state, kept only where the machine itself refuses it
    for (const state of STATES) {
      const no = `34.${state}`;
      const snapshot = local.get(no)!;
      for (const type of EVENT_TYPES) {
        for (const who of Object.keys(ACTORS) as Array<keyof typeof ACTORS>) {
          const body = bodyOf(type, snapshot);
          const verdict = explain(snapshot, { ...body, actor: ACTORS[who], at: toIso(Date.now()) });
          if (verdict.ok) continue;
          // decisions answer agenda items, never a body sent to a task; a verified task's workflow has
          // completed, so the Update cannot reach it
          const code = type === 'RESOLVE' ? 'NOT_ON_AGENDA' : state === 'verified' ? 'TASK_CLOSED' : verdict.code;
          cases.push({ name: `${state} ${type} by ${who}`, url: urlOf(no), who, payload: body, status: statusOf(code), code });
        }
      }
    }
    const open = urlOf('34.implementing');
    for (const [name, payload, code = 'BAD_PAYLOAD'] of badPayloads()) cases.push({ name, url: open, who: 'lead', payload, status: statusOf(code as DubanErrorCode), code });
    cases.push({ name: 'oversized body (3 MiB)', url: open, who: 'lead', payload: { type: 'REPORT_PROGRESS', summary: '进'.repeat(1_048_576) }, status: 413, code: 'TOO_LARGE' });
    cases.push({ name: 'body just over 64 KiB', url: open, who: 'lead', payload: { type: 'REPORT_PROGRESS', summary: 'x'.repeat(65_536) }, status: 413, code: 'TOO_LARGE' });
    cases.push({ name: 'no token', url: open, who: null, payload: { type: 'START' }, status: 401, code: 'UNAUTHENTICATED' });
    cases.push({ name: 'token of another plan', url: open, who: 'other', payload: { type: 'START' }, status: 403, code: 'FORBIDDEN_PLAN' });
    for (const no of ['999', '34.nope', '0']) {
      cases.push({ name: `unknown task ${no}`, url: urlOf(no), who: 'office', payload: { type: 'VERIFY' }, status: 404, code: 'UNKNOWN_TASK' });
    }
    for (const id of ['nonsense', 'task:Bad Plan:1', 'qinzhou-2015']) {
      cases.push({ name: `malformed id ${id}`, url: `/tasks/${encodeURIComponent(id)}/events`, who: 'office', payload: { type: 'VERIFY' }, status: 400, code: 'BAD_TASK_ID' });
    }
    return cases;
  }

  it('refuses every one with the right status and code, and accepts none', async () => {
    const cases = generate();
    // duplicate event ids: the first is accepted (a control), every repeat refused
    await accept('34.implementing', { who: 'lead', type: 'REPORT_PROGRESS', eventId: 'oa-dup' });
    for (let i = 0; i < 5; i++) {
      cases.push({ name: `duplicate eventId #${i}`, url: urlOf('34.implementing'), who: 'lead', payload: { type: 'REPORT_PROGRESS', summary: '重复', eventId: 'oa-dup' }, status: 409, code: 'DUPLICATE_EVENT' });
      cases.push({ name: `duplicate Idempotency-Key #${i}`, url: urlOf('34.implementing'), who: 'lead', payload: { type: 'REPORT_PROGRESS', summary: '重复' }, headers: { 'idempotency-key': 'oa-dup' }, status: 409, code: 'DUPLICATE_EVENT' });
    }
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const byCode = new Map<string, number>();
    for (const c of cases) byCode.set(c.code, (byCode.get(c.code) ?? 0) + 1);
    expect([...byCode.keys()]).toEqual(expect.arrayContaining(['TRANSITION_NOT_ALLOWED', 'FORBIDDEN_ACTOR', 'BAD_PAYLOAD', 'UNKNOWN_TASK', 'DUPLICATE_EVENT', 'TASK_CLOSED']));
    const wrong: string[] = [];
    for (const c of cases) {
      const res = await post(c.url, c.who, c.payload, c.headers);
      const code = (res.json() as { error?: { code?: string } }).error?.code;
      if (res.statusCode !== c.status || code !== c.code) wrong.push(`${c.name}: expected ${c.status} ${c.code}, got ${res.statusCode} ${code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets exactly one of concurrent conflicting events through', async () => {
    const race = urlOf('34.race');
    const issue = await Promise.all(Array.from({ length: 10 }, (_, i) => post(race, 'lead', { type: 'ISSUE_MEASURES', measures: `方案${i}` })));
    expect(issue.map((r) => r.statusCode).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    const start = await Promise.all(Array.from({ length: 10 }, () => post(race, 'lead', { type: 'START' })));
    expect(start.map((r) => r.statusCode).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    accepted.set('34.race', 2);
  });

  it('keeps exactly the accepted events in every task, and no workflow task failed anywhere', async () => {
    for (const task of plan.tasks) {
      const handle = env.client.workflow.getHandle(taskWorkflowId(plan.id, task.no));
      const res = await app.inject({ method: 'GET', url: `/tasks/${encodeURIComponent(handle.workflowId)}`, headers: { authorization: 'Bearer drill-office' } });
      expect((res.json() as { history: unknown[] }).history, task.no).toHaveLength(accepted.get(task.no) ?? 0);
    }
    // The server refuses a workflow's completion when a new message raced it (cause UNHANDLED_COMMAND or
    // UNHANDLED_UPDATE), and the worker simply tries again with the message: that is Temporal's protocol,
    // not a failure of duban's code. Every other cause counts, and is named in the failure.
    const RACED_COMPLETION = new Set([1, 31]);
    const failed: string[] = [];
    for await (const wf of env.client.workflow.list({ query: `TaskQueue = '${duban.taskQueue}'` })) {
      const events = (await env.client.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory()).events ?? [];
      for (const e of events) {
        const f = e.workflowTaskFailedEventAttributes;
        if (f && !RACED_COMPLETION.has(Number(f.cause))) failed.push(`${wf.workflowId}: cause ${String(f.cause)} ${f.failure?.message ?? ''}`);
      }
    }
    expect(failed).toEqual([]);
  });
});

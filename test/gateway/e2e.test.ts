// End to end: the gateway over the real typed client, the real dev server and a worker with the real workflows.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { TokenGrant } from '../../client/tokens';
import { seedPlan, shanghaiDate } from '../support/duban';
import { gatewaySuite } from '../support/gateway-suite';

const GRANTS: Record<string, TokenGrant> = {
  renshe: { planId: 'qinzhou-2015', unit: '市人社局', role: 'unit', label: 'qz 市人社局' }, // lead of 34
  weiji: { planId: 'qinzhou-2015', unit: '市卫计委', role: 'unit', label: 'qz 市卫计委' }, // assisting on 34
  office: { planId: 'qinzhou-2015', unit: '市民政局', role: 'supervisor', label: 'qz 督查' },
  other: { planId: 'changzhou-2015', unit: '市民政局', role: 'unit', label: 'cz 市民政局' },
};
describe('gateway end to end (dev server, real workflows)', () => {
  const suite = gatewaySuite('e2e', GRANTS);
  const as = (who: keyof typeof GRANTS) => suite.as(who);
  const app = { inject: (o: InjectOptions) => suite.app.inject(o) };

  const post = (url: string, who: keyof typeof GRANTS, payload: object) => app.inject({ method: 'POST', url, headers: as(who), payload });

  it('loads a plan through POST /plans, idempotently', async () => {
    const plan = seedPlan('qinzhou-2015', ['7', '34', '38'], shanghaiDate(Date.now())); // #38 is co-led: 市民政局, 市发改委
    const first = await post('/plans', 'office', plan);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ planId: 'qinzhou-2015', started: 3, existing: 0 });
    expect((await post('/plans', 'office', plan)).json()).toMatchObject({ started: 0, existing: 3, conference: 'existing' });
  });

  it('accepts ISSUE_MEASURES from the lead unit: 200 with the new state', async () => {
    const res = await post('/tasks/task%3Aqinzhou-2015%3A34/events', 'renshe', { type: 'ISSUE_MEASURES', measures: '印发培训实施方案', eventId: 'oa-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ taskNo: '34', state: { lifecycle: 'measuresIssued' } });
    expect(res.json().accepted).toMatchObject({ type: 'ISSUE_MEASURES', actor: { unit: '市人社局', role: 'lead' } });
  });

  it('refuses START from an assisting unit: 403 FORBIDDEN_ACTOR with the machine’s reason', async () => {
    const res = await post('/tasks/qinzhou-2015:34/events', 'weiji', { type: 'START' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN_ACTOR');
    expect(res.json().error.message).toContain('市卫计委');
  });

  it('refuses ISSUE_MEASURES a second time: 409 TRANSITION_NOT_ALLOWED', async () => {
    const res = await post('/tasks/qinzhou-2015/34/events', 'renshe', { type: 'ISSUE_MEASURES', measures: '再次印发' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('refuses a repeated eventId: 409 DUPLICATE_EVENT', async () => {
    const res = await post('/tasks/qinzhou-2015:34/events', 'renshe', { type: 'START', eventId: 'oa-1' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DUPLICATE_EVENT');
  });

  it('answers 404 UNKNOWN_TASK for a task that was never loaded', async () => {
    expect((await post('/tasks/qinzhou-2015:999/events', 'renshe', { type: 'START' })).json()).toMatchObject({ error: { code: 'UNKNOWN_TASK' } });
    const bySupervisor = await post('/tasks/qinzhou-2015:999/events', 'office', { type: 'VERIFY' });
    expect(bySupervisor.statusCode).toBe(404);
  });

  it('answers 403 to a token of another plan', async () => {
    expect((await post('/tasks/qinzhou-2015:34/events', 'other', { type: 'START' })).statusCode).toBe(403);
  });

  it('lists the plan’s tasks by PlanId and by any of their lead units from visibility', async () => {
    const list = async (query: string) => (await app.inject({ method: 'GET', url: `/tasks?${query}`, headers: as('office') })).json<{ tasks: { id: string; leadUnits: string[] }[] }>();
    await expect.poll(async () => (await list('plan=qinzhou-2015')).tasks.map((t) => t.id).sort(), { timeout: 20_000, interval: 500 }).toEqual([
      'task:qinzhou-2015:34',
      'task:qinzhou-2015:38',
      'task:qinzhou-2015:7',
    ]);
    // the second lead of a co-led task finds it too
    await expect.poll(async () => (await list(`lead=${encodeURIComponent('市发改委')}`)).tasks, { timeout: 20_000, interval: 500 }).toEqual([
      expect.objectContaining({ id: 'task:qinzhou-2015:38', leadUnits: ['市民政局', '市发改委'] }),
    ]);
    await expect.poll(async () => (await list(`lead=${encodeURIComponent('市人社局')}`)).tasks.map((t) => t.id), { timeout: 20_000, interval: 500 }).toEqual(['task:qinzhou-2015:34']);
    await expect.poll(async () => (await list('state=measuresIssued')).tasks.map((t) => t.id), { timeout: 20_000, interval: 500 }).toEqual(['task:qinzhou-2015:34']);
  });

  it('shows a task with its history, the agenda and health', async () => {
    const session = await post('/conference/qinzhou-2015/sessions', 'office', {});
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ no: 1, items: [] });
    expect((await post('/conference/qinzhou-2015/sessions', 'weiji', {})).statusCode).toBe(403);
    const task = await app.inject({ method: 'GET', url: '/tasks/task%3Aqinzhou-2015%3A34', headers: as('weiji') });
    expect(task.statusCode).toBe(200);
    expect(task.json().history.map((h: { type: string }) => h.type)).toContain('ISSUE_MEASURES');
    const agenda = await app.inject({ method: 'GET', url: '/conference/qinzhou-2015/agenda', headers: as('weiji') });
    expect(agenda.statusCode).toBe(200);
    expect(agenda.json()).toMatchObject({ planId: 'qinzhou-2015', open: [] });
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toMatchObject({ status: 'ok', temporal: { reachable: true } });
  });

  it('answers 404 UNKNOWN_ITEM for an unknown agenda item and 404 UNKNOWN_PLAN for a plan never loaded', async () => {
    const item = await post('/conference/qinzhou-2015/resolutions', 'office', { itemId: 'nope', decision: { kind: 'order', text: '限期整改' } });
    expect(item.statusCode).toBe(404);
    expect(item.json().error.code).toBe('UNKNOWN_ITEM');
    const other = await app.inject({ method: 'GET', url: '/conference/changzhou-2015/agenda', headers: as('other') });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('UNKNOWN_PLAN');
  });

  /** the CLI as a child process against the same dev server */
  const duban = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      const tsx = createRequire(import.meta.url).resolve('tsx/cli');
      const cli = fileURLToPath(new URL('../../client/cli.ts', import.meta.url));
      const envVars = { ...process.env, TEMPORAL_ADDRESS: suite.env.address, TEMPORAL_NAMESPACE: suite.env.namespace ?? 'default', DUBAN_TASK_QUEUE: suite.worker.taskQueue };
      execFile(process.execPath, [tsx, cli, ...args], { env: envVars }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
    });

  it('runs the CLI against it: list (0), refused (1), not found (4)', async () => {
    const list = await duban(['tasks', 'list', '--plan', 'qinzhou-2015']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('task:qinzhou-2015:34');
    const refused = await duban(['send', 'qinzhou-2015:34', 'START', '--as', '市卫计委']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('FORBIDDEN_ACTOR');
    expect((await duban(['tasks', 'show', 'qinzhou-2015:999'])).code).toBe(4);
    const started = await duban(['send', 'qinzhou-2015/34', 'START', '--as', '市人社局']);
    expect(started.stdout).toContain('inProgress.implementing');
    expect(started.code).toBe(0);
  });
});

// Collectives and child plans through the gateway on the real dev server: a city's own token, the tasks a city
// owes from visibility, per-member status in GET /tasks/{id}, a child plan loaded with ?parent= and found by it.
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { TokenGrant } from '../../client/tokens';
import { seedPlan, shanghaiDate } from '../support/duban';
import { gatewaySuite } from '../support/gateway-suite';
import { shenyangPlan } from '../support/cascade';

const GRANTS: Record<string, TokenGrant> = {
  lead: { planId: 'liaoning-2020', unit: '省民政厅', role: 'unit', label: 'ln 省民政厅' },
  shenyang: { planId: 'liaoning-2020', unit: '沈阳市人民政府', role: 'unit', label: 'ln 沈阳市人民政府' },
  cities: { planId: 'liaoning-2020', unit: '各市、县（市、区）政府', role: 'unit', label: 'ln collective' },
  office: { planId: 'liaoning-2020', unit: '省民政厅', role: 'supervisor', label: 'ln 督查' },
  cityOffice: { planId: 'shenyang-2020', unit: '沈阳市民政局', role: 'supervisor', label: 'sy 督查' },
};
describe('collectives and child plans through the gateway (dev server)', () => {
  const suite = gatewaySuite('col', GRANTS, async ({ app: gateway, as }) => {
    const plan = seedPlan('liaoning-2020', ['1-2', '2-2'], shanghaiDate(Date.now()));
    expect((await gateway.inject({ method: 'POST', url: '/plans', headers: as('office'), payload: plan })).statusCode).toBe(200);
  });
  const as = (who: keyof typeof GRANTS) => suite.as(who);
  const inject = (o: InjectOptions) => suite.app.inject(o);

  const post = (url: string, who: keyof typeof GRANTS, payload: object) => inject({ method: 'POST', url, headers: as(who), payload });
  const list = async (query: string) => (await inject({ method: 'GET', url: `/tasks?${query}`, headers: as('office') })).json<{ tasks: { id: string }[] }>();

  it('takes a city’s acknowledgement with its own token, refuses the collective’s, and shows each member’s status', async () => {
    expect((await post('/tasks/liaoning-2020:1-2/events', 'lead', { type: 'ISSUE_MEASURES', measures: '全省实施方案' })).statusCode).toBe(200);
    const ack = await post('/tasks/liaoning-2020:1-2/events', 'shenyang', { type: 'ACKNOWLEDGE' });
    expect(ack.statusCode).toBe(200);
    expect(ack.json().accepted).toMatchObject({ type: 'ACKNOWLEDGE', actor: { unit: '沈阳市人民政府', role: 'assisting' } });
    const collective = await post('/tasks/liaoning-2020:1-2/events', 'cities', { type: 'ACKNOWLEDGE' });
    expect(collective.statusCode).toBe(403);
    expect(collective.json().error.code).toBe('FORBIDDEN_ACTOR');

    const task = (await inject({ method: 'GET', url: '/tasks/liaoning-2020:1-2', headers: as('shenyang') })).json();
    const cities = task.assists.filter((a: { collective: string | null }) => a.collective === '各市、县（市、区）政府');
    expect(cities).toHaveLength(14);
    expect(cities.find((a: { unit: string }) => a.unit === '沈阳市人民政府')).toMatchObject({ status: 'acknowledged', role: 'assisting' });
    expect(task.members).toEqual([expect.objectContaining({ collective: '各市、县（市、区）政府', total: 14, acknowledged: 1, notified: 13 })]);
  });

  it('finds the tasks a city owes by the city’s name (GET /tasks?assisting=沈阳市人民政府)', async () => {
    await expect
      .poll(async () => (await list(`assisting=${encodeURIComponent('沈阳市人民政府')}`)).tasks.map((t) => t.id).sort(), { timeout: 20_000, interval: 500 })
      .toEqual(['task:liaoning-2020:1-2', 'task:liaoning-2020:2-2']);
    // the collective's own name still finds them
    await expect.poll(async () => (await list(`assisting=${encodeURIComponent('各市、县（市、区）政府')}`)).tasks.length, { timeout: 20_000, interval: 500 }).toBe(2);
  });

  it('loads 沈阳’s plan under the liaoning task with ?parent= and finds its tasks by ParentTask', async () => {
    const child = shenyangPlan(seedPlan('liaoning-2020', ['1-2', '2-2'], shanghaiDate(Date.now())));
    const missing = await post('/plans?parent=liaoning-2020:9-9', 'cityOffice', child);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('UNKNOWN_TASK');
    const stranger = await post(`/plans?parent=liaoning-2020:1-2&parentUnit=${encodeURIComponent('北京市人民政府')}`, 'cityOffice', child);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.code).toBe('UNKNOWN_UNIT');
    const loaded = await post('/plans?parent=liaoning-2020:1-2', 'cityOffice', child);
    expect(loaded.statusCode).toBe(200);
    expect(loaded.json()).toMatchObject({ planId: 'shenyang-2020', started: 2 });
    await expect
      .poll(async () => (await list(`parent=${encodeURIComponent('liaoning-2020:1-2')}`)).tasks.map((t) => t.id).sort(), { timeout: 20_000, interval: 500 })
      .toEqual(['task:shenyang-2020:1', 'task:shenyang-2020:2']);
    // the child plan's figures reach the parent task (the rollup gathers for 10 s)
    await expect
      .poll(async () => (await inject({ method: 'GET', url: '/tasks/liaoning-2020:1-2', headers: as('office') })).json().childPlans, { timeout: 40_000, interval: 1_000 })
      .toEqual([expect.objectContaining({ planId: 'shenyang-2020', unit: '沈阳市人民政府', total: 2, byLifecycle: { draft: 2 }, complete: false })]);
  });
});

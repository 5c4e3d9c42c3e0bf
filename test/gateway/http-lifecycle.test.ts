// Through HTTP only, as a backend system would: a task from draft to verified by its units' tokens, and a
// conference resolution that extends an escalated task's deadline.
import { describe, expect, it } from 'vitest';
import type { TokenGrant } from '../../client/tokens';
import { seedPlan, shanghaiDate } from '../support/duban';
import { gatewaySuite } from '../support/gateway-suite';
import { seedTask } from '../support/seeds';

const unit = (u: string): TokenGrant => ({ planId: 'qinzhou-2015', unit: u, role: 'unit', label: u });
const GRANTS: Record<string, TokenGrant> = {
  renshe: unit('市人社局'), // lead of #34
  weiji: unit('市卫计委'),
  minzheng: unit('市民政局'), // assisting on #34 — and, as the office, the supervisor below
  laoling: unit('市老龄办'),
  gongxin: unit('市工信委'), // lead of #7
  office: { planId: 'qinzhou-2015', unit: '市民政局', role: 'supervisor', label: '督查室' },
  conference: { planId: 'qinzhou-2015', unit: '市民政局', role: 'conference', label: '联席会议' },
};
describe('a backend system over HTTP (dev server, real workflows)', () => {
  const suite = gatewaySuite('http', GRANTS, async ({ app, as }) => {
    // #34 rebased to today; #7 on its printed 2015 date, so it is escalated as soon as it runs
    const plan = seedPlan('qinzhou-2015', ['34'], shanghaiDate(Date.now()));
    const loaded = await app.inject({ method: 'POST', url: '/plans', headers: as('office'), payload: { ...plan, tasks: [...plan.tasks, seedTask('qinzhou-2015', '7')] } });
    expect(loaded.statusCode).toBe(200);
  });

  const auth = (who: string) => suite.as(who);
  const send = (who: string, task: string, body: object) =>
    suite.app.inject({ method: 'POST', url: `/tasks/qinzhou-2015:${task}/events`, headers: auth(who), payload: body });
  const get = (who: string, url: string) => suite.app.inject({ method: 'GET', url, headers: auth(who) });

  it('takes #34 from draft to verified with the lead’s, the assisting units’ and the office’s tokens', async () => {
    expect((await send('renshe', '34', { type: 'ISSUE_MEASURES', measures: '印发养老护理员培训方案' })).statusCode).toBe(200);
    expect((await send('renshe', '34', { type: 'START' })).statusCode).toBe(200);
    const early = await send('renshe', '34', { type: 'SUBMIT', evidence: '台账' });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'ASSISTS_OUTSTANDING']);
    for (const who of ['weiji', 'minzheng', 'laoling']) {
      expect((await send(who, '34', { type: 'ACKNOWLEDGE' })).statusCode).toBe(200);
      expect((await send(who, '34', { type: 'CONTRIBUTE', summary: '配合材料已报送' })).statusCode).toBe(200);
    }
    // a unit token cannot verify, even the office's own unit acting as an assisting unit
    expect((await send('minzheng', '34', { type: 'VERIFY' })).statusCode).toBe(403);
    expect((await send('renshe', '34', { type: 'SUBMIT', evidence: '培训台账及结业名单' })).json().state.lifecycle).toBe('inProgress.awaitingVerification');
    const verified = await send('office', '34', { type: 'VERIFY', note: '核验通过' });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().state).toEqual({ lifecycle: 'verified', supervision: 'closed' });
    const closed = await send('renshe', '34', { type: 'REPORT_PROGRESS', summary: '又一期' });
    expect(closed.statusCode).toBe(409);
  });

  it('extends #7’s deadline by a conference resolution, and the task is back on track', async () => {
    let view = (await get('office', '/tasks/qinzhou-2015:7')).json();
    for (let i = 0; i < 100 && view.state.supervision !== 'escalated'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      view = (await get('office', '/tasks/qinzhou-2015:7')).json();
    }
    expect(view.state.supervision).toBe('escalated');
    const itemId: string = view.escalation.itemId;
    let agenda = (await get('gongxin', '/conference/qinzhou-2015/agenda')).json();
    for (let i = 0; i < 50 && !agenda.open?.some((x: { itemId: string }) => x.itemId === itemId); i++) {
      await new Promise((r) => setTimeout(r, 200));
      agenda = (await get('gongxin', '/conference/qinzhou-2015/agenda')).json();
    }
    expect(agenda.open.map((x: { itemId: string }) => x.itemId)).toContain(itemId);

    const newDue = new Date(Date.now() + 60 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10) + 'T23:59:59+08:00';
    const byUnit = await suite.app.inject({ method: 'POST', url: '/conference/qinzhou-2015/resolutions', headers: auth('gongxin'), payload: { itemId, decision: { kind: 'extend', milestone: 'measures', newDue } } });
    expect(byUnit.statusCode).toBe(403);
    const resolved = await suite.app.inject({ method: 'POST', url: '/conference/qinzhou-2015/resolutions', headers: auth('conference'), payload: { itemId, decision: { kind: 'extend', milestone: 'measures', newDue } } });
    expect(resolved.statusCode).toBe(200);
    for (let i = 0; i < 50 && view.state.supervision !== 'onTrack'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      view = (await get('gongxin', '/tasks/qinzhou-2015:7')).json();
    }
    expect(view.state.supervision).toBe('onTrack');
    expect(view.nextMilestone).toMatchObject({ id: 'measures', due: newDue });
  });

  it('lists tasks filtered by lead unit and supervision state', async () => {
    let listed: { taskNo: string }[] = [];
    for (let i = 0; i < 50 && listed.length !== 1; i++) {
      listed = (await get('office', `/tasks?plan=qinzhou-2015&lead=${encodeURIComponent('市工信委')}&supervision=onTrack`)).json().tasks;
      if (listed.length !== 1) await new Promise((r) => setTimeout(r, 200));
    }
    expect(listed.map((t) => t.taskNo)).toEqual(['7']);
  });
});

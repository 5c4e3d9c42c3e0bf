// Hostile and careless input straight to real task workflows and through the gateway: every refusal named,
// no workflow task failed, and the task takes a valid event afterwards (time-skipping server).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../client/load';
import { LIMITS } from '../../machines';
import { taskWorkflowId } from '../../workflows/ids';
import { resolutionUpdate, transitionUpdate, viewQuery, type TransitionRequest } from '../../workflows/messages';
import { copiesOf34, expectAliveAndUnfailed, hostileSuite, refusalCode } from '../support/hostile';

const lead = { unit: '市人社局', role: 'lead' } as const;
const assisting = { unit: '市卫计委', role: 'assisting' } as const;
const conference = { unit: '市民政局', role: 'conference' } as const;

describe('hostile input to a task', () => {
  const suite = hostileSuite();
  const suffixes = ['oversized', 'bounded', 'forged', 'dates', 'terminated'];
  beforeAll(async () => {
    await loadPlan(suite.env.client, await copiesOf34(suite.env, suffixes), { taskQueue: suite.duban.taskQueue });
  });
  const id = (suffix: string): string => taskWorkflowId('qinzhou-2015', `34.${suffix}`);
  const url = (suffix: string): string => `/tasks/${encodeURIComponent(id(suffix))}/events`;
  const raw = (suffix: string, req: unknown) => suite.env.client.workflow.getHandle(id(suffix)).executeUpdate(transitionUpdate, { args: [req as TransitionRequest] });

  it('refuses a 1 MB progress report from an assisting unit, by the gateway and by the workflow, and the task lives on', async () => {
    const huge = '进'.repeat(1_000_000);
    const viaGateway = await suite.gateway.request('POST', url('oversized'), 'assisting', { type: 'REPORT_PROGRESS', summary: huge });
    expect([viaGateway.statusCode, viaGateway.json().error.code]).toEqual([413, 'TOO_LARGE']);
    // an Update that skips the gateway meets the same limit in the workflow's validator
    expect(await refusalCode(raw('oversized', { type: 'REPORT_PROGRESS', actor: assisting, summary: huge }))).toBe('TOO_LARGE');
    expect(await refusalCode(raw('oversized', { type: 'REPORT_PROGRESS', actor: assisting, summary: '进'.repeat(LIMITS.text + 1) }))).toBe('TOO_LARGE');
    const ok = await suite.gateway.request('POST', url('oversized'), 'assisting', { type: 'REPORT_PROGRESS', summary: '已对接' });
    expect(ok.statusCode).toBe(200);
    await expectAliveAndUnfailed(suite.env, id('oversized'));
  });

  it('answers every accepted event compactly and keeps the task small, however many events at their limits it takes', async () => {
    const issued = await raw('bounded', { type: 'ISSUE_MEASURES', actor: lead, measures: '措'.repeat(LIMITS.longText) });
    expect(JSON.stringify(issued).length).toBeLessThan(4_000);
    let last = issued;
    for (let i = 0; i < 2 * LIMITS.keptProgress; i++) {
      last = await raw('bounded', { type: 'REPORT_PROGRESS', actor: i % 2 === 0 ? lead : assisting, summary: `第${i}次`.padEnd(LIMITS.text, '报'), eventId: `bounded-${i}` });
      expect(JSON.stringify(last).length).toBeLessThan(4_000);
    }
    expect(last.historyCount).toBe(1 + 2 * LIMITS.keptProgress);
    const view = await suite.env.client.workflow.getHandle(id('bounded')).query(viewQuery);
    expect(view.progress).toHaveLength(LIMITS.keptProgress);
    expect(view.progress.at(-1)?.summary.startsWith(`第${2 * LIMITS.keptProgress - 1}次`)).toBe(true);
    // each history line quotes its text, it does not copy it
    expect(Math.max(...view.history.map((h) => h.summary.length))).toBeLessThan(LIMITS.summaryQuote + 40);
    expect(Buffer.byteLength(JSON.stringify(view))).toBeLessThan(512 * 1024);
    await expectAliveAndUnfailed(suite.env, id('bounded'));
  });

  it('refuses what only the conference or the timers may send, and bodies that are not events, from a raw client', async () => {
    const cases: Array<[string, unknown, string]> = [
      ['RESOLVE through transition', { type: 'RESOLVE', actor: conference, decision: { kind: 'order', text: '限期整改' }, itemId: `qinzhou-2015:34.forged:start:1` }, 'NOT_ON_AGENDA'],
      ['a timer event', { type: 'ESCALATE', actor: { unit: '系统', role: 'system' }, milestone: 'start', due: '2026-12-31T23:59:59+08:00', itemId: 'x' }, 'FORBIDDEN_ACTOR'],
      ['a lead actor claimed by a stranger', { type: 'START', actor: { unit: '市财政局', role: 'lead' } }, 'FORBIDDEN_ACTOR'],
      ['an array', [], 'BAD_PAYLOAD'],
      ['null', null, 'BAD_PAYLOAD'],
      ['a string', 'START', 'BAD_PAYLOAD'],
      ['a NUL byte', { type: 'REPORT_PROGRESS', actor: lead, summary: '进展\u0000' }, 'BAD_TEXT'],
      ['a bidi override', { type: 'REPORT_PROGRESS', actor: lead, summary: '进展\u202e' }, 'BAD_TEXT'],
      ['a blank summary', { type: 'REPORT_PROGRESS', actor: lead, summary: '   ' }, 'BAD_TEXT'],
    ];
    for (const [name, req, code] of cases) expect(await refusalCode(raw('forged', req)), name).toBe(code);
    // the conference's own channel: a decision on no open item of this task is refused, not applied
    const decide = (itemId: string) =>
      suite.env.client.workflow.getHandle(id('forged')).executeUpdate(resolutionUpdate, { args: [{ itemId, decision: { kind: 'cancel', reason: '伪造' }, actor: conference }] });
    expect(await refusalCode(decide('qinzhou-2015:34.forged:start:7'))).toBe('NOT_ON_AGENDA');
    expect(await refusalCode(decide('qinzhou-2015:1:start:1'))).toBe('NOT_ON_AGENDA');
    const ok = await raw('forged', { type: 'ISSUE_MEASURES', actor: lead, measures: '印发方案' });
    expect(ok.state.lifecycle).toBe('measuresIssued');
    await expectAliveAndUnfailed(suite.env, id('forged'));
  });

  it('refuses dates outside the plan’s window, from a raw client and through the gateway', async () => {
    expect(await refusalCode(raw('dates', { type: 'REQUEST_EXTENSION', actor: lead, milestone: 'start', newDue: '9999-12-31T23:59:59+08:00', reason: '待定' }))).toBe('DATE_OUT_OF_RANGE');
    expect(await refusalCode(raw('dates', { type: 'SET_DEADLINE', actor: { unit: '市民政局', role: 'supervisor' }, milestone: 'start', due: '2001-01-01T00:00:00+08:00' }))).toBe('DATE_OUT_OF_RANGE');
    const viaGateway = await suite.gateway.request('POST', url('dates'), 'office', { type: 'SET_DEADLINE', milestone: 'start', due: '0001-01-01T00:00:00+08:00' });
    expect([viaGateway.statusCode, viaGateway.json().error.code]).toEqual([400, 'DATE_OUT_OF_RANGE']);
    const ok = await suite.gateway.request('POST', url('dates'), 'lead', { type: 'ISSUE_MEASURES', measures: '印发方案' });
    expect(ok.statusCode).toBe(200);
    await expectAliveAndUnfailed(suite.env, id('dates'));
  });

  it('reports a terminated task as terminated, never as 已办结', async () => {
    await suite.env.client.workflow.getHandle(id('terminated')).terminate('operator error');
    const sent = await suite.gateway.request('POST', url('terminated'), 'lead', { type: 'ISSUE_MEASURES', measures: '印发方案' });
    expect([sent.statusCode, sent.json().error.code]).toEqual([410, 'TASK_TERMINATED']);
    expect(sent.json().error.message).toContain('TERMINATED');
    const shown = await suite.gateway.request('GET', `/tasks/${encodeURIComponent(id('terminated'))}`, 'office');
    expect(shown.json()).toMatchObject({ closed: true, workflowStatus: 'TERMINATED' });
  });

  it('refuses a page token it did not issue at once, before the server sees it', async () => {
    // this server has no visibility list: a token that reached it would answer 501 UNSUPPORTED
    for (const token of ['AAAA', 'p1.AAAA.0123456789abcdefghijkl', 'x'.repeat(5000)]) {
      const res = await suite.gateway.request('GET', `/tasks?nextPageToken=${encodeURIComponent(token)}`, 'office');
      expect([res.statusCode, res.json().error.code], token.slice(0, 20)).toEqual(token.length > 4096 ? [413, 'TOO_LARGE'] : [400, 'BAD_PAGE_TOKEN']);
    }
  });
});

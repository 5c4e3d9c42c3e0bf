// The gateway's bearer auth: who may call, on which plan, and that the actor always comes from the token.
import { afterAll, describe, expect, it } from 'vitest';
import { bearer, gatewayWithFake } from './fake-port';

const { app, port } = gatewayWithFake();
afterAll(() => app.close());

const issue = (headers: Record<string, string>, body: Record<string, unknown> = { type: 'ISSUE_MEASURES', measures: '出台实施意见' }, id = 'task%3Aqinzhou-2015%3A7') =>
  app.inject({ method: 'POST', url: `/tasks/${id}/events`, headers, payload: body });

describe('gateway auth', () => {
  it('answers 401 UNAUTHENTICATED without a token', async () => {
    const res = await issue({});
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers 401 to an unknown token, without echoing it', async () => {
    const res = await issue(bearer('not-a-token-xyz'));
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain('not-a-token-xyz');
  });

  it('answers 401 to a malformed Authorization header', async () => {
    expect((await issue({ authorization: 'Basic abc' })).statusCode).toBe(401);
  });

  it('answers 403 FORBIDDEN_PLAN to a token of another plan', async () => {
    const res = await issue(bearer('tok-cz-minzheng'));
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN_PLAN' } });
    const read = await app.inject({ method: 'GET', url: '/tasks/qinzhou-2015:7', headers: bearer('tok-cz-minzheng') });
    expect(read.statusCode).toBe(403);
    const list = await app.inject({ method: 'GET', url: '/tasks?plan=qinzhou-2015', headers: bearer('tok-cz-minzheng') });
    expect(list.statusCode).toBe(403);
  });

  it('refuses a body actor with 400 BAD_PAYLOAD and sends nothing', async () => {
    const before = port.sent.length;
    const res = await issue(bearer('tok-qz-caizheng'), { type: 'ISSUE_MEASURES', measures: 'm', actor: { unit: '市民政局', role: 'lead' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_PAYLOAD' } });
    expect(res.json().error.message).toContain('actor');
    expect(port.sent.length).toBe(before);
  });

  it('refuses a body `at`: the workflow stamps the time', async () => {
    const res = await issue(bearer('tok-qz-minzheng'), { type: 'START', at: '2015-01-01T00:00:00+08:00' });
    expect(res.statusCode).toBe(400);
  });

  it('sends as the lead when the token’s unit leads the task', async () => {
    const res = await issue(bearer('tok-qz-minzheng'));
    expect(res.statusCode).toBe(200);
    expect(port.sent.at(-1)).toMatchObject({ taskId: 'task:qinzhou-2015:7', request: { type: 'ISSUE_MEASURES', actor: { unit: '市民政局', role: 'lead' } } });
  });

  it('sends as an assisting unit when the token’s unit does not lead the task', async () => {
    await issue(bearer('tok-qz-caizheng'), { type: 'REPORT_PROGRESS', summary: '已配合' });
    expect(port.sent.at(-1)?.request.actor).toEqual({ unit: '市财政局', role: 'assisting' });
  });

  it('sends as the supervisor with the office token', async () => {
    await issue(bearer('tok-qz-office'), { type: 'VERIFY' }, 'qinzhou-2015%2F7');
    expect(port.sent.at(-1)?.request.actor).toEqual({ unit: '市民政局', role: 'supervisor' });
  });

  it('accepts the path form /tasks/<plan>/<no>/events and an Idempotency-Key as eventId', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/tasks/qinzhou-2015/7/events',
      headers: { ...bearer('tok-qz-minzheng'), 'idempotency-key': 'oa-42' },
      payload: { type: 'START' },
    });
    expect(res.statusCode).toBe(200);
    expect(port.sent.at(-1)?.request).toMatchObject({ type: 'START', eventId: 'oa-42' });
  });

  it('lets only the conference office or convener convene', async () => {
    const unit = await app.inject({ method: 'POST', url: '/conference/qinzhou-2015/sessions', headers: bearer('tok-qz-minzheng') });
    expect(unit.statusCode).toBe(403);
    const office = await app.inject({ method: 'POST', url: '/conference/qinzhou-2015/sessions', headers: bearer('tok-qz-office') });
    expect(office.statusCode).toBe(200);
    expect(port.convened.at(-1)).toEqual({ planId: 'qinzhou-2015', actor: { unit: '市民政局', role: 'supervisor' } });
  });

  it('keeps /healthz and /openapi.json open', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
  });
});

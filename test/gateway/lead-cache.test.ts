// The gateway remembers a task's lead units, so an event costs one Update; a stale memory is corrected.
import { afterAll, describe, expect, it } from 'vitest';
import { DubanError } from '../../client/errors';
import { bearer, gatewayWithFake, taskView } from './fake-port';

const { app, port } = gatewayWithFake();
afterAll(() => app.close());
const url = '/tasks/qinzhou-2015:7/events';
const report = () => app.inject({ method: 'POST', url, headers: bearer('tok-qz-caizheng'), payload: { type: 'REPORT_PROGRESS', summary: '进展' } });

describe('lead units remembered by the gateway', () => {
  it('asks the task who leads only the first time', async () => {
    let views = 0;
    const view = port.view.bind(port);
    port.view = async (id) => (views++, view(id));
    expect((await report()).statusCode).toBe(200);
    expect((await report()).statusCode).toBe(200);
    expect(views).toBe(1);
    expect(port.sent.map((s) => s.request.actor.role)).toEqual(['assisting', 'assisting']);
  });

  it('asks again and resends once when the conference made the unit a lead since', async () => {
    port.tasks.set('task:qinzhou-2015:7', taskView('qinzhou-2015', '7', ['市财政局']));
    const send = port.send.bind(port);
    port.send = async (id, request) => {
      if (request.actor.role !== 'lead') throw new DubanError('FORBIDDEN_ACTOR', '只有牵头单位… / only the lead unit …');
      return send(id, request);
    };
    const res = await report();
    expect(res.statusCode).toBe(200);
    expect(port.sent.at(-1)?.request.actor).toEqual({ unit: '市财政局', role: 'lead' });
  });
});

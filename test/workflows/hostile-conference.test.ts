// The conference's decisions are checked by the task before the agenda item closes: a refused decision
// reaches the caller with the task's code and the item stays open; a RESOLVE sent to the task is refused.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../client/load';
import { conferenceWorkflowId, taskWorkflowId } from '../../workflows/ids';
import { agendaQuery, viewQuery } from '../../workflows/messages';
import { after, toIso } from '../../machines';
import { DAY, skipTime, step, waitFor } from '../support/duban';
import { copiesOf34, expectAliveAndUnfailed, hostileSuite } from '../support/hostile';

describe('conference decisions on an escalated task (a copy of qinzhou-2015 #34)', () => {
  const suite = hostileSuite();

  it('keeps the item open when the task refuses a decision, and closes it on one the task takes', async () => {
    const { env, duban, gateway } = suite;
    const plan = await copiesOf34(env, ['late']);
    await step('load the plan', loadPlan(env.client, plan, { taskQueue: duban.taskQueue }));
    const taskId = taskWorkflowId('qinzhou-2015', '34.late');
    const task = env.client.workflow.getHandle(taskId);
    const dueIso = (await step('query the task', task.query(viewQuery))).nextMilestone!.due;
    const due = Date.parse(dueIso);
    // a day past the escalation as the plan's policy counts it (its grace ends on a working day: a fixed 15 days would fall
    // short whenever today's date puts the grace's end in a holiday)
    await skipTime(env, Date.parse(after(dueIso, plan.policy.escalationGrace)) + DAY - (await env.currentTimeMs()), 'the escalation');
    const escalated = await waitFor('the escalation', async () => {
      const v = await task.query(viewQuery);
      return v.escalation !== null ? v : undefined;
    });
    const itemId = escalated.escalation!.itemId;
    const conference = env.client.workflow.getHandle(conferenceWorkflowId('qinzhou-2015'));
    const openItems = async () => (await step('query the agenda', conference.query(agendaQuery))).open.map((i) => i.itemId);
    await waitFor('the item on the agenda', async () => ((await openItems()).includes(itemId) ? true : undefined));
    const resolve = (decision: object) => gateway.request('POST', '/conference/qinzhou-2015/resolutions', 'conference', { itemId, decision });

    // not later than the current due date: the task refuses, the caller hears why, the item stays open
    const notLater = await step('resolve: an extension to an earlier date', resolve({ kind: 'extend', milestone: 'start', newDue: toIso(due - DAY) }));
    expect([notLater.statusCode, notLater.json().error.code]).toEqual([409, 'NOT_LATER']);
    expect(await openItems()).toContain(itemId);
    const stranger = await step('resolve: a lead outside the plan', resolve({ kind: 'reassignLead', leadUnits: ['火星局'] }));
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([400, 'UNKNOWN_UNIT']);
    expect(await openItems()).toContain(itemId);
    // the same decision sent straight to the task, outside the agenda
    const direct = await gateway.request('POST', `/tasks/${encodeURIComponent(taskId)}/events`, 'conference', { type: 'RESOLVE', itemId, decision: { kind: 'order', text: '限期整改' } });
    expect([direct.statusCode, direct.json().error.code]).toEqual([403, 'NOT_ON_AGENDA']);
    expect((await task.query(viewQuery)).state.supervision).toBe('escalated');

    const newDue = toIso(due + 60 * DAY);
    const taken = await step('resolve: a real extension', resolve({ kind: 'extend', milestone: 'start', newDue }));
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ itemId, status: 'resolved' });
    expect(await openItems()).not.toContain(itemId);
    const back = await task.query(viewQuery);
    expect(back.state.supervision).toBe('onTrack');
    expect(back.nextMilestone).toMatchObject({ id: 'start', due: newDue });
    expect(back.history.filter((h) => h.type === 'RESOLVE')).toHaveLength(1);
    await expectAliveAndUnfailed(env, taskId);
    await expectAliveAndUnfailed(env, conference.workflowId);
  });
});

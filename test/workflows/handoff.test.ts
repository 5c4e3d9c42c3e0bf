// An assisting unit that never acknowledges: reminders, the lead told, escalation, waived by the conference.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../client/load';
import { conferenceWorkflowId, handoffWorkflowId, taskWorkflowId } from '../../workflows/ids';
import { agendaQuery, handoffViewQuery, resolveUpdate, transitionUpdate, viewQuery } from '../../workflows/messages';
import { DAY, seedPlan, shanghaiDate, skipTime } from '../support/duban';
import { timeSkippingSuite } from '../support/suite';

describe('handoffWorkflow: an assisting unit that never acknowledges (qinzhou-2015 #34)', () => {
  const suite = timeSkippingSuite();

  it('tells the lead when it is late, escalates after the grace, and ends when the conference waives it', async () => {
    const { env, duban } = suite;
    const plan = seedPlan('qinzhou-2015', ['34'], shanghaiDate(await env.currentTimeMs()));
    await duban.worker.runUntil(async () => {
      await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      const task = env.client.workflow.getHandle(taskWorkflowId('qinzhou-2015', '34'));
      await task.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: { unit: '市人社局', role: 'lead' }, measures: '培训方案' }] });
      for (const unit of ['市卫计委', '市民政局']) {
        await task.executeUpdate(transitionUpdate, { args: [{ type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } }] });
      }
      const silent = env.client.workflow.getHandle(handoffWorkflowId('qinzhou-2015', '34', '市老龄办'));
      const before = await silent.query(handoffViewQuery);
      expect(before).toMatchObject({ status: 'notified', late: false });

      // past the 5-day acknowledgement window: the unit and the lead are told
      await skipTime(env, Date.parse(before.acknowledgeBy) - (await env.currentTimeMs()) + 3_600_000, 'the acknowledgement deadline');
      expect(await silent.query(handoffViewQuery)).toMatchObject({ status: 'notified', late: true, escalatedItemId: null });
      const late = duban.notices.filter((n) => n.kind === 'overdue');
      expect(late.map((n) => n.unit).sort()).toEqual(['市人社局', '市老龄办']);

      // past the 14-day grace: on the conference agenda
      await skipTime(env, 14 * DAY, 'the grace');
      const view = await silent.query(handoffViewQuery);
      expect(view.escalatedItemId).toBe('qinzhou-2015:34:assist:市老龄办:acknowledgementLate');
      const conference = env.client.workflow.getHandle(conferenceWorkflowId('qinzhou-2015'));
      expect((await conference.query(agendaQuery)).open).toEqual([
        expect.objectContaining({ itemId: view.escalatedItemId, kind: 'assistLate', subject: '市老龄办' }),
      ]);

      await conference.executeUpdate(resolveUpdate, {
        args: [{ actor: { unit: '市民政局', role: 'conference' }, itemId: view.escalatedItemId!, decision: { kind: 'waive', unit: '市老龄办' } }],
      });
      expect(await silent.result()).toMatchObject({ status: 'waived' });
      const assists = (await task.query(viewQuery)).assists;
      expect(assists.find((a) => a.unit === '市老龄办')?.status).toBe('waived');
    });
  });
});

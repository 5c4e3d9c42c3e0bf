// An assisting unit that never acknowledges, as its task keeps it: reminded, late (the lead told),
// escalated after the grace, waived by the conference — on the task's one timer, with no child workflow.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../client/load';
import { conferenceWorkflowId, taskWorkflowId } from '../../workflows/ids';
import { agendaQuery, resolveUpdate, transitionUpdate, viewQuery } from '../../workflows/messages';
import { after } from '../../machines';
import { DAY, seedPlan, shanghaiDate, skipTime } from '../support/duban';
import { timeSkippingSuite } from '../support/suite';

describe('a task keeps its handoffs: an assisting unit that never acknowledges (qinzhou-2015 #34)', () => {
  const suite = timeSkippingSuite();

  it('tells the unit and the lead when it is late, escalates after the grace, and stops when the conference waives it', async () => {
    const { env, duban } = suite;
    const plan = seedPlan('qinzhou-2015', ['34'], shanghaiDate(await env.currentTimeMs()));
    await duban.worker.runUntil(async () => {
      await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      const task = env.client.workflow.getHandle(taskWorkflowId('qinzhou-2015', '34'));
      await task.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: { unit: '市人社局', role: 'lead' }, measures: '培训方案' }] });
      for (const unit of ['市卫计委', '市民政局']) {
        await task.executeUpdate(transitionUpdate, { args: [{ type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } }] });
      }
      const silent = async () => (await task.query(viewQuery)).assists.find((a) => a.unit === '市老龄办')!;
      const before = await silent();
      expect(before).toMatchObject({ status: 'notified', steps: { acknowledgement: [] }, escalatedItemId: null });
      expect(duban.notices.filter((n) => n.kind === 'handoff').map((n) => n.unit).sort()).toEqual(['市卫计委', '市民政局', '市老龄办'].sort());

      // past the acknowledgement window: the unit and the lead are told
      await skipTime(env, Date.parse(before.acknowledgeBy!) - (await env.currentTimeMs()) + 3_600_000, 'the acknowledgement deadline');
      expect((await silent()).steps.acknowledgement).toContain('late');
      const late = duban.notices.filter((n) => n.kind === 'overdue');
      expect(late.map((n) => n.unit).sort()).toEqual(['市人社局', '市老龄办']);

      // past the 14-day grace (ending on a working day, as the policy counts it): on the conference agenda
      await skipTime(env, Date.parse(after(before.acknowledgeBy!, plan.policy.escalationGrace)) - (await env.currentTimeMs()) + 3_600_000, 'the grace');
      const itemId = (await silent()).escalatedItemId;
      expect(itemId).toBe('qinzhou-2015:34:assist:市老龄办:acknowledgement');
      const conference = env.client.workflow.getHandle(conferenceWorkflowId('qinzhou-2015'));
      expect((await conference.query(agendaQuery)).open).toEqual([expect.objectContaining({ itemId, kind: 'assistLate', subject: '市老龄办' })]);
      const history = (await task.query(viewQuery)).history.map((h) => h.type);
      expect(history.filter((t) => t === 'ASSIST_TIMER').length).toBeGreaterThanOrEqual(2);

      await conference.executeUpdate(resolveUpdate, {
        args: [{ actor: { unit: '市民政局', role: 'conference' }, itemId: itemId!, decision: { kind: 'waive', unit: '市老龄办' } }],
      });
      expect((await silent()).status).toBe('waived');
      // nothing more is sent to a waived unit
      const sent = duban.notices.filter((n) => n.unit === '市老龄办').length;
      await skipTime(env, 30 * DAY, 'a month');
      expect(duban.notices.filter((n) => n.unit === '市老龄办')).toHaveLength(sent);
    });
  });
});

// A task that misses its measures deadline: reminder, overdue, escalation, conference session, extension.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../client/load';
import { conferenceWorkflowId, taskWorkflowId } from '../../workflows/ids';
import { agendaQuery, conveneUpdate, resolveUpdate, viewQuery } from '../../workflows/messages';
import { toIso } from '../../workflows/durations';
import { DAY, seedPlan, shanghaiDate, timeSkippingSuite } from '../support/duban';

describe('a task that misses its measures deadline (qinzhou-2015 #7)', () => {
  const suite = timeSkippingSuite();

  it('is reminded, goes overdue, reaches the conference, and is back on track after an extension', async () => {
    const { env, duban } = suite;
    const plan = seedPlan('qinzhou-2015', ['7'], shanghaiDate(await env.currentTimeMs()));
    await duban.worker.runUntil(async () => {
      await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      const task = env.client.workflow.getHandle(taskWorkflowId('qinzhou-2015', '7'));
      const first = await task.query(viewQuery);
      expect(first.nextMilestone).toMatchObject({ id: 'measures', kind: 'measures' });
      const due = Date.parse(first.nextMilestone!.due);
      const sleepUntil = async (ms: number) => env.sleep(ms - (await env.currentTimeMs()));

      await sleepUntil(due - 7 * DAY + 3_600_000);
      let view = await task.query(viewQuery);
      expect(view.state.supervision).toBe('dueSoon');
      expect(view.colour).toBe('blue');

      await sleepUntil(due + 3_600_000);
      view = await task.query(viewQuery);
      expect(view.state.supervision).toBe('overdue');
      expect(view.milestones.find((m) => m.id === 'measures')).toMatchObject({ late: true, metAt: null });

      await sleepUntil(due + 14 * DAY + 3_600_000);
      view = await task.query(viewQuery);
      expect(view.state.supervision).toBe('escalated');
      expect(view.colour).toBe('red');
      const itemId = view.escalation!.itemId;
      const conference = env.client.workflow.getHandle(conferenceWorkflowId('qinzhou-2015'));
      const agenda = await conference.query(agendaQuery);
      expect(agenda.open.map((i) => i.itemId)).toEqual([itemId]);
      expect(agenda.open[0]).toMatchObject({ kind: 'milestoneOverdue', subject: 'measures', leadUnits: ['市工信委'] });

      const office = { unit: '市民政局', role: 'conference' } as const;
      const session = await conference.executeUpdate(conveneUpdate, { args: [{ actor: office }] });
      expect(session.items).toEqual([itemId]);
      // the conference continued as new after its session; the agenda carries over
      const newDue = toIso(due + 60 * DAY);
      const resolved = await conference.executeUpdate(resolveUpdate, {
        args: [{ actor: office, itemId, decision: { kind: 'extend', milestone: 'measures', newDue } }],
      });
      expect(resolved.status).toBe('resolved');
      await env.sleep(1000);
      view = await task.query(viewQuery);
      expect(view.state.supervision).toBe('onTrack');
      expect(view.nextMilestone).toMatchObject({ id: 'measures', due: newDue });
      expect(view.history.map((h) => h.type)).toEqual(['REMIND', 'DEADLINE_PASSED', 'ESCALATE', 'RESOLVE']);
      // monthly sessions were held on the cadence while time passed; the last one was convened by the office
      const sessions = (await conference.query(agendaQuery)).sessions;
      expect(sessions.length).toBeGreaterThan(3);
      expect(sessions.at(-1)).toMatchObject({ convenedBy: 'office', items: [itemId] });
      expect(sessions.slice(0, -1).every((s) => s.convenedBy === 'cadence')).toBe(true);
      const { readFileSync } = await import('node:fs');
      const published = readFileSync(`${duban.dataDir}/agendas/qinzhou-2015/session-${session.no}.md`, 'utf8');
      expect(published).toContain(itemId);
    });
  });
});

// Working days in workflows: a handoff whose acknowledgement window and reminder fall across National Day 2025.
import { describe, expect, it } from 'vitest';
import { PolicySchema } from '../../machines';
import { handoffWorkflow } from '../../workflows';
import { handoffViewQuery, type HandoffWorkflowInput } from '../../workflows/messages';
import { beforeExplained } from '../../workflows/durations';
import { skipTime } from '../support/duban';
import { timeSkippingSuite } from '../support/suite';
import { seed } from '../support/seeds';

describe('working days in the handoff workflow', () => {
  const suite = timeSkippingSuite();

  it('moves a reminder that would fall on a holiday to the next working day (pure)', () => {
    // 7 days before Tue 2025-10-14 is Tue 2025-10-07, inside the Oct 1–8 holiday: remind on Thu Oct 9
    const r = beforeExplained('2025-10-14T23:59:59+08:00', { amount: 7, unit: 'days' });
    expect(r.at).toBe('2025-10-09T23:59:59+08:00');
    expect(r.explanation.zh).toContain('国庆节');
  });

  it('counts 5 working days from 2025-09-30 to 2025-10-14 and reminds on the first working day after the holiday', async () => {
    const { env, duban } = suite;
    // The time-skipping server starts at today's real time and cannot go back to 2025; the handoff is
    // started as if notified on 2025-09-30, so its deadlines lie in the past and its timers fire at once.
    const plan = seed('qinzhou-2015').plan;
    const input: HandoffWorkflowInput = {
      planId: 'qinzhou-2015',
      taskNo: '34',
      taskText: '养老护理员培训',
      unit: '市老龄办',
      leadUnits: ['市人社局'],
      conference: plan.conference,
      policy: PolicySchema.parse({ ackWindow: { amount: 5, unit: 'workingDays' }, reminderLead: { amount: 2, unit: 'workingDays' } }),
      notifiedAt: '2025-09-30T10:00:00+08:00',
      contributeBy: null,
    };
    await duban.worker.runUntil(async () => {
      const handle = await env.client.workflow.start(handoffWorkflow, { taskQueue: duban.taskQueue, workflowId: 'handoff:working-days', args: [input] });
      const view = await handle.query(handoffViewQuery);
      expect(view.acknowledgeBy).toBe('2025-10-14T23:59:59+08:00');
      expect(view.acknowledgeByExplained.zh).toContain('国庆节');
      expect(view.acknowledgeByExplained.en).toContain('make-up');
      // 2 working days before Tue Oct 14: Sat Oct 11 is a make-up working day, so Mon Oct 13 and Sat Oct 11 count
      expect(view.acknowledgementReminderAt).toBe('2025-10-11T23:59:59+08:00');
      await skipTime(env, 1000, 'a second');
      expect(await handle.query(handoffViewQuery)).toMatchObject({ late: true, status: 'notified' });
      // a reminder whose moment has passed is not sent late; the unit hears it is overdue
      expect(duban.notices.filter((n) => n.unit === '市老龄办').map((n) => n.kind)).toEqual(['handoff', 'overdue']);
    });
  });
});

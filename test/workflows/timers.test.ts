// The task's one timer is armed once per instant, not once per Update: acknowledgements and contributions
// that leave the earliest step where it is (another unit's acknowledgement due at the same moment) keep it.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../client/load';
import { taskWorkflowId } from '../../workflows/ids';
import { transitionUpdate, viewQuery, type TransitionRequest } from '../../workflows/messages';
import { seedPlan, shanghaiDate, step, waitFor } from '../support/duban';
import { timeSkippingSuite } from '../support/suite';

const lead = { unit: '市人社局', role: 'lead' } as const;
const assisting = ['市卫计委', '市民政局'];

describe('taskWorkflow timers (qinzhou-2015 #34)', () => {
  const suite = timeSkippingSuite();

  it('keeps its supervision timer armed while acknowledgements and contributions come in', async () => {
    const { env, duban } = suite;
    const plan = seedPlan('qinzhou-2015', ['34'], shanghaiDate(await env.currentTimeMs()));
    await duban.worker.runUntil(async () => {
      await step('load the plan', loadPlan(env.client, plan, { taskQueue: duban.taskQueue }));
      const handle = env.client.workflow.getHandle(taskWorkflowId('qinzhou-2015', '34'));
      const send = (req: TransitionRequest) => step(req.type, handle.executeUpdate(transitionUpdate, { args: [req] }));
      const types = async () => ((await handle.fetchHistory()).events ?? []).map((e) => Number(e.eventType));
      const TIMER_STARTED = 17;
      const TIMER_CANCELED = 19;
      const WORKFLOW_TASK_PENDING = new Set([5, 6]); // scheduled, started
      await send({ type: 'ISSUE_MEASURES', actor: lead, measures: '培训方案' });
      const UPDATE_COMPLETED = 43;
      const timerEvents = (t: number[]) => t.filter((x) => x === TIMER_STARTED || x === TIMER_CANCELED);
      const armed = (t: number[]) => t.filter((x) => x === TIMER_STARTED).length - t.filter((x) => x === TIMER_CANCELED).length;
      // settled: the Update answered, the timer moved to the first acknowledgement step, no workflow task pending
      const mark = await waitFor('the task to settle after issuing measures', async () => {
        const t = await types();
        return t.includes(UPDATE_COMPLETED) && timerEvents(t).length > 1 && !WORKFLOW_TASK_PENDING.has(t.at(-1)!) ? t.length : undefined;
      });
      expect(armed((await types()).slice(0, mark))).toBe(1); // one timer is armed
      for (const unit of assisting) {
        await send({ type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } });
        await send({ type: 'CONTRIBUTE', actor: { unit, role: 'assisting' }, summary: '完成' });
      }
      expect((await handle.query(viewQuery)).nextMilestone).toMatchObject({ kind: 'start' });
      expect(timerEvents((await types()).slice(mark))).toEqual([]);
    });
  });
});

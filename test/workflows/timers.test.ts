// The supervision timer is armed once per deadline, not once per Update (patch task-workflow-v3).
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
      const CHILD_STARTED = 31;
      const WORKFLOW_TASK_PENDING = new Set([5, 6]); // scheduled, started
      await send({ type: 'ISSUE_MEASURES', actor: lead, measures: '培训方案' });
      // settled: the three handoffs started and no workflow task pending
      const mark = await waitFor('the task to settle after issuing measures', async () => {
        const t = await types();
        return t.filter((x) => x === CHILD_STARTED).length === 3 && !WORKFLOW_TASK_PENDING.has(t.at(-1)!) ? t.length : undefined;
      });
      const timerEvents = (t: number[]) => t.filter((x) => x === TIMER_STARTED || x === TIMER_CANCELED);
      expect(timerEvents((await types()).slice(0, mark)).at(-1)).toBe(TIMER_STARTED); // a timer is armed
      for (const unit of assisting) {
        await send({ type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } });
        await send({ type: 'CONTRIBUTE', actor: { unit, role: 'assisting' }, summary: '完成' });
      }
      expect((await handle.query(viewQuery)).nextMilestone).toMatchObject({ kind: 'start' });
      expect(timerEvents((await types()).slice(mark))).toEqual([]);
    });
  });
});

// Rejected Updates (wrong state, wrong actor, bad payload, forged timer) leave no trace but the rejection.
import { describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { loadPlan } from '../../client/load';
import { taskWorkflowId } from '../../workflows/ids';
import { transitionUpdate, viewQuery, type TransitionRequest } from '../../workflows/messages';
import { seedPlan, shanghaiDate } from '../support/duban';
import { timeSkippingSuite } from '../support/suite';

const cases: Array<[string, TransitionRequest, string]> = [
  ['an event in the wrong state', { type: 'SUBMIT', actor: { unit: '市工信委', role: 'lead' }, evidence: '报告' }, 'TRANSITION_NOT_ALLOWED'],
  ['the wrong actor', { type: 'ISSUE_MEASURES', actor: { unit: '市财政局', role: 'lead' }, measures: '方案' }, 'FORBIDDEN_ACTOR'],
  ['an assisting unit acting as lead', { type: 'ISSUE_MEASURES', actor: { unit: '市民政局', role: 'lead' }, measures: '方案' }, 'FORBIDDEN_ACTOR'],
  ['a payload that fails its schema', { type: 'ISSUE_MEASURES', actor: { unit: '市工信委', role: 'lead' }, measures: 42 }, 'BAD_PAYLOAD'],
  ['an unknown event', { type: 'FLY', actor: { unit: '市工信委', role: 'lead' } }, 'BAD_PAYLOAD'],
  ['a forged timer event', { type: 'DEADLINE_PASSED', actor: { unit: '系统', role: 'system' }, milestone: 'measures', due: '2030-01-01T00:00:00+08:00' }, 'FORBIDDEN_ACTOR'],
];

describe('taskWorkflow refusals (qinzhou-2015 #7)', () => {
  const suite = timeSkippingSuite();

  it('refuses each bad event with its code and reason, and the history does not grow', async () => {
    const { env, duban } = suite;
    const plan = seedPlan('qinzhou-2015', ['7'], shanghaiDate(await env.currentTimeMs()));
    await duban.worker.runUntil(async () => {
      await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      const task = env.client.workflow.getHandle(taskWorkflowId('qinzhou-2015', '7'));
      await task.query(viewQuery); // the first workflow task has run
      const before = (await task.fetchHistory()).events?.length ?? 0;
      for (const [, req, code] of cases) {
        const err = await task.executeUpdate(transitionUpdate, { args: [req] }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
        const cause = (err as WorkflowUpdateFailedError).cause as { type?: string; message: string };
        expect(cause.type).toBe(code);
        expect(cause.message).toMatch(/\S+ \/ \S+/); // Chinese / English
      }
      const after = await task.fetchHistory();
      const failedTasks = (after.events ?? []).filter((e) => String(e.eventType).includes('FAILED') || e.eventType === 9);
      expect(failedTasks).toEqual([]);
      // The Java test server has no speculative workflow tasks, so each refusal leaves an empty workflow
      // task (scheduled/started/completed) and nothing else; the dev-server suite checks the exact count.
      const added = (after.events ?? []).slice(before).map((e) => e.eventType);
      const WORKFLOW_TASK = [5, 6, 7]; // scheduled, started, completed
      expect(added.filter((t) => !WORKFLOW_TASK.includes(Number(t)))).toEqual([]);
      const view = await task.query(viewQuery);
      expect(view.history).toEqual([]);
      expect(view.state.lifecycle).toBe('draft');
      // and the task still works
      const ok = await task.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: { unit: '市工信委', role: 'lead' }, measures: '方案' }] });
      expect(ok.state.lifecycle).toBe('measuresIssued');
    });
  });
});

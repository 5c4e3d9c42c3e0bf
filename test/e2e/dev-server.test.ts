// End to end on the real dev server: all four seed plans loaded, found by search attributes, worker restarted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadPlan } from '../../client/load';
import { taskWorkflowId } from '../../workflows/ids';
import { transitionUpdate, viewQuery } from '../../workflows/messages';
import { rebasePlan } from '../../seeds';
import { startDevServer } from '../support/temporal';
import { runDubanWorker, shanghaiDate } from '../support/duban';
import { seed } from '../support/seeds';

/** visibility is eventually consistent: poll a count until it matches or time runs out */
async function countEventually(env: TestWorkflowEnvironment, query: string, expected: number): Promise<number> {
  let count = -1;
  for (let i = 0; i < 100 && count !== expected; i++) {
    count = (await env.client.workflow.count(query)).count;
    if (count !== expected) await new Promise((r) => setTimeout(r, 200));
  }
  return count;
}

describe('the dev server with the four seed plans', () => {
  let env: TestWorkflowEnvironment;
  let duban: Awaited<ReturnType<typeof runDubanWorker>>;
  beforeAll(async () => {
    env = await startDevServer();
    duban = await runDubanWorker(env);
  });
  afterAll(async () => {
    await duban?.stop();
    await env?.teardown();
  });

  it('loads every seed plan rebased to today, idempotently, and finds each plan by PlanId', async () => {
    const today = shanghaiDate(Date.now());
    for (const id of ['changzhou-2015', 'liaoning-2020', 'taobei']) {
      const plan = rebasePlan(seed(id).plan, today);
      const first = await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      expect(first).toEqual({ started: plan.tasks.length, existing: 0, conference: 'started' });
      const again = await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      expect(again).toEqual({ started: 0, existing: plan.tasks.length, conference: 'existing' });
      expect(await countEventually(env, `PlanId = '${id}' AND WorkflowType = 'taskWorkflow' AND ExecutionStatus = 'Running'`, plan.tasks.length)).toBe(plan.tasks.length);
    }
  });

  it('finds "every escalated task led by 市民政局" in one visibility query (qinzhou-2015 on its real 2015 dates)', async () => {
    const plan = seed('qinzhou-2015').plan; // not rebased: every dated milestone is years overdue
    await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
    const dated = ['by', 'ongoing'];
    const expected = plan.tasks.filter((t) => t.leadUnits[0] === '市民政局' && dated.includes(t.schedule.spec.kind)).map((t) => t.no);
    expect(expected.length).toBeGreaterThan(0);
    const query = `PlanId = 'qinzhou-2015' AND Supervision = 'escalated' AND LeadUnit = '市民政局' AND ExecutionStatus = 'Running'`;
    expect(await countEventually(env, query, expected.length)).toBe(expected.length);
    const found: string[] = [];
    for await (const wf of env.client.workflow.list({ query })) found.push(String(wf.searchAttributes.TaskNo?.[0]));
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('keeps a task’s state across a worker restart', async () => {
    const id = taskWorkflowId('taobei', '14');
    const task = env.client.workflow.getHandle(id);
    await task.executeUpdate(transitionUpdate, { args: [{ type: 'REPORT_PROGRESS', actor: { unit: '区民政局', role: 'lead' }, summary: '已对接省厅' }] });
    await duban.stop();
    duban = await runDubanWorker(env, duban.taskQueue);
    const view = await task.query(viewQuery);
    expect(view.progress.map((p) => p.summary)).toEqual(['已对接省厅']);
    const after = await task.executeUpdate(transitionUpdate, { args: [{ type: 'REPORT_PROGRESS', actor: { unit: '区民政局', role: 'lead' }, summary: '材料已报送' }] });
    expect(after.accepted?.seq).toBe(2);
    expect((await task.query(viewQuery)).progress).toHaveLength(2);
  });

  it('leaves no history event for a refused Update', async () => {
    const task = env.client.workflow.getHandle(taskWorkflowId('taobei', '14'));
    const before = (await task.fetchHistory()).events?.length;
    await expect(task.executeUpdate(transitionUpdate, { args: [{ type: 'VERIFY', actor: { unit: '区财政局', role: 'lead' } }] })).rejects.toThrow();
    expect((await task.fetchHistory()).events?.length).toBe(before);
  });
});

// On the native cluster (PostgreSQL, 16 shards, SQL visibility): the four seeds, the gateway's lifecycle, visibility filters, continue-as-new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { DubanClient } from '../../client/duban-client';
import { buildGateway } from '../../client/gateway/app';
import { loadPlan } from '../../client/load';
import { hashToken, type TokenGrant } from '../../client/tokens';
import type { Plan } from '../../machines';
import { rebasePlan } from '../../seeds';
import { toIso } from '../../machines';
import { taskWorkflowId } from '../../workflows/ids';
import { transitionUpdate, viewQuery, type TransitionRequest } from '../../workflows/messages';
import { searchAttributeTypes } from '../../worker/namespace-setup';
import { runsWithFailedWorkflowTasks, startTestCluster, type TestCluster } from '../support/cluster';
import { shanghaiDate, step, waitFor } from '../support/duban';
import { seed } from '../support/seeds';
import { uniqueTaskQueue } from '../support/temporal';

const PLANS = ['changzhou-2015', 'liaoning-2020', 'qinzhou-2015', 'taobei'];
const unit = (planId: string, u: string): TokenGrant => ({ planId, unit: u, role: 'unit', label: u });
const GRANTS: Record<string, TokenGrant> = {
  renshe: unit('qinzhou-2015', '市人社局'), // lead of qinzhou #34
  weiji: unit('qinzhou-2015', '市卫计委'), // assisting on #34, with the two below
  minzheng: unit('qinzhou-2015', '市民政局'),
  laoling: unit('qinzhou-2015', '市老龄办'),
  office: { planId: 'qinzhou-2015', unit: '市民政局', role: 'supervisor', label: '督查室' },
  liaoning: { planId: 'liaoning-2020', unit: '省民政厅', role: 'supervisor', label: '省督查室' },
  changzhou: { planId: 'changzhou-2015', unit: '市民政局', role: 'supervisor', label: '市督查室' },
};
const tokens = Object.fromEntries(Object.keys(GRANTS).map((t) => [hashToken(`cluster-${t}`), GRANTS[t]!]));
type Listed = { id: string; taskNo: string; dueAt: string | null; status: string };

describe('the native cluster with the four seed plans', { timeout: 240_000 }, () => {
  let tc: TestCluster;
  const taskQueue = uniqueTaskQueue('cluster');
  let app: ReturnType<typeof buildGateway>;
  const plans = new Map<string, Plan>();
  beforeAll(async () => {
    tc = await step('start the cluster', startTestCluster({ ui: true }), 240_000);
    // the production worker, two processes on the queue (their logs are kept, not printed)
    await step('start two workers', tc.workers(2, taskQueue), 240_000);
    app = buildGateway({ client: new DubanClient(tc.env.client, taskQueue), tokens, logger: pino({ level: 'silent' }), taskQueue });
    const today = shanghaiDate(Date.now());
    for (const id of PLANS) {
      const plan = rebasePlan(seed(id).plan, today);
      plans.set(id, plan);
      await step(`load ${id}`, loadPlan(tc.env.client, plan, { taskQueue }), 120_000);
    }
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await tc?.teardown();
  });

  const auth = (who: keyof typeof GRANTS) => ({ authorization: `Bearer cluster-${who}` });
  const send = (who: keyof typeof GRANTS, task: string, body: object) => app.inject({ method: 'POST', url: `/tasks/${task}/events`, headers: auth(who), payload: body });
  const list = async (who: keyof typeof GRANTS, query: string): Promise<Listed[]> =>
    (await app.inject({ method: 'GET', url: `/tasks?${query}`, headers: auth(who) })).json<{ tasks: Listed[] }>().tasks;
  /** visibility is eventually consistent: the task numbers a filter lists, once they are `expected` */
  const listed = (who: keyof typeof GRANTS, query: string, expected: string[]) =>
    expect.poll(async () => (await list(who, query)).map((t) => t.taskNo).sort(), { timeout: 30_000, interval: 500 }).toEqual([...expected].sort());
  const update = (planId: string, no: string, req: TransitionRequest) =>
    step(`${req.type} on ${planId} #${no}`, tc.env.client.workflow.getHandle(taskWorkflowId(planId, no)).executeUpdate(transitionUpdate, { args: [req] }));

  it('is production-shaped: 16 history shards, PostgreSQL persistence and visibility, duban’s search attributes, a read-only UI', async () => {
    const info = await tc.env.connection.workflowService.getClusterInfo({});
    expect({ shards: info.historyShardCount, store: info.persistenceStore, visibility: info.visibilityStore, version: info.serverVersion }).toEqual({
      shards: 16,
      store: 'postgres12',
      visibility: 'postgres12',
      version: '1.29.1',
    });
    const attributes = await tc.env.connection.operatorService.listSearchAttributes({ namespace: 'default' });
    expect(attributes.customAttributes).toEqual(expect.objectContaining(searchAttributeTypes()));
    const settings = await (await fetch(`${tc.cluster.uiUrl}/api/v1/settings`)).json();
    expect(settings).toMatchObject({ DisableWriteActions: true, DefaultNamespace: 'default' });
  });

  it('runs every task of the four seed plans, found by PlanId, and loading again starts nothing', async () => {
    for (const [id, plan] of plans) {
      const again = await step(`load ${id} again`, loadPlan(tc.env.client, plan, { taskQueue }));
      expect(again).toEqual({ started: 0, existing: plan.tasks.length, conference: 'existing' });
      const query = `PlanId = '${id}' AND WorkflowType = 'taskWorkflow' AND ExecutionStatus = 'Running'`;
      await expect.poll(async () => (await tc.env.client.workflow.count(query)).count, { timeout: 30_000, interval: 500 }).toBe(plan.tasks.length);
    }
  });

  it('takes qinzhou #34 from draft to verified over HTTP with each unit’s token', async () => {
    const task = 'qinzhou-2015:34';
    expect((await send('weiji', task, { type: 'START' })).json().error.code).toBe('FORBIDDEN_ACTOR');
    expect((await send('renshe', task, { type: 'ISSUE_MEASURES', measures: '印发养老护理员培训方案', eventId: 'oa-34-1' })).statusCode).toBe(200);
    expect((await send('renshe', task, { type: 'START', eventId: 'oa-34-1' })).json().error.code).toBe('DUPLICATE_EVENT');
    expect((await send('renshe', task, { type: 'START' })).statusCode).toBe(200);
    for (const who of ['weiji', 'minzheng', 'laoling'] as const) {
      expect((await send(who, task, { type: 'ACKNOWLEDGE' })).statusCode).toBe(200);
      expect((await send(who, task, { type: 'CONTRIBUTE', summary: '配合材料已报送' })).statusCode).toBe(200);
    }
    expect((await send('renshe', task, { type: 'SUBMIT', evidence: '培训台账及结业名单' })).json().state.lifecycle).toBe('inProgress.awaitingVerification');
    const verified = await send('office', task, { type: 'VERIFY', note: '核验通过' });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().state).toEqual({ lifecycle: 'verified', supervision: 'closed' });
    const shown = await app.inject({ method: 'GET', url: `/tasks/${task}`, headers: auth('weiji') });
    expect(shown.json().history.map((h: { type: string }) => h.type)).toEqual(expect.arrayContaining(['ISSUE_MEASURES', 'START', 'SUBMIT', 'VERIFY']));
    await listed('office', 'plan=qinzhou-2015&state=verified', ['34']);
  });

  it('filters liaoning-2020 by lead, assisting unit, state, supervision and due date in visibility', async () => {
    const plan = plans.get('liaoning-2020')!;
    const nos = (pick: (t: Plan['tasks'][number]) => boolean): string[] => plan.tasks.filter(pick).map((t) => t.no);
    const ledByNdrc = nos((t) => t.leadUnits.includes('省发展改革委'));
    const assistedByFinance = nos((t) => t.assistingUnits.includes('省财政厅'));
    expect(Math.min(ledByNdrc.length, assistedByFinance.length)).toBeGreaterThan(0);
    await listed('liaoning', `plan=liaoning-2020&lead=${encodeURIComponent('省发展改革委')}`, ledByNdrc);
    await listed('liaoning', `plan=liaoning-2020&assisting=${encodeURIComponent('省财政厅')}`, assistedByFinance);
    const [dated, issued] = plan.tasks.filter((t) => t.schedule.spec.kind === 'by');
    const lead = (t: typeof dated) => ({ unit: t!.leadUnits[0]!, role: 'lead' }) as const;
    await update('liaoning-2020', issued!.no, { type: 'ISSUE_MEASURES', actor: lead(issued), measures: '印发实施方案' });
    await listed('liaoning', 'plan=liaoning-2020&state=measuresIssued', [issued!.no]);
    // the office moves a deadline to a few seconds from now: its timer makes the task overdue
    const milestone = (await tc.env.client.workflow.getHandle(taskWorkflowId('liaoning-2020', dated!.no)).query(viewQuery)).nextMilestone!.id;
    await update('liaoning-2020', dated!.no, { type: 'SET_DEADLINE', actor: { unit: '省民政厅', role: 'supervisor' }, milestone, due: toIso(Date.now() + 3_000) });
    await listed('liaoning', 'plan=liaoning-2020&supervision=overdue', [dated!.no]);
    // due before the middle of the plan's due dates: exactly the tasks due earlier
    const all = await list('liaoning', 'plan=liaoning-2020');
    const dues = all.flatMap((t) => (t.dueAt ? [Date.parse(t.dueAt)] : [])).sort((a, b) => a - b);
    const middle = dues[Math.floor(dues.length / 2)]!;
    expect(middle).toBeGreaterThan(dues[0]!);
    const before = all.filter((t) => t.dueAt && Date.parse(t.dueAt) < middle).map((t) => t.taskNo);
    await listed('liaoning', `plan=liaoning-2020&dueBefore=${encodeURIComponent(toIso(middle))}`, before);
  });

  it('continues an ongoing task (changzhou #7) as new when a report closes its period, listed once', async () => {
    const lead = { unit: '市老龄办', role: 'lead' } as const;
    const task = tc.env.client.workflow.getHandle(taskWorkflowId('changzhou-2015', '7'));
    await update('changzhou-2015', '7', { type: 'ISSUE_MEASURES', actor: lead, measures: '智慧养老实施方案' });
    await update('changzhou-2015', '7', { type: 'START', actor: lead });
    // every handoff: the assisting units and each member of 各辖市、区人民政府
    const assisting = (await task.query(viewQuery)).assists.map((a) => a.unit);
    expect(assisting.length).toBeGreaterThan(seed('changzhou-2015').plan.tasks.find((t) => t.no === '7')!.assistingUnits.length);
    for (const unitName of assisting) {
      await update('changzhou-2015', '7', { type: 'ACKNOWLEDGE', actor: { unit: unitName, role: 'assisting' } });
      await update('changzhou-2015', '7', { type: 'CONTRIBUTE', actor: { unit: unitName, role: 'assisting' }, summary: '已配合' });
    }
    // right after the last contribution: the report closes the period and the task continues as new (when
    // handoffs were child workflows, a child completing in that workflow task lost this Update in 3 runs of 5)
    const firstRun = (await task.describe()).runId;
    await update('changzhou-2015', '7', { type: 'REPORT_PROGRESS', actor: lead, summary: '第1期进展' });
    await waitFor('the next run of changzhou #7', async () => {
      const d = await task.describe();
      return d.runId !== firstRun && d.status.name === 'RUNNING' ? d.runId : undefined;
    });
    const view = await task.query(viewQuery);
    expect([view.run, view.progress.map((p) => p.summary)]).toEqual([1, ['第1期进展']]);
    const after = await update('changzhou-2015', '7', { type: 'REPORT_PROGRESS', actor: lead, summary: '第2期进展' });
    expect(after.accepted?.type).toBe('REPORT_PROGRESS');
    expect((await task.query(viewQuery)).progress.map((p) => p.summary)).toEqual(['第1期进展', '第2期进展']);
    await expect.poll(async () => (await tc.env.client.workflow.count(`WorkflowId = '${task.workflowId}' AND ExecutionStatus = 'ContinuedAsNew'`)).count, { timeout: 30_000 }).toBe(1);
    const once = await list('changzhou', 'plan=changzhou-2015&taskNo=7');
    expect(once.map((t) => [t.id, t.status])).toEqual([[task.workflowId, 'RUNNING']]);
  });

  it('has no failed workflow task in any history on the cluster', async () => {
    const { runs, failed } = await step('read every history', runsWithFailedWorkflowTasks(tc.env.client), 120_000);
    const tasks = [...plans.values()].reduce((n, p) => n + p.tasks.length, 0);
    expect(runs).toBeGreaterThan(tasks); // every task, its plan's conference, runs closed by continue-as-new
    expect(failed).toEqual([]);
  });
});

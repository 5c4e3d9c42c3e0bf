// Records one history per workflow type (task, conference) into test/histories/ for replay tests.
// Run after a deliberate change of workflow logic: `npx tsx scripts/record-histories.ts`.
import { writeFileSync } from 'node:fs';
import protos from '@temporalio/proto';
import { loadPlan } from '../client/load';
import { DubanClient } from '../client/duban-client';
import { linkToParent } from '../client/parent-link';
import { shenyangPlan } from '../test/support/cascade';
import { conferenceWorkflowId, rollupWorkflowId, taskWorkflowId } from '../workflows/ids';
import { agendaQuery, conveneUpdate, resolveUpdate, transitionUpdate, viewQuery, type TransitionRequest } from '../workflows/messages';
import { startTimeSkipping } from '../test/support/temporal';
import { createDubanWorker, DAY, seedPlan, shanghaiDate, skipTime } from '../test/support/duban';

const out = new URL('../test/histories/', import.meta.url);
const env = await startTimeSkipping();
const duban = await createDubanWorker(env);
const plan = seedPlan('qinzhou-2015', ['34'], shanghaiDate(await env.currentTimeMs()));
await duban.worker.runUntil(async () => {
  await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
  const task = env.client.workflow.getHandle(taskWorkflowId('qinzhou-2015', '34'));
  const send = (req: TransitionRequest) => task.executeUpdate(transitionUpdate, { args: [req] });
  const lead = { unit: '市人社局', role: 'lead' } as const;
  await send({ type: 'ISSUE_MEASURES', actor: lead, measures: '培训方案' });
  await send({ type: 'ACKNOWLEDGE', actor: { unit: '市卫计委', role: 'assisting' } });
  await send({ type: 'CONTRIBUTE', actor: { unit: '市卫计委', role: 'assisting' }, summary: '完成' });
  await send({ type: 'ACKNOWLEDGE', actor: { unit: '市民政局', role: 'assisting' } });
  await send({ type: 'CONTRIBUTE', actor: { unit: '市民政局', role: 'assisting' }, summary: '完成' });
  // 市老龄办 stays silent: late, escalated after the grace, waived by the conference
  const due = Date.parse((await task.query(viewQuery)).nextMilestone!.due);
  await skipTime(env, Math.min(due - (await env.currentTimeMs()) - DAY, 25 * DAY), 'the escalation');
  const conference = env.client.workflow.getHandle(conferenceWorkflowId('qinzhou-2015'));
  const item = (await conference.query(agendaQuery)).open[0]!;
  const office = { unit: '市民政局', role: 'conference' } as const;
  await conference.executeUpdate(resolveUpdate, { args: [{ actor: office, itemId: item.itemId, decision: { kind: 'waive', unit: '市老龄办' } }] });
  await skipTime(env, 1000, 'a second');
  await send({ type: 'START', actor: lead });
  await send({ type: 'SUBMIT', actor: lead, evidence: '台账' });
  await send({ type: 'VERIFY', actor: { unit: '市民政局', role: 'supervisor' } });
  await task.result();
  const confRunId = (await conference.describe()).runId;
  await conference.executeUpdate(conveneUpdate, { args: [{ actor: office }] });
  const save = async (name: string, workflowId: string, runId?: string) => {
    const history = await env.client.workflow.getHandle(workflowId, runId).fetchHistory();
    const json = protos.temporal.api.history.v1.History.fromObject(history).toJSON();
    writeFileSync(new URL(`${name}.json`, out), JSON.stringify(json) + '\n');
    console.log(`${name}: ${history.events?.length} events`);
  };
  await save('task', task.workflowId);
  await save('conference', conference.workflowId, confRunId);

  // a collective's 14 cities on one liaoning task, and 沈阳's own plan rolling up into it
  const province = seedPlan('liaoning-2020', ['1-2'], shanghaiDate(await env.currentTimeMs()));
  await loadPlan(env.client, province, { taskQueue: duban.taskQueue });
  const parent = env.client.workflow.getHandle(taskWorkflowId(province.id, '1-2'));
  await parent.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: { unit: '省民政厅', role: 'lead' }, measures: '全省实施方案' }] });
  await parent.executeUpdate(transitionUpdate, { args: [{ type: 'ACKNOWLEDGE', actor: { unit: '沈阳市人民政府', role: 'assisting' } }] });
  const typed = new DubanClient(env.client, duban.taskQueue);
  const child = await linkToParent(shenyangPlan(seedPlan('liaoning-2020', ['1-2', '2-2'], shanghaiDate(await env.currentTimeMs()))), 'liaoning-2020:1-2', (id) => typed.view(id));
  await loadPlan(env.client, child, { taskQueue: duban.taskQueue });
  for (const no of ['1', '2']) {
    const t = env.client.workflow.getHandle(taskWorkflowId(child.id, no));
    const cityLead = { unit: '沈阳市民政局', role: 'lead' } as const;
    await t.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: cityLead, measures: '沈阳市实施方案' }] });
    await t.executeUpdate(transitionUpdate, { args: [{ type: 'START', actor: cityLead }] });
    await t.executeUpdate(transitionUpdate, { args: [{ type: 'SUBMIT', actor: cityLead, evidence: '落实情况' }] });
    await t.executeUpdate(transitionUpdate, { args: [{ type: 'VERIFY', actor: { unit: '沈阳市民政局', role: 'supervisor' } }] });
  }
  const rollup = env.client.workflow.getHandle(rollupWorkflowId(child.id));
  await skipTime(env, 60_000, 'the rollup gathers');
  await rollup.result();
  await save('task-collective', parent.workflowId);
  await save('rollup', rollup.workflowId);
  await save('task-child', taskWorkflowId(child.id, '1'));
});
await env.teardown();

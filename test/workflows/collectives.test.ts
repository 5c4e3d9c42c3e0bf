// Collectives and levels on the time-skipping server: liaoning-2020's 各市、县（市、区）政府 as its 14 cities, one
// city escalated alone; 沈阳's own plan loaded under a liaoning task, its progress and completion on the parent.
import { describe, expect, it } from 'vitest';
import { DubanClient } from '../../client/duban-client';
import { after, type Plan } from '../../machines';
import { loadPlan } from '../../client/load';
import { linkToParent } from '../../client/parent-link';
import { conferenceWorkflowId, rollupWorkflowId, taskWorkflowId } from '../../workflows/ids';
import { agendaQuery, progressQuery, transitionUpdate, viewQuery, type TaskViewWithDeadlines } from '../../workflows/messages';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createDubanWorker, DAY, seedPlan, shanghaiDate, skipTime, step } from '../support/duban';
import { timeSkippingSuite } from '../support/suite';
import { DISTRICTS, hepingPlan, shenyangPlan } from '../support/cascade';

const CITIES = '各市、县（市、区）政府';
const TASK = '1-2';

/**
 * Skips time in steps until a task's child plans read as wanted: a child task's last report may leave after a
 * step began, and then needs its own 10 s gather (bounded: 8 steps of 20 s).
 */
async function skipUntil(env: TestWorkflowEnvironment, label: string, taskId: string, done: (plans: TaskViewWithDeadlines['childPlans']) => boolean): Promise<TaskViewWithDeadlines> {
  for (let i = 0; i < 8; i++) {
    await skipTime(env, 20_000, label);
    const view = await env.client.workflow.getHandle(taskId).query(viewQuery);
    if (done(view.childPlans)) return view;
  }
  return env.client.workflow.getHandle(taskId).query(viewQuery);
}

describe('collectives and levels (liaoning-2020)', () => {
  const suite = timeSkippingSuite();

  it('hands the task to each of the 14 cities, and escalates the one city that never acknowledges, alone', async () => {
    const { env, duban } = suite;
    const plan = seedPlan('liaoning-2020', [TASK], shanghaiDate(await env.currentTimeMs()));
    const cities = plan.units.find((u) => u.id === CITIES)?.members ?? [];
    expect(cities).toHaveLength(14);
    await duban.worker.runUntil(async () => {
      await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      const task = env.client.workflow.getHandle(taskWorkflowId(plan.id, TASK));
      const lead = { unit: '省民政厅', role: 'lead' as const };
      await step('measures', task.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: lead, measures: '印发全省实施方案' }] }));
      const told = duban.notices.filter((n) => n.kind === 'handoff' && n.taskNo === TASK).map((n) => n.unit);
      expect(told).toEqual(expect.arrayContaining(cities));
      const silent = '葫芦岛市人民政府';
      const named = plan.tasks[0]!.assistingUnits.filter((u) => u !== CITIES);
      for (const unit of [...named, ...cities.filter((c) => c !== silent)])
        await task.executeUpdate(transitionUpdate, { args: [{ type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } }] });

      const ackBy = (await task.query(viewQuery)).assists.find((a) => a.unit === silent)?.acknowledgeBy;
      // (the grace ends on a working day, as the policy counts it: a fixed 15 days would fall short in a holiday)
      await skipTime(env, Date.parse(after(ackBy ?? '', plan.policy.escalationGrace)) - (await env.currentTimeMs()) + DAY, 'past the acknowledgement window and the grace');
      const view = await task.query(viewQuery);
      expect(view.members).toEqual([expect.objectContaining({ collective: CITIES, total: 14, acknowledged: 13, late: 1, escalated: 1, lateUnits: [silent] })]);
      expect(view.membersNote).toBe(`${CITIES}：14个成员单位中1个逾期`);
      const agenda = await env.client.workflow.getHandle(conferenceWorkflowId(plan.id)).query(agendaQuery);
      expect(agenda.open.map((i) => [i.kind, i.subject])).toEqual([['assistLate', silent]]);
      // the lead heard of that one city, not of the thirteen that acknowledged
      const late = duban.notices.filter((n) => n.kind === 'overdue' && n.taskNo === TASK);
      expect(late.map((n) => n.unit).sort()).toEqual([silent, '省民政厅'].sort());
    });
  });

  it('shows 沈阳’s own plan on the liaoning task as it moves, and its completion meets 沈阳’s share', async () => {
    // a worker runs once: this scenario has its own, on a queue of its own
    const { env } = suite;
    const duban = await createDubanWorker(env);
    const province = seedPlan('liaoning-2020', [TASK], shanghaiDate(await env.currentTimeMs()));
    const parentPlan = { ...province, id: 'liaoning-2020-cascade', tasks: province.tasks.map((t) => ({ ...t, planId: 'liaoning-2020-cascade' })) };
    await duban.worker.runUntil(async () => {
      await loadPlan(env.client, parentPlan, { taskQueue: duban.taskQueue });
      const parent = env.client.workflow.getHandle(taskWorkflowId(parentPlan.id, TASK));
      const typed = new DubanClient(env.client, duban.taskQueue);
      const view = (id: string) => typed.view(id);
      // the unit is found by the child plan's issuer (沈阳市人民政府办公室 → 沈阳市人民政府)
      const rows = seedPlan('liaoning-2020', ['1-2', '2-2'], shanghaiDate(await env.currentTimeMs()));
      const child = await linkToParent(shenyangPlan(rows), `${parentPlan.id}:${TASK}`, view);
      expect(child.parent).toEqual({ planId: parentPlan.id, taskNo: TASK, unit: '沈阳市人民政府' });
      await expect(linkToParent(shenyangPlan(rows), `${parentPlan.id}:9-9`, view)).rejects.toMatchObject({ code: 'UNKNOWN_TASK' });
      await expect(linkToParent(shenyangPlan(rows), `${parentPlan.id}:${TASK}`, view, '北京市人民政府')).rejects.toMatchObject({ code: 'UNKNOWN_UNIT' });

      await loadPlan(env.client, child, { taskQueue: duban.taskQueue });
      const office = { unit: '沈阳市民政局', role: 'supervisor' as const };
      const lead = { unit: '沈阳市民政局', role: 'lead' as const };
      const drive = async (no: string, events: Array<Record<string, unknown>>) => {
        const t = env.client.workflow.getHandle(taskWorkflowId(child.id, no));
        for (const e of events) await t.executeUpdate(transitionUpdate, { args: [{ ...e, actor: e.type === 'VERIFY' ? office : lead } as never] });
      };
      const lifecycle = [{ type: 'ISSUE_MEASURES', measures: '沈阳市实施方案' }, { type: 'START' }, { type: 'SUBMIT', evidence: '落实情况' }, { type: 'VERIFY' }];
      await drive('1', lifecycle);
      const halfway = (await skipUntil(env, 'the rollup gathers', parent.workflowId, (p) => p[0]?.byLifecycle['verified'] === 1)).childPlans;
      expect(halfway).toEqual([expect.objectContaining({ planId: 'shenyang-2020', unit: '沈阳市人民政府', total: 2, complete: false, byLifecycle: { verified: 1, draft: 1 } })]);
      expect(halfway[0]?.byColour.grey).toBe(1);
      expect((await parent.query(viewQuery)).assists.find((a) => a.unit === '沈阳市人民政府')?.status).not.toBe('contributed');

      await drive('2', lifecycle);
      const done = await skipUntil(env, 'the rollup gathers', parent.workflowId, (p) => p[0]?.complete === true);
      expect(done.childPlans).toEqual([expect.objectContaining({ planId: 'shenyang-2020', total: 2, complete: true, byLifecycle: { verified: 2 } })]);
      expect(done.assists.find((a) => a.unit === '沈阳市人民政府')).toMatchObject({ status: 'contributed', contribution: '下级落实方案 shenyang-2020 全部完成' });
      expect(done.history.filter((h) => h.type === 'CHILD_PLAN').map((h) => h.summary)).toEqual([
        expect.stringContaining('进展'),
        '下级落实方案 shenyang-2020（沈阳市人民政府）全部完成：2 项任务已办结',
      ]);
      // the rollup has finished its work once its plan is complete
      const rollup = env.client.workflow.getHandle(rollupWorkflowId(child.id));
      expect((await rollup.query(progressQuery)).complete).toBe(true);
      await step('rollup ends', rollup.result());
    });
  });

  it('nests to any depth: 和平区’s plan meets its share of a 沈阳 task, whose plan then meets 沈阳’s share of the liaoning task', async () => {
    const { env } = suite;
    const duban = await createDubanWorker(env);
    const today = shanghaiDate(await env.currentTimeMs());
    const province = seedPlan('liaoning-2020', [TASK], today);
    const top = { ...province, id: 'liaoning-2020-nested', tasks: province.tasks.map((t) => ({ ...t, planId: 'liaoning-2020-nested' })) };
    await duban.worker.runUntil(async () => {
      const typed = new DubanClient(env.client, duban.taskQueue);
      const view = (id: string) => typed.view(id);
      await loadPlan(env.client, top, { taskQueue: duban.taskQueue });
      // ids of their own: the scenario above loaded shenyang-2020 on this server already
      const renamed = (p: Plan, id: string): Plan => ({ ...p, id, tasks: p.tasks.map((t) => ({ ...t, planId: id })) });
      const city = await linkToParent(renamed(shenyangPlan(seedPlan('liaoning-2020', ['1-2', '2-2'], today), ['和平区人民政府', '沈河区人民政府']), 'shenyang-nested'), `${top.id}:${TASK}`, view);
      await loadPlan(env.client, city, { taskQueue: duban.taskQueue });
      const district = await linkToParent(renamed(hepingPlan(city), 'heping-nested'), `${city.id}:1`, view);
      expect(district.parent).toEqual({ planId: city.id, taskNo: '1', unit: '和平区人民政府' });
      await loadPlan(env.client, district, { taskQueue: duban.taskQueue });

      const send = (planId: string, no: string, e: Record<string, unknown>) => env.client.workflow.getHandle(taskWorkflowId(planId, no)).executeUpdate(transitionUpdate, { args: [e as never] });
      const lifecycle = (lead: string) => [
        { type: 'ISSUE_MEASURES', actor: { unit: lead, role: 'lead' }, measures: '实施方案' },
        { type: 'START', actor: { unit: lead, role: 'lead' } },
        { type: 'SUBMIT', actor: { unit: lead, role: 'lead' }, evidence: '落实情况' },
        { type: 'VERIFY', actor: { unit: lead, role: 'supervisor' } },
      ];
      // the district's plan is done: its share of 沈阳 task 1 is met; 沈河区 contributes by hand
      for (const e of lifecycle('和平区民政局')) await send(district.id, '1', e);
      const cityLead = { unit: '沈阳市民政局', role: 'lead' };
      for (const no of ['1', '2']) {
        await send(city.id, no, { type: 'ISSUE_MEASURES', actor: cityLead, measures: '沈阳市实施方案' });
        await send(city.id, no, { type: 'START', actor: cityLead });
      }
      const middle = await skipUntil(env, 'the district rollup gathers', taskWorkflowId(city.id, '1'), (p) => p[0]?.complete === true);
      expect(middle.childPlans).toEqual([expect.objectContaining({ planId: 'heping-nested', complete: true })]);
      expect(middle.assists.find((a) => a.unit === '和平区人民政府')).toMatchObject({ collective: DISTRICTS, status: 'contributed' });
      for (const no of ['1', '2']) {
        const others = (await env.client.workflow.getHandle(taskWorkflowId(city.id, no)).query(viewQuery)).assists.filter((a) => a.status !== 'contributed');
        for (const a of others) await send(city.id, no, { type: 'CONTRIBUTE', actor: { unit: a.unit, role: 'assisting' }, summary: '已落实' });
        await send(city.id, no, { type: 'SUBMIT', actor: cityLead, evidence: '全市落实情况' });
        await send(city.id, no, { type: 'VERIFY', actor: { unit: '沈阳市民政局', role: 'supervisor' } });
      }
      const upper = await skipUntil(env, 'the city rollup gathers', taskWorkflowId(top.id, TASK), (p) => p[0]?.complete === true);
      expect(upper.childPlans).toEqual([expect.objectContaining({ planId: city.id, complete: true, total: 2 })]);
      expect(upper.assists.find((a) => a.unit === '沈阳市人民政府')).toMatchObject({ status: 'contributed', contribution: `下级落实方案 ${city.id} 全部完成` });
    });
  });
});

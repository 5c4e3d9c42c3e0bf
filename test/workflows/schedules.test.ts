// Schedules over real durations: an afterEvent task armed by UPSTREAM_ISSUED; an ongoing task for 3 years.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadPlan } from '../../client/load';
import { conferenceWorkflowId, taskWorkflowId } from '../../workflows/ids';
import { transitionUpdate, viewQuery, type TransitionRequest } from '../../workflows/messages';
import { toIso } from '../../machines';
import { after } from '../../machines/windows';
import { startTimeSkipping } from '../support/temporal';
import { DAY, runDubanWorker, seedPlan, shanghaiDate, skipTime, step, waitFor } from '../support/duban';

describe('schedules on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let duban: Awaited<ReturnType<typeof runDubanWorker>>;
  beforeAll(async () => {
    env = await startTimeSkipping();
    duban = await runDubanWorker(env);
  });
  afterAll(async () => {
    await duban?.stop();
    await env?.teardown();
  });

  it('arms an afterEvent deadline (taobei #14, one month) when the supervisor reports the upstream document', async () => {
    const plan = seedPlan('taobei', ['14'], shanghaiDate(await env.currentTimeMs()));
    {
      await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      const task = env.client.workflow.getHandle(taskWorkflowId('taobei', '14'));
      expect((await task.query(viewQuery)).nextMilestone).toBeNull();

      await skipTime(env, 40 * DAY, '40 days later'); // nothing is due before the upstream document exists
      expect((await task.query(viewQuery)).state.supervision).toBe('onTrack');

      const issuedAt = toIso(await env.currentTimeMs());
      const view = await task.executeUpdate(transitionUpdate, {
        args: [{ type: 'UPSTREAM_ISSUED', actor: { unit: '区民政局', role: 'supervisor' }, issuedAt, ref: '吉民发〔2023〕1号' }],
      });
      const due = Date.parse(view.nextMilestone!.due);
      expect(view.nextMilestone?.kind).toBe('complete');
      // one calendar month after the report, moved to the next working day where it falls in a holiday (a month reported mid-January
      // ends in the Spring Festival): the calendar's own answer, not a fixed span of days
      expect(due - Date.parse(issuedAt)).toBeGreaterThanOrEqual(28 * DAY);
      const month = Date.parse(after(issuedAt, { amount: 1, unit: 'months' }));
      // …due by the end of that day
      expect(due).toBeGreaterThanOrEqual(month);
      expect(due - month).toBeLessThan(DAY);

      await skipTime(env, due - (await env.currentTimeMs()) + 3_600_000, 'the due date');
      expect((await task.query(viewQuery)).state.supervision).toBe('overdue');
      // so that neither this task nor its plan's conference keeps working through the next scenario
      await task.terminate('end of this scenario');
      await env.client.workflow.getHandle(conferenceWorkflowId('taobei')).terminate('end of this scenario');
    }
  });

  it('runs an ongoing task (changzhou #7, quarterly) for 3 years with a fresh run each period', async () => {
    // a yearly conference: its sessions are not what this scenario is about
    const seeded = seedPlan('changzhou-2015', ['7'], shanghaiDate(await env.currentTimeMs()));
    const plan = { ...seeded, policy: { ...seeded.policy, conferenceCadence: { amount: 12, unit: 'months' as const } } };
    {
      await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      const task = env.client.workflow.getHandle(taskWorkflowId('changzhou-2015', '7'));
      const lead = { unit: '市老龄办', role: 'lead' } as const;
      await task.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: lead, measures: '智慧养老实施方案' }] });
      await task.executeUpdate(transitionUpdate, { args: [{ type: 'START', actor: lead }] });
      // the assisting units (and each of the collective's members) do their part, so this scenario is about the lead's periodic reports alone
      for (const { unit } of (await task.query(viewQuery)).assists) {
        const actor = { unit, role: 'assisting' } as const;
        await task.executeUpdate(transitionUpdate, { args: [{ type: 'ACKNOWLEDGE', actor }] });
        await task.executeUpdate(transitionUpdate, { args: [{ type: 'CONTRIBUTE', actor, summary: '已配合' }] });
      }
      for (let quarter = 1; quarter <= 12; quarter++) {
        const view = await task.query(viewQuery);
        expect(view.state.supervision).not.toBe('escalated');
        const due = Date.parse(view.nextMilestone!.due);
        // report a week before each period ends, then let the period end
        await skipTime(env, due - 7 * DAY - 3_600_000 - (await env.currentTimeMs()), `report ${quarter}`);
        await task.executeUpdate(transitionUpdate, { args: [{ type: 'REPORT_PROGRESS', actor: lead, summary: `第${quarter}期进展` }] });
        await skipTime(env, 8 * DAY, `end of period ${quarter}`);
      }
      const view = await task.query(viewQuery);
      expect(view.run).toBeGreaterThanOrEqual(12);
      expect(view.milestones.filter((m) => m.kind === 'report' && m.metAt !== null && !m.late).length).toBeGreaterThanOrEqual(12);
      expect(view.state.supervision).toBe('onTrack');
      // each run's history stays small however long the task lives
      const runSizes: number[] = [];
      // walk the chain of runs backwards (the test server has no visibility list)
      let runId: string | null | undefined = (await task.describe()).runId as string;
      while (runId) {
        const history: Awaited<ReturnType<typeof task.fetchHistory>> = await env.client.workflow.getHandle(task.workflowId, runId).fetchHistory();
        const events = history.events ?? [];
        runSizes.push(events.length);
        runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId;
      }
      expect(runSizes.length).toBe(view.run + 1);
      const [first, ...later] = runSizes.reverse();
      // the first run carries the measures, four handoffs and their eight updates; every later run is
      // one period (the goal for any run of a long task is 300 events)
      expect(first, `runs: ${runSizes.join(',')}`).toBeLessThan(200);
      expect(Math.max(...later), `runs: ${runSizes.join(',')}`).toBeLessThan(40);
    }
  });

  it('answers an Update the server delivers again after continue-as-new, without applying it twice', async () => {
    // temporalio/temporal#6375: an Update completed in the workflow task that continues as new may be
    // delivered to the next run as well; the task carries the ids it applied across runs
    const seeded = seedPlan('changzhou-2015', ['7'], shanghaiDate(await env.currentTimeMs()));
    const plan = { ...seeded, id: 'changzhou-again', tasks: seeded.tasks.map((t) => ({ ...t, planId: 'changzhou-again' })) };
    await step('load the plan', loadPlan(env.client, plan, { taskQueue: duban.taskQueue }));
    const task = env.client.workflow.getHandle(taskWorkflowId('changzhou-again', '7'));
    const lead = { unit: '市老龄办', role: 'lead' } as const;
    const send = (req: TransitionRequest, updateId?: string) =>
      step(req.type, task.executeUpdate(transitionUpdate, { args: [req], ...(updateId ? { updateId } : {}) }));
    await send({ type: 'ISSUE_MEASURES', actor: lead, measures: '智慧养老实施方案' });
    await send({ type: 'START', actor: lead });
    const due = Date.parse((await task.query(viewQuery)).nextMilestone!.due);
    await skipTime(env, due - 7 * DAY - (await env.currentTimeMs()), 'the report');
    const firstRun = (await task.describe()).runId;
    const report = { type: 'REPORT_PROGRESS', actor: lead, summary: '第1期进展' } as const;
    await send(report, 'oa-report-1'); // closes the period: the task continues as new
    await waitFor('the next run', async () => {
      const d = await task.describe();
      return d.runId !== firstRun && d.status.name === 'RUNNING' ? d.runId : undefined;
    });
    const again = await send(report, 'oa-report-1');
    const reports = async () => (await task.query(viewQuery)).history.filter((h) => h.type === 'REPORT_PROGRESS').length;
    expect(again.closed).toBe(false);
    expect(await reports()).toBe(1);
    expect((await task.query(viewQuery)).run).toBe(1);
    // a new Update id is a new report
    expect((await send(report, 'oa-report-2')).accepted?.type).toBe('REPORT_PROGRESS');
    expect(await reports()).toBe(2);
  });
});

// A qinzhou task from draft to verified with its three assisting units, on the time-skipping server.
import { describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { loadPlan } from '../../client/load';
import { taskWorkflowId } from '../../workflows/ids';
import { transitionUpdate, viewQuery, type TransitionRequest } from '../../workflows/messages';
import { seedPlan, shanghaiDate } from '../support/duban';
import { timeSkippingSuite } from '../support/suite';

const lead = { unit: '市人社局', role: 'lead' } as const;
const assisting = ['市卫计委', '市民政局', '市老龄办'];
const office = { unit: '市民政局', role: 'supervisor' } as const;

describe('taskWorkflow lifecycle (qinzhou-2015 #34)', () => {
  const suite = timeSkippingSuite();

  it('goes from draft to verified through its assisting units, none of them late', async () => {
    const { env, duban } = suite;
    const now = await env.currentTimeMs();
    const plan = seedPlan('qinzhou-2015', ['34'], shanghaiDate(now));
    await duban.worker.runUntil(async () => {
      const loaded = await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
      expect(loaded).toEqual({ started: 1, existing: 0, conference: 'started' });
      const handle = env.client.workflow.getHandle(taskWorkflowId('qinzhou-2015', '34'));
      const send = (req: TransitionRequest) => handle.executeUpdate(transitionUpdate, { args: [req] });

      let view = await send({ type: 'ISSUE_MEASURES', actor: lead, measures: '印发《钦州市养老护理员培训实施方案》', documentRef: '钦人社发〔2015〕1号' });
      expect(view.state.lifecycle).toBe('measuresIssued');
      expect((await handle.query(viewQuery)).assists.map((a) => a.status)).toEqual(['notified', 'notified', 'notified']);

      // an assisting unit cannot SUBMIT, and SUBMIT is refused while contributions are outstanding
      await expect(send({ type: 'START', actor: { unit: '市卫计委', role: 'lead' } })).rejects.toThrow(WorkflowUpdateFailedError);
      await send({ type: 'START', actor: lead });
      const refused = await send({ type: 'SUBMIT', actor: lead, evidence: '培训台账' }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((refused as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'ASSISTS_OUTSTANDING' });

      for (const unit of assisting) {
        await send({ type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } });
        await send({ type: 'CONTRIBUTE', actor: { unit, role: 'assisting' }, summary: `${unit}配合完成` });
      }
      await send({ type: 'REPORT_PROGRESS', actor: lead, summary: '已培训120人', percent: 80 });
      view = await send({ type: 'SUBMIT', actor: lead, evidence: '培训台账及结业名单' });
      expect(view.state.lifecycle).toBe('inProgress.awaitingVerification');
      await send({ type: 'VERIFY', actor: office, note: '核验通过' });

      const outcome = await handle.result();
      expect(outcome).toMatchObject({ outcome: 'verified', taskNo: '34' });
      const final = await handle.query(viewQuery);
      expect(final.state).toEqual({ lifecycle: 'verified', supervision: 'closed' });
      expect(final.milestones.find((m) => m.kind === 'start')).toMatchObject({ late: false });
      expect(final.history.map((h) => h.type)).toEqual([
        'ISSUE_MEASURES', 'START',
        'ACKNOWLEDGE', 'CONTRIBUTE', 'ACKNOWLEDGE', 'CONTRIBUTE', 'ACKNOWLEDGE', 'CONTRIBUTE',
        'REPORT_PROGRESS', 'SUBMIT', 'VERIFY',
      ]);
      for (const unit of assisting) {
        expect(final.assists.find((a) => a.unit === unit)).toMatchObject({ status: 'contributed', steps: { acknowledgement: [], contribution: [] }, escalatedItemId: null });
      }
      // every assisting unit was notified of its handoff
      expect(duban.notices.filter((n) => n.kind === 'handoff').map((n) => n.unit).sort()).toEqual([...assisting].sort());
      const events = (await handle.fetchHistory()).events ?? [];
      // A regression guard on history size (bench/ measures the total on the dev server: 111–118).
      // How many workflow tasks a run takes depends on timing (events that arrive together share one),
      // so the bound is on everything else: Updates, children, signals, markers, upserts and timers.
      const WORKFLOW_TASK = new Set([5, 6, 7]); // scheduled, started, completed
      const rest = events.filter((e) => !WORKFLOW_TASK.has(Number(e.eventType)));
      expect(rest.length).toBeLessThanOrEqual(62); // measured 60
      expect(events.length).toBeLessThanOrEqual(140);
    });
  });

  it('loading the same plan twice starts nothing new', async () => {
    const { env, duban } = suite;
    const now = await env.currentTimeMs();
    const plan = seedPlan('qinzhou-2015', ['34'], shanghaiDate(now));
    const again = await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
    expect(again).toEqual({ started: 0, existing: 1, conference: 'existing' });
  });
});

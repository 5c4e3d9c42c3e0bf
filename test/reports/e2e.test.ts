// End to end on the real dev server: qinzhou-2015 on its real 2015 dates (every dated task escalates), bulletin and ledger from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { pino } from 'pino';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Notice } from '../../activities/notify';
import { ledgerWorkbook } from '../../reports/ledger';
import { createPublishReport } from '../../activities/publish-report';
import { DubanClient } from '../../client/duban-client';
import { loadPlan } from '../../client/load';
import { gatherReport, reportSourceOf } from '../../client/report-facts';
import { loadConfig } from '../../platform/config';
import { startDevServer } from '../support/temporal';
import { runDubanWorker, step, waitFor } from '../support/duban';
import { conferenceWorkflowId } from '../../workflows/ids';
import { conveneUpdate } from '../../workflows/messages';
import { seed } from '../support/seeds';

const ESCALATED = `PlanId = 'qinzhou-2015' AND WorkflowType = 'taskWorkflow' AND Supervision = 'escalated' AND ExecutionStatus = 'Running'`;

describe('the qinzhou-2015 bulletin on the dev server', () => {
  let env: TestWorkflowEnvironment;
  let duban: Awaited<ReturnType<typeof runDubanWorker>>;
  let client: DubanClient;
  const plan = seed('qinzhou-2015').plan; // not rebased: every dated milestone is years overdue
  const dated = plan.tasks.filter((t) => ['by', 'ongoing'].includes(t.schedule.spec.kind)).length;

  beforeAll(async () => {
    env = await startDevServer();
    duban = await runDubanWorker(env);
    client = new DubanClient(env.client, duban.taskQueue);
    await loadPlan(env.client, plan, { taskQueue: duban.taskQueue });
    // visibility is eventually consistent: wait until every dated task shows as escalated
    for (let i = 0; i < 150 && (await env.client.workflow.count(ESCALATED)).count < dated; i++) await new Promise((r) => setTimeout(r, 200));
  });
  afterAll(async () => {
    await duban?.stop();
    await env?.teardown();
  });

  it('counts as red exactly the tasks visibility shows escalated, and has a ledger row per task', async () => {
    const escalated = (await env.client.workflow.count(ESCALATED)).count;
    expect(escalated).toBe(dated);
    const { report, ms } = await gatherReport(client, 'qinzhou-2015');
    expect(report.bulletin.taskCount).toBe(plan.tasks.length);
    expect(report.bulletin.byColour.red).toBe(escalated);
    expect(report.bulletin.overdue.length).toBeGreaterThanOrEqual(escalated);
    expect(report.bulletin.overdue.every((o) => o.daysOverdue > 365)).toBe(true);
    expect(report.bulletin.conference.open.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10_000);

    const wb = new ExcelJS.Workbook();
    const bytes = await ledgerWorkbook(report);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect((wb.getWorksheet('台账')?.rowCount ?? 0) - 1).toBe(40);

    // 县区政府（管委） is its four districts and counties: each ranked on its own among the divisions, the collective not at all
    const byGroup = Object.fromEntries(report.ranking.groups.map((g) => [g.kind, g.rows.map((r) => r.unit)]));
    expect(Object.values(byGroup).flat()).not.toContain('县区政府（管委）');
    expect(Object.entries(byGroup).find(([, units]) => units.includes('钦南区人民政府'))?.[1]).toEqual(
      expect.arrayContaining(['钦南区人民政府', '钦北区人民政府', '灵山县人民政府', '浦北县人民政府']),
    );
    expect(Object.entries(byGroup).find(([, units]) => units.includes('钦南区人民政府'))?.[1]).not.toContain('市民政局');
    expect(report.ledger.filter((r) => r.colour === 'red').every((r) => r.conferenceItem !== '')).toBe(true);
  });

  it('publishes the monthly bulletin as md + html and notifies the conference office', async () => {
    const notices: Notice[] = [];
    const publish = createPublishReport({
      config: loadConfig({ DUBAN_DATA_DIR: duban.dataDir, LOG_LEVEL: 'silent' }),
      logger: pino({ level: 'silent' }),
      notify: async (n) => (notices.push(n), 'sent'),
      source: () => reportSourceOf(client),
    });
    const published = await publish({ planId: 'qinzhou-2015', asOf: '2016-06-30', sessionNo: 1 });
    expect(published.files.md).toBe(`${duban.dataDir}/reports/qinzhou-2015/2016-06-30.md`);
    expect(await readFile(published.files.html, 'utf8')).toContain('督查通报');
    expect(notices).toEqual([expect.objectContaining({ unit: plan.conference.office, kind: 'report', dedupeKey: 'report:qinzhou-2015:2016-06-30:session-1' })]);
  });

  it('is published by the worker itself after a session of the conference', async () => {
    const conference = env.client.workflow.getHandle(conferenceWorkflowId('qinzhou-2015'));
    const office = { unit: plan.conference.office, role: 'conference' } as const;
    const session = await step('convene a session', conference.executeUpdate(conveneUpdate, { args: [{ actor: office }] }));
    expect(session.items.length).toBeGreaterThan(0);
    // the conference's publishReport activity gathers the facts with the worker's own client
    const asOf = session.heldAt.slice(0, 10);
    const md = `${duban.dataDir}/reports/qinzhou-2015/${asOf}.md`;
    const text = await waitFor(`the bulletin at ${md}`, () => readFile(md, 'utf8').catch(() => undefined), 60_000);
    expect(text).toContain('督查通报');
    expect(text).toContain(`截至 ${asOf}`);
    const notice = await waitFor('the report notice', async () => duban.notices.find((n) => n.kind === 'report'));
    expect(notice).toMatchObject({ unit: plan.conference.office, dedupeKey: `report:qinzhou-2015:${asOf}:session-${session.no}` });
  });
});

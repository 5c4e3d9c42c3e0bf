// publishReport: the monthly bulletin (督查通报) written as md + html under the data folder, and the conference office notified.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { bulletinHtml } from '../reports/html';
import { bulletinMarkdown } from '../reports/markdown';
import { buildReport, type Report } from '../reports/model';
import { ReportSourceUnavailable, type ReportSource } from '../reports/source';
import type { Notice } from './notify';

export interface PublishReportInput {
  planId: string;
  /** YYYY-MM-DD (Asia/Shanghai); default the day the activity runs */
  asOf?: string;
  /** the session after which it is published, for the notice and its dedupe key */
  sessionNo?: number;
}

export interface PublishedReport {
  files: { md: string; html: string };
  asOf: string;
  tasks: number;
  red: number;
  overdue: number;
}

/** Writes `<dataDir>/reports/<plan>/<asOf>.{md,html}`; publishing the same day again rewrites the same files. */
export async function writeReport(dataDir: string, report: Report): Promise<{ md: string; html: string }> {
  const dir = join(dataDir, 'reports', report.bulletin.planId);
  await mkdir(dir, { recursive: true });
  const files = { md: join(dir, `${report.bulletin.asOf}.md`), html: join(dir, `${report.bulletin.asOf}.html`) };
  await writeFile(files.md, bulletinMarkdown(report));
  await writeFile(files.html, bulletinHtml(report));
  return files;
}

export interface PublishReportDeps {
  config: Config;
  logger: Logger;
  notify: (notice: Notice) => Promise<'sent' | 'duplicate'>;
  /** where the facts come from, made per run (the worker's: the activity's own Temporal client, as workflows cannot query other workflows) */
  source: () => ReportSource;
}

export function createPublishReport(deps: PublishReportDeps): (input: PublishReportInput) => Promise<PublishedReport> {
  return async (input) => {
    const started = performance.now();
    const source = deps.source();
    const facts = await source.gather(input.planId, input.asOf === undefined ? {} : { asOf: input.asOf }).catch((err: unknown) => {
      // e.g. a server without visibility lists (the time-skipping test server) will not grow one on retry
      if (err instanceof ReportSourceUnavailable) {
        throw ApplicationFailure.nonRetryable(`无法生成督查通报 / cannot gather the report: ${err.message}`, 'VISIBILITY_UNAVAILABLE');
      }
      throw err;
    });
    const report = buildReport(facts);
    const ms = Math.round(performance.now() - started);
    const files = await writeReport(deps.config.DUBAN_DATA_DIR, report);
    const b = report.bulletin;
    const office = facts.agenda?.conference.office ?? facts.plan.office;
    const session = input.sessionNo === undefined ? '' : `（第${input.sessionNo}次会议后）`;
    await deps.notify({
      unit: office ?? '督查室',
      kind: 'report',
      planId: input.planId,
      message: `${b.title} 督查通报${session}已发布：截至${b.asOf}共${b.taskCount}项任务，红${b.byColour.red}、黄${b.byColour.yellow}、蓝${b.byColour.blue}，逾期节点${b.overdue.length}个。见 ${files.html}`,
      dedupeKey: `report:${input.planId}:${b.asOf}${input.sessionNo === undefined ? '' : `:session-${input.sessionNo}`}`,
    });
    deps.logger.info({ planId: input.planId, asOf: b.asOf, files, ms }, '督查通报已发布');
    return { files, asOf: b.asOf, tasks: b.taskCount, red: b.byColour.red, overdue: b.overdue.length };
  };
}

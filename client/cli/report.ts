// `duban report --plan <id> [--as-of DATE] --format md|html|xlsx|json [--out FILE]`: the bulletin, ranking and ledger of a plan.
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { renderReport, ReportFormatSchema, type ReportFormat } from '../../reports/render';
import { gatherReport } from '../report-facts';
import type { CliContext } from './context';
import { UsageError } from './exit';

interface ReportOptions {
  plan: string;
  asOf?: string;
  format: ReportFormat;
  out?: string;
}

export function reportCommand(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('督查通报 / 绩效考核 / 台账: the supervision bulletin (md, html, json) or the ledger workbook (xlsx) of a plan')
    .requiredOption('--plan <id>', 'plan id, e.g. qinzhou-2015')
    .option('--as-of <date>', 'YYYY-MM-DD (Asia/Shanghai); default today')
    .addOption(new Option('--format <format>', 'output format').choices(ReportFormatSchema.options).default('md'))
    .option('--out <file>', 'write to a file instead of stdout (xlsx needs it)')
    .action(async (opts: ReportOptions) => {
      if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new UsageError(`--as-of expects YYYY-MM-DD, got "${opts.asOf}"`);
      if (opts.format === 'xlsx' && opts.out === undefined) throw new UsageError('--format xlsx writes a workbook: give --out FILE');
      const client = await ctx.client();
      const { report, ms } = await gatherReport(client, opts.plan, opts.asOf === undefined ? {} : { asOf: opts.asOf });
      const rendered = await renderReport(report, opts.format);
      if (opts.out === undefined) return ctx.out(rendered.body.toString('utf8'));
      await writeFile(opts.out, rendered.body);
      const c = report.bulletin.byColour;
      ctx.err(`${opts.out}: ${report.bulletin.taskCount} 项任务（绿${c.green} 蓝${c.blue} 黄${c.yellow} 红${c.red} 灰${c.grey}），截至 ${report.bulletin.asOf}，用时 ${ms} ms\n`);
    });
}

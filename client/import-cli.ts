// Temporary import entry: `npx tsx client/import-cli.ts <file> --dry-run --json [--rebase YYYY-MM-DD]` prints { plan, report }.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Command } from 'commander';
import { ImportError, importDocument } from '../seeds';
import { planIdOf } from '../seeds/metadata';

interface Options {
  dryRun?: boolean;
  json?: boolean;
  rebase?: string;
  overrides?: string;
}

/** Overrides next to the document (`overrides/<planId>.json`) unless a path is given. */
function readOverrides(file: string, explicit: string | undefined): unknown {
  const path = explicit ?? join(dirname(file), 'overrides', `${planIdOf(basename(file))}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}

const program = new Command()
  .name('duban-import')
  .description('导入任务分工清单 (import a task-division list) and print the canonical plan and the import report')
  .argument('<file>', 'the document (.txt)')
  .option('--dry-run', 'only print; nothing is started (the only mode for now)')
  .option('--json', 'print JSON { plan, report }')
  .option('--rebase <date>', 'move every date so the plan is issued on YYYY-MM-DD')
  .option('--overrides <path>', 'overrides file (default: overrides/<planId>.json next to the document)')
  .action((file: string, options: Options) => {
    try {
      const overrides = readOverrides(file, options.overrides);
      const result = importDocument(readFileSync(file), basename(file), {
        ...(overrides === undefined ? {} : { overrides }),
        ...(options.rebase === undefined ? {} : { rebase: options.rebase }),
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      } else {
        const { plan, report } = result;
        process.stdout.write(`${plan.id}「${plan.title}」: ${plan.tasks.length} 项任务, ${plan.units.length} 个单位; 报告 ${JSON.stringify(report.counts)}\n`);
      }
    } catch (err) {
      const message = err instanceof ImportError || err instanceof RangeError ? err.message : String(err);
      process.stderr.write(`导入失败 (import failed): ${message}\n`);
      process.exitCode = 1;
    }
  });

program.parse();

// The progress line `duban import` writes on stderr for a large document: pages of a PDF, then the lines and tasks it found.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportProgress } from '../../seeds';
import type { CliContext } from './context';

/** A document this large (bytes), or any PDF, gets a progress line; a small text file reads in well under a second. */
export const PROGRESS_FROM_BYTES = 256 * 1024;

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`);

/**
 * The listener for one import, or undefined when the file is small. On a terminal the page count updates in
 * place (`\r`); elsewhere (a log, CI) each stage is one line and pages are told once, when all are read.
 */
export function importProgress(ctx: CliContext, file: string): ((step: ImportProgress) => void) | undefined {
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch {
    return undefined;
  }
  const pdf = /\.pdf$/i.test(file);
  if (bytes < PROGRESS_FROM_BYTES && !pdf) return undefined;
  const name = basename(file);
  ctx.err(`导入 ${name}（${size(bytes)}）…\n`);
  return (step) => {
    if (step.stage === 'pages') {
      const last = step.done === step.total;
      if (ctx.stderrIsTty) ctx.err(`\r导入 ${name}：PDF 第 ${step.done}/${step.total ?? '?'} 页${last ? '\n' : ''}`);
      else if (last) ctx.err(`导入 ${name}：已读 PDF ${step.done} 页\n`);
      return;
    }
    ctx.err(step.stage === 'lines' ? `导入 ${name}：${step.done} 行，正在读取任务…\n` : `导入 ${name}：读出 ${step.done} 项任务\n`);
  };
}

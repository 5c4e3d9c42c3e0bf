// Specification: `duban import` on a document: --issued-on for one that prints no date, a progress line for large files, whole JSON on a pipe.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanSchema } from '../../machines';
import type { CliContext } from '../../client/cli/context';
import { report } from '../../client/cli/exit';
import { PROGRESS_FROM_BYTES } from '../../client/cli/import-progress';
import { buildProgram } from '../../client/cli/program';
import { seedParts } from '../support/seed-formats';
import { toPdf } from './pdf-writer';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const tmp = mkdtempSync(join(tmpdir(), 'duban-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The CLI in a child process (stderr is a pipe, not a terminal); TEMPORAL_ADDRESS is a closed port, and --dry-run starts nothing. */
function duban(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsx, join(root, 'client/cli.ts'), ...args], { cwd: root, env: { ...process.env, TEMPORAL_ADDRESS: '127.0.0.1:1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

/** The program in this process with its output captured: what `duban import … --dry-run` prints and the exit code it would give. */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    client: () => Promise.reject(new Error('a dry run connects to nothing')),
    close: () => Promise.resolve(),
    stderrIsTty: false,
  };
  try {
    await buildProgram(ctx).parseAsync(['node', 'duban', ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    return { code: report(err, ctx.err), stdout, stderr };
  }
}

const undated = '重点任务分工\n1.建成智慧平台。（区数据局牵头，区财政局配合）12月底前完成。\n';
const largeUndated = (): string => {
  const body = '推进智慧城市建设，完善城市运行管理服务平台功能，提升城市治理数字化水平。'.repeat(6);
  return `重点任务分工\n${Array.from({ length: 500 }, (_, i) => `${i + 1}.${body}（区数据局牵头，区财政局配合）12月底前完成。`).join('\n')}\n`;
};

describe('duban import <document>', () => {
  it('refuses a small document with no date and no year as NO_ISSUE_DATE, naming --issued-on, with no progress line (exit 2)', async () => {
    const run = await inProcess(['import', file('undated.txt', undated), '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('NO_ISSUE_DATE: undated.txt: the document prints no issue date and no year, and its dates need one; give one (--issued-on YYYY-MM-DD or overrides metadata.issuedOn)\n');
  });

  it('takes --issued-on as the issue date, which gives 12月底前 its year, and refuses one not written YYYY-MM-DD', async () => {
    const path = file('undated-2.txt', undated);
    const run = await inProcess(['import', path, '--dry-run', '--json', '--issued-on', '2024-03-01']);
    const plan = PlanSchema.parse((JSON.parse(run.stdout) as { plan: unknown }).plan);
    expect(plan.issuedOn).toBe('2024-03-01');
    expect(plan.tasks[0]?.schedule.spec).toMatchObject({ kind: 'by', targets: [{ due: '2024-12-31T23:59:59+08:00' }] });
    const bad = await inProcess(['import', path, '--dry-run', '--issued-on', '2024-3-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--issued-on expects YYYY-MM-DD');
  });

  it('reads a list of its own words with --overrides naming them, and refuses an overrides file that is missing or no JSON (exit 2, named)', async () => {
    const list = file('zhuzhua.txt', '某县2024年督办事项清单\n序号\t督办事项\t主抓单位\t协抓单位\t办结时限\n1\t新建社区食堂20个。\t县民政局\t县财政局\t2024年9月底前\n');
    const refused = await inProcess(['import', list, '--dry-run']);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringMatching(/^MISSING_COLUMN: zhuzhua\.txt:2: .*reading\.words/)]);
    const words = file('zhuzhua-words.json', JSON.stringify({ planId: 'zhuzhua', reading: { words: { 主抓单位: 'lead', 协抓单位: 'assisting' }, reason: '主抓、协抓即牵头、配合' } }));
    const run = await inProcess(['import', list, '--dry-run', '--json', '--overrides', words]);
    const plan = PlanSchema.parse((JSON.parse(run.stdout) as { plan: unknown }).plan);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['县民政局'], ['县财政局']]]);
    const missing = await inProcess(['import', list, '--dry-run', '--overrides', join(tmp, 'none.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('none.json (--overrides)')]);
    const broken = await inProcess(['import', list, '--dry-run', '--overrides', file('broken.json', '{ planId: ')]);
    expect([broken.code, broken.stderr]).toEqual([2, expect.stringContaining('broken.json: ')]);
  });

  it('writes progress lines on stderr for a large document: its size, the lines found, the tasks read', async () => {
    const text = largeUndated();
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(PROGRESS_FROM_BYTES);
    const run = await inProcess(['import', file('large.txt', text), '--dry-run', '--issued-on', '2024-03-01']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^导入 large\.txt（\d+ KiB）…\n导入 large\.txt：\d+ 行，正在读取任务…\n导入 large\.txt：读出 500 项任务\n$/);
  });

  it('reads a PDF file from disk (a Buffer, which pdfjs refuses as such) and tells its pages once they are read', async () => {
    const run = await inProcess(['import', file('changzhou-2015.pdf', toPdf(seedParts('changzhou-2015.txt'))), '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('导入 changzhou-2015.pdf：已读 PDF 1 页');
    expect(run.stdout).toContain('37 项任务');
  });

  it('prints the whole JSON of a large import on a pipe before it exits (a child process, as a user runs it)', async () => {
    const run = await duban(['import', file('large-pipe.txt', largeUndated()), '--dry-run', '--json', '--issued-on', '2024-03-01']);
    expect(run.code).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(256 * 1024);
    expect(PlanSchema.parse((JSON.parse(run.stdout) as { plan: unknown }).plan).tasks).toHaveLength(500);
  });
});

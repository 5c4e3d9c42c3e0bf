// The `duban` CLI as a user runs it: --help everywhere, import --dry-run --json, and the exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanSchema } from '../../machines';
import { seed } from '../support/seeds';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const tmp = mkdtempSync(join(tmpdir(), 'duban-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process; TEMPORAL_ADDRESS points at a closed port so nothing reaches a server by accident. */
function duban(args: string[], entry = 'client/cli.ts'): Promise<Run> {
  const command = entry.endsWith('.mjs') ? [join(root, entry), ...args] : [tsx, join(root, entry), ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, command, { cwd: root, env: { ...process.env, TEMPORAL_ADDRESS: '127.0.0.1:1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe.concurrent('duban --help', () => {
  it.each([[[]], [['import']], [['load']], [['tasks', 'list']], [['tasks', 'show']], [['send']], [['conference', 'agenda']], [['conference', 'convene']], [['conference', 'resolve']]])(
    'prints help for %j and exits 0',
    async (words) => {
      const run = await duban([...words, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: duban');
    },
  );

  it('runs through the package bin too', async () => {
    const run = await duban(['--help'], 'client/bin.mjs');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exit codes');
  });
});

describe('duban import --dry-run --json', () => {
  it('prints { plan, report } of a seed document, identical to the importer, and exits 0', async () => {
    const run = await duban(['import', 'seeds/qinzhou-2015.txt', '--dry-run', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { plan: unknown; report: unknown };
    expect(PlanSchema.parse(out.plan)).toEqual(seed('qinzhou-2015').plan);
    expect(out.report).toEqual(JSON.parse(JSON.stringify(seed('qinzhou-2015').report)));
  });

  it('rebases', async () => {
    const run = await duban(['import', 'seeds/taobei.txt', '--dry-run', '--json', '--rebase', '2025-01-06']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { plan: { issuedOn: string } }).plan.issuedOn).toBe('2025-01-06');
  });

  it('accepts canonical plan JSON', async () => {
    const run = await duban(['import', 'seeds/plans/changzhou-2015.json', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('changzhou-2015');
  });
});

describe.concurrent('duban exit codes', () => {
  it('exits 2 on an unknown command or option', async () => {
    expect((await duban(['fly'])).code).toBe(2);
    expect((await duban(['import', 'x.txt', '--bogus'])).code).toBe(2);
  });

  it('exits 2 on a document the importer cannot read, naming the code', async () => {
    const file = join(tmp, 'empty.txt');
    writeFileSync(file, '');
    const run = await duban(['import', file, '--dry-run', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('EMPTY_DOCUMENT');
  });

  it('exits 2 on a missing file and on a bad --rebase', async () => {
    expect((await duban(['import', join(tmp, 'missing.txt'), '--dry-run'])).code).toBe(2);
    expect((await duban(['import', 'seeds/taobei.txt', '--dry-run', '--rebase', '2025-02-30'])).code).toBe(2);
  });

  it('exits 2 on a bad event payload before connecting', async () => {
    const run = await duban(['send', 'qinzhou-2015:7', 'ISSUE_MEASURES', '--as', '市民政局']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('measures');
    expect((await duban(['send', 'nonsense', 'START', '--as', '市民政局'])).code).toBe(2);
  });

  it('exits 3 when Temporal is unreachable', async () => {
    const run = await duban(['tasks', 'show', 'qinzhou-2015:7']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('UNAVAILABLE');
  }, 60_000);
});

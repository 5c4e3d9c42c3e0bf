// The bench's output: which machine, which settings, the table, and the JSON file under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { goalMet, table, type Figure } from './stats';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the report was written: other work on the machine shows here */
  loadAverage: number;
}

export const machine = (): Machine => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
});

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  machine: Machine;
  settings: Record<string, number | string | boolean>;
  figures: Figure[];
  goals: Array<{ figure: string; met: boolean | null }>;
  details: Record<string, unknown>;
}

export function printReport(r: BenchReport): void {
  const m = r.machine;
  const lines = [
    '',
    `duban bench — ${r.startedAt} (${r.seconds.toFixed(0)} s)`,
    `machine: ${m.cpus} cpus (${m.cpuModel}), ${m.memoryGiB} GiB, node ${m.node}, ${m.platform}, load average ${m.loadAverage}`,
    `settings: ${Object.entries(r.settings).map(([k, v]) => `${k}=${v}`).join(' ')}`,
    'every figure: min / median / max over its runs; ratio = subject / baseline per run (same run, same server)',
    '',
    table(r.figures),
    '',
    ...r.figures.map((f) => `  ${f.name}: ${f.subject.runs.length} runs${f.note ? ` — ${f.note}` : ''}`),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

/** bench/results/<timestamp>.json; returns its path */
export function writeReport(r: BenchReport): string {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${r.startedAt.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}

export const goalsOf = (figures: readonly Figure[]): BenchReport['goals'] => figures.map((f) => ({ figure: f.name, met: goalMet(f) }));

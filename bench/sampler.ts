// Samples, while one figure runs, the CPU time of each process of the stack and the machine's, and the worker's RSS: the evidence for each bottleneck.
import type { Postgres } from '../worker/cluster/postgres';
import { checkpointerPid, countersDelta, pgCounters, type Database, type PgCounters } from './pg';
import { childrenOf, cpuSeconds, machineSeconds, parentOf, rssBytes } from './proc';

export interface StackPids {
  /** the Temporal server (frontend, history, matching and worker services in one process) */
  temporal: number;
  /** the worker process(es) polling the figure's task queue */
  workers: number[];
  pg: Postgres;
}

/** CPU seconds per process group over one figure, and how busy the machine's cores were */
export interface Usage {
  seconds: number;
  cpu: { postgres: number; temporal: number; workers: number; bench: number; other: number };
  /** the same as a share of the machine's cores over the interval (2 cores: 1.0 = both busy) */
  coreShare: { postgres: number; temporal: number; workers: number; bench: number; other: number; machine: number };
  /** share of 1-second samples in which the machine's cores were ≥ 95 % busy */
  saturatedSamples: number;
  workerRssMaxMiB: number;
  workerRssEndMiB: number;
  pg: Record<Database, PgCounters>;
}

export interface Sampling {
  stop(): Promise<Usage>;
}

const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

export async function startSampling(pids: StackPids, everyMs = 1_000): Promise<Sampling> {
  const postmaster = parentOf(await checkpointerPid(pids.pg));
  if (postmaster === null) throw new Error('BENCH_NO_POSTMASTER: the checkpointer has no parent');
  const postgres = (): number => cpuSeconds(postmaster, true) + childrenOf(postmaster).reduce((s, pid) => s + cpuSeconds(pid), 0);
  const workers = (): number => pids.workers.reduce((s, pid) => s + cpuSeconds(pid), 0);
  const bench = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const rss = (): number => pids.workers.reduce((s, pid) => s + rssBytes(pid), 0);
  const first = { t: performance.now(), machine: machineSeconds(), postgres: postgres(), temporal: cpuSeconds(pids.temporal), workers: workers(), bench: bench(), pg: await pgCounters(pids.pg) };
  let last = first.machine;
  let samples = 0;
  let saturated = 0;
  let rssMax = rss();
  const timer = setInterval(() => {
    const now = machineSeconds();
    const total = now.total - last.total;
    if (total > 0) {
      samples++;
      if ((now.busy - last.busy) / total >= 0.95) saturated++;
    }
    last = now;
    rssMax = Math.max(rssMax, rss());
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      const end = { t: performance.now(), machine: machineSeconds(), postgres: postgres(), temporal: cpuSeconds(pids.temporal), workers: workers(), bench: bench(), pg: await pgCounters(pids.pg) };
      const cores = end.machine.total - first.machine.total;
      const busy = end.machine.busy - first.machine.busy;
      const cpu = {
        postgres: end.postgres - first.postgres,
        temporal: end.temporal - first.temporal,
        workers: end.workers - first.workers,
        bench: end.bench - first.bench,
        other: 0,
      };
      // whatever else ran: other engineers' tests on the shared cores, the kernel, the in-process bench worker
      cpu.other = Math.max(0, busy - cpu.postgres - cpu.temporal - cpu.workers - cpu.bench);
      const share = (s: number): number => round(cores > 0 ? s / cores : 0);
      const rssEnd = rss();
      return {
        seconds: round((end.t - first.t) / 1000, 1),
        cpu: { postgres: round(cpu.postgres, 1), temporal: round(cpu.temporal, 1), workers: round(cpu.workers, 1), bench: round(cpu.bench, 1), other: round(cpu.other, 1) },
        coreShare: { postgres: share(cpu.postgres), temporal: share(cpu.temporal), workers: share(cpu.workers), bench: share(cpu.bench), other: share(cpu.other), machine: share(busy) },
        saturatedSamples: round(samples > 0 ? saturated / samples : 0, 2),
        workerRssMaxMiB: round(Math.max(rssMax, rssEnd) / 2 ** 20, 0),
        workerRssEndMiB: round(rssEnd / 2 ** 20, 0),
        pg: countersDelta(first.pg, end.pg),
      };
    },
  };
}

/** one line for the progress log: who used the cores */
export const usageLine = (u: Usage): string =>
  `${u.seconds}s, cores busy ${(u.coreShare.machine * 100).toFixed(0)}% (saturated ${(u.saturatedSamples * 100).toFixed(0)}% of samples): ` +
  `postgres ${u.cpu.postgres}s, temporal ${u.cpu.temporal}s, worker ${u.cpu.workers}s, bench ${u.cpu.bench}s, other ${u.cpu.other}s; ` +
  `commits ${u.pg.temporal.xactCommit}+${u.pg.temporal_visibility.xactCommit}, worker RSS max ${u.workerRssMaxMiB} MiB`;

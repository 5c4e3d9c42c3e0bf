// The cluster's scale sections (`--only=scale,herd`): run them and turn their runs into figures, each a ratio to its baseline.
import type { TestCluster } from '../test/support/cluster';
import { herdRun, type HerdRun, type HerdSettings } from './herd';
import { kibPer1000, scaleRun, type ScaleRun } from './scale';
import { figure, type Figure } from './stats';

export interface ScaleSettings {
  scaleTasks: number;
  scaleChunks: number;
  loadConcurrency: number;
  maxCached: number;
  herd: Omit<HerdSettings, 'concurrency' | 'maxCached'>;
  herdRuns: number;
}

export async function scaleSections(cluster: TestCluster, s: ScaleSettings, sections: { scale: boolean; herd: boolean }): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  if (sections.scale) {
    const run = await scaleRun(cluster, s.scaleTasks, s.scaleChunks, s.loadConcurrency, s.maxCached);
    figures.push(...scaleFigures(run));
    details['scale'] = run;
  }
  if (sections.herd) {
    const runs: HerdRun[] = [];
    for (let r = 0; r < s.herdRuns; r++) runs.push(await herdRun(cluster, r, { ...s.herd, concurrency: s.loadConcurrency, maxCached: s.maxCached }));
    figures.push(...herdFigures(runs, s.herd.size));
    details['herd'] = runs;
  }
  return { figures, details };
}

function scaleFigures(run: ScaleRun): Figure[] {
  const n = run.chunks.reduce((sum, c) => sum + c.tasks.count, 0);
  const per1000 = (db: 'temporal' | 'temporal_visibility'): Array<[number, number]> => [[kibPer1000(run, 'tasks', db), kibPer1000(run, 'echoes', db)]];
  return [
    figure('scale: load throughput', 'tasks/s', run.chunks.map((c) => [c.tasks.perSecond, c.echoes.perSecond]), { on: 'ratio', op: '>=', value: 0.8 },
      `${n} tasks by loadPlan vs ${n} echo starts with the same search attributes, ${run.chunks.length} interleaved chunks of ${run.chunkSize} (min/median/max over chunks), concurrency ${run.concurrency}, a worker polling`),
    figure('scale: persistence database per 1,000 workflows', 'KiB', per1000('temporal'), null, 'growth of pg_database_size(temporal) while each side started its chunks'),
    figure('scale: visibility database per 1,000 workflows', 'KiB', per1000('temporal_visibility'), null, 'growth of pg_database_size(temporal_visibility)'),
    figure('scale: worker RSS, cache bounded', 'MiB', run.chunks.map((c) => [c.tasks.usage.workerRssMaxMiB, c.echoes.usage.workerRssMaxMiB]), null,
      `the worker process's largest sampled RSS during each chunk, maxCachedWorkflows=${run.maxCachedWorkflows}`),
  ];
}

function herdFigures(runs: HerdRun[], size: number): Figure[] {
  const out = [
    figure('herd: drain time', 's', runs.map((r) => [r.tasks.drainMs / 1000, r.alarms.drainMs / 1000]), { on: 'ratio', op: '<=', value: 1.5 },
      `${size} tasks due at one instant until all are Supervision = overdue in visibility and every overdue notice is written, vs ${size} alarm workflows whose timers fire at one instant and upsert one attribute${runs.some((r) => r.tasks.timedOut || r.alarms.timedOut) ? '; TIMED OUT' : ''}`),
    figure('herd: until all visible', 's', runs.map((r) => [r.tasks.visibleMs / 1000, r.alarms.visibleMs / 1000]), null),
  ];
  const rts = runs.flatMap((r) => (r.roundTrip ? [r.roundTrip] : []));
  if (rts.length > 0) {
    out.push(figure('herd: transition round trip p50', 'ms', rts.map((x) => [x.transition.p50, x.ping.p50]), null,
      `transition Update on #34 copies vs ping on echo while the tasks' herd drains, ${rts[0]?.transition.n} Updates each; last one returned ${rts.map((x) => (x.endedMs / 1000).toFixed(0)).join('/')} s after the instant`));
    out.push(figure('herd: transition round trip p99', 'ms', rts.map((x) => [x.transition.p99, x.ping.p99]), null));
  }
  return out;
}

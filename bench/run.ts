// `npm run bench [-- --quick] [-- --only=roundtrip,load,memory,gateway,history,replay,scale,herd] [-- --servers=dev,cluster] [-- --drills]`: every figure a ratio to a baseline of the same run.
import { parseArgs } from 'node:util';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadConfig } from '../platform/config';
import { startDevServer, startTimeSkipping, uniqueTaskQueue } from '../test/support/temporal';
import { temporalCliPath, testServerPath } from '../test/support/servers';
import { startTestCluster, type TestCluster } from '../test/support/cluster';
import { gatewayLoad, gatewaySetup } from './gateway';
import { benchWorker, say } from './harness';
import { lifecycleHistoryRun, ongoingHistoryRun } from './history';
import { loadRun } from './load';
import { memoryRun } from './memory';
import { goalsOf, machine, printReport, writeReport, type BenchReport } from './report';
import { herdHistories, replayRun } from './replay';
import { roundTripRun } from './roundtrip';
import { scaleSections } from './scale-sections';
import { figure, type Figure } from './stats';

const SECTIONS = ['roundtrip', 'load', 'memory', 'gateway', 'history', 'replay', 'scale', 'herd'] as const;
/** sections on either server; scale and herd run on the cluster only, history and replay on the time-skipping server */
const SERVER_SECTIONS: readonly Section[] = ['roundtrip', 'load', 'memory', 'gateway'];
type Section = (typeof SECTIONS)[number];

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, runs: { type: 'string' }, drills: { type: 'boolean', default: false }, servers: { type: 'string', default: 'dev,cluster' } },
});
const quick = flags.quick ?? false;
const int = (name: string, full: number, fast: number): number => {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : quick ? fast : full;
};
/** the production worker count (DUBAN_WORKER_REPLICAS' default) */
const productionReplicas = loadConfig({}).DUBAN_WORKER_REPLICAS;
const runs = flags.runs !== undefined ? Math.max(1, Number(flags.runs)) : int('BENCH_RUNS', 3, 2);
const settings = {
  quick,
  runs,
  roundTripTasks: int('BENCH_RT_TASKS', 10, 4),
  roundTripRestedTasks: int('BENCH_RT_RESTED_TASKS', 4, 2),
  roundTripRestMs: int('BENCH_RT_REST_MS', 150, 150),
  loadSize: int('BENCH_LOAD_TASKS', 5000, 1000),
  loadRuns: int('BENCH_LOAD_RUNS', 2, 1),
  loadConcurrency: int('BENCH_LOAD_CONCURRENCY', 32, 32),
  memoryOpen: int('BENCH_MEMORY_OPEN', 5000, 1000),
  memoryRuns: int('BENCH_MEMORY_RUNS', 1, 1),
  gatewayTasks: int('BENCH_GATEWAY_TASKS', 64, 32),
  gatewayConnections: Math.min(16, int('BENCH_GATEWAY_CONNECTIONS', 16, 16)),
  gatewaySeconds: Math.min(15, int('BENCH_GATEWAY_SECONDS', 10, 5)),
  historyRuns: int('BENCH_HISTORY_RUNS', 3, 2),
  ongoingYears: int('BENCH_ONGOING_YEARS', 10, 3),
  replayTasks: int('BENCH_REPLAY_TASKS', 100, 25),
  replayRounds: int('BENCH_REPLAY_ROUNDS', 5, 2),
  scaleTasks: int('BENCH_SCALE_TASKS', 100_000, 5_000),
  scaleChunks: Math.max(1, int('BENCH_SCALE_CHUNKS', 10, 10)),
  /** the production worker's default bound (DUBAN_MAX_CACHED_WORKFLOWS) */
  maxCached: int('BENCH_SCALE_MAX_CACHED', 1_000, 1_000),
  herdTasks: int('BENCH_HERD_TASKS', 10_000, 1_000),
  herdRuns: Math.max(1, int('BENCH_HERD_RUNS', 1, 1)),
  herdLeadSeconds: int('BENCH_HERD_LEAD_S', 60, 30),
  herdTimeoutSeconds: int('BENCH_HERD_TIMEOUT_S', 900, 300),
  herdRoundTripTasks: int('BENCH_HERD_RT_TASKS', 4, 2),
  /** the production topology: DUBAN_WORKER_REPLICAS worker processes (default 2) */
  herdWorkers: int('BENCH_HERD_WORKERS', productionReplicas, productionReplicas),
};
/** the dev server (SQLite, 1 shard) and the native cluster (PostgreSQL, 16 shards, SQL visibility), side by side */
const servers = (flags.servers ?? 'dev,cluster').split(',').filter((s): s is 'dev' | 'cluster' => s === 'dev' || s === 'cluster');
/** the scale sections take long (100,000 starts): run only when named */
const DEFAULT_SECTIONS: readonly Section[] = ['roundtrip', 'load', 'memory', 'gateway', 'history', 'replay'];
const only = new Set<Section>((flags.only?.split(',') ?? DEFAULT_SECTIONS).filter((s): s is Section => (SECTIONS as readonly string[]).includes(s)));

/** The same sections on either server; the cluster's figures and details are named `cluster: …`. */
async function serverSections(server: 'dev' | 'cluster', all: Figure[], allDetails: Record<string, unknown>): Promise<void> {
  let cluster: TestCluster | null = null;
  if (server === 'cluster') {
    say('bench: starting the native cluster (PostgreSQL, Temporal server 1.29.1, 16 shards)');
    cluster = await startTestCluster();
  }
  const env = cluster ? cluster.env : await startDevServer();
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const taskQueue = uniqueTaskQueue('bench');
  const worker = await benchWorker(env, taskQueue);
  const running = worker.run();
  try {
    if (only.has('roundtrip')) {
      const rt = [];
      for (let r = 0; r < runs; r++) rt.push(await roundTripRun(env.client, taskQueue, r, settings.roundTripTasks, settings.roundTripRestedTasks, settings.roundTripRestMs));
      figures.push(figure('transition round trip p50', 'ms', rt.map((x) => [x.transition.p50, x.ping.p50]), { on: 'ratio', op: '<=', value: 1.3 }, `transition Update vs ping on echo, ${rt[0]?.transition.n} Updates each per run`));
      figures.push(figure('transition round trip p99', 'ms', rt.map((x) => [x.transition.p99, x.ping.p99]), null));
      figures.push(
        figure('transition round trip p50, task at rest', 'ms', rt.map((x) => [x.rested.transition.p50, x.rested.ping.p50]), null,
          `each Update ${settings.roundTripRestMs} ms after the previous one returned, ${rt[0]?.rested.transition.n} Updates each per run: what a backend sees on a task that is not still handling its last event`),
      );
      details['roundtrip'] = rt;
    }
    if (only.has('gateway')) {
      const setup = await gatewaySetup(env.client, taskQueue, settings.gatewayTasks);
      const gw = [];
      try {
        for (let r = 0; r < runs; r++) {
          const first = r % 2 === 0 ? 'events' : 'healthz';
          const a = await gatewayLoad(setup, first, settings.gatewayConnections, settings.gatewaySeconds);
          const b = await gatewayLoad(setup, first === 'events' ? 'healthz' : 'events', settings.gatewayConnections, settings.gatewaySeconds);
          gw.push(first === 'events' ? { events: a, healthz: b } : { events: b, healthz: a });
        }
      } finally {
        await setup.close();
      }
      figures.push(figure('gateway POST events req/s', 'req/s', gw.map((x) => [x.events.requestsPerSecond, x.healthz.requestsPerSecond]), null, `REPORT_PROGRESS over ${settings.gatewayTasks} tasks vs GET /healthz, ${settings.gatewayConnections} connections, ${settings.gatewaySeconds} s`));
      figures.push(figure('gateway POST events p99', 'ms', gw.map((x) => [x.events.p99, x.healthz.p99]), null));
      details['gateway'] = gw;
    }
    if (only.has('load')) {
      const ld = [];
      for (let r = 0; r < settings.loadRuns; r++) ld.push(await loadRun(env.client, r, settings.loadSize, settings.loadConcurrency));
      figures.push(figure('load throughput', 'tasks/s', ld.map((x) => [x.tasksPerSecond, x.echoesPerSecond]), { on: 'ratio', op: '>=', value: 0.8 }, `loadPlan of ${settings.loadSize} tasks vs ${settings.loadSize} echo starts, concurrency ${settings.loadConcurrency}`));
      details['load'] = ld;
    }
    if (cluster && (only.has('scale') || only.has('herd'))) {
      const scale = await scaleSections(cluster, {
        scaleTasks: settings.scaleTasks,
        scaleChunks: settings.scaleChunks,
        loadConcurrency: settings.loadConcurrency,
        maxCached: settings.maxCached,
        herdRuns: settings.herdRuns,
        herd: { size: settings.herdTasks, workers: settings.herdWorkers, leadSeconds: settings.herdLeadSeconds, timeoutSeconds: settings.herdTimeoutSeconds, roundTripTasks: settings.herdRoundTripTasks },
      }, { scale: only.has('scale'), herd: only.has('herd') });
      figures.push(...scale.figures);
      Object.assign(details, scale.details);
    }
    if (only.has('memory')) {
      const mem = [];
      for (let r = 0; r < settings.memoryRuns; r++) {
        const task = await memoryRun(env.client, env.address, 'task', r, settings.memoryOpen, 360_000);
        const echo = await memoryRun(env.client, env.address, 'echo', r, settings.memoryOpen, 360_000);
        const echoAlone = await memoryRun(env.client, env.address, 'echoAlone', r, settings.memoryOpen, 120_000);
        mem.push({ task, echo, echoAlone });
      }
      figures.push(
        figure('worker RSS per cached workflow', 'KiB', mem.map((m) => [m.task.bytesPerWorkflow / 1024, m.echo.bytesPerWorkflow / 1024]), null,
          `N=${settings.memoryOpen} open task workflows vs N echo workflows, maxCachedWorkflows=${mem[0]?.task.maxCachedWorkflows}, RSS of a worker process after global.gc (idle → loaded)`),
      );
      figures.push(figure('worker RSS with N task workflows cached', 'MiB', mem.map((m) => [m.task.rssLoaded / 2 ** 20, m.task.rssIdle / 2 ** 20]), null, 'baseline: the same worker process with none'));
      figures.push(
        figure('worker RSS per cached echo, duban bundle vs echo alone', 'KiB', mem.map((m) => [m.echo.bytesPerWorkflow / 1024, m.echoAlone.bytesPerWorkflow / 1024]), null,
          'the same trivial workflow in the bundle with duban’s workflows vs in a bundle of its own: what instantiating duban’s modules costs each cached workflow'),
      );
      details['memory'] = mem;
    }
  } finally {
    worker.shutdown();
    await running;
    await (cluster ? cluster.teardown() : env.teardown());
    const prefix = server === 'cluster' ? 'cluster: ' : '';
    all.push(...figures.map((f) => ({ ...f, name: `${prefix}${f.name}` })));
    for (const [k, v] of Object.entries(details)) allDetails[`${prefix}${k}`] = v;
  }
}

async function historySections(figures: Figure[], details: Record<string, unknown>): Promise<void> {
  const env: TestWorkflowEnvironment = await startTimeSkipping();
  const taskQueue = uniqueTaskQueue('bench-ts');
  const worker = await benchWorker(env, taskQueue);
  const running = worker.run();
  try {
    if (only.has('replay')) {
      const h = await herdHistories(env, taskQueue, settings.replayTasks);
      const rp = [];
      for (let r = 0; r < runs; r++) rp.push(await replayRun(h, r, settings.replayRounds));
      figures.push(
        figure('replay of a task at its deadline', 'CPU-ms', rp.map((x) => [x.tasks.cpuMs, x.alarms.cpuMs]), null,
          `${settings.replayTasks} herd tasks' histories after their deadline vs as many alarms' after theirs, each replayed ${settings.replayRounds} times (process CPU per history): what a task evicted from the cache costs the worker when its deadline fires`),
      );
      details['replay'] = rp;
    }
    if (!only.has('history')) return;
    const lc = [];
    for (let r = 0; r < settings.historyRuns; r++) lc.push(await lifecycleHistoryRun(env, taskQueue, r));
    figures.push(figure('history: #34 full lifecycle', 'events', lc.map((x) => [x.taskEvents, x.echoEvents]), { on: 'subject', op: '<=', value: 90 }, `the task workflow, its handoffs included; baseline: echo taking the same ${lc[0]?.updates} Updates`));
    const og = await ongoingHistoryRun(env, taskQueue, settings.ongoingYears, 150_000);
    figures.push(figure(`history: largest run, ${og.years}-year quarterly task`, 'events', [[og.largest, og.echoEvents]], { on: 'subject', op: '<=', value: 300 }, `${og.stalled ? 'STOPPED EARLY (time skipping stalled); ' : ''}${og.mendedStalls > 0 ? `${og.mendedStalls} leaked time-skipping lock(s) released; ` : ''}${og.runs} runs, sizes ${og.runSizes.join(',')}; baseline: echo taking the largest run's ${og.largestUpdates} Updates`));
    details['lifecycle'] = lc;
    details['ongoing'] = og;
  } finally {
    worker.shutdown();
    await running;
    await env.teardown();
  }
}

async function main(): Promise<void> {
  if (flags.drills) {
    const { runDrills } = await import('../test/support/drills');
    process.exitCode = (await runDrills()) ? 0 : 1;
    return;
  }
  temporalCliPath();
  testServerPath();
  const t0 = Date.now();
  const startedAt = new Date().toISOString();
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  say(`bench: ${[...only].join(', ')}; ${JSON.stringify(settings)}`);
  for (const server of servers) {
    const wanted: readonly Section[] = server === 'cluster' ? [...SERVER_SECTIONS, 'scale', 'herd'] : SERVER_SECTIONS;
    if (wanted.some((s) => only.has(s))) await serverSections(server, figures, details);
  }
  if (only.has('history') || only.has('replay')) await historySections(figures, details);
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    seconds: (Date.now() - t0) / 1000,
    machine: machine(),
    settings: { ...settings, sections: [...only].join(','), servers: servers.join(',') },
    figures,
    goals: goalsOf(figures),
    details,
  };
  printReport(report);
  say(`written ${writeReport(report)}`);
}

await main();

// Scale figure 2: the deadline herd — N tasks due at one instant until all are overdue in visibility and notified, vs N trivial timers at one instant.
import type { Client } from '@temporalio/client';
import { loadPlan } from '../client/load';
import type { TestCluster } from '../test/support/cluster';
import { say, startTrivial } from './harness';
import { herdPlan } from './herd-plan';
import { prepareHerdRoundTrip, type HerdRoundTrip } from './herd-roundtrip';
import { startSampling, usageLine, type Usage } from './sampler';
import { startScaleWorker, type ScaleWorker } from './scale-worker';
import { PlanId as PlanIdKey } from '../workflows/search-attributes';

export interface HerdSide {
  count: number;
  instant: string;
  startsPerSecond: number;
  /** how long before the instant every one was idle (armed, its first workflow tasks done) */
  idleMarginMs: number;
  /** from the instant until the count query saw all of them overdue */
  visibleMs: number;
  /** tasks: from the instant until the last overdue notice was written; null for the baseline */
  deliveredMs: number | null;
  /** the figure: the later of the two */
  drainMs: number;
  polls: number;
  timedOut: boolean;
  usage: Usage;
}

export interface HerdRun {
  run: number;
  first: 'tasks' | 'alarms';
  tasks: HerdSide;
  alarms: HerdSide;
  roundTrip: HerdRoundTrip | null;
}

export interface HerdSettings {
  size: number;
  concurrency: number;
  maxCached: number;
  /** worker processes on the herd's queue, each with that cache (production: DUBAN_WORKER_REPLICAS, default 2) */
  workers: number;
  /** seconds between everything idle (expected) and the instant */
  leadSeconds: number;
  timeoutSeconds: number;
  roundTripTasks: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const CALIBRATE = 200;
const DAY = 86_400_000;

/** polls `done` every `everyMs` until it holds or `untilMs` (epoch) passes; returns when it first held, or null */
async function pollUntil(done: () => Promise<boolean>, everyMs: number, untilMs: number): Promise<{ at: number | null; polls: number }> {
  let polls = 0;
  while (Date.now() < untilMs) {
    polls++;
    if (await done()) return { at: Date.now(), polls };
    await sleep(everyMs);
  }
  return { at: null, polls };
}

const countOf = async (client: Client, query: string): Promise<number> => (await client.workflow.count(query)).count;

export interface Side {
  /** starts `n` of this side due at `atMs` under plan id `id`; returns ms */
  start(id: string, n: number, atMs: number): Promise<number>;
  /** the visibility query that is true of every one once armed */
  armed: string;
  /** whether the worker's outbox must have delivered every one's overdue notice (the tasks) */
  notices: boolean;
}

/**
 * One side: a calibration batch (due tomorrow) measures how fast this side gets started and idle now (the
 * worker's first workflow tasks included), which sets the instant; then `size` are started, checked idle, and
 * watched from the instant until drained.
 */
export async function herdSide(cluster: TestCluster, worker: ScaleWorker, side: Side, id: string, s: HerdSettings, during?: (instantMs: number) => Promise<void>): Promise<HerdSide> {
  const client = cluster.env.client;
  // the same work as the herd (started, reminded or armed, idle), due tomorrow: how fast this side gets idle now
  const cal0 = Date.now();
  await side.start(`${id}-cal`, CALIBRATE, cal0 + DAY);
  const calIdle = await pollUntil(async () => (await countOf(client, `PlanId = '${id}-cal' AND ${side.armed}`)) >= CALIBRATE, 500, cal0 + 300_000);
  const rate = (CALIBRATE * 1000) / ((calIdle.at ?? Date.now()) - cal0);
  const instantMs = Date.now() + Math.ceil(((s.size / rate) * 1.3 + s.leadSeconds) * 1000);
  say(`herd ${id}: ${CALIBRATE} got idle at ${rate.toFixed(1)}/s; ${s.size} due at ${new Date(instantMs).toISOString()}`);
  const startMs = await side.start(id, s.size, instantMs);
  const armed = await pollUntil(async () => (await countOf(client, `PlanId = '${id}' AND ${side.armed}`)) >= s.size, 1_000, instantMs - 2_000);
  const idleMarginMs = armed.at === null ? 0 : instantMs - armed.at;
  if (armed.at === null) say(`herd ${id}: NOT all idle before the instant (the figure includes their start)`);
  await sleep(instantMs - Date.now());
  const sampling = await startSampling({ temporal: cluster.cluster.server.pid ?? 0, workers: worker.pids, pg: cluster.cluster.postgres });
  // a failure of the work under the herd is reported, and the herd still measured
  const extra = during?.(instantMs).catch((err: unknown) => say(`herd ${id}: the work under the herd failed: ${err instanceof Error ? err.message : String(err)}`));
  const until = instantMs + s.timeoutSeconds * 1000;
  const visible = await pollUntil(async () => (await countOf(client, `PlanId = '${id}' AND Supervision = 'overdue'`)) >= s.size, 500, until);
  let deliveredMs: number | null = null;
  if (side.notices) {
    let lastAt = 0;
    await pollUntil(async () => {
      const t = (await worker.tally()).overdue[id];
      lastAt = t?.lastAt ?? 0;
      return (t?.tasks ?? 0) >= s.size;
    }, 500, until);
    deliveredMs = lastAt > 0 ? lastAt - instantMs : null;
  }
  await extra;
  const usage = await sampling.stop();
  const visibleMs = visible.at === null ? Number.NaN : visible.at - instantMs;
  const timedOut = visible.at === null || (side.notices && deliveredMs === null);
  return {
    count: s.size,
    instant: new Date(instantMs).toISOString(),
    startsPerSecond: (s.size * 1000) / startMs,
    idleMarginMs,
    visibleMs,
    deliveredMs,
    drainMs: Math.max(visibleMs, deliveredMs ?? 0),
    polls: visible.polls,
    timedOut,
    usage,
  };
}

/** the two sides of a herd on `taskQueue`: duban's tasks due at one instant by their plan, and the trivial alarms */
export function herdSides(client: Client, taskQueue: string, concurrency: number): { tasksSide: Side; alarmsSide: Side } {
  const tasksSide: Side = {
    start: async (id, n, atMs) => {
      const t0 = performance.now();
      await loadPlan(client, herdPlan(id, n, atMs), { taskQueue, concurrency });
      return performance.now() - t0;
    },
    // the reminder lead (7 days) is past at once: every task reminds, turns dueSoon, and waits for the instant
    armed: "Supervision = 'dueSoon'",
    notices: true,
  };
  const alarmsSide: Side = {
    start: (id, n, atMs) =>
      startTrivial(client, { workflowType: 'alarm', taskQueue, prefix: id, count: n, concurrency, args: () => [{ at: atMs }], attributes: () => [{ key: PlanIdKey, value: id }] }),
    armed: "TaskState = 'armed'",
    notices: false,
  };
  return { tasksSide, alarmsSide };
}

/** one run: the tasks' herd (with the round trip under it) and the alarms' herd, in turn, alternating which goes first */
export async function herdRun(cluster: TestCluster, run: number, s: HerdSettings): Promise<HerdRun> {
  const client = cluster.env.client;
  const stamp = `${Date.now().toString(36)}-${run}`;
  const taskQueue = `bench-herd-${stamp}`;
  const worker = await startScaleWorker(cluster.cluster.address, taskQueue, s.maxCached, s.workers);
  try {
    const { tasksSide, alarmsSide } = herdSides(client, taskQueue, s.concurrency);
    let roundTrip: HerdRoundTrip | null = null;
    const rt = s.roundTripTasks > 0 ? await prepareHerdRoundTrip(client, taskQueue, `bench-herd-rt-${stamp}`, s.roundTripTasks) : null;
    const tasks = (): Promise<HerdSide> =>
      herdSide(cluster, worker, tasksSide, `bench-herd-${stamp}`, s, rt ? async (at) => void (roundTrip = await rt.run(at)) : undefined);
    const alarms = (): Promise<HerdSide> => herdSide(cluster, worker, alarmsSide, `bench-alarm-${stamp}`, s);
    const first = run % 2 === 0 ? 'tasks' : 'alarms';
    const a = await (first === 'tasks' ? tasks() : alarms());
    const b = await (first === 'tasks' ? alarms() : tasks());
    const result: HerdRun = first === 'tasks' ? { run, first, tasks: a, alarms: b, roundTrip } : { run, first, tasks: b, alarms: a, roundTrip };
    say(`herd run ${run}: ${s.size} tasks drained in ${(result.tasks.drainMs / 1000).toFixed(1)} s (visible ${(result.tasks.visibleMs / 1000).toFixed(1)} s, notices ${((result.tasks.deliveredMs ?? Number.NaN) / 1000).toFixed(1)} s); ${s.size} alarms in ${(result.alarms.drainMs / 1000).toFixed(1)} s`);
    say(`  tasks: ${usageLine(result.tasks.usage)}`);
    say(`  alarms: ${usageLine(result.alarms.usage)}`);
    return result;
  } finally {
    await worker.stop();
  }
}

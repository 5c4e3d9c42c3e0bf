// The herd's cost on the worker, alone: replaying the history of a task at its deadline vs an alarm's (time-skipping server for the histories, no server for the replays).
// A task that is not in the worker's cache when its deadline fires is fetched and replayed whole: on the 10,000 herd,
// 9,000 of 10,000 were. This measures that replay's CPU in this process, with nothing else on the server in the way.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { loadPlan } from '../client/load';
import { taskWorkflowId } from '../workflows/ids';
import { viewQuery } from '../workflows/messages';
import { skipTime, waitFor } from '../test/support/duban';
import { bundle } from '../test/support/temporal';
import { benchWorkflowsUrl } from '../test/support/worker-harness';
import { say, startTrivial } from './harness';
import { herdPlan } from './herd-plan';
import type { History } from './history';

/** one workflow's recorded history, as runReplayHistories takes it */
type Recorded = { workflowId: string; history: History };

export interface ReplaySide {
  histories: number;
  /** events per history, mean */
  events: number;
  /** process CPU (all threads) per further history replayed, ms */
  cpuMs: number;
  /** wall time per further history replayed, ms */
  wallMs: number;
}

export interface ReplayRun {
  run: number;
  tasks: ReplaySide;
  alarms: ReplaySide;
}

export interface ReplayHistories {
  tasks: Recorded[];
  alarms: Recorded[];
}

const HOUR = 3_600_000;

/**
 * `n` herd tasks and `n` alarms due at one instant an hour ahead, time skipped past it; the histories of
 * both, once every task's view reads overdue and every alarm has fired (its second upsert recorded).
 */
export async function herdHistories(env: TestWorkflowEnvironment, taskQueue: string, n: number): Promise<ReplayHistories> {
  const client = env.client;
  const id = `bench-replay-${Date.now().toString(36)}`;
  const at = (await env.currentTimeMs()) + HOUR;
  const plan = herdPlan(id, n, at);
  await loadPlan(client, plan, { taskQueue, concurrency: 8 });
  await startTrivial(client, { workflowType: 'alarm', taskQueue, prefix: `${id}-alarm`, count: n, concurrency: 8, args: () => [{ at }] });
  await skipTime(env, 2 * HOUR, 'past the replay herd instant');
  const tasks = [];
  for (const t of plan.tasks) {
    const workflowId = taskWorkflowId(id, t.no);
    const handle = client.workflow.getHandle(workflowId);
    await waitFor(`task ${workflowId} overdue`, async () => ((await handle.query(viewQuery, {})).state.supervision === 'overdue' ? true : undefined));
    tasks.push({ workflowId, history: await handle.fetchHistory() });
  }
  const alarms = [];
  for (let i = 0; i < n; i++) {
    const workflowId = `${id}-alarm:${i}`;
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    // fired: its second upsert (Supervision overdue) is in the history
    const upserts = (history.events ?? []).filter((e) => e.upsertWorkflowSearchAttributesEventAttributes != null).length;
    if (upserts < 2) throw new Error(`BENCH_REPLAY_NOT_FIRED: alarm ${workflowId} has ${upserts} upserts`);
    alarms.push({ workflowId, history });
  }
  return { tasks, alarms };
}

/** process CPU and wall time of one replay worker replaying `all` (a nondeterminism or failure throws) */
async function replayAll(all: Recorded[]): Promise<{ cpuMs: number; wallMs: number }> {
  const workflowBundle = await bundle(benchWorkflowsUrl);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let replayed = 0;
  for await (const r of Worker.runReplayHistories({ workflowBundle, replayName: 'bench-replay' }, all)) {
    if (r.error) throw new Error(`BENCH_REPLAY_FAILED: ${r.workflowId}: ${r.error.message}`);
    replayed++;
  }
  if (replayed !== all.length) throw new Error(`BENCH_REPLAY_SHORT: ${replayed} of ${all.length} histories replayed`);
  const cpu = process.cpuUsage(cpu0);
  return { cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - t0 };
}

/**
 * Every history `rounds` times over in one replay worker, less the same worker replaying one history: the
 * cost of a further replay, without the replay worker's own start (its thread, the bundle's first load).
 */
async function replaySide(histories: Recorded[], rounds: number): Promise<ReplaySide> {
  const all = Array.from({ length: rounds }, () => histories).flat();
  const one = await replayAll(all.slice(0, 1));
  const many = await replayAll(all);
  const further = Math.max(1, all.length - 1);
  const events = histories.reduce((s, h) => s + (h.history.events?.length ?? 0), 0) / Math.max(1, histories.length);
  return { histories: all.length, events, cpuMs: (many.cpuMs - one.cpuMs) / further, wallMs: (many.wallMs - one.wallMs) / further };
}

/** one run: tasks and alarms replayed in turn, alternating which goes first */
export async function replayRun(h: ReplayHistories, run: number, rounds: number): Promise<ReplayRun> {
  const first = run % 2 === 0 ? 'tasks' : 'alarms';
  const a = await replaySide(first === 'tasks' ? h.tasks : h.alarms, rounds);
  const b = await replaySide(first === 'tasks' ? h.alarms : h.tasks, rounds);
  const result = first === 'tasks' ? { run, tasks: a, alarms: b } : { run, tasks: b, alarms: a };
  say(`replay run ${run}: a task at its deadline ${result.tasks.cpuMs.toFixed(2)} CPU-ms (${result.tasks.events.toFixed(0)} events), an alarm ${result.alarms.cpuMs.toFixed(2)} CPU-ms (${result.alarms.events.toFixed(0)} events)`);
  return result;
}

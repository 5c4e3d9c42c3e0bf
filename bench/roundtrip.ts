// Benchmark 1: latency of the `transition` Update through a whole #34 lifecycle vs a no-op `ping` on echo.
import { WorkflowUpdateRPCTimeoutOrCancelledError, type Client } from '@temporalio/client';
import { loadPlan } from '../client/load';
import { taskWorkflowId } from '../workflows/ids';
import { transitionUpdate } from '../workflows/messages';
import { pingUpdate } from '../test/support/probe-workflows';
import { lifecycleEvents, say, startEchoes, syntheticPlan } from './harness';
import { percentile } from './stats';

export interface RoundTripRun {
  transition: { p50: number; p99: number; n: number };
  ping: { p50: number; p99: number; n: number };
  /** the same, each Update sent `restMs` after the previous one returned (a task at rest, as a backend finds it) */
  rested: { restMs: number; transition: { p50: number; n: number }; ping: { p50: number; n: number } };
  /** p50 per event type, ms */
  byEvent: Record<string, number>;
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/**
 * Sends an Update and, when its RPC times out on a loaded server (the answer waits behind a herd's workflow
 * tasks), sends it again with the same update id — answered once, timed until answered. At most 10 tries.
 */
async function untilAnswered(send: (updateId: string) => Promise<unknown>, updateId: string, onTimeout?: () => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send(updateId);
      return;
    } catch (err) {
      if (!(err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) || attempt >= 10) throw err;
      onTimeout?.();
    }
  }
}

const pause = (ms: number): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/** `restMs`: wait that long before each Update, so the previous one's follow-on work (handoffs, notices) has settled */
export async function driveTasks(client: Client, planId: string, nos: string[], restMs = 0, onTimeout?: () => void): Promise<{ all: number[]; byType: Map<string, number[]> }> {
  const all: number[] = [];
  const byType = new Map<string, number[]>();
  for (const no of nos) {
    const handle = client.workflow.getHandle(taskWorkflowId(planId, no));
    for (const [i, event] of lifecycleEvents().entries()) {
      await pause(restMs);
      const ms = await timed(() => untilAnswered((updateId) => handle.executeUpdate(transitionUpdate, { args: [event], updateId }), `${planId}:${no}:${i}`, onTimeout));
      all.push(ms);
      byType.set(event.type, [...(byType.get(event.type) ?? []), ms]);
    }
  }
  return { all, byType };
}

export async function driveEchoes(client: Client, prefix: string, from: number, count: number, updates: number, restMs = 0, onTimeout?: () => void): Promise<number[]> {
  const all: number[] = [];
  for (let i = from; i < from + count; i++) {
    const handle = client.workflow.getHandle(`${prefix}:${i}`);
    for (let n = 0; n < updates; n++) {
      await pause(restMs);
      all.push(await timed(() => untilAnswered((updateId) => handle.executeUpdate(pingUpdate, { args: [n], updateId }), `${prefix}:${i}:${n}`, onTimeout)));
    }
    await untilAnswered((updateId) => handle.executeUpdate(pingUpdate, { args: [-1], updateId }), `${prefix}:${i}:end`, onTimeout);
  }
  return all;
}

/**
 * One run: `tasks` copies of #34 driven to verified back to back, and as many pings on `tasks` echo
 * workflows; then `restedTasks` more of each with `restMs` between Updates.
 */
export async function roundTripRun(client: Client, taskQueue: string, run: number, tasks: number, restedTasks = 0, restMs = 150): Promise<RoundTripRun> {
  const planId = `bench-rt-${Date.now().toString(36)}-${run}`;
  const plan = syntheticPlan(planId, tasks + 1 + restedTasks, { only: ['34'] });
  await loadPlan(client, plan, { taskQueue });
  const echoPrefix = `bench-echo-rt:${planId}`;
  await startEchoes(client, taskQueue, echoPrefix, tasks + 1 + restedTasks, 4);
  const nos = plan.tasks.map((t) => t.no);
  const perTask = lifecycleEvents().length;
  // warm-up (not counted): one task and one echo each through the whole sequence
  await driveTasks(client, planId, nos.slice(0, 1));
  await driveEchoes(client, echoPrefix, 0, 1, perTask);
  let transitions: Awaited<ReturnType<typeof driveTasks>>;
  let pings: number[];
  // alternate which goes first, so drift on the server (SQLite growing, GC) does not favour one side
  if (run % 2 === 0) {
    transitions = await driveTasks(client, planId, nos.slice(1, tasks + 1));
    pings = await driveEchoes(client, echoPrefix, 1, tasks, perTask);
  } else {
    pings = await driveEchoes(client, echoPrefix, 1, tasks, perTask);
    transitions = await driveTasks(client, planId, nos.slice(1, tasks + 1));
  }
  const restedTransitions = (await driveTasks(client, planId, nos.slice(tasks + 1), restMs)).all;
  const restedPings = await driveEchoes(client, echoPrefix, tasks + 1, restedTasks, perTask, restMs);
  const byEvent = Object.fromEntries([...transitions.byType].map(([type, ms]) => [type, round(percentile(ms, 50))]));
  const result: RoundTripRun = {
    transition: { p50: percentile(transitions.all, 50), p99: percentile(transitions.all, 99), n: transitions.all.length },
    ping: { p50: percentile(pings, 50), p99: percentile(pings, 99), n: pings.length },
    byEvent,
    rested: {
      restMs,
      transition: { p50: percentile(restedTransitions, 50), n: restedTransitions.length },
      ping: { p50: percentile(restedPings, 50), n: restedPings.length },
    },
  };
  say(`round trip run ${run}: transition p50 ${result.transition.p50.toFixed(2)} ms p99 ${result.transition.p99.toFixed(2)} ms; ping p50 ${result.ping.p50.toFixed(2)} ms p99 ${result.ping.p99.toFixed(2)} ms; at rest: transition p50 ${result.rested.transition.p50.toFixed(2)} ms, ping p50 ${result.rested.ping.p50.toFixed(2)} ms`);
  return result;
}

const round = (n: number): number => Math.round(n * 100) / 100;

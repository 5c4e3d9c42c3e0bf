// Scale figure 3: the #34 round trip (transition vs ping) on a few tasks while a deadline herd drains.
import type { Client } from '@temporalio/client';
import { loadPlan } from '../client/load';
import { lifecycleEvents, startEchoes, syntheticPlan } from './harness';
import { driveEchoes, driveTasks } from './roundtrip';
import { percentile } from './stats';

export interface HerdRoundTrip {
  transition: { p50: number; p99: number; n: number };
  ping: { p50: number; p99: number; n: number };
  /** when the last Update returned, ms after the herd's instant (compare with the drain time) */
  endedMs: number;
  /** Update RPCs that timed out (and were sent again with the same id) */
  rpcTimeouts: number;
}

/** `tasks` #34 copies and echoes on the herd's queue, each warmed up once; `run()` drives them, alternating sides per task. */
export async function prepareHerdRoundTrip(client: Client, taskQueue: string, planId: string, tasks: number): Promise<{ run(instantMs: number): Promise<HerdRoundTrip> }> {
  const plan = syntheticPlan(planId, tasks + 1, { only: ['34'] });
  await loadPlan(client, plan, { taskQueue });
  const echoPrefix = `bench-echo-herd-rt:${planId}`;
  await startEchoes(client, taskQueue, echoPrefix, tasks + 1, 4);
  const nos = plan.tasks.map((t) => t.no);
  const perTask = lifecycleEvents().length;
  // warm-up (not counted): the first Updates of a process pay for connections and bundles
  await driveTasks(client, planId, nos.slice(0, 1));
  await driveEchoes(client, echoPrefix, 0, 1, perTask);
  return {
    async run(instantMs) {
      let rpcTimeouts = 0;
      const onTimeout = (): void => void rpcTimeouts++;
      const transitions: number[] = [];
      const pings: number[] = [];
      for (let i = 1; i <= tasks; i++) {
        const task = async (): Promise<void> => {
          transitions.push(...(await driveTasks(client, planId, nos.slice(i, i + 1), 0, onTimeout)).all);
        };
        const echo = async (): Promise<void> => {
          pings.push(...(await driveEchoes(client, echoPrefix, i, 1, perTask, 0, onTimeout)));
        };
        // alternate which side meets the herd's first (heaviest) seconds
        if (i % 2 === 1) {
          await task();
          await echo();
        } else {
          await echo();
          await task();
        }
      }
      return {
        transition: { p50: percentile(transitions, 50), p99: percentile(transitions, 99), n: transitions.length },
        ping: { p50: percentile(pings, 50), p99: percentile(pings, 99), n: pings.length },
        endedMs: Date.now() - instantMs,
        rpcTimeouts,
      };
    },
  };
}

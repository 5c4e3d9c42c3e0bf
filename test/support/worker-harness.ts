// A quiet worker of duban's workflows and the echo baseline, synthetic plans: shared by the bench and the fault drills.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { pino } from 'pino';
import { createWorkerActivities } from '../../worker/activities';
import type { NotifyChannel } from '../../activities/notify';
import { PlanSchema, type Plan } from '../../machines';
import { loadSeedPlans, rebasePlan } from '../../seeds';
import { loadConfig } from '../../platform/config';
import { bundle } from './temporal';

export const benchWorkflowsUrl = new URL('./workflows-and-echo.ts', import.meta.url);
/** `echo` alone, without duban's workflows and their modules (the memory benchmark's floor) */
export const echoOnlyWorkflowsUrl = new URL('./echo-workflows.ts', import.meta.url);

/** activities that touch nothing: notices are accepted and dropped (unless `channel` delivers them), files go to a temp dir */
export function quietActivities(channel: NotifyChannel = async () => 'sent'): object {
  const dataDir = mkdtempSync(join(tmpdir(), 'duban-bench-'));
  return createWorkerActivities({
    config: loadConfig({ DUBAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    logger: pino({ level: 'silent' }),
    channel,
  });
}

/** `shareModules: false`: the machines and libraries instantiated per workflow, as before workflows/shared.ts */
export async function benchWorker(
  env: Pick<TestWorkflowEnvironment, 'nativeConnection' | 'namespace'>,
  taskQueue: string,
  extra: Partial<WorkerOptions> = {},
  shareModules = true,
  workflowsUrl: URL = benchWorkflowsUrl,
  channel?: NotifyChannel,
): Promise<Worker> {
  const workflowBundle = await bundle(workflowsUrl, { shared: shareModules });
  return Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle,
    activities: quietActivities(channel),
    ...extra,
  });
}

let seeds: Plan[] | null = null;
export function seedPlan(planId: string): Plan {
  seeds ??= loadSeedPlans();
  const plan = seeds.find((p) => p.id === planId);
  if (!plan) throw new Error(`BENCH_NO_SEED: no seed plan ${planId}`);
  return plan;
}

export const today = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A valid plan of `size` tasks under id `planId`: the seed's tasks (all of them, or the `only` numbers)
 * repeated with unique numbers `<no>.c<copy>`, rebased so it is issued on `issuedOn`.
 */
export function syntheticPlan(planId: string, size: number, opts: { from?: string; only?: string[]; issuedOn?: string } = {}): Plan {
  const source = rebasePlan(seedPlan(opts.from ?? 'qinzhou-2015'), opts.issuedOn ?? today());
  const pool = opts.only ? source.tasks.filter((t) => opts.only!.includes(t.no)) : source.tasks;
  if (pool.length === 0) throw new Error('BENCH_EMPTY_POOL: no seed tasks to repeat');
  const tasks = Array.from({ length: size }, (_, i) => {
    const t = pool[i % pool.length]!;
    return { ...t, planId, no: `${t.no}.c${Math.floor(i / pool.length)}`, seq: i + 1 };
  });
  return PlanSchema.parse({ ...source, id: planId, tasks });
}

/** qinzhou-2015 #34: lead 市人社局, assisting 市卫计委 / 市民政局 / 市老龄办, supervisor 市民政局 */
export const LEAD = { unit: '市人社局', role: 'lead' } as const;
export const ASSISTING = ['市卫计委', '市民政局', '市老龄办'] as const;
export const OFFICE = { unit: '市民政局', role: 'supervisor' } as const;

/** progress to stderr, so stdout keeps only the table */
export const say = (line: string): void => {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
};

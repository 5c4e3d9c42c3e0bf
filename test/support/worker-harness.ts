// Bench harness: a worker running duban's workflows and the echo baseline, synthetic plans, the #34 lifecycle.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker, type WorkerOptions } from '@temporalio/worker';
import { pino } from 'pino';
import { createWorkerActivities } from '../worker/activities';
import { PlanSchema, type Plan } from '../machines';
import { loadSeedPlans, rebasePlan } from '../seeds';
import { loadConfig } from '../platform/config';
import type { TransitionRequest } from '../workflows/messages';
import { bundle } from '../test/support/temporal';

export const benchWorkflowsUrl = new URL('./workflows.ts', import.meta.url);
/** `echo` alone, without duban's workflows and their modules (the memory benchmark's floor) */
export const echoOnlyWorkflowsUrl = new URL('./echo-workflows.ts', import.meta.url);

/** activities that touch nothing: notices are accepted and dropped, files go to a temp dir */
export function quietActivities(): object {
  const dataDir = mkdtempSync(join(tmpdir(), 'duban-bench-'));
  return createWorkerActivities({
    config: loadConfig({ DUBAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    logger: pino({ level: 'silent' }),
    channel: async () => 'sent',
  });
}

/**
 * `preloadModules`: stateless libraries shared by every workflow in the reusable V8 context instead of
 * instantiated per workflow (an experiment of the memory benchmark, BENCH_PRELOAD_MODULES).
 */
export async function benchWorker(
  env: Pick<TestWorkflowEnvironment, 'nativeConnection' | 'namespace'>,
  taskQueue: string,
  extra: Partial<WorkerOptions> = {},
  preloadModules: string[] = [],
  workflowsUrl: URL = benchWorkflowsUrl,
): Promise<Worker> {
  const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
  const workflowBundle =
    preloadModules.length === 0
      ? await bundle(workflowsUrl)
      : await bundleWorkflowCode({ workflowsPath: fileURLToPath(workflowsUrl), logger: silent, preloadModules });
  return Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle,
    activities: quietActivities(),
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

/** Every valid event of a whole lifecycle of #34, in order (11 Updates). */
export function lifecycleEvents(): TransitionRequest[] {
  return [
    { type: 'ISSUE_MEASURES', actor: LEAD, measures: '印发《养老护理员培训实施方案》', documentRef: '钦人社发〔2015〕1号' },
    { type: 'START', actor: LEAD },
    ...ASSISTING.flatMap((unit): TransitionRequest[] => [
      { type: 'ACKNOWLEDGE', actor: { unit, role: 'assisting' } },
      { type: 'CONTRIBUTE', actor: { unit, role: 'assisting' }, summary: `${unit}配合完成` },
    ]),
    { type: 'REPORT_PROGRESS', actor: LEAD, summary: '已培训120人', percent: 80 },
    { type: 'SUBMIT', actor: LEAD, evidence: '培训台账及结业名单' },
    { type: 'VERIFY', actor: OFFICE, note: '核验通过' },
  ];
}

/** Starts `count` echo workflows (the trivial baseline) with `concurrency` lanes; returns how long it took. */
export async function startEchoes(client: Client, taskQueue: string, prefix: string, count: number, concurrency: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  async function lane(): Promise<void> {
    for (let i = next++; i < count; i = next++) {
      await client.workflow.start('echo', { workflowId: `${prefix}:${i}`, taskQueue, args: [] });
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return performance.now() - t0;
}

/** progress to stderr, so stdout keeps only the table */
export const say = (line: string): void => {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
};

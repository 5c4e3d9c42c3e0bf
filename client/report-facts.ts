// Gathers a report's facts from Temporal: the plan's tasks from visibility, one `view` query each (bounded), and the agenda.
import { shanghaiDateOf } from '../machines';
import { buildReport, outlineFromViews, outlineOf, type Report, type ReportFacts } from '../reports/model';
import { ReportSourceUnavailable, type ReportSource } from '../reports/source';
import { LIMITS, type Plan, type TaskView } from '../machines';
import { loadSeedPlans } from '../seeds';
import type { DubanPort } from './duban-client';
import { DubanError } from './errors';

/** what fact gathering needs of Temporal: the typed client, or any implementation of its port */
export type ReportQueries = Pick<DubanPort, 'list' | 'view' | 'agenda'>;

export interface GatherOptions {
  /** YYYY-MM-DD (Asia/Shanghai); default today */
  asOf?: string;
  /** the canonical plan (sections, schedules as written); default: the seed plan of that id, if any */
  plan?: Plan | null;
  /** parallel `view` queries; ~50 keeps a 5,000-task plan to seconds without crowding the server */
  concurrency?: number;
  now?: () => number;
}

let seedPlans: Map<string, Plan> | null = null;
/** the committed canonical plan of a seed (rebasing moves dates only: sections and printed schedules stay) */
export function seedPlanOf(planId: string): Plan | null {
  seedPlans ??= new Map(loadSeedPlans().map((p) => [p.id, p]));
  return seedPlans.get(planId) ?? null;
}

/** every task workflow id of a plan, page by page (closed runs included: verified tasks are in the report) */
export async function planTaskIds(source: ReportQueries, planId: string): Promise<string[]> {
  const ids: string[] = [];
  let nextPageToken: string | null = null;
  do {
    const page: Awaited<ReturnType<ReportQueries['list']>> = await source.list({ plan: planId }, { pageSize: 1000, ...(nextPageToken ? { nextPageToken } : {}) });
    ids.push(...page.tasks.map((t) => t.id));
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return [...new Set(ids)];
}

/** runs `work` over `items` with at most `limit` in flight, keeping the input order in the result */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

export async function gatherReportFacts(source: ReportQueries, planId: string, opts: GatherOptions = {}): Promise<ReportFacts> {
  const now = opts.now ?? Date.now;
  const asOf = opts.asOf ?? shanghaiDateOf(now());
  const year = Number(asOf.slice(0, 4));
  if (year < LIMITS.earliestYear || year > LIMITS.latestYear) {
    throw new DubanError('DATE_OUT_OF_RANGE', `报告日期 ${asOf} 须在 ${LIMITS.earliestYear}–${LIMITS.latestYear} 年之间 / asOf ${asOf} must lie in the years ${LIMITS.earliestYear}–${LIMITS.latestYear}`);
  }
  const [ids, agenda] = await Promise.all([
    planTaskIds(source, planId),
    source.agenda(planId).catch((err: unknown) => {
      // a plan whose conference was never started still has a bulletin, without conference items
      if (err instanceof DubanError && err.code === 'UNKNOWN_PLAN') return null;
      throw err;
    }),
  ]);
  if (ids.length === 0 && agenda === null) throw new DubanError('UNKNOWN_PLAN', `计划不存在或未加载 / no such plan (or it was never loaded): ${planId}`, { planId });
  const views: TaskView[] = await mapBounded(ids, opts.concurrency ?? 50, async (id) => {
    const { run: _run, deadlines: _deadlines, ...view } = (await source.view(id)) as TaskView & { run?: number; deadlines?: unknown };
    return view;
  });
  const plan = opts.plan === undefined ? seedPlanOf(planId) : opts.plan;
  return {
    plan: plan ? outlineOf(plan) : outlineFromViews(planId, views),
    views,
    agenda,
    asOf,
    generatedAt: new Date(now()).toISOString(),
  };
}

/** facts gathered and the report built, with how long the gathering took */
export async function gatherReport(source: ReportQueries, planId: string, opts: GatherOptions = {}): Promise<{ report: Report; facts: ReportFacts; ms: number }> {
  const started = performance.now();
  const facts = await gatherReportFacts(source, planId, opts);
  return { report: buildReport(facts), facts, ms: Math.round(performance.now() - started) };
}

/** The reports/ port over the typed client (the publishReport activity's source, wired by the worker). */
export function reportSourceOf(queries: ReportQueries): ReportSource {
  return {
    gather: (planId, opts) =>
      gatherReportFacts(queries, planId, opts).catch((err: unknown) => {
        if (err instanceof DubanError && err.code === 'UNSUPPORTED') throw new ReportSourceUnavailable(`此服务器不支持可见性查询 / no visibility list on this server: ${String(err)}`);
        throw err;
      }),
  };
}

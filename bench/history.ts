// Benchmark 3: history events of a whole #34 lifecycle, and the largest run of a 10-year quarterly task (time-skipping server).
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadPlan } from '../client/load';
import { taskWorkflowId } from '../workflows/ids';
import { transitionUpdate, viewQuery } from '../workflows/messages';
import { pingUpdate } from '../test/support/probe-workflows';
import { shanghaiDate, skipTime } from '../test/support/duban';
import { lifecycleEvents, say, syntheticPlan } from './harness';

const DAY = 86_400_000;

/** a workflow's history as the client fetches it */
export type History = Awaited<ReturnType<ReturnType<Client['workflow']['getHandle']>['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

/** event type names → counts, for the report (which events a run spends its budget on) */
export function eventCounts(events: readonly HistoryEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of events) {
    const name = Object.keys(e).find((k) => k.endsWith('EventAttributes') && e[k as keyof HistoryEvent] != null)?.replace(/EventAttributes$/, '') ?? 'unknown';
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** events of an echo workflow that took `updates` pings and then the stop ping */
async function echoEvents(client: Client, taskQueue: string, id: string, updates: number): Promise<number> {
  const handle = await client.workflow.start('echo', { workflowId: id, taskQueue, args: [] });
  for (let n = 0; n < updates; n++) await handle.executeUpdate(pingUpdate, { args: [n] });
  await handle.executeUpdate(pingUpdate, { args: [-1] });
  await handle.result();
  return (await handle.fetchHistory()).events?.length ?? 0;
}

export interface LifecycleRun {
  taskEvents: number;
  echoEvents: number;
  updates: number;
  breakdown: Record<string, number>;
}

export async function lifecycleHistoryRun(env: TestWorkflowEnvironment, taskQueue: string, run: number): Promise<LifecycleRun> {
  const planId = `bench-hist-${Date.now().toString(36)}-${run}`;
  const plan = syntheticPlan(planId, 1, { only: ['34'], issuedOn: shanghaiDate(await env.currentTimeMs()) });
  await loadPlan(env.client, plan, { taskQueue });
  const no = plan.tasks[0]!.no;
  const handle = env.client.workflow.getHandle(taskWorkflowId(planId, no));
  const events = lifecycleEvents();
  for (const event of events) await handle.executeUpdate(transitionUpdate, { args: [event] });
  await handle.result();
  const history = (await handle.fetchHistory()).events ?? [];
  const echo = await echoEvents(env.client, taskQueue, `bench-echo-hist:${planId}`, events.length);
  say(`history run ${run}: #34 lifecycle ${history.length} events (its handoffs included); echo with ${events.length} updates ${echo}`);
  return { taskEvents: history.length, echoEvents: echo, updates: events.length, breakdown: eventCounts(history) };
}

export interface OngoingRun {
  years: number;
  runs: number;
  runSizes: number[];
  largest: number;
  largestUpdates: number;
  echoEvents: number;
  largestBreakdown: Record<string, number>;
  /** the loop stopped early: a time-skipping step stood still even after its leaked lock was released */
  stalled: boolean;
  /** leaked time-skipping locks released on the way (a test-server fault, see skipTime) */
  mendedStalls: number;
}

/** changzhou-2015 #7 (持续实施, quarterly) for `years` years: a report a week before each period ends. */
export async function ongoingHistoryRun(env: TestWorkflowEnvironment, taskQueue: string, years: number, budgetMs: number): Promise<OngoingRun> {
  const planId = `bench-ongoing-${Date.now().toString(36)}`;
  const plan = syntheticPlan(planId, 1, { from: 'changzhou-2015', only: ['7'], issuedOn: shanghaiDate(await env.currentTimeMs()) });
  await loadPlan(env.client, plan, { taskQueue });
  const task = env.client.workflow.getHandle(taskWorkflowId(planId, plan.tasks[0]!.no));
  const lead = { unit: plan.tasks[0]!.leadUnits[0]!, role: 'lead' } as const;
  await task.executeUpdate(transitionUpdate, { args: [{ type: 'ISSUE_MEASURES', actor: lead, measures: '智慧养老实施方案' }] });
  await task.executeUpdate(transitionUpdate, { args: [{ type: 'START', actor: lead }] });
  const started = Date.now();
  let stalled = false;
  let mendedStalls = 0;
  const skip = async (ms: number, label: string): Promise<void> => {
    try {
      mendedStalls += await skipTime(env, ms, label, 5_000);
    } catch (err) {
      say(`ongoing: ${String(err)}; stopping early`);
      stalled = true;
    }
  };
  for (let quarter = 1; quarter <= years * 4 && Date.now() - started < budgetMs && !stalled; quarter++) {
    const view = await task.query(viewQuery);
    const next = view.nextMilestone;
    if (!next) break;
    await skip(Date.parse(next.due) - 7 * DAY - 3_600_000 - (await env.currentTimeMs()), `report ${quarter}`);
    if (stalled) break;
    await task.executeUpdate(transitionUpdate, { args: [{ type: 'REPORT_PROGRESS', actor: lead, summary: `第${quarter}期进展` }] });
    await skip(8 * DAY, `end of period ${quarter}`);
    if (quarter % 4 === 0) say(`ongoing: year ${quarter / 4} of ${years} (run ${(await task.query(viewQuery)).run})`);
  }
  if (mendedStalls > 0) say(`ongoing: released ${mendedStalls} leaked time-skipping lock(s) of the test server on the way`);
  const runs: Array<{ size: number; updates: number; breakdown: Record<string, number> }> = [];
  // walk the chain of runs backwards: the time-skipping server has no visibility list
  let runId: string | null | undefined = (await task.describe()).runId;
  while (runId) {
    const events: HistoryEvent[] = (await env.client.workflow.getHandle(task.workflowId, runId).fetchHistory()).events ?? [];
    const breakdown = eventCounts(events);
    runs.push({ size: events.length, updates: breakdown['workflowExecutionUpdateAccepted'] ?? 0, breakdown });
    runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId;
  }
  runs.reverse();
  const largest = runs.reduce((a, b) => (b.size > a.size ? b : a));
  const echo = await echoEvents(env.client, taskQueue, `bench-echo-ongoing:${planId}`, largest.updates);
  const elapsedYears = (await env.currentTimeMs() - Date.parse(`${plan.issuedOn}T00:00:00+08:00`)) / (365.25 * DAY);
  say(`ongoing: ${elapsedYears.toFixed(1)} years in ${runs.length} runs, largest ${largest.size} events (${largest.updates} updates); echo ${echo}`);
  return {
    years: Math.round(elapsedYears * 10) / 10,
    runs: runs.length,
    runSizes: runs.map((r) => r.size),
    largest: largest.size,
    largestUpdates: largest.updates,
    echoEvents: echo,
    largestBreakdown: largest.breakdown,
    stalled,
    mendedStalls,
  };
}

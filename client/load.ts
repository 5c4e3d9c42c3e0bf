// Loads a plan into Temporal: one task workflow per task and the plan's conference; idempotent by id.
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { createTaskSnapshot, fromEpochMs, LIMITS, sharesOf, type Plan, type Task } from '../machines';
import { DubanError } from './errors';
import { conferenceWorkflowId, rollupWorkflowId, taskWorkflowId } from '../workflows/ids';
import type { ConferenceWorkflowInput, RollupWorkflowInput, TaskWorkflowInput } from '../workflows/messages';
import { planPlace, taskSearchAttributes, taskSummary } from '../workflows/presentation';

export interface LoadResult {
  started: number;
  existing: number;
  conference: 'started' | 'existing';
}

export interface LoadOptions {
  taskQueue: string;
  onProgress?: (done: number, total: number) => void;
  /** parallel starts (the server is the limit, not the client) */
  concurrency?: number;
}

/** the plan facts a task needs: its collectives' members only (a province's plan may list hundreds of divisions) */
const planInput = (plan: Plan, task: Task): TaskWorkflowInput['plan'] => {
  const named = new Set([...task.leadUnits, ...task.assistingUnits]);
  const members = Object.fromEntries(plan.units.filter((u) => named.has(u.id) && u.members.length > 0).map((u) => [u.id, u.members]));
  return {
    id: plan.id,
    conference: plan.conference,
    policy: plan.policy,
    issuedOn: plan.issuedOn,
    units: plan.units.map((u) => u.id),
    ...(Object.keys(members).length > 0 ? { members } : {}),
    ...(plan.parent === null ? {} : { parent: plan.parent }),
  };
};

/** how many members each collective the task names stands for (the summary says 14个成员单位) */
const membersOf = (plan: Plan, task: Task): Record<string, number> =>
  Object.fromEntries(Object.entries(planInput(plan, task).members ?? {}).map(([c, m]) => [c, m.length]));

/**
 * Every task's handoffs within LIMITS.sharesPerTask, checked before anything starts: a task over the limit
 * is refused by name (TOO_LARGE), never left to fail its workflow's first task.
 */
function checkShares(plan: Plan): void {
  for (const task of plan.tasks) {
    const count = sharesOf(task, planInput(plan, task).members ?? {}, Infinity).length;
    if (count > LIMITS.sharesPerTask)
      throw new DubanError(
        'TOO_LARGE',
        `任务${task.no}的配合单位与成员单位共 ${count} 个，超过上限 ${LIMITS.sharesPerTask}（源文件第${task.source.line}行）/ task ${task.no} hands work to ${count} units, more than ${LIMITS.sharesPerTask} (line ${task.source.line})`,
        { planId: plan.id, taskNo: task.no },
      );
  }
}

/** Search attributes a task has from its first moment, so visibility finds it before it first runs. */
export function initialAttributes(plan: Plan, task: Task): SearchAttributePair[] {
  const snapshot = createTaskSnapshot({ task, plan: planInput(plan, task), at: fromEpochMs(Date.now()) });
  return taskSearchAttributes(snapshot).filter((p): p is SearchAttributePair => p.value !== null && p.value !== '');
}

async function startOnce(start: () => Promise<unknown>): Promise<'started' | 'existing'> {
  try {
    await start();
    return 'started';
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return 'existing';
    throw err;
  }
}

export async function loadPlan(client: Client, plan: Plan, opts: LoadOptions): Promise<LoadResult> {
  checkShares(plan);
  const place = planPlace(plan);
  const conferenceInput: ConferenceWorkflowInput = { planId: plan.id, conference: plan.conference, policy: plan.policy };
  const conference = await startOnce(() =>
    client.workflow.start('conferenceWorkflow', {
      workflowId: conferenceWorkflowId(plan.id),
      taskQueue: opts.taskQueue,
      args: [conferenceInput],
      staticSummary: `【${place}】${plan.conference.name}（办公室：${plan.conference.office}）`,
    }),
  );
  // before its tasks, which report to it from their first moment
  if (plan.parent !== null) {
    const rollup: RollupWorkflowInput = { planId: plan.id, title: plan.title, parent: plan.parent, taskNos: plan.tasks.map((t) => t.no) };
    await startOnce(() =>
      client.workflow.start('rollupWorkflow', {
        workflowId: rollupWorkflowId(plan.id),
        taskQueue: opts.taskQueue,
        args: [rollup],
        staticSummary: `【${place}】下级落实方案进展 → 上级任务 ${plan.parent?.planId}:${plan.parent?.taskNo}`,
      }),
    );
  }
  const result: LoadResult = { started: 0, existing: 0, conference };
  const tasks = [...plan.tasks];
  const concurrency = opts.concurrency ?? 32;
  let done = 0;
  async function lane(): Promise<void> {
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      const t = task;
      const input: TaskWorkflowInput = { task: t, plan: planInput(plan, t) };
      const outcome = await startOnce(() =>
        client.workflow.start('taskWorkflow', {
          workflowId: taskWorkflowId(plan.id, t.no),
          taskQueue: opts.taskQueue,
          args: [input],
          // a verified task is never started again by a second load
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          staticSummary: `${taskSummary(place, t, membersOf(plan, t))}${plan.parent === null ? '' : `【落实上级任务 ${plan.parent.planId}:${plan.parent.taskNo}】`}`,
          typedSearchAttributes: initialAttributes(plan, t),
        }),
      );
      result[outcome === 'started' ? 'started' : 'existing']++;
      opts.onProgress?.(++done, plan.tasks.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, plan.tasks.length) }, lane));
  return result;
}

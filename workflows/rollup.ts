// rollupWorkflow (rollup:<plan>): a plan that implements an upper level's task keeps its tasks' states here and
// sends the parent task its figures when they change — bounded signals upward, never polling.
import { allHandlersFinished, condition, continueAsNew, getExternalWorkflowHandle, log, setCurrentDetails, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { parseTaskProgress, planProgress, sameProgress, toIso, type ChildPlanProgress, type ChildTaskState } from '../machines';
import { taskWorkflowId } from './ids';
import { childPlanSignal, progressQuery, taskProgressSignal, type RollupWorkflowInput } from './messages';

/** a plan's tasks report as they start and as they move: gather a burst before one report upward */
const GATHER = '10 seconds';

export async function rollupWorkflow(input: RollupWorkflowInput): Promise<void> {
  const { planId, title, parent, taskNos } = input;
  const known = new Set(taskNos);
  const tasks: Record<string, ChildTaskState> = { ...(input.tasks ?? {}) };
  let sent: ChildPlanProgress | null = input.sent ?? null;
  let dirty = false;
  const progress = (): ChildPlanProgress => planProgress({ planId, title, unit: parent.unit, taskNos }, tasks, toIso(Date.now()));

  setHandler(taskProgressSignal, (raw) => {
    const report = parseTaskProgress(raw);
    // only the plan's own tasks count; anything else is dropped, never a failed workflow task
    if (report === null || !known.has(report.taskNo)) return void log.warn('rollup: a report that is not one of this plan’s tasks was dropped');
    tasks[report.taskNo] = { lifecycle: report.lifecycle, colour: report.colour };
    dirty = true;
  });
  setHandler(progressQuery, progress);

  const parentTask = getExternalWorkflowHandle(taskWorkflowId(parent.planId, parent.taskNo));
  for (;;) {
    await condition(() => dirty || workflowInfo().continueAsNewSuggested);
    if (dirty) {
      await sleep(GATHER);
      dirty = false;
      const now = progress();
      setCurrentDetails(`**上级任务**：${parent.planId}:${parent.taskNo}${parent.unit === null ? '' : `（${parent.unit}）`}　**进展**：${now.total} 项，已验收 ${now.byLifecycle['verified'] ?? 0} 项`);
      if (!sameProgress(sent, now)) {
        try {
          await parentTask.signal(childPlanSignal, now);
          sent = now;
        } catch (err) {
          // the parent task has closed: its figures no longer matter to anyone
          log.info('rollup: parent task not running', { error: String(err) });
          sent = now;
        }
      }
      if (now.complete) break;
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof rollupWorkflow>({ ...input, tasks, sent });
    }
  }
  await condition(allHandlersFinished);
}

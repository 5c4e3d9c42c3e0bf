// taskWorkflow (task:<plan>:<no>): hosts the task machine, arms its deadline timers, runs its commands.
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  continueAsNew,
  currentUpdateInfo,
  log,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
  setCurrentDetails,
} from '@temporalio/workflow';
import {
  applyEvent,
  channelRefusal,
  colourOf,
  createTaskSnapshot,
  deadlinesOf,
  explain,
  fromPersisted,
  msUntil,
  openingCommands,
  planTimer,
  stateNames,
  taskView,
  timerEvent,
  toIso,
  toPersisted,
  transitionResult,
  type ApplyResult,
  type TaskCommand,
  type TaskSnapshot,
} from '../machines';
import { refusalFailure } from './failures';
import { childPlanSignal, resolutionUpdate, taskProgressSignal, transitionUpdate, viewQuery, type ResolutionNotice, type TaskWorkflowInput, type TransitionRequest } from './messages';
import { rollupWorkflowId } from './ids';
import { currentDetails, taskSearchAttributes } from './presentation';
import { outwardCommands, runTaskCommands, signalQuietly } from './task-commands';
import { TaskTimer } from './timer';

export interface TaskOutcome {
  outcome: 'verified' | 'cancelled';
  taskNo: string;
  runs: number;
}

/** the highest report period closed so far (met or late): a new one starts a fresh run */
const closedReports = (s: TaskSnapshot): number =>
  Math.max(0, ...s.context.milestones.filter((m) => m.kind === 'report' && (m.metAt !== null || m.late)).map((m) => Number(m.id.slice('report-'.length))));

const SYSTEM = { unit: '系统', role: 'system' } as const;

export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskOutcome> {
  const run = input.run ?? 0;
  const nowIso = (): string => toIso(Date.now());
  let snapshot = input.snapshot ? fromPersisted(input.snapshot) : createTaskSnapshot({ task: input.task, plan: input.plan, at: nowIso() });
  let version = 0;
  // a new task first tells the members of a leading collective of their part (a continued run has done so)
  const queue: TaskCommand[] = input.snapshot ? [] : openingCommands(snapshot);

  function accept(event: unknown): ApplyResult {
    const result = applyEvent(snapshot, event);
    if (result.ok) {
      snapshot = result.snapshot;
      queue.push(...result.commands);
      version++;
    }
    return result;
  }
  /** the workflow stamps its own time (a body that is not an object is left for the machine to name) */
  const stamp = (req: unknown): unknown => (typeof req === 'object' && req !== null && !Array.isArray(req) ? { ...req, at: nowIso() } : req);
  const asResolve = (n: ResolutionNotice): unknown =>
    typeof n === 'object' && n !== null
      ? { type: 'RESOLVE', actor: n.actor, at: nowIso(), decision: n.decision, itemId: n.itemId, eventId: `resolution:${String(n.itemId)}` }
      : n;

  /** Update ids applied in this run and the last ones (carried over on continue-as-new) */
  const applied: string[] = [...(input.appliedUpdates ?? [])];
  const KEEP_APPLIED = 50;
  const alreadyApplied = (): boolean => {
    const id = currentUpdateInfo()?.id;
    return id !== undefined && applied.includes(id);
  };

  /** applies an event a validator has let through; the result is compact whatever the task holds */
  function applyOnce(event: unknown): ReturnType<typeof transitionResult> {
    if (alreadyApplied()) return transitionResult(snapshot);
    const result = accept(event);
    if (!result.ok) throw refusalFailure(result);
    const id = currentUpdateInfo()?.id;
    if (id !== undefined) {
      applied.push(id);
      if (applied.length > KEEP_APPLIED) applied.shift();
    }
    return transitionResult(snapshot);
  }
  /** synchronous, so a refused Update leaves no trace in history and never fails a workflow task */
  const validate = (channel: 'transition' | 'conference', event: unknown): void => {
    if (alreadyApplied()) return; // delivered again after continue-as-new: answered, not applied twice
    const verdict = channelRefusal(channel, event) ?? explain(snapshot, event);
    if (!verdict.ok) throw refusalFailure(verdict);
  };

  // a child plan's figures, from its rollup: applied as the system's CHILD_PLAN event; a refusal is logged, never a failed task
  setHandler(childPlanSignal, (progress) => {
    const event = { type: 'CHILD_PLAN', actor: SYSTEM, at: nowIso(), progress };
    const refusal = channelRefusal('rollup', event);
    const result = refusal ?? accept(event);
    if (!result.ok) log.warn('child plan report refused', { code: result.code, reason: result.message_en });
  });
  setHandler(viewQuery, (page) => ({ ...taskView(snapshot, page ?? {}), run, deadlines: deadlinesOf(snapshot) }));
  setHandler(transitionUpdate, (req: TransitionRequest) => applyOnce(stamp(req)), { validator: (req) => validate('transition', stamp(req)) });
  // the conference's decisions arrive only from its own resolve handler (activity deliverResolution)
  setHandler(resolutionUpdate, (notice) => applyOnce(asResolve(notice)), { validator: (notice) => validate('conference', asResolve(notice)) });

  /** upserts only what differs from the workflow's current search attributes (set at start by the loader) */
  function present(): void {
    const desired = taskSearchAttributes(snapshot);
    const current = workflowInfo().typedSearchAttributes;
    const norm = (v: unknown): string => JSON.stringify(v instanceof Date ? v.getTime() : (v ?? null));
    const changed = desired.filter((p) => norm(current.get(p.key as never)) !== norm(p.value));
    if (changed.length > 0) upsertSearchAttributes(changed);
    setCurrentDetails(currentDetails(snapshot));
  }

  const timer = new TaskTimer();

  /** a task of a plan that implements an upper level's task tells its plan's rollup when its state or colour changes */
  const parent = snapshot.context.parent;
  let reported = '';
  /** the signal to send, or null when there is nothing new to report (no promise made: see outwardCommands) */
  function reportUpward(): Promise<void> | null {
    if (parent === null) return null;
    const { lifecycle } = stateNames(snapshot);
    const colour = colourOf(snapshot);
    if (reported === `${lifecycle}|${colour}`) return null;
    reported = `${lifecycle}|${colour}`;
    return signalQuietly('report to the plan rollup', () =>
      getExternalWorkflowHandle(rollupWorkflowId(snapshot.context.planId)).signal(taskProgressSignal, { taskNo: snapshot.context.task.no, lifecycle, colour }),
    );
  }

  const closed = (): boolean => snapshot.status === 'done';
  const reportsAtStart = closedReports(snapshot);
  const taskNo = snapshot.context.task.no;
  for (;;) {
    while (queue.length > 0) {
      const outward = outwardCommands(queue.splice(0));
      if (outward.length > 0) await runTaskCommands(outward, snapshot, workflowInfo().workflowId);
    }
    const report = reportUpward();
    if (report !== null) await report;
    // an Update may have landed while the report was on its way: carry out its commands first
    if (queue.length > 0) continue;
    present();
    if (closed()) break;
    if (workflowInfo().continueAsNewSuggested || closedReports(snapshot) > reportsAtStart) {
      // an ongoing task starts a fresh run each period, so years of reports keep history bounded
      await condition(allHandlersFinished);
      if (queue.length === 0 && !closed()) {
        return continueAsNew<typeof taskWorkflow>({
          ...input,
          snapshot: toPersisted(snapshot),
          run: run + 1,
          appliedUpdates: applied.slice(-KEEP_APPLIED),
        });
      }
      continue;
    }
    const next = planTimer(snapshot, Date.now());
    const seen = version;
    const changed = (): boolean => version !== seen || queue.length > 0;
    if (next === null) {
      timer.cancel();
      await condition(changed);
      continue;
    }
    const wait = msUntil(next.fireAt, Date.now());
    // aimed at the instant: Updates that leave it where it is (another unit due at the same moment) keep it
    if (wait > 0) {
      timer.aim(next.fireAt, wait, next.summary);
      await condition(() => changed() || timer.fired);
      if (!timer.fired) continue;
    }
    timer.cancel();
    const result = accept(timerEvent(snapshot, next, nowIso()));
    if (!result.ok) {
      log.warn('timer refused by the machine; waiting for the next change', { event: next.event, code: result.code });
      await condition(changed);
    }
  }
  // the closing state itself, when the report above was of the state before it
  const closing = reportUpward();
  if (closing !== null) await closing;
  await condition(allHandlersFinished);
  const outcome = snapshot.context.verification ? 'verified' : 'cancelled';
  return { outcome, taskNo, runs: run + 1 };
}

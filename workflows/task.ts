// taskWorkflow (task:<plan>:<no>): hosts the task machine, arms its deadline timers, runs its commands.
import {
  allHandlersFinished,
  CancellationScope,
  condition,
  continueAsNew,
  currentUpdateInfo,
  log,
  patched,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
  setCurrentDetails,
} from '@temporalio/workflow';
import {
  applyEvent,
  createTaskSnapshot,
  explain,
  fromPersisted,
  taskView,
  toPersisted,
  type ApplyResult,
  type TaskCommand,
  type TaskSnapshot,
} from '../machines';
import { toIso, msUntil } from './durations';
import { refusalFailure, refuse } from './failures';
import { handoffReportSignal, resolutionSignal, transitionUpdate, viewQuery, type TaskWorkflowInput, type TransitionRequest } from './messages';
import { currentDetails, taskSearchAttributes } from './presentation';
import { runTaskCommands } from './task-commands';
import { deadlinesOf, planTimer } from './timers';

export interface TaskOutcome {
  outcome: 'verified' | 'cancelled';
  taskNo: string;
  runs: number;
}

const SYSTEM = { unit: '系统', role: 'system' } as const;
const closedReports = (s: TaskSnapshot): number =>
  s.context.milestones.filter((m) => m.kind === 'report' && (m.metAt !== null || m.late)).length;

export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskOutcome> {
  const run = input.run ?? 0;
  const nowIso = (): string => toIso(Date.now());
  let snapshot = input.snapshot ? fromPersisted(input.snapshot) : createTaskSnapshot({ task: input.task, plan: input.plan, at: nowIso() });
  let version = 0;
  const queue: TaskCommand[] = [];
  // One patch for the second version of this workflow's logic — reminders and escalations kept off days
  // off, search attributes upserted only when they change, handoffs started together. Runs recorded
  // before it (test/histories/task-v1.json) replay on the old paths; one marker instead of one per change.
  const v2 = patched('task-workflow-v2');
  // Third version: the supervision timer is kept while Updates leave it where it is (before, every
  // Update cancelled it and the next workflow task started it again: two events and a timer task each),
  // every lead unit is in LeadUnits, and the ids of applied Updates are carried over continue-as-new.
  // Runs recorded before it (test/histories/task-v2.json) replay on the old paths. Both patches are
  // read before the handlers are set: a buffered Update is dispatched from setHandler itself.
  const v3 = v2 && patched('task-workflow-v3');

  /** results of the handoffs this run started (see runTaskCommands) */
  const children: Promise<unknown>[] = [];

  function accept(event: unknown): ApplyResult {
    const result = applyEvent(snapshot, event);
    if (result.ok) {
      snapshot = result.snapshot;
      queue.push(...result.commands);
      version++;
    }
    return result;
  }
  /** the workflow stamps its own time; timer events are the workflow's alone */
  const stamp = (req: TransitionRequest): unknown => ({ ...(req as object), at: nowIso() });
  const forged = (req: TransitionRequest): boolean =>
    typeof req === 'object' && req !== null && typeof req.actor === 'object' && req.actor?.role === 'system';

  /** Update ids applied in this run and the last ones (carried over on continue-as-new, v3 only) */
  const applied: string[] = [...(input.appliedUpdates ?? [])];
  const KEEP_APPLIED = 50;
  const alreadyApplied = (): boolean => {
    const id = currentUpdateInfo()?.id;
    return id !== undefined && applied.includes(id);
  };

  setHandler(viewQuery, () => ({ ...taskView(snapshot), run, deadlines: deadlinesOf(snapshot) }));
  setHandler(
    transitionUpdate,
    (req) => {
      if (v3 && alreadyApplied()) return taskView(snapshot);
      const result = accept(stamp(req));
      if (!result.ok) throw refusalFailure(result);
      const id = currentUpdateInfo()?.id;
      if (v3 && id !== undefined) {
        applied.push(id);
        if (applied.length > KEEP_APPLIED) applied.shift();
      }
      return taskView(snapshot);
    },
    {
      // synchronous, so a refused Update leaves no trace in history and never fails a workflow task
      validator: (req) => {
        if (v3 && alreadyApplied()) return; // delivered again after continue-as-new: answered with the view
        if (forged(req)) throw refuse('FORBIDDEN_ACTOR', '系统事件只能由任务自身的计时器产生', 'system events come only from the task’s own timers');
        const verdict = explain(snapshot, stamp(req));
        if (!verdict.ok) throw refusalFailure(verdict);
      },
    },
  );
  setHandler(resolutionSignal, (notice) => {
    const result = accept({ type: 'RESOLVE', actor: notice.actor, at: nowIso(), decision: notice.decision, itemId: notice.itemId, eventId: `resolution:${notice.itemId}` });
    if (!result.ok) log.warn('conference resolution refused by the task', { itemId: notice.itemId, code: result.code, reason: result.message_en });
  });
  setHandler(handoffReportSignal, (report) => {
    log.info('handoff report', { ...report });
  });

  let shown = '';
  /** upserts only what differs from the workflow's current search attributes (set at start by the loader) */
  function present(): void {
    const desired = taskSearchAttributes(snapshot, v3);
    if (v2) {
      const current = workflowInfo().typedSearchAttributes;
      const norm = (v: unknown): string => JSON.stringify(v instanceof Date ? v.getTime() : (v ?? null));
      const changed = desired.filter((p) => norm(current.get(p.key as never)) !== norm(p.value));
      if (changed.length > 0) upsertSearchAttributes(changed);
    } else {
      const key = JSON.stringify(desired.map((a) => a.value));
      if (key !== shown) upsertSearchAttributes(desired);
      shown = key;
    }
    setCurrentDetails(currentDetails(snapshot));
  }

  interface Armed {
    key: string;
    fired: boolean;
    scope: CancellationScope;
  }
  let armed: Armed | null = null;
  function arm(summary: string, ms: number): Armed {
    const scope = new CancellationScope();
    const timer: Armed = { key: summary, fired: false, scope };
    scope.run(() => sleep(ms, { summary })).then(
      () => {
        timer.fired = true;
      },
      () => undefined, // cancelled: a newer timer replaced it
    );
    return timer;
  }
  function disarm(): void {
    if (armed !== null && !armed.fired) armed.scope.cancel();
    armed = null;
  }

  const closed = (): boolean => snapshot.status === 'done';
  const reportsAtStart = closedReports(snapshot);
  const planId = snapshot.context.planId;
  const taskNo = snapshot.context.task.no;
  for (;;) {
    while (queue.length > 0) await runTaskCommands(queue.splice(0), snapshot, workflowInfo().workflowId, v2, children);
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
          ...(v3 ? { appliedUpdates: applied.slice(-KEEP_APPLIED) } : {}),
        });
      }
      continue;
    }
    const timer = planTimer(snapshot, Date.now(), v2);
    const seen = version;
    const changed = (): boolean => version !== seen || queue.length > 0;
    if (armed !== null && armed.key !== timer?.summary) disarm();
    if (timer === null) {
      await condition(changed);
      continue;
    }
    const wait = msUntil(timer.fireAt, Date.now());
    if (v3) {
      // the timer outlives Updates that leave it where it is: no cancel and restart for each event
      if (wait > 0) {
        const current = (armed ??= arm(timer.summary, wait));
        await condition(() => changed() || current.fired);
        if (!current.fired) continue;
      }
      disarm();
    } else if (wait > 0 && (await condition(changed, wait, { summary: timer.summary }))) continue;
    const itemId = `${planId}:${taskNo}:${timer.milestone}:${snapshot.context.history.length + 1}`;
    const result = accept({
      type: timer.event,
      actor: SYSTEM,
      at: nowIso(),
      milestone: timer.milestone,
      due: timer.due,
      ...(timer.event === 'ESCALATE' ? { itemId } : {}),
    });
    if (!result.ok) {
      log.warn('timer refused by the machine; waiting for the next change', { event: timer.event, code: result.code });
      await condition(changed);
    }
  }
  if (v2) await Promise.all(children);
  await condition(allHandlersFinished);
  const outcome = snapshot.context.verification ? 'verified' : 'cancelled';
  return { outcome, taskNo, runs: run + 1 };
}

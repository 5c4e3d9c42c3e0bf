// Carries out what the task machine asked for: handoff children, notices, escalations, withdrawals.
import {
  getExternalWorkflowHandle,
  log,
  ParentClosePolicy,
  proxyActivities,
  proxyLocalActivities,
  startChild,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { nextMilestone, type TaskCommand, type TaskSnapshot } from '../machines';
import type { Activities } from '../activities';
import { toIso } from './durations';
import { conferenceWorkflowId, handoffWorkflowId } from './ids';
import { handoffStatusSignal, withdrawalSignal, type EscalationItem } from './messages';
import { handoffWorkflow } from './handoff';

// Local: a notice is short, and a marker costs one history event where an activity costs three plus a task.
const { notify } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '10 minutes' },
  summary: '发送通知（催办、提醒、决定）',
});
const { escalateToConference } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '5 minutes' },
  summary: '提交联席会议（督办事项）',
});

/** Signals to workflows that may have finished are best effort: the task's own state is already right. */
async function signalQuietly(what: string, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (err) {
    log.info(`${what}: target not running`, { error: String(err) });
  }
}

/** a handoff this run started: `done` once its result (or failure) is in */
export interface HandoffChild {
  done: boolean;
  result: Promise<void>;
}

/**
 * `children` collects the results of the handoffs this run started, by unit: a task waits for them before
 * it completes, and for those that are ending before it continues as new, so that no child's completion
 * races the task's own (the server would refuse that completion, and an Update taken in the same workflow
 * task could be lost — seen on the cluster in 3 of 5 runs).
 */
export async function runTaskCommands(
  commands: TaskCommand[],
  snapshot: TaskSnapshot,
  workflowId: string,
  children: Map<string, HandoffChild> = new Map(),
): Promise<void> {
  const c = snapshot.context;
  const seq = c.historyCount;
  const base = { planId: c.planId, taskNo: c.task.no };
  for (const [i, cmd] of commands.entries()) {
    const key = `${workflowId}:${seq}:${i}`;
    switch (cmd.type) {
      case 'startHandoffs': {
        const due = nextMilestone(snapshot)?.due ?? null;
        const start = async (unit: string): Promise<void> => {
          try {
            const child = await startChild(handoffWorkflow, {
              workflowId: handoffWorkflowId(c.planId, c.task.no, unit),
              parentClosePolicy: ParentClosePolicy.ABANDON, // survives the task's continue-as-new
              staticSummary: `【配合】${unit}：${c.task.no} ${c.task.text.slice(0, 30)}`,
              args: [
                {
                  planId: c.planId,
                  taskNo: c.task.no,
                  taskText: c.task.text,
                  unit,
                  leadUnits: c.leadUnits,
                  conference: c.conference,
                  policy: c.policy,
                  notifiedAt: toIso(Date.now()),
                  contributeBy: due,
                },
              ],
            });
            const entry: HandoffChild = { done: false, result: Promise.resolve() };
            entry.result = child.result().then(
              () => void (entry.done = true),
              () => void (entry.done = true),
            );
            children.set(unit, entry);
          } catch (err) {
            if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
          }
        };
        // all at once, so one workflow task initiates every child
        await Promise.all(cmd.units.map(start));
        break;
      }
      case 'updateHandoff':
        await signalQuietly('handoff update', () =>
          getExternalWorkflowHandle(handoffWorkflowId(c.planId, c.task.no, cmd.unit)).signal(handoffStatusSignal, { status: cmd.status, at: toIso(Date.now()) }),
        );
        break;
      case 'notifyLead':
        for (const unit of cmd.units) {
          await notify({ ...base, unit, message: cmd.message_zh, dedupeKey: `${key}:${unit}`, kind: 'info' });
        }
        break;
      case 'notifySupervisor':
        await notify({ ...base, unit: cmd.unit, message: cmd.message_zh, dedupeKey: `${key}:${cmd.unit}`, kind: 'info' });
        break;
      case 'escalate': {
        const item: EscalationItem = {
          itemId: cmd.itemId,
          ...base,
          taskWorkflowId: workflowId,
          kind: 'milestoneOverdue',
          subject: cmd.milestone,
          due: cmd.due,
          leadUnits: c.leadUnits,
          summary: `${c.task.no} ${c.task.text.slice(0, 60)}：${cmd.milestone} 逾期（期限 ${cmd.due}）`,
          raisedAt: toIso(Date.now()),
        };
        await escalateToConference(item, { planId: c.planId, conference: c.conference, policy: c.policy });
        break;
      }
      case 'withdrawEscalation':
        await signalQuietly('withdraw escalation', () =>
          getExternalWorkflowHandle(conferenceWorkflowId(c.planId)).signal(withdrawalSignal, { itemId: cmd.itemId, at: toIso(Date.now()) }),
        );
        break;
      case 'closeTask':
        if (cmd.outcome === 'cancelled') {
          for (const a of c.assists.filter((x) => x.status === 'notified' || x.status === 'acknowledged')) {
            await signalQuietly('stop handoff', () =>
              getExternalWorkflowHandle(handoffWorkflowId(c.planId, c.task.no, a.unit)).signal(handoffStatusSignal, { status: 'waived', at: toIso(Date.now()) }),
            );
          }
        }
        break;
      case 'leadsChanged':
      case 'rearmTimers':
        break; // search attributes and timers follow the snapshot in the main loop
    }
  }
}

// Carries out what the task machine asked for: notices, escalations, withdrawals.
import { getExternalWorkflowHandle, log, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { toIso, type TaskCommand, type TaskSnapshot } from '../machines';
import type { Activities } from '../activities';
import { conferenceWorkflowId } from './ids';
import { withdrawalSignal, type EscalationItem } from './messages';

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

export async function runTaskCommands(commands: TaskCommand[], snapshot: TaskSnapshot, workflowId: string): Promise<void> {
  const c = snapshot.context;
  const seq = c.historyCount;
  const base = { planId: c.planId, taskNo: c.task.no };
  for (const [i, cmd] of commands.entries()) {
    const key = `${workflowId}:${seq}:${i}`;
    switch (cmd.type) {
      case 'notifyUnits':
        for (const unit of cmd.units) {
          await notify({ ...base, unit, message: cmd.message_zh, dedupeKey: `${key}:${unit}`, kind: cmd.kind });
        }
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
          kind: cmd.kind,
          subject: cmd.subject,
          due: cmd.due,
          leadUnits: c.leadUnits,
          summary: cmd.summary,
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
      case 'leadsChanged':
      case 'rearmTimers':
        break; // search attributes and timers follow the snapshot in the main loop
    }
  }
}

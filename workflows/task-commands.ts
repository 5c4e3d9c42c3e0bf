// Carries out what the task machine asked for: notices, escalations, withdrawals.
import { getExternalWorkflowHandle, log, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { toIso, type TaskCommand, type TaskSnapshot } from '../machines';
import type { Activities } from '../activities';
import { conferenceWorkflowId } from './ids';
import { withdrawalSignal, type EscalationItem } from './messages';

// Local: a notice is short, and a marker costs one history event where an activity costs three plus a task.
const { notifyAll } = proxyLocalActivities<Activities>({
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
export async function signalQuietly(what: string, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (err) {
    log.info(`${what}: target not running`, { error: String(err) });
  }
}

type Notice = Parameters<Activities['notify']>[0];

/** the notices a batch of commands gives, each with a key unique to its event, command and unit */
function noticesOf(commands: readonly TaskCommand[], snapshot: TaskSnapshot, workflowId: string): Notice[] {
  const c = snapshot.context;
  const base = { planId: c.planId, taskNo: c.task.no };
  return commands.flatMap((cmd, i): Notice[] => {
    const key = `${workflowId}:${c.historyCount}:${i}`;
    const to = (units: readonly string[], kind: Notice['kind'], message: string): Notice[] =>
      units.map((unit) => ({ ...base, unit, message, dedupeKey: `${key}:${unit}`, kind }));
    switch (cmd.type) {
      case 'notifyUnits':
        return to(cmd.units, cmd.kind, cmd.message_zh);
      case 'notifyLead':
        return to(cmd.units, 'info', cmd.message_zh);
      case 'notifySupervisor':
        return to([cmd.unit], 'info', cmd.message_zh);
      default:
        return [];
    }
  });
}

/** commands the workflow carries out itself (the rest follow the snapshot in its main loop) */
const OUTWARD: ReadonlySet<TaskCommand['type']> = new Set(['notifyUnits', 'notifyLead', 'notifySupervisor', 'escalate', 'withdrawEscalation']);

/**
 * The commands that need carrying out: the rest (timers, search attributes) follow the snapshot anyway. The
 * loop awaits only these, as every promise in a workflow costs the SDK a captured stack trace.
 */
export const outwardCommands = (commands: readonly TaskCommand[]): TaskCommand[] => commands.filter((c) => OUTWARD.has(c.type));

export async function runTaskCommands(commands: TaskCommand[], snapshot: TaskSnapshot, workflowId: string): Promise<void> {
  const c = snapshot.context;
  const base = { planId: c.planId, taskNo: c.task.no };
  // one local activity (one marker) for all the notices of an event
  const notices = noticesOf(commands, snapshot, workflowId);
  if (notices.length > 0) await notifyAll(notices);
  for (const cmd of commands) {
    switch (cmd.type) {
      case 'notifyUnits':
      case 'notifyLead':
      case 'notifySupervisor':
        break; // sent above
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

// The pure entry points the workflow calls: create a task's first snapshot, apply one event and get commands back.
import { initialTransition, transition } from 'xstate';
import { MACHINE_COMMANDS, TaskCommandSchema, type TaskCommand, type TaskCommandType } from './commands';
import type { TaskInput } from './context';
import { explainParsed, parseEvent } from './explain';
import { taskMachine } from './machine';
import type { Refusal } from './refusal';
import { nextMilestone, stateNames, type TaskSnapshot } from './view';
import { leadShareNotices } from './members';

export type ApplyResult = { ok: true; snapshot: TaskSnapshot; commands: TaskCommand[] } | Refusal;

/** the task's snapshot at creation (draft, on track, milestones from its schedule) */
export function createTaskSnapshot(input: TaskInput): TaskSnapshot {
  const [snapshot] = initialTransition(taskMachine, input);
  return snapshot;
}

/** what a new task must do before its first event: tell each member of a leading collective of its part */
export function openingCommands(snapshot: TaskSnapshot): TaskCommand[] {
  return leadShareNotices(snapshot.context, snapshot.context.createdAt).map((n) => TaskCommandSchema.parse({ ...n, type: 'notifyUnits' }));
}

const isMachineCommand = (type: string): type is TaskCommandType => (MACHINE_COMMANDS as readonly string[]).includes(type);

/** the timers follow the nearest open milestone and the supervision state; re-arm when either changes */
function rearm(before: TaskSnapshot, after: TaskSnapshot): TaskCommand[] {
  if (after.status === 'done') return [];
  const [a, b] = [nextMilestone(before), nextMilestone(after)];
  const [sa, sb] = [stateNames(before).supervision, stateNames(after).supervision];
  if (a?.id === b?.id && a?.due === b?.due && sa === sb) return [];
  return [{ type: 'rearmTimers', milestone: b, supervision: sb }];
}

/** explain, then transition: the new snapshot and the commands the workflow must carry out, or the refusal */
export function applyEvent(snapshot: TaskSnapshot, event: unknown): ApplyResult {
  const parsed = parseEvent(event);
  if (!parsed.ok) return parsed;
  const verdict = explainParsed(snapshot, parsed.event);
  if (!verdict.ok) return verdict;
  const [next, actions] = transition(taskMachine, snapshot, parsed.event);
  const commands: TaskCommand[] = actions
    .filter((a) => isMachineCommand(a.type))
    .map((a) => TaskCommandSchema.parse({ ...(a.params as object), type: a.type }));
  return { ok: true, snapshot: next, commands: [...commands, ...rearm(snapshot, next)] };
}

// explain(): why an event would be accepted or refused, in the order a caller can act on — the states
// that take an event are read from the machine, the rules are its guards' own.
import { TaskEventSchema, TIMER_EVENT_TYPES, type TaskEvent } from './events';
import { limitCodeOfIssues } from '../limits';
import { formatIssues } from '../zod-issues';
import { actorRefusal, datesRefusal, domainRefusal, duplicateRefusal } from './guards';
import { refuse, type Verdict } from './refusal';
import { taskMachine } from './machine';
import { stateNames, type TaskSnapshot } from './view';

type Region = 'lifecycle' | 'supervision';
type Node = { config: { on?: object }; states: Record<string, Node> };

/** the region whose states declare each event, read once from the machine itself */
const REGION_OF = new Map<string, Region>();
for (const region of ['lifecycle', 'supervision'] as const) {
  const walk = (node: Node): void => {
    for (const type of Object.keys(node.config.on ?? {})) REGION_OF.set(type, region);
    Object.values(node.states).forEach(walk);
  };
  walk(taskMachine.getStateNodeById(`task.${region}`) as unknown as Node);
}

/** true when the task's current state, or a state it is inside, declares a transition for the event */
function declaredNow(snapshot: TaskSnapshot, type: string): boolean {
  const names = stateNames(snapshot);
  return (['lifecycle', 'supervision'] as const).some((region) => {
    // the region itself, then each state down to the current one: task.lifecycle, task.lifecycle.inProgress, …
    const path = [region, ...names[region].split('.')];
    return path.some((_, i) => declares(['task', ...path.slice(0, i + 1)].join('.'), type));
  });
}

const declares = (id: string, type: string): boolean => type in ((taskMachine.getStateNodeById(id) as unknown as Node).config.on ?? {});

/**
 * parse an unknown event; the refusal names every bad field path, and its code the real problem:
 * TOO_LARGE, BAD_TEXT, DATE_OUT_OF_RANGE (see ../limits), else BAD_PAYLOAD
 */
export function parseEvent(event: unknown): { ok: true; event: TaskEvent } | Extract<Verdict, { ok: false }> {
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    return refuse('BAD_PAYLOAD', '事件须为 JSON 对象', `an event must be a JSON object, not ${Array.isArray(event) ? 'an array' : event === null ? 'null' : typeof event}`);
  const parsed = TaskEventSchema.safeParse(event);
  if (parsed.success) return { ok: true, event: parsed.data };
  const issues = formatIssues(parsed.error, { root: '(event)' });
  const code = limitCodeOfIssues(parsed.error.issues) ?? 'BAD_PAYLOAD';
  return refuse(code, `事件格式有误：${issues}`, `bad event payload: ${issues}`);
}

function stateRefusal(snapshot: TaskSnapshot, e: TaskEvent): Verdict {
  if (declaredNow(snapshot, e.type)) return { ok: true };
  const region = REGION_OF.get(e.type) ?? 'lifecycle';
  const state = `${region}.${stateNames(snapshot)[region]}`;
  return refuse('TRANSITION_NOT_ALLOWED', `当前状态为 ${state}，不能 ${e.type}`, `${e.type} is not allowed in state ${state}`);
}

/** { ok: true } when the machine would accept the event now, else the first reason it would not */
export function explain(snapshot: TaskSnapshot, event: unknown): Verdict {
  const parsed = parseEvent(event);
  return parsed.ok ? explainParsed(snapshot, parsed.event) : parsed;
}

/** explain() of an event already parsed (applyEvent parses once for both the verdict and the transition) */
export function explainParsed(snapshot: TaskSnapshot, e: TaskEvent): Verdict {
  const ctx = snapshot.context;
  if (snapshot.status === 'done') {
    const state = stateNames(snapshot).lifecycle;
    return refuse('TASK_CLOSED', `任务已结束（${state}），不再接受 ${e.type}`, `the task is closed (${state}); ${e.type} is not accepted`);
  }
  const early = duplicateRefusal(ctx, e) ?? actorRefusal(ctx, e) ?? datesRefusal(ctx, e) ?? (TIMER_EVENT_TYPES.includes(e.type) ? domainRefusal(ctx, e) : null);
  if (early !== null) return early;
  const inState = stateRefusal(snapshot, e);
  if (!inState.ok) return inState;
  const rule = domainRefusal(ctx, e);
  if (rule !== null) return rule;
  // every rule above is the machine's own; a guard they do not cover still refuses here
  if (!snapshot.can(e)) return refuse('TRANSITION_NOT_ALLOWED', `当前状态不能 ${e.type}`, `${e.type} is not allowed now`);
  return { ok: true };
}

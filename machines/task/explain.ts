// explain(): why an event would be accepted or refused, in the order a caller can act on; agrees with the machine.
import { TaskEventSchema, TIMER_EVENT_TYPES, type TaskEvent, type TaskEventType } from './events';
import { limitCodeOfIssues } from '../limits';
import { formatIssues } from '../zod-issues';
import { actorRefusal, datesRefusal, domainRefusal, duplicateRefusal } from './guards';
import { refuse, type Verdict } from './refusal';
import { stateNames, type LifecycleState, type SupervisionState, type TaskSnapshot } from './view';

type Where = { lifecycle?: readonly LifecycleState[]; supervision?: readonly SupervisionState[] };
const OPEN: readonly LifecycleState[] = ['draft', 'measuresIssued', 'inProgress.implementing', 'inProgress.awaitingVerification'];

/** where each event is accepted (the machine's transitions, as a table a person can read) */
const ACCEPTED_IN: Record<TaskEventType, Where> = {
  ISSUE_MEASURES: { lifecycle: ['draft'] },
  START: { lifecycle: ['measuresIssued'] },
  SUBMIT: { lifecycle: ['inProgress.implementing'] },
  VERIFY: { lifecycle: ['inProgress.awaitingVerification'] },
  RETURN: { lifecycle: ['inProgress.awaitingVerification'] },
  ACKNOWLEDGE: { lifecycle: OPEN },
  CONTRIBUTE: { lifecycle: OPEN },
  REPORT_PROGRESS: { lifecycle: OPEN },
  REQUEST_EXTENSION: { lifecycle: OPEN },
  DECIDE_EXTENSION: { lifecycle: OPEN },
  UPSTREAM_ISSUED: { lifecycle: OPEN },
  SET_DEADLINE: { lifecycle: OPEN },
  RESOLVE: { lifecycle: OPEN },
  REMIND: { supervision: ['onTrack', 'dueSoon', 'overdue'] },
  DEADLINE_PASSED: { supervision: ['onTrack', 'dueSoon'] },
  ESCALATE: { supervision: ['overdue'] },
  ASSIST_TIMER: { lifecycle: OPEN },
};


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
  const names = stateNames(snapshot);
  const where = ACCEPTED_IN[e.type];
  const okLifecycle = where.lifecycle === undefined || where.lifecycle.includes(names.lifecycle);
  const okSupervision = where.supervision === undefined || where.supervision.includes(names.supervision);
  if (okLifecycle && okSupervision) return { ok: true };
  const state = where.supervision === undefined ? `lifecycle.${names.lifecycle}` : `supervision.${names.supervision}`;
  return refuse('TRANSITION_NOT_ALLOWED', `当前状态为 ${state}，不能 ${e.type}`, `${e.type} is not allowed in state ${state}`);
}

/** { ok: true } when the machine would accept the event now, else the first reason it would not */
export function explain(snapshot: TaskSnapshot, event: unknown): Verdict {
  const parsed = parseEvent(event);
  if (!parsed.ok) return parsed;
  const e = parsed.event;
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
  // the table above mirrors the machine; this keeps them honest should they ever drift
  if (!snapshot.can(e)) return refuse('TRANSITION_NOT_ALLOWED', `当前状态不能 ${e.type}`, `${e.type} is not allowed now`);
  return { ok: true };
}

// DubanError: every failure a caller of the client, gateway or CLI can act on, as a named code with an HTTP status.
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError, isGrpcServiceError } from '@temporalio/client';
import { RefusalCodeSchema, type RefusalCode } from '../machines';
import { IMPORT_ERROR_CODES, ImportError, type ImportErrorCode } from '../seeds';

/** refusals of the conference workflow's `convene` / `resolve` Updates */
export type ConferenceRefusalCode = 'UNKNOWN_ITEM' | 'ITEM_CLOSED' | 'ITEM_BUSY';

export type DubanErrorCode =
  | RefusalCode
  | ConferenceRefusalCode
  | ImportErrorCode
  | 'UNAUTHENTICATED' // no or unknown bearer token
  | 'FORBIDDEN_PLAN' // a token of plan A used on plan B
  | 'BAD_TASK_ID'
  | 'UNKNOWN_TASK'
  | 'UNKNOWN_PLAN'
  | 'BAD_PAGE_TOKEN' // a nextPageToken this gateway did not issue for this query
  | 'IMPORT_TIMEOUT' // an import ran past its thread's time or memory limit
  | 'TASK_TERMINATED' // the task's workflow was terminated, failed or timed out: not closed by its own rules
  | 'NOT_FOUND' // no such route
  | 'UNAVAILABLE' // Temporal cannot be reached
  | 'UNSUPPORTED' // the server lacks the call (the time-skipping test server has no visibility list)
  | 'INTERNAL';

const STATUS: Partial<Record<DubanErrorCode, number>> = {
  BAD_PAYLOAD: 400,
  TOO_LARGE: 413,
  BAD_TEXT: 400,
  DATE_OUT_OF_RANGE: 400,
  NOT_ON_AGENDA: 403,
  BAD_PAGE_TOKEN: 400,
  TASK_TERMINATED: 410,
  IMPORT_TIMEOUT: 422,
  UNKNOWN_MILESTONE: 400,
  UNKNOWN_UNIT: 400,
  BAD_TASK_ID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN_ACTOR: 403,
  FORBIDDEN_PLAN: 403,
  UNKNOWN_TASK: 404,
  UNKNOWN_PLAN: 404,
  UNKNOWN_ITEM: 404,
  NOT_FOUND: 404,
  UNAVAILABLE: 503,
  UNSUPPORTED: 501,
  INTERNAL: 500,
};
const IMPORT_CODES: ReadonlySet<string> = new Set<string>(IMPORT_ERROR_CODES);

/** HTTP status of a code: refusals that depend on the task's state (the rest of the machine's codes) are 409 Conflict. */
export function statusOf(code: DubanErrorCode): number {
  return STATUS[code] ?? (IMPORT_CODES.has(code) ? 400 : 409);
}

export class DubanError extends Error {
  readonly status: number;
  constructor(
    readonly code: DubanErrorCode,
    message: string,
    readonly context: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DubanError';
    this.status = statusOf(code);
  }
}

const isRefusalCode = (type: unknown): type is RefusalCode => RefusalCodeSchema.safeParse(type).success;
const isKnownCode = (type: unknown): type is DubanErrorCode =>
  isRefusalCode(type) || type === 'UNKNOWN_ITEM' || type === 'ITEM_CLOSED' || type === 'ITEM_BUSY' || type === 'UNAVAILABLE';

/** the errors of a cause chain, outermost first (bounded) */
function* causes(err: unknown): Generator<Error> {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) yield e;
}

/** gRPC UNAVAILABLE (14) or DEADLINE_EXCEEDED (4) anywhere in the cause chain, or a refused connection */
function isUnreachable(err: unknown): boolean {
  for (const e of causes(err)) {
    if (isGrpcServiceError(e) && (e.code === 14 || e.code === 4)) return true;
    if (e.name === 'TransportError' || /ECONNREFUSED|UNAVAILABLE|Failed to connect/i.test(e.message)) return true;
  }
  return false;
}

/** gRPC UNIMPLEMENTED (12) anywhere in the cause chain: the server has no such call */
const isUnimplemented = (err: unknown): boolean => [...causes(err)].some((e) => isGrpcServiceError(e) && e.code === 12);

/** the ApplicationFailure behind a refused Update, whichever copy of @temporalio/common made it */
function applicationFailureOf(err: unknown): ApplicationFailure | null {
  if (!(err instanceof WorkflowUpdateFailedError) && !(err instanceof Error && err.name === 'WorkflowUpdateFailedError')) return null;
  const cause = err.cause;
  if (cause instanceof ApplicationFailure) return cause;
  return cause instanceof Error && cause.name === 'ApplicationFailure' ? (cause as ApplicationFailure) : null;
}

/** the machine's reason, "<zh> / <en>", from the Refusal in details[0] when it is there */
function reasonOf(failure: ApplicationFailure): string {
  const refusal = failure.details?.[0] as { message_zh?: unknown; message_en?: unknown } | undefined;
  if (typeof refusal?.message_zh === 'string' && typeof refusal.message_en === 'string') return `${refusal.message_zh} / ${refusal.message_en}`;
  return failure.message;
}

export interface ErrorContext {
  /** what a missing workflow means here: a task or a plan (its conference) */
  notFound: 'UNKNOWN_TASK' | 'UNKNOWN_PLAN';
  context: Record<string, string>;
}

/** Maps whatever the Temporal client threw to a DubanError; keeps a DubanError as it is. */
export function toDubanError(err: unknown, { notFound, context }: ErrorContext): DubanError {
  if (err instanceof DubanError) return err;
  if (err instanceof ImportError) return new DubanError(err.code, err.message, context);
  const failure = applicationFailureOf(err);
  if (failure) {
    return isKnownCode(failure.type)
      ? new DubanError(failure.type, reasonOf(failure), context)
      : new DubanError('INTERNAL', `update failed: ${failure.message}`, context);
  }
  if (err instanceof WorkflowNotFoundError || (err instanceof Error && err.name === 'WorkflowNotFoundError')) {
    const what = notFound === 'UNKNOWN_TASK' ? `任务不存在 / no such task` : `计划不存在或未加载 / no such plan (or it was never loaded)`;
    return new DubanError(notFound, `${what}: ${Object.values(context).join(' ')}`.trim(), context);
  }
  if (isUnimplemented(err)) {
    return new DubanError('UNSUPPORTED', `此服务器不支持该调用 / the server does not implement this call: ${err instanceof Error ? err.message : String(err)}`, context);
  }
  if (isUnreachable(err)) {
    return new DubanError('UNAVAILABLE', `无法连接 Temporal / Temporal is unreachable: ${err instanceof Error ? err.message : String(err)}`, context);
  }
  return new DubanError('INTERNAL', err instanceof Error ? err.message : String(err), context);
}

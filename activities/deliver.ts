// deliverResolution: hands a conference decision to its task (the task's `resolution` Update) and reports
// whether the task took it, so that the conference closes the agenda item only on the task's word.
import { Context } from '@temporalio/activity';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { resolutionUpdate, type ResolutionNotice } from '../workflows/messages';

export type Delivery =
  /** applied: false when the task has already ended (the decision stays on the agenda only) */
  | { ok: true; applied: boolean }
  | { ok: false; code: string; message_zh: string; message_en: string };

/** the task's refusal as data (not an error: a refusal is an answer, and must not be retried) */
function refusalOf(err: unknown): Delivery | null {
  if (!(err instanceof WorkflowUpdateFailedError) || !(err.cause instanceof ApplicationFailure)) return null;
  const r = err.cause.details?.[0] as { code?: unknown; message_zh?: unknown; message_en?: unknown } | undefined;
  const code = typeof r?.code === 'string' ? r.code : (err.cause.type ?? 'REFUSED');
  const text = (v: unknown): string => (typeof v === 'string' ? v : err.cause instanceof Error ? err.cause.message : '');
  return { ok: false, code, message_zh: text(r?.message_zh), message_en: text(r?.message_en) };
}

export async function deliverResolution(taskWorkflowId: string, notice: ResolutionNotice): Promise<Delivery> {
  const { client } = Context.current();
  try {
    await client.workflow.getHandle(taskWorkflowId).executeUpdate(resolutionUpdate, { args: [notice] });
    return { ok: true, applied: true };
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return { ok: true, applied: false };
    const refusal = refusalOf(err);
    if (refusal !== null) return refusal;
    throw err;
  }
}

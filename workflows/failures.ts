// Business refusals as ApplicationFailures whose `type` is the machine's code, for callers to act on.
import { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '../machines';

export function refusalFailure(refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: refusal.code,
    message: `${refusal.message_zh} / ${refusal.message_en}`,
    details: [refusal],
    nonRetryable: true,
  });
}

export function refuse(code: string, message_zh: string, message_en: string): ApplicationFailure {
  return ApplicationFailure.create({ type: code, message: `${message_zh} / ${message_en}`, details: [{ ok: false, code, message_zh, message_en }], nonRetryable: true });
}

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


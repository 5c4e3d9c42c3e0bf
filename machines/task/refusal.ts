// Why an event is refused: a named code and a reason a person can read, in Chinese and English.
import { z } from 'zod';

export const RefusalCodeSchema = z.enum([
  'BAD_PAYLOAD',
  'FORBIDDEN_ACTOR',
  'TRANSITION_NOT_ALLOWED',
  'ASSISTS_OUTSTANDING',
  'MILESTONE_PASSED',
  'MILESTONE_MET',
  'UNKNOWN_MILESTONE',
  'NO_DUE_DATE',
  'NOT_LATER',
  'EXTENSION_PENDING',
  'NO_EXTENSION_REQUEST',
  'NOT_AFTER_EVENT',
  'DEADLINE_ALREADY_SET',
  'UNKNOWN_UNIT',
  'STALE_TIMER',
  'DUPLICATE_EVENT',
  'TASK_CLOSED',
  /** a text or list longer than its limit (LIMITS) */
  'TOO_LARGE',
  /** blank text, control or bidi-override characters, lone surrogates */
  'BAD_TEXT',
  /** a date outside the years an event may name */
  'DATE_OUT_OF_RANGE',
  /** RESOLVE sent outside the conference's agenda, or for an item that is not this task's */
  'NOT_ON_AGENDA',
  /** the conference's own (machines/conference): no such agenda item, one already decided or withdrawn, one whose decision is on its way */
  'UNKNOWN_ITEM',
  'ITEM_CLOSED',
  'ITEM_BUSY',
]);
export type RefusalCode = z.infer<typeof RefusalCodeSchema>;

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message_zh: string;
  message_en: string;
}

export type Verdict = { ok: true } | Refusal;

export const refuse = (code: RefusalCode, message_zh: string, message_en: string): Refusal => ({
  ok: false,
  code,
  message_zh,
  message_en,
});

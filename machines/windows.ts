// Policy windows on the working-day calendar (reminder lead, grace, acknowledgement window): instants
// for timers, each with how it was counted.
import { addCalendarDuration, moveToWorkingDay, subtractWorkingDays, type Explanation, type NonWorkingDayRule } from './calendar';
import { addMonths, formatInstant, parseInstant } from './calendar/days';
import { fromEpochMs } from './deadline';
import type { Duration } from './duration';

const DAY_MS = 86_400_000;

export interface Computed {
  at: string;
  explanation: Explanation;
}

/** A computed window end (acknowledgement window, grace): a day off moves it on when the rule says so. */
export function afterExplained(instant: string, duration: Duration, rule: NonWorkingDayRule = 'nextWorkingDay'): Computed {
  const r = addCalendarDuration(instant, duration, { onNonWorkingDay: rule });
  return { at: r.due, explanation: r.explanation };
}

export const after = (instant: string, duration: Duration, rule: NonWorkingDayRule = 'nextWorkingDay'): string =>
  afterExplained(instant, duration, rule).at;

/**
 * A reminder `duration` before a due date. A reminder that would fall on a day off (the first day of
 * the National Day holiday, say) goes out on the next working day instead, but never after the due.
 */
export function beforeExplained(due: string, duration: Duration): Computed {
  if (duration.unit === 'workingDays') {
    const r = subtractWorkingDays(due, duration.amount);
    return { at: r.due, explanation: r.explanation };
  }
  const raw = duration.unit === 'days' ? toIso(Date.parse(due) - duration.amount * DAY_MS) : monthsBefore(due, duration.amount);
  const span = duration.unit === 'days' ? { zh: `${duration.amount}天`, en: `${duration.amount} days` } : { zh: `${duration.amount}个月`, en: `${duration.amount} months` };
  const moved = moveToWorkingDay(raw, 'nextWorkingDay');
  if (!moved.moved || Date.parse(moved.due) >= Date.parse(due)) {
    return { at: raw, explanation: { zh: `${due}前${span.zh} → ${raw}`, en: `${span.en} before ${due} → ${raw}` } };
  }
  return {
    at: moved.due,
    explanation: {
      zh: `${due}前${span.zh}为${raw.slice(0, 10)}，${moved.explanation.zh}`,
      en: `${span.en} before ${due} is ${raw.slice(0, 10)}; ${moved.explanation.en}`,
    },
  };
}

/** the same wall-clock time `months` calendar months earlier (Mar 31 − 1 month → Feb 28/29), not 30-day months */
function monthsBefore(due: string, months: number): string {
  const t = parseInstant(due);
  return formatInstant({ ...t, day: addMonths(t.day, -months) });
}

export const before = (due: string, duration: Duration): string => beforeExplained(due, duration).at;

/** `2025-10-14T23:59:59+08:00` from epoch milliseconds (whole seconds; the plans' zone). */
export const toIso = fromEpochMs;

/** Milliseconds from now until an instant, never negative. */
export const msUntil = (instant: string, nowMs: number): number => Math.max(0, Date.parse(instant) - nowMs);

// Policy durations on the working-day calendar, as instants and as milliseconds for workflow timers.
import { addCalendarDuration, subtractWorkingDays, type Duration } from '../machines';

const DAY_MS = 86_400_000;

/** A computed window end (e.g. an acknowledgement window): a day off moves it to the next working day. */
export function after(instant: string, duration: Duration): string {
  if (duration.amount === 0) return instant;
  const onNonWorkingDay = duration.unit === 'workingDays' ? 'nextWorkingDay' : 'keep';
  return addCalendarDuration(instant, duration, { onNonWorkingDay }).due;
}

/** A reminder lead before a due date. */
export function before(instant: string, duration: Duration): string {
  if (duration.amount === 0) return instant;
  switch (duration.unit) {
    case 'workingDays':
      return subtractWorkingDays(instant, duration.amount).due;
    case 'days':
      return toIso(Date.parse(instant) - duration.amount * DAY_MS);
    case 'months':
      return toIso(Date.parse(instant) - duration.amount * 30 * DAY_MS);
  }
}

/** `2025-10-14T23:59:59+08:00` from epoch milliseconds (whole seconds; the plans' zone). */
export function toIso(ms: number): string {
  const shifted = new Date(Math.floor(ms / 1000) * 1000 + 8 * 3_600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

/** Milliseconds from now until an instant, never negative. */
export const msUntil = (instant: string, nowMs: number): number => Math.max(0, Date.parse(instant) - nowMs);

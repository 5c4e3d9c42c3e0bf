// Report periods and deadline windows of a task, on the plan's one deadline module (../deadline), never the clock.
import { addCalendarDuration, type Explanation, type NonWorkingDayRule } from '../calendar';
import { endOfDay, endOfMonth, endOfQuarter, endOfYear, toShanghai } from '../deadline';
import type { Duration } from '../duration';

export type Cadence = 'monthly' | 'quarterly' | 'yearly';

const quarterOf = (month: number): number => Math.ceil(month / 3);

/** end of the report period that contains the plan's issue date (YYYY-MM-DD) */
export function firstPeriodEnd(issuedOn: string, cadence: Cadence): string {
  const [y = 1970, m = 1] = issuedOn.split('-').map(Number);
  if (cadence === 'monthly') return endOfMonth(y, m);
  return cadence === 'yearly' ? endOfYear(y) : endOfQuarter(y, quarterOf(m));
}

/** end of the report period after the one ending at `due` */
export function nextPeriodEnd(due: string, cadence: Cadence): string {
  const { year, month } = toShanghai(due);
  if (cadence === 'yearly') return endOfYear(year + 1);
  if (cadence === 'monthly') return month === 12 ? endOfMonth(year + 1, 1) : endOfMonth(year, month + 1);
  const q = quarterOf(month);
  return q === 4 ? endOfQuarter(year + 1, 1) : endOfQuarter(year, q + 1);
}

/**
 * The deadline `window` after `from`, at the end of that day (months clamp to the month's last day;
 * working days follow the State Council calendar), moved off a day off when the plan's rule says so.
 * Returns the due instant and how it was computed, in Chinese and English.
 */
export function addWindow(from: string, window: Duration, rule: NonWorkingDayRule): { due: string; explanation: Explanation } {
  const { year, month, day } = toShanghai(from);
  const r = addCalendarDuration(endOfDay(year, month, day), window, { onNonWorkingDay: rule });
  return { due: r.due, explanation: r.explanation };
}

/** a strictly before b (instants with any offset) */
export const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);
export const sameInstant = (a: string, b: string): boolean => Date.parse(a) === Date.parse(b);

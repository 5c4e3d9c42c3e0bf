// Private date arithmetic for milestones: report period ends and windows, at 23:59:59 +08:00, never the clock.
import { addCalendarDuration, type Explanation, type NonWorkingDayRule } from '../calendar';
import type { Duration } from '../duration';

const OFFSET_MS = 8 * 3600 * 1000; // Asia/Shanghai has no DST

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** the instant that ends a calendar day in the plan's zone */
export const endOfDay = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}T23:59:59+08:00`;

const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** calendar date of an instant in +08:00 */
export function localDate(instant: string): { y: number; m: number; d: number } {
  const t = new Date(Date.parse(instant) + OFFSET_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const quarterEnd = (y: number, m: number): string => {
  const qm = Math.ceil(m / 3) * 3;
  return endOfDay(y, qm, lastDayOfMonth(y, qm));
};

export type Cadence = 'quarterly' | 'yearly';

/** end of the report period that contains the plan's issue date (YYYY-MM-DD) */
export function firstPeriodEnd(issuedOn: string, cadence: Cadence): string {
  const [y = 1970, m = 1] = issuedOn.split('-').map(Number);
  return cadence === 'yearly' ? endOfDay(y, 12, 31) : quarterEnd(y, m);
}

/** end of the report period after the one ending at `due` */
export function nextPeriodEnd(due: string, cadence: Cadence): string {
  const { y, m } = localDate(due);
  if (cadence === 'yearly') return endOfDay(y + 1, 12, 31);
  return m === 12 ? quarterEnd(y + 1, 1) : quarterEnd(y, m + 1);
}

/**
 * The deadline `window` after `from`, at the end of that day (months clamp to the month's last day;
 * working days follow the State Council calendar), moved off a day off when the plan's rule says so.
 * Returns the due instant and how it was computed, in Chinese and English.
 */
export function addWindow(from: string, window: Duration, rule: NonWorkingDayRule): { due: string; explanation: Explanation } {
  const { y, m, d } = localDate(from);
  const start = endOfDay(y, m, d);
  const r = addCalendarDuration(start, window, { onNonWorkingDay: rule });
  return { due: r.due, explanation: r.explanation };
}

/** a strictly before b (instants with any offset) */
export const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);
export const sameInstant = (a: string, b: string): boolean => Date.parse(a) === Date.parse(b);

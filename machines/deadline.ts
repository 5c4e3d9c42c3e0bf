// Deadline math (期限计算): ends of periods and durations in Asia/Shanghai, pure — it never reads the clock.
import type { Duration } from './duration';
import type { Instant } from './schedule';
import { addCalendarDuration } from './calendar';
import { formatIsoDate, lastDayOfMonth, parseIsoDate } from './calendar/days';

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
export const SHANGHAI_OFFSET = '+08:00';
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface LocalDateTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// one civil-calendar arithmetic for the domain: the working-day calendar's (machines/calendar/days)
export { lastDayOfMonth };

/** True when year-month-day names a real calendar day (2月30日 does not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= lastDayOfMonth(year, month);
}

/** Formats wall-clock time in Shanghai as `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function formatShanghai(t: LocalDateTime): Instant {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${SHANGHAI_OFFSET}`;
}

/** Wall-clock fields in Shanghai of any ISO instant (whatever its offset). */
export function toShanghai(instant: Instant): LocalDateTime {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return fieldsOf(ms + OFFSET_MS);
}

/** The instant `ms` after the epoch, in Shanghai wall-clock terms (whole seconds): the caller passes the time. */
export function fromEpochMs(ms: number): Instant {
  return formatShanghai(fieldsOf(Math.floor(ms / 1000) * 1000 + OFFSET_MS));
}

/** 23:59:59 on the given day; throws RangeError on a day that does not exist. */
export function endOfDay(year: number, month: number, day: number): Instant {
  if (!isValidDate(year, month, day)) throw new RangeError(`no such date: ${year}-${month}-${day}`);
  return formatShanghai({ year, month, day, hour: 23, minute: 59, second: 59 });
}

/** 月底: the last day of the month at 23:59:59. */
export function endOfMonth(year: number, month: number): Instant {
  return endOfDay(year, month, month >= 1 && month <= 12 ? lastDayOfMonth(year, month) : 0);
}

/** 季度: quarter 1–4 ends on Mar 31, Jun 30, Sep 30, Dec 31. */
export function endOfQuarter(year: number, quarter: number): Instant {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`no such quarter: ${quarter}`);
  return endOfMonth(year, quarter * 3);
}

/** 年底 / a year alone: Dec 31 at 23:59:59. */
export function endOfYear(year: number): Instant {
  return endOfDay(year, 12, 31);
}

function fromFields(t: LocalDateTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

function fieldsOf(localMs: number): LocalDateTime {
  const d = new Date(localMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Moves an instant by whole calendar days, keeping its wall-clock time in Shanghai. */
export function shiftDays(instant: Instant, days: number): Instant {
  return formatShanghai(fieldsOf(fromFields(toShanghai(instant)) + days * DAY_MS));
}

/**
 * The instant a Duration after `instant`, in Shanghai wall-clock terms (a date on a day off is kept).
 * One rule for all three units: the calendar's `addCalendarDuration`, which also explains its result.
 */
export function addDuration(instant: Instant, duration: Duration): Instant {
  return addCalendarDuration(instant, duration, { onNonWorkingDay: 'keep' }).due;
}


/** The Shanghai calendar date (`YYYY-MM-DD`) of an instant or of epoch milliseconds. */
export const shanghaiDateOf = (instant: Instant | number): string =>
  fromEpochMs(typeof instant === 'number' ? instant : Date.parse(instant)).slice(0, 10);

/** The end (23:59:59) of a `YYYY-MM-DD` day in Shanghai: a report "as of" a date counts that whole day. */
export const endOfDate = (date: string): Instant => `${date}T23:59:59${SHANGHAI_OFFSET}`;

/**
 * Days from one instant to another, a day begun counting whole (a due at 10:00 today is one day overdue at
 * midnight) — for overdue and remaining days; `daysBetween` below counts calendar dates.
 */
export const daysBegun = (from: Instant, to: Instant): number => Math.ceil((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

/** Moves a `YYYY-MM-DD` date by whole days. */
export function shiftDate(date: string, days: number): string {
  return formatIsoDate(parseIsoDate(date) + days);
}

// Day arithmetic in Asia/Shanghai by integer day numbers: no Date, no clock, no time-zone database.
import { CalendarError, type IsoDate, type Weekday } from './schema';

/** Days since 1970-01-01; every calendar step in this module is integer arithmetic on these. */
export type DayNumber = number;

/** A moment as Shanghai wall-clock: its day, and seconds since that day's midnight. */
export interface ShanghaiTime {
  day: DayNumber;
  secondOfDay: number;
}

// Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
const SHANGHAI_OFFSET_SECONDS = 8 * 3600;
const DAY_SECONDS = 86_400;
export const END_OF_DAY_SECONDS = DAY_SECONDS - 1;

const WEEKDAYS: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// Proleptic Gregorian day counting after Howard Hinnant's days_from_civil / civil_from_days.
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function lastDayOfMonth(year: number, month: number): number {
  const next = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  return next - dayFromCivil(year, month, 1);
}

function validCivil(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

export function parseIsoDate(date: IsoDate): DayNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  if (!m || !validCivil(year, month, day)) {
    throw new CalendarError('CALENDAR_INVALID_DATE', `not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return dayFromCivil(year, month, day);
}

export function formatIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function yearOf(dayNumber: DayNumber): number {
  return civilFromDay(dayNumber).year;
}

export function weekdayOf(dayNumber: DayNumber): Weekday {
  // Day 0 (1970-01-01) was a Thursday.
  return WEEKDAYS[(((dayNumber + 4) % 7) + 7) % 7] ?? 'Sun';
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 'Sat' || weekday === 'Sun';
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Reads an ISO instant with any offset as Shanghai wall-clock; fractions of a second are dropped. */
export function parseInstant(instant: string): ShanghaiTime {
  const m = INSTANT.exec(instant);
  const field = (i: number): number => Number(m?.[i] ?? 0);
  const [hour, minute, second] = [field(4), field(5), field(6)];
  if (!m || !validCivil(field(1), field(2), field(3)) || hour > 23 || minute > 59 || second > 59) {
    throw new CalendarError('CALENDAR_INVALID_INSTANT', `not an ISO instant with offset: ${instant}`);
  }
  const offset = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (field(9) * 3600 + field(10) * 60);
  const utc = dayFromCivil(field(1), field(2), field(3)) * DAY_SECONDS + hour * 3600 + minute * 60 + second - offset;
  const local = utc + SHANGHAI_OFFSET_SECONDS;
  const day = Math.floor(local / DAY_SECONDS);
  return { day, secondOfDay: local - day * DAY_SECONDS };
}

/** Formats Shanghai wall-clock as `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function formatInstant(time: ShanghaiTime): string {
  const s = time.secondOfDay;
  const clock = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return `${formatIsoDate(time.day)}T${clock}+08:00`;
}

/** Calendar months later, keeping the day of month but clamping to the month's end (Jan 31 + 1 → Feb 28/29). */
export function addMonths(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return dayFromCivil(toYear, toMonth, Math.min(day, lastDayOfMonth(toYear, toMonth)));
}

// What kind of day a date is (workday, weekend, holiday, make-up workday), and stepping over working days.
import { calendarData } from './data';
import { formatIsoDate, isWeekend, parseIsoDate, weekdayOf, yearOf, type DayNumber } from './days';
import { CalendarError, type DayInfo, type IsoDate } from './schema';

// Built once at module load from the bundled constant: the same on every replay.
const holidays = new Map<string, string>();
const makeupWorkdays = new Map<string, string>();
for (const year of Object.values(calendarData.byYear)) {
  for (const [date, name] of Object.entries(year.holidays)) holidays.set(date, name);
  for (const [date, name] of Object.entries(year.makeupWorkdays)) makeupWorkdays.set(date, name);
}
const announcedYears = new Set(calendarData.years);

/** The years the calendar knows from the State Council's announcements. */
export const ANNOUNCED_YEARS: readonly number[] = calendarData.years;
export const CALENDAR_SOURCE: string = calendarData.source;

/** True when the year's holidays and make-up days are in the bundled data; other years count weekends only. */
export function isYearAnnounced(year: number): boolean {
  return announcedYears.has(year);
}

export function dayInfoOf(day: DayNumber): DayInfo {
  const date = formatIsoDate(day);
  const base = { date, weekday: weekdayOf(day), fallback: !isYearAnnounced(yearOf(day)) };
  const holiday = holidays.get(date);
  if (holiday !== undefined) return { ...base, kind: 'holiday', holiday };
  const makeup = makeupWorkdays.get(date);
  if (makeup !== undefined) return { ...base, kind: 'makeupWorkday', holiday: makeup };
  return { ...base, kind: isWeekend(day) ? 'weekend' : 'workday' };
}

export function isWorkingDayNumber(day: DayNumber): boolean {
  const { kind } = dayInfoOf(day);
  return kind === 'workday' || kind === 'makeupWorkday';
}

/** The kind of a `YYYY-MM-DD` day in Shanghai; `fallback: true` when its year is not announced. */
export function dayKind(date: IsoDate): DayInfo {
  return dayInfoOf(parseIsoDate(date));
}

/** Whether people work that day: a weekday that is not a holiday, or a make-up working day (调休上班). */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNumber(parseIsoDate(date));
}

/** Collects the unannounced years among the days a computation relied on, sorted. */
export class FallbackYears {
  private readonly years = new Set<number>();
  note(day: DayNumber): void {
    const year = yearOf(day);
    if (!isYearAnnounced(year)) this.years.add(year);
  }
  list(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }
}

export function assertCount(amount: number, what: string, sign: 'signed' | 'nonNegative' = 'signed'): void {
  if (!Number.isSafeInteger(amount) || (sign === 'nonNegative' && amount < 0)) {
    const expected = sign === 'signed' ? 'a whole number' : 'a whole number, not negative';
    throw new CalendarError('CALENDAR_INVALID_AMOUNT', `${what} must be ${expected}, got ${amount}`);
  }
}

/**
 * The |n|th working day after (n > 0) or before (n < 0) a day; the day itself never counts, and n = 0
 * returns it unchanged.
 */
export function stepWorkingDays(from: DayNumber, n: number, seen: FallbackYears): DayNumber {
  assertCount(n, 'working days');
  const step = n < 0 ? -1 : 1;
  let day = from;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    seen.note(day);
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return day;
}

/** The day itself when people work on it, else the first working day after it. */
export function nextWorkingDayFrom(from: DayNumber, seen: FallbackYears): DayNumber {
  let day = from;
  seen.note(day);
  while (!isWorkingDayNumber(day)) {
    day += 1;
    seen.note(day);
  }
  return day;
}

/** Signed working-day shift of a date: `shiftWorkingDays('2025-09-30', 5)` is 2025-10-14. */
export function shiftWorkingDays(date: IsoDate, n: number): { date: IsoDate; fallbackYears: number[] } {
  const seen = new FallbackYears();
  const day = stepWorkingDays(parseIsoDate(date), n, seen);
  return { date: formatIsoDate(day), fallbackYears: seen.list() };
}

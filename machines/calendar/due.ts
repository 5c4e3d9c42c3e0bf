// Due dates on the working-day calendar: durations from an instant, reminder leads before it, days off moved over.
import type { Duration } from '../duration';
import { addMonths, END_OF_DAY_SECONDS, formatInstant, formatIsoDate, parseInstant, yearOf, type ShanghaiTime } from './days';
import { compose, describeDay, describeDays, fallbackClause, type Clause } from './explain';
import { assertCount, dayInfoOf, FallbackYears, isWorkingDayNumber, nextWorkingDayFrom, stepWorkingDays } from './lookup';
import type { DayInfo, Explanation, NonWorkingDayRule } from './schema';

/** A computed instant, why it is that instant, and the unannounced years it had to assume were weekends-only. */
export interface CalendarResult {
  due: string;
  explanation: Explanation;
  fallbackYears: number[];
}

export interface AddDurationOptions {
  /** Printed dates are 'keep' (the document's date stands); computed windows use 'nextWorkingDay'. */
  onNonWorkingDay: NonWorkingDayRule;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function durationHeadline(duration: Duration, from: string, to: string): Clause {
  const n = duration.amount;
  switch (duration.unit) {
    case 'days':
      return { en: `${plural(n, 'day', 'days')} from ${from} → ${to}`, zh: `自${from}起${n}天 → ${to}` };
    case 'months':
      return { en: `${plural(n, 'month', 'months')} from ${from} → ${to}`, zh: `自${from}起${n}个月 → ${to}` };
    case 'workingDays':
      return {
        en: `${plural(n, 'working day', 'working days')} from ${from} → ${to}`,
        zh: `自${from}起${n}个工作日 → ${to}`,
      };
  }
}

interface Landing {
  time: ShanghaiTime;
  note: Clause | undefined;
}

/** Applies the rule to a time whose day may be off; says what happened when the day is off. */
function land(time: ShanghaiTime, rule: NonWorkingDayRule, seen: FallbackYears): Landing {
  if (rule === 'keep') {
    if (isWorkingDayNumber(time.day)) return { time, note: undefined };
    const off = describeDay(time.day);
    return { time, note: { en: `${off.en} is a day off, kept as set`, zh: `${off.zh}为非工作日，按原定日期不顺延` } };
  }
  const day = nextWorkingDayFrom(time.day, seen);
  if (day === time.day) return { time, note: undefined };
  const off = describeDay(time.day);
  const to = formatIsoDate(day);
  return {
    time: { ...time, day },
    note: {
      en: `${off.en} is a day off, moved to the next working day ${to}`,
      zh: `${off.zh}为非工作日，顺延至下一个工作日${to}`,
    },
  };
}

/**
 * The due instant a Duration after `instant`, in Shanghai:
 * - `days`: natural days, keeping the time of day;
 * - `months`: calendar months, clamped to the month's end (Jan 31 + 1 month → Feb 28/29), keeping the time of day;
 * - `workingDays`: the Nth working day after the start day (which never counts), at 23:59:59+08:00 —
 *   "within 5 working days" gives the whole of the 5th working day.
 * A result on a day off is then kept or moved on by `onNonWorkingDay`.
 */
export function addCalendarDuration(instant: string, duration: Duration, options: AddDurationOptions): CalendarResult {
  assertCount(duration.amount, duration.unit, 'nonNegative');
  const start = parseInstant(instant);
  const seen = new FallbackYears();
  let raw: ShanghaiTime;
  switch (duration.unit) {
    case 'days':
      raw = { ...start, day: start.day + duration.amount };
      break;
    case 'months':
      raw = { ...start, day: addMonths(start.day, duration.amount) };
      break;
    case 'workingDays':
      raw = { day: stepWorkingDays(start.day, duration.amount, seen), secondOfDay: END_OF_DAY_SECONDS };
      break;
  }
  const landing = land(raw, options.onNonWorkingDay, seen);
  const due = landing.time;
  const refYear = yearOf(start.day);
  // Only a working-day count depends on the days in between; other units are explained by where they land.
  const details = duration.unit === 'workingDays' ? describeDays(start.day + 1, due.day, refYear) : [];
  const fallbackYears = seen.list();
  const headline = durationHeadline(duration, formatIsoDate(start.day), formatIsoDate(due.day));
  return {
    due: formatInstant(due),
    explanation: compose(headline, details, [landing.note, fallbackClause(fallbackYears)]),
    fallbackYears,
  };
}

/** A due date landing on a day off: 'keep' (default, for dates printed in a document) or 'nextWorkingDay'. */
export function moveToWorkingDay(
  instant: string,
  rule: NonWorkingDayRule = 'keep',
): CalendarResult & { moved: boolean; day: DayInfo } {
  const time = parseInstant(instant);
  const seen = new FallbackYears();
  const landing = land(time, rule, seen);
  const fallbackYears = seen.list();
  const day = describeDay(time.day);
  // A working day needs no note, so the sentence then just says what the day is.
  const headline = landing.note ?? { en: `${day.en} is a working day`, zh: `${day.zh}为工作日` };
  return {
    due: formatInstant(landing.time),
    moved: landing.time.day !== time.day,
    day: dayInfoOf(time.day),
    explanation: compose(headline, [], [fallbackClause(fallbackYears)]),
    fallbackYears,
  };
}

/**
 * The instant N working days before `instant` (a reminder lead, 提前N个工作日), keeping its time of day;
 * the due day itself does not count, so 1 working day before a Tuesday due is the Monday.
 */
export function subtractWorkingDays(instant: string, amount: number): CalendarResult {
  assertCount(amount, 'working days', 'nonNegative');
  const end = parseInstant(instant);
  const seen = new FallbackYears();
  const day = stepWorkingDays(end.day, -amount, seen);
  const [from, to] = [formatIsoDate(end.day), formatIsoDate(day)];
  const headline: Clause = {
    en: `${plural(amount, 'working day', 'working days')} before ${from} → ${to}`,
    zh: `${from}前${amount}个工作日 → ${to}`,
  };
  const fallbackYears = seen.list();
  return {
    due: formatInstant({ ...end, day }),
    explanation: compose(headline, describeDays(day + 1, end.day - 1, yearOf(end.day)), [fallbackClause(fallbackYears)]),
    fallbackYears,
  };
}

// Explanations of calendar results in Chinese and English, naming the days off and make-up days that moved a date.
import { civilFromDay, formatIsoDate, type DayNumber } from './days';
import { dayInfoOf, isWorkingDayNumber } from './lookup';
import type { DayInfo, Explanation, Weekday } from './schema';

/** One clause of an explanation, in both languages. */
export type Clause = Explanation;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_ZH: Readonly<Record<Weekday, string>> = {
  Sun: '周日', Mon: '周一', Tue: '周二', Wed: '周三', Thu: '周四', Fri: '周五', Sat: '周六',
};

// A year is printed only when it differs from the year the sentence started in.
function dateEn(day: DayNumber, refYear: number): string {
  const { year, month, day: d } = civilFromDay(day);
  const monthDay = `${MONTHS_EN[month - 1] ?? ''} ${d}`;
  return year === refYear ? monthDay : `${monthDay}, ${year}`;
}

function dateZh(day: DayNumber, refYear: number): string {
  const { year, month, day: d } = civilFromDay(day);
  return year === refYear ? `${month}月${d}日` : `${year}年${month}月${d}日`;
}

function offClause(first: DayNumber, last: DayNumber, names: string[], refYear: number): Clause {
  const list = names.join('、');
  if (first === last) {
    return { en: `${dateEn(first, refYear)} off (${list})`, zh: `${dateZh(first, refYear)}放假（${list}）` };
  }
  const [a, b] = [civilFromDay(first), civilFromDay(last)];
  if (a.year === b.year && a.month === b.month) {
    // "Oct 1–8" / "10月1日至8日", the year added once when it is not the sentence's.
    const other = a.year !== refYear;
    const en = `${MONTHS_EN[a.month - 1] ?? ''} ${a.day}–${b.day}${other ? `, ${a.year}` : ''}`;
    const zh = `${other ? `${a.year}年` : ''}${a.month}月${a.day}日至${b.day}日`;
    return { en: `${en} off (${list})`, zh: `${zh}放假（${list}）` };
  }
  return {
    en: `${dateEn(first, refYear)} – ${dateEn(last, refYear)} off (${list})`,
    zh: `${dateZh(first, refYear)}至${dateZh(last, a.year)}放假（${list}）`,
  };
}

function makeupClause(info: DayInfo, day: DayNumber, refYear: number): Clause {
  return {
    en: `${info.weekday} ${dateEn(day, refYear)} a make-up working day`,
    zh: `${dateZh(day, refYear)}（${WEEKDAY_ZH[info.weekday]}）调休上班`,
  };
}

/**
 * The holidays and make-up working days between two days (both included), in date order. Plain
 * weekends are not worth a word; a weekend next to a holiday is part of the same break.
 */
export function describeDays(from: DayNumber, to: DayNumber, refYear: number): Clause[] {
  const clauses: Clause[] = [];
  let day = from;
  while (day <= to) {
    const info = dayInfoOf(day);
    if (info.kind === 'makeupWorkday' && (info.weekday === 'Sat' || info.weekday === 'Sun')) {
      clauses.push(makeupClause(info, day, refYear));
    }
    if (isWorkingDayNumber(day)) {
      day += 1;
      continue;
    }
    const first = day;
    const names: string[] = [];
    while (day <= to && !isWorkingDayNumber(day)) {
      const off = dayInfoOf(day);
      if (off.kind === 'holiday' && !names.includes(off.holiday)) names.push(off.holiday);
      day += 1;
    }
    if (names.length > 0) clauses.push(offClause(first, day - 1, names, refYear));
  }
  return clauses;
}

/** What a date is, for a sentence: "Wed 2025-10-01 (国庆节)" / "2025-10-01（周三，国庆节）". */
export function describeDay(day: DayNumber): Clause {
  const info = dayInfoOf(day);
  const date = formatIsoDate(day);
  const holiday = info.kind === 'holiday' ? info.holiday : undefined;
  return {
    en: holiday ? `${info.weekday} ${date} (${holiday})` : `${info.weekday} ${date}`,
    zh: holiday ? `${date}（${WEEKDAY_ZH[info.weekday]}，${holiday}）` : `${date}（${WEEKDAY_ZH[info.weekday]}）`,
  };
}

export function fallbackClause(years: number[]): Clause | undefined {
  if (years.length === 0) return undefined;
  return {
    en: `${years.join(', ')} not yet announced: weekends only`,
    zh: `${years.map((y) => `${y}年`).join('、')}放假安排尚未公布，仅按周末计算`,
  };
}

/** "headline: a, b; note" / "标题：甲，乙；附注" — details after a colon, side notes after semicolons. */
export function compose(headline: Clause, details: Clause[], notes: (Clause | undefined)[]): Explanation {
  const present = notes.filter((n): n is Clause => n !== undefined);
  const en = details.length > 0 ? `${headline.en}: ${details.map((c) => c.en).join(', ')}` : headline.en;
  const zh = details.length > 0 ? `${headline.zh}：${details.map((c) => c.zh).join('，')}` : headline.zh;
  return {
    en: [en, ...present.map((n) => n.en)].join('; '),
    zh: [zh, ...present.map((n) => n.zh)].join('；'),
  };
}

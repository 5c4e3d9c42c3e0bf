// Dated phrases inside a text (2023年6月底前, 12月底前, 第二季度, 上半年, 6月15日前): one linear scan, the plan's year for year-less ones.
import { endOfDay, endOfMonth, endOfQuarter, endOfYear } from '../machines/deadline';
import type { Instant } from '../machines/schedule';

export interface DatedPhrase {
  /** the words as found, e.g. `2020年8月底前` or `12月底前` */
  text: string;
  index: number;
  end: number;
  due: Instant;
  /** 到/至 before it, 前/底/末 after it: the words that make a date a deadline */
  marked: boolean;
  /** a bare year (到2022年) rather than a month, quarter or half */
  yearOnly: boolean;
  /** a year-less phrase after a dated one of the same text (`2017年6月底前…、9月底前`): the phrase whose year it takes */
  yearFrom: string | null;
}

export interface DateScan {
  found: DatedPhrase[];
  /** phrases that name an impossible date or need a year the plan does not give */
  problems: string[];
}

const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const numeral = (s: string): number => NUMERAL[s] ?? Number(s);

// bounded quantifiers only: every match costs a constant, so the scan is linear in the text
const PHRASE = new RegExp(
  [
    '(到|至)?(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?(底|末)?|第?([一二三四五六七八九1-9])季度(?:末|底)?|(上半年|年中|下半年)|(底|末|内))?(前)?',
    '(\\d{1,2})月(?:(\\d{1,2})日)?(底|末)?(前)?',
    '第?([一二三四1-4])季度(末|底)?(前)?',
    '(上半年|年中|下半年|年底|年末|年内)(前)?',
    // the plan's year named by where it stands (今年 / 当年 / 明年 / 次年 / 后年): the forms of a printed year after it
    // …`明年年底` as `明年底`
    '(今年|本年度?|当年|明年|次年|翌年|后年)(?:(\\d{1,2})月(?:(\\d{1,2})日)?(底|末)?|第?([一二三四1-4])季度(?:末|底)?|(上半年|年中|下半年)|年?(底|末|内))?(前)?',
    // dates printed with figures only: 2024.12, 2024.6.30, 2024/12/31, 2024-12-31 (a range 2024-2025 is none)
    '(\\d{4})[.．/\\-](1[0-2]|0?[1-9])(?:[.．/\\-](3[01]|[12]\\d|0?[1-9]))?(?![\\d.．/\\-])(前)?',
  ].join('|'),
  'g',
);

type Groups = (string | undefined)[];

/** A numeral right before 年内 / 年底 makes it a number of years. */
const YEAR_COUNT = /[0-9０-９一二三四五六七八九十两几多数半]/;

/** How many years after the plan's year a word for a year names. */
const YEAR_AFTER: Record<string, number> = { 今年: 0, 本年: 0, 本年度: 0, 当年: 0, 明年: 1, 次年: 1, 翌年: 1, 后年: 2 };

interface Due {
  due: () => Instant;
  marked: boolean;
  yearOnly: boolean;
  /** a month read without its day (10月, 10月底), which 上旬 / 中旬 / 下旬 after it may narrow */
  month?: [number, number];
}

/** A year and its forms (groups from `at`: month, day, 底/末, quarter, half, 底/末/内, 前), as a printed year's are read. */
function dueInYear(y: number, g: Groups, at: number, marked: boolean): Due {
  const [month, day, , quarter, half] = [g[at], g[at + 1], g[at + 2], g[at + 3], g[at + 4]];
  if (month) return { due: () => (day ? endOfDay(y, Number(month), Number(day)) : endOfMonth(y, Number(month))), marked: true, yearOnly: false, ...(day ? {} : { month: [y, Number(month)] as [number, number] }) };
  if (quarter) return { due: () => endOfQuarter(y, numeral(quarter)), marked: true, yearOnly: false };
  if (half) return { due: () => (half === '下半年' ? endOfYear(y) : endOfMonth(y, 6)), marked: true, yearOnly: false };
  return { due: () => endOfYear(y), marked, yearOnly: true };
}

/** The due instant of one match, given the plan's year for the year-less forms. */
function dueOf(g: Groups, year: number | null): Due | 'needsYear' {
  if (g[27]) {
    const [y, m, d] = [Number(g[27]), Number(g[28]), g[29]];
    return { due: () => (d ? endOfDay(y, m, Number(d)) : endOfMonth(y, m)), marked: Boolean(g[30]), yearOnly: false, ...(d ? {} : { month: [y, m] as [number, number] }) };
  }
  if (g[19]) {
    if (year === null) return 'needsYear';
    return dueInYear(year + (YEAR_AFTER[g[19]] ?? 0), g, 20, Boolean(g[25] ?? g[26]));
  }
  if (g[2]) return dueInYear(Number(g[2]), g, 3, Boolean(g[1] ?? g[5] ?? g[8] ?? g[9]));
  if (year === null) return 'needsYear';
  if (g[10]) return { ...dueInYear(year, g, 10, true), marked: Boolean(g[12] ?? g[13]) };
  if (g[14]) return { due: () => endOfQuarter(year, numeral(g[14] ?? '')), marked: true, yearOnly: false };
  const half = g[17] ?? '';
  return { due: () => (half === '上半年' || half === '年中' ? endOfMonth(year, 6) : endOfYear(year)), marked: true, yearOnly: false };
}

/** 上旬 / 中旬 / 下旬 after a month (10月中旬前). */
const TEN_DAYS = /^([上中下])旬(前)?/;

/** A due instant, or null where the date is impossible (the scan reports it). */
const safeDue = (d: Due): Instant | null => {
  try {
    return d.due();
  } catch {
    return null;
  }
};

/** Whether a date falls before another (instants of one offset compare as text). */
const dueBefore = (d: Due, other: Instant | null): boolean => {
  const due = safeDue(d);
  return due !== null && other !== null && due < other;
};

/** What a year-less phrase is reported with where nothing gives the plan a year (the import asks for one then). */
export const NO_YEAR = '未写年份，文件也没有可用的年份 (no year to anchor it)';

/**
 * Every dated phrase of `text` in order; impossible dates and year-less phrases without a year become problems. A
 * year-less phrase after a phrase of a year and a month, quarter or half (`2017年6月底前下达60%、9月底前下达80%`, `2024.6`)
 * is of that year, as a reader takes it, before the plan's own; a bare year (`2019年以来`) lends none.
 */
export function scanDates(text: string, year: number | null): DateScan {
  const found: DatedPhrase[] = [];
  const problems: string[] = [];
  let lent: { year: number; words: string; due: Instant | null } | null = null;
  for (const m of text.matchAll(PHRASE)) {
    const words = m[0];
    if (words === '' || words === '前') continue;
    const g: Groups = [...m];
    // a bare 年 with nothing around it is not a date (年底 needs 底, 年内 needs 内)
    if (!g[2] && !g[10] && !g[14] && !g[17] && !g[19] && !g[27]) continue;
    // `初创3年内`, `两年内`: a count of years (a condition or a span), not the plan year's 年内
    if (g[17] && words.startsWith('年') && YEAR_COUNT.test(text[m.index - 1] ?? '')) continue;
    // a year-less phrase (12月底前, 第三季度, 年底) borrows; one naming its year (2024年, 2024.6, 明年) does not
    const borrows = !g[2] && !g[19] && !g[27] && lent !== null;
    const lender = lent;
    let read = dueOf(g, borrows && lender ? lender.year : year);
    // `2020年12月开工，6月底前完成`: a date before the one that lent its year falls in the year after
    if (borrows && lender && read !== 'needsYear' && dueBefore(read, lender.due)) read = dueOf(g, lender.year + 1);
    if (read !== 'needsYear' && ((g[2] && (g[3] || g[6] || g[7])) || g[27])) lent = { year: Number(g[2] ?? g[27]), words, due: safeDue(read) };
    if (read === 'needsYear') {
      problems.push(`「${words}」${NO_YEAR}`);
      continue;
    }
    try {
      const yearFrom = borrows ? (lent?.words ?? null) : null;
      // `10月中旬`: the ten days of a month end on its 10th, its 20th, or its last day
      const tenDays = read.month ? TEN_DAYS.exec(text.slice(m.index + words.length, m.index + words.length + 3)) : null;
      if (tenDays && read.month) {
        const [y, month] = read.month;
        const due = tenDays[1] === '下' ? endOfMonth(y, month) : endOfDay(y, month, tenDays[1] === '上' ? 10 : 20);
        found.push({ text: `${words}${tenDays[0]}`, index: m.index, end: m.index + words.length + tenDays[0].length, due, marked: true, yearOnly: false, yearFrom });
        continue;
      }
      // `至2025年秋季学期`, `2024年春节前`: a year its season or holiday follows names no day of it (a problem, never Dec 31)
      const season = read.yearOnly ? VAGUE_TIME.exec(text.slice(m.index + words.length, m.index + words.length + SEASON_REACH)) : null;
      if (season?.index === 0) {
        problems.push(`「${words}${season[0]}」是季节或节日，不能读作确切日期 (a season: no exact date)`);
        continue;
      }
      found.push({ text: words, index: m.index, end: m.index + words.length, due: read.due(), marked: read.marked, yearOnly: read.yearOnly, yearFrom });
    } catch (err) {
      problems.push(`${words}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { found, problems };
}

/** How far after a year its season is looked for: right after it (`2025年秋季`). */
const SEASON_REACH = 4;

/** Seasons and holidays a list may name (春节前, 汛期前, 秋季开学前): no exact date can be read from them. */
export const VAGUE_TIME = /(春节|元旦|国庆|清明|端午|中秋|汛期|汛前|开学|春季|夏季|秋季|冬季|旺季|雨季|年前|节前|届内)/;

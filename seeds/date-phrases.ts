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
  ].join('|'),
  'g',
);

type Groups = (string | undefined)[];

/** A numeral right before 年内 / 年底 makes it a number of years. */
const YEAR_COUNT = /[0-9０-９一二三四五六七八九十两几多数半]/;

/** The due instant of one match, given the plan's year for the year-less forms. */
function dueOf(g: Groups, year: number | null): { due: () => Instant; marked: boolean; yearOnly: boolean } | 'needsYear' {
  if (g[2]) {
    const y = Number(g[2]);
    const marked = Boolean(g[1] ?? g[5] ?? g[8] ?? g[9]);
    if (g[3]) return { due: () => (g[4] ? endOfDay(y, Number(g[3]), Number(g[4])) : endOfMonth(y, Number(g[3]))), marked: true, yearOnly: false };
    if (g[6]) return { due: () => endOfQuarter(y, numeral(g[6] ?? '')), marked: true, yearOnly: false };
    if (g[7]) return { due: () => (g[7] === '下半年' ? endOfYear(y) : endOfMonth(y, 6)), marked: true, yearOnly: false };
    return { due: () => endOfYear(y), marked, yearOnly: true };
  }
  if (year === null) return 'needsYear';
  if (g[10]) return { due: () => (g[11] ? endOfDay(year, Number(g[10]), Number(g[11])) : endOfMonth(year, Number(g[10]))), marked: Boolean(g[12] ?? g[13]), yearOnly: false };
  if (g[14]) return { due: () => endOfQuarter(year, numeral(g[14] ?? '')), marked: true, yearOnly: false };
  const half = g[17] ?? '';
  return { due: () => (half === '上半年' || half === '年中' ? endOfMonth(year, 6) : endOfYear(year)), marked: true, yearOnly: false };
}

/**
 * Every dated phrase of `text` in order; impossible dates and year-less phrases without a year become problems. A
 * year-less phrase after a phrase of a year and a month, quarter or half (`2017年6月底前下达60%、9月底前下达80%`) is of
 * that year, as a reader takes it, before the plan's own; a bare year (`2019年以来`) lends none.
 */
export function scanDates(text: string, year: number | null): DateScan {
  const found: DatedPhrase[] = [];
  const problems: string[] = [];
  let lent: { year: number; words: string } | null = null;
  for (const m of text.matchAll(PHRASE)) {
    const words = m[0];
    if (words === '' || words === '前') continue;
    const g: Groups = [...m];
    // a bare 年 with nothing around it is not a date (年底 needs 底, 年内 needs 内)
    if (!g[2] && !g[10] && !g[14] && !g[17]) continue;
    // `初创3年内`, `两年内`: a count of years (a condition or a span), not the plan year's 年内
    if (g[17] && words.startsWith('年') && YEAR_COUNT.test(text[m.index - 1] ?? '')) continue;
    const borrows = !g[2] && lent !== null;
    const read = dueOf(g, borrows ? (lent?.year ?? year) : year);
    if (g[2] && (g[3] || g[6] || g[7])) lent = { year: Number(g[2]), words };
    if (read === 'needsYear') {
      problems.push(`「${words}」未写年份，文件也没有可用的年份 (no year to anchor it)`);
      continue;
    }
    try {
      found.push({ text: words, index: m.index, end: m.index + words.length, due: read.due(), marked: read.marked, yearOnly: read.yearOnly, yearFrom: borrows ? (lent?.words ?? null) : null });
    } catch (err) {
      problems.push(`${words}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { found, problems };
}

/** Seasons and holidays a list may name (春节前, 汛期前, 秋季开学前): no exact date can be read from them. */
export const VAGUE_TIME = /(春节|元旦|国庆|清明|端午|中秋|汛期|汛前|开学|春季|夏季|秋季|冬季|旺季|雨季|年前|节前|届内)/;

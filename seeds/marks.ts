// Item marks: the numbering that opens an item's line or a table's work cell (1. 1、 （1） ① （一）).
import { chineseNumeral } from './text';

/** `none`: an item printed without a number (a sentence closed by its roles), numbered by its place */
/** `ordinal`: 第一组, 第3项 — a group or item counted in words, its roles after it */
export type Style = 'cnParen' | 'dot' | 'numParen' | 'circled' | 'none' | 'cnComma' | 'ordinal';

export interface Marker {
  style: Style;
  /** the number as printed: 一, 1, ① */
  printed: string;
  /** the whole marker as printed: （一）, 1., ① */
  mark: string;
  n: number;
  body: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** ⑴ … ⒇ (U+2474–2487) and ⒈ … ⒛ (U+2488–249B): (1) and 1. printed as one character each. */
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOPPED = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const ONE_CHARACTER: readonly [string, Style][] = [
  [PARENTHESIZED, 'numParen'],
  [FULL_STOPPED, 'dot'],
  [CIRCLED, 'circled'],
];

/** The numbering that opens a line: （一） (一) 1. 1、 1﹒ （1） (1) 1） ⑴ ⒈ ①; `4.5` and `1.2万` are numbers, not marks. */
export function markerOf(line: string): Marker | null {
  const s = line.replace(/^[\s\u3000]+/, '');
  let m = /^([（(])([一二三四五六七八九十]{1,3})([）)])/.exec(s);
  if (m) return { style: 'cnParen', printed: m[2] ?? '', mark: m[0], n: chineseNumeral(m[2] ?? '') ?? 0, body: s.slice(m[0].length) };
  // `第一组 牵头单位:…`, `第3项：…`: a group or item counted in words, then a space, a colon or a stop (第一季度, 第二批 are no mark)
  m = /^第([一二三四五六七八九十]{1,3}|\d{1,3})(组|项)(?:[\s\u3000]+|[：:、．.]|$)/.exec(s);
  if (m) return { style: 'ordinal', printed: `第${m[1] ?? ''}${m[2] ?? ''}`, mark: m[0], n: chineseNumeral(m[1] ?? '') ?? Number(m[1]), body: s.slice(m[0].length) };
  // `1。在…`: a copy that turned the stop into a full stop; only before a character, never a number's end (`…12。`)
  // `1 . 严格…`: a copy that scatters spaces puts one between the number and its stop
  m = /^(\d{1,3})[ \u3000]?([.、．﹒])(?!\d)|^(\d{1,3})([.．])(?=\d{4}年)|^(\d{1,3})。(?=[\u4e00-\u9fff])/.exec(s);
  if (m) return { style: 'dot', printed: m[1] ?? m[3] ?? m[5] ?? '', mark: m[0], n: Number(m[1] ?? m[3] ?? m[5]), body: s.slice(m[0].length) };
  // `01 项目名称：…`: a number padded with a zero, then a space, is a mark however little else it prints
  m = /^0([1-9])[ \u3000]+(?=[\u4e00-\u9fff])/.exec(s);
  if (m) return { style: 'dot', printed: m[1] ?? '', mark: m[0], n: Number(m[1]), body: s.slice(m[0].length) };
  m = /^[（(](\d{1,3})[）)]/.exec(s);
  if (m) return { style: 'numParen', printed: m[1] ?? '', mark: m[0], n: Number(m[1]), body: s.slice(m[0].length) };
  // `1）加强…`, `1)`: the half bracket a Word list prints is (1)'s level; `⑴` is (1) in one character, `⒈` is 1.
  m = /^(\d{1,2})[）)](?=[\u4e00-\u9fff“"《（(【])/.exec(s);
  if (m) return { style: 'numParen', printed: m[1] ?? '', mark: m[0], n: Number(m[1]), body: s.slice(m[0].length) };
  // a mark of one character: its place in its series is its number (an empty line is no mark: indexOf('') finds one at 0)
  const ch = s[0] ?? '';
  for (const [series, style] of ONE_CHARACTER) {
    const c = ch === '' ? -1 : series.indexOf(ch);
    if (c >= 0) return { style, printed: ch, mark: ch, n: c + 1, body: s.slice(1) };
  }
  return null;
}

/** The number of an Arabic or circled mark opening a text (`3、`, `（3）`, `3.`, `③`), as printed; null when it opens with none. */
export function numberMark(text: string): { n: number; printed: string } | null {
  const m = markerOf(text);
  return m && m.style !== 'cnParen' ? { n: m.n, printed: m.printed } : null;
}

// A page copied as one line (its paragraphs joined by spaces): the line cut back into items where numbering follows a space.
import { chineseNumeral } from './text';

/** A mark that opens an item or a section: 1. 1、 （1） (一) 一、 — only looked at right after a space. */
const RUN_IN_MARK = /^(?:(\d{1,3})[.、．﹒](?!\d)|[（(](\d{1,3})[）)]|[（(]([一二三四五六七八九十]{1,3})[）)]|([一二三四五六七八九十]{1,3})、)/;

export interface RunIn {
  /** the pieces of the line, each starting at a mark but the first */
  pieces: string[];
  /** the marks the line was cut at, as printed */
  marks: string[];
}

/**
 * The pieces of a line that holds several numbered items, or null when it holds at most one. A cut is made
 * only before a mark that follows a space, and only when two of the arabic marks (or two bracketed numerals) number one
 * after the other (`… 1.… 2.…`, `… （二十六）… （二十七）…`): a lone `3.` after a space inside a sentence is left alone. One scan, a bounded look at each space.
 */
export function splitRunIn(line: string): RunIn | null {
  const cuts: { at: number; mark: string; n: number | null; style: 'arabic' | 'numeral' }[] = [];
  for (let i = 1; i < line.length; i += 1) {
    if (!/[ \u3000]/.test(line[i - 1] ?? '') || /[ \u3000]/.test(line[i] ?? '')) continue;
    const m = RUN_IN_MARK.exec(line.slice(i, i + 8));
    if (!m) continue;
    const arabic = m[1] ?? m[2];
    // arabic marks count for the check, and bracketed numerals (（二十六） （二十七）) among themselves; sections (一、) are cut
    // too once the check holds
    const numeral = m[3] ? chineseNumeral(m[3]) : null;
    cuts.push({ at: i, mark: m[0], n: arabic ? Number(arabic) : numeral, style: arabic ? 'arabic' : 'numeral' });
  }
  const consecutive = (['arabic', 'numeral'] as const).some((style) => {
    const numbered = cuts.filter((c) => c.n !== null && c.style === style);
    return numbered.some((c, k) => k > 0 && c.n === (numbered[k - 1]?.n ?? -1) + 1);
  });
  if (!consecutive) return null;
  const pieces: string[] = [];
  let start = 0;
  for (const c of cuts) {
    pieces.push(line.slice(start, c.at).trim());
    start = c.at;
  }
  pieces.push(line.slice(start).trim());
  return { pieces: pieces.filter((p) => p !== ''), marks: cuts.map((c) => c.mark) };
}

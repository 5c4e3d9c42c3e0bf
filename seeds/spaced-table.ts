// A table whose cells a copy parted by runs of spaces instead of tabs (`序号    工作任务    牵头单位`), as text copies of PDFs and pages print them.
import type { Block, RowBlock } from './blocks';
import { type Field, fieldOf, isHeaderWord } from './columns';
import { headerFields, numberColumnFields } from './items';
import type { Reporter } from './reporter';
import { sectionHeading } from './text';

/** Two spaces or more, or an ideographic space, part cells; one space is part of a cell's words. */
const GAP = /[ \u00a0]{2,}|\u3000+/;

const cellsOf = (text: string): string[] => text.trim().split(GAP).map((c) => c.trim()).filter((c) => c !== '');

/**
 * Row blocks for such a table, or null when the blocks hold none: the first text line whose cells, parted by runs of
 * spaces, are a header (序号 · 工作任务 · 牵头单位 …), then every text line after it parted into two cells or more. A line of
 * one cell stays text (a section title, or a cell's words wrapped onto a line of their own). The rows are read as a
 * PDF's text rows are (`textTable`), since a copy that lost its tabs may have lost a cell's bounds too.
 */
export function spacedRows(printed: readonly Block[], reporter?: Reporter): Block[] | null {
  const blocks = oneLineTable(printed, reporter);
  const at = blocks.findIndex((b) => b.kind === 'text' && GAP.test(b.text.trim()) && cellsOf(b.text).length >= 3 && headerFields(cellsOf(b.text)) !== null);
  if (at < 0) return singleSpacedRows(blocks, reporter);
  return blocks.map((b, i): Block => {
    if (i < at || b.kind !== 'text') return b;
    const cells = cellsOf(b.text);
    return cells.length >= 2 ? { kind: 'row', cells, line: b.line, origin: 'textTable' } : b;
  });
}

/** A line's words parted by single spaces; a header word printed spaced out (`工 作 任 务`) is one word again. */
const wordsOf = (text: string): string[] =>
  text
    .trim()
    .split(/[ \u00a0]+/)
    .reduce<string[]>((out, w, i, all) => {
      const single = (x: string | undefined): boolean => x !== undefined && /^[\u4e00-\u9fff]$/.test(x);
      const last = out.at(-1);
      // a character alone after a character alone joins it (a word's letters spaced out); the run's first opens it
      if (single(w) && single(all[i - 1]) && last !== undefined) out[out.length - 1] = last + w;
      else out.push(w);
      return out;
    }, []);

/** How many words a one-line page may hold for its table to be parted (a bound on the work, far above any page's). */
const MAX_LINE_WORDS = 20_000;

/**
 * `…二〇一〇年三月三十日 …分解表 序号 工 作 内 容 责任部门 完成时限 一、… 1 推进… 各级…办公室 全年 2 出台… …`: a page copied as one line,
 * a header of single-spaced column words inside it (序号 first) and its rows after it, each opening with its number in order
 * (1, 2, 3 … or from the excerpt's first), a section heading between them a line of its own: the line parted into the text
 * before the header, the header and a line per row, reported; any other block as it is.
 */
function oneLineTable(blocks: readonly Block[], reporter?: Reporter): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'text') return [b];
    const words = wordsOf(b.text);
    if (words.length < 8 || words.length > MAX_LINE_WORDS) return [b];
    for (let h = 0; h < words.length; h += 1) {
      if (fieldOf(words[h] ?? '') !== 'no') continue;
      let k = h + 1;
      while (k < words.length && !/^\d+$/.test(words[k] ?? '') && fieldOf(words[k] ?? '') !== null) k += 1;
      if (k - h < 3 || headerFields(words.slice(h, k)) === null) continue;
      const lines: string[][] = [];
      let expected: number | null = null;
      for (const w of words.slice(k)) {
        const n = /^\d{1,3}$/.test(w) ? Number(w) : null;
        // the first row's number stands right after the header or a heading; every later one is the next
        const opens = n !== null && (expected === null ? (lines.at(-1)?.length ?? 0) <= 1 : n === expected);
        if (opens || sectionHeading(w) !== null) {
          lines.push([w]);
          if (opens && n !== null) expected = n + 1;
        } else if (lines.length > 0) lines.at(-1)?.push(w);
        else lines.push([w]);
      }
      if (expected === null || lines.filter((l) => /^\d+$/.test(l[0] ?? '')).length < 2) return [b];
      reporter?.add('cellsAligned', null, b.line, words.slice(h, k).join(' '), `表格印在一行之中（表头「${words.slice(h, k).join(' ')}」、各行以序号开头）：按序号拆成 ${lines.length} 行读取 (a table copied as one line, parted at its row numbers)`);
      const line = (text: string): Block => ({ ...b, text });
      return [...(h > 0 ? [line(words.slice(0, h).join(' '))] : []), line(words.slice(h, k).join(' ')), ...lines.map((l) => line(l.join(' ')))];
    }
    return [b];
  });
}

/** Columns whose cells hold names or dates, not sentences: a copy seldom breaks them over a space. */
const NAMED: ReadonlySet<Field> = new Set(['lead', 'units', 'assisting', 'people', 'schedule', 'roles', 'no']);

/**
 * `负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况`: a header whose cells a copy parted by single spaces, every one a column
 * word (one at most a word no list uses). A line after it of exactly as many space-parted words is a row. A numbered line of
 * more words is a row whose sentences kept the spaces a wrapped cell printed (`加强水资源保 护`): see `alignedCells`. Any other
 * line stays text (a cell's words run on below it). Null when no line is such a header.
 */
function singleSpacedRows(blocks: readonly Block[], reporter?: Reporter): Block[] | null {
  const found = firstHeader(blocks);
  if (!found) return null;
  const { at, fields: header, words: headerWords, before } = found;
  const out: Block[] = [];
  const filled: { line: number; text: string }[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i] as Block;
    if (i < at || b.kind !== 'text') {
      out.push(b);
      continue;
    }
    // the header is the row of the words it was found by (`重点工作任务  主要责任单位`: a double space parts no extra cell there)
    if (i === at) {
      if (before !== '') {
        out.push({ ...b, text: before });
        reporter?.add('cellsAligned', null, b.line, headerWords.join(' '), `表头印在一段文字之后、同一行中：从「${headerWords[0] ?? ''}」起读作表头 (a header at the end of a paragraph's line)`);
      }
      out.push({ kind: 'row', cells: headerWords, line: b.line, origin: 'structured' });
      continue;
    }
    const words = b.text.trim().split(/ /);
    const cells = words.length === header.length ? words : alignedCells(words, header);
    if (cells) {
      out.push({ kind: 'row', cells, line: b.line, origin: 'structured' });
      continue;
    }
    const short = shortRow(blocks, i, words, header);
    if (!short) {
      const empty = emptyCells(words, header);
      if (empty) {
        out.push({ kind: 'row', cells: empty, line: b.line, origin: 'structured' });
        filled.push({ line: b.line, text: b.text.trim().slice(0, 60) });
      } else out.push(b);
      continue;
    }
    out.push(short.row);
    reporter?.add('cellsAligned', null, b.line, short.row.cells.join(' | ').slice(0, 80), `此行只印出 ${words.length} 格，其余 ${short.lines} 行各为一格接在其下：按列补齐（多出的行并入单位格） (a row whose last cells stand on lines of their own)`);
    i += short.taken;
  }
  const [first] = filled;
  if (first !== undefined) reporter?.add('cellsAligned', null, first.line, first.text, `${filled.length} 行编号行少于表头的格数、其下无续行：名称、日期列各取右起一词，其余为事项文字，左侧空出的文字列留空 (rows printing fewer cells than the header)`);
  return out;
}

/** A single-spaced header found: its fields, its words, and the paragraph's words printed before it on its line. */
interface SpacedHeader {
  fields: Field[];
  words: string[];
  before: string;
}

/** The first line that is such a header, and where it stands; null when none is. */
function firstHeader(blocks: readonly Block[]): (SpacedHeader & { at: number }) | null {
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i];
    const found = b?.kind === 'text' ? (spacedHeader(b.text) ?? numberedHeader(blocks, i)) : null;
    if (found) return { ...found, at: i };
  }
  return null;
}

/**
 * Four words or more, each a header's word, at most `unknown` of them (after the first `from`) a word no list uses; or three
 * that are all column words, the first 序号 (`序号 工作任务 牵头负责部门`).
 */
const headerWords = (words: readonly string[], unknown: number, from = 0): boolean =>
  (words.length >= 4 || (words.length === 3 && fieldOf(words[0] ?? '') === 'no')) && words.every((w) => isHeaderWord(w)) && words.slice(from).filter((w) => fieldOf(w) === null).length <= (words.length === 3 ? 0 : unknown);

/**
 * `负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况` on a line of its own, or ending a paragraph's line from its number word on
 * (`…2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位`): four or more words parted by single spaces,
 * every one a column word (one at most a word no list uses). Null when the line holds no such header.
 */
function spacedHeader(text: string): SpacedHeader | null {
  const all = wordsOf(text);
  const header = (words: string[]): Field[] | null => (headerWords(words, 1) ? headerFields(words) : null);
  const whole = header(all);
  if (whole) return { fields: whole, words: all, before: '' };
  const from = all.map((w) => fieldOf(w) === 'no').lastIndexOf(true);
  const tail = from > 0 ? header(all.slice(from)) : null;
  return tail ? { fields: tail, words: all.slice(from), before: all.slice(0, from).join(' ') } : null;
}

/**
 * `条目 重点工作任务 主要责任单位 …` over rows opening with 1: a single-spaced header whose first word no list uses numbers the
 * rows (`numberColumnFields`; the row reader reports it), every other word a column word. Null for any other line.
 */
function numberedHeader(blocks: readonly Block[], i: number): SpacedHeader | null {
  const b = blocks[i];
  if (b?.kind !== 'text') return null;
  const words = wordsOf(b.text);
  if (!headerWords(words, 0, 1)) return null;
  const below = blocks.slice(i + 1, i + 8).flatMap((x) => (x.kind === 'text' && x.text.trim() !== '' ? [wordsOf(x.text)[0]] : [])).slice(0, 2);
  const fields = numberColumnFields(words[0] ?? '', words.slice(1), below);
  return fields ? { fields, words, before: '' } : null;
}

/** Where a header's columns of sentences end: the last one's index, and how many columns of names and dates follow it. */
function columnSplit(header: readonly Field[]): { lastSentence: number; named: number } {
  const lastSentence = header.length - 1 - [...header].reverse().findIndex((f) => !NAMED.has(f));
  return { lastSentence, named: header.length - 1 - lastSentence };
}

/**
 * `1 地区生产总值增长7%以上…。 发改委` under `序号 名称 工作任务 牵头责任单位`: a numbered line of fewer words than the header, no
 * cell of it on the lines below: the columns of names and dates take one word each from the right, the last column of
 * sentences the words left, and the sentence columns before it stay empty (a 名称 the copy printed nothing for). Null for a
 * line that is not such a row.
 */
function emptyCells(words: readonly string[], header: readonly Field[]): string[] | null {
  if (header[0] !== 'no' || !/^\d{1,3}$/.test(words[0] ?? '') || words.length < 3 || words.length >= header.length || words.some((w) => w === '')) return null;
  const { lastSentence, named } = columnSplit(header);
  if (lastSentence < 1 || named < 1 || words.length - 1 - named < 1) return null;
  const tail = words.slice(words.length - named);
  const text = words.slice(1, words.length - named).join(' ');
  return [words[0] ?? '', ...Array.from({ length: lastSentence - 1 }, () => ''), text, ...tail];
}

/**
 * `2 一般公共预算收入增长5%左右。 区财政局` over `区税务局` over `区政府有关部门,各乡镇人民政府…。`: a numbered line of fewer words than
 * the header, its last cells on the lines below it, one a line, until the next numbered line. The last of those lines is the
 * last column's cell; lines beyond the columns left are more names of the unit cell the row's own words end with (a cell of
 * one unit a line). Null when the line is no such row.
 */
function shortRow(blocks: readonly Block[], i: number, words: readonly string[], header: readonly Field[]): { row: RowBlock; taken: number; lines: number } | null {
  if (header[0] !== 'no' || !/^\d{1,3}$/.test(words[0] ?? '') || words.length < 2 || words.length >= header.length || words.some((w) => w === '')) return null;
  const below: { text: string; line: number }[] = [];
  // blank lines between them are a copy's (a blank line after every line), no end of the row
  let last = i;
  for (let j = i + 1; j < blocks.length && below.length < header.length; j += 1) {
    const b = blocks[j];
    if (b?.kind !== 'text') break;
    const text = b.text.trim();
    if (text === '') continue;
    if (/ /.test(text) || /^\d{1,3}[ .、]/.test(text) || sectionHeading(text)) break;
    below.push({ text, line: b.line });
    last = j;
  }
  const left = header.length - words.length;
  if (below.length === 0 || !NAMED.has(header[words.length - 1] ?? 'other')) return null;
  const extra = Math.max(0, below.length - left);
  const cells = [...words];
  const lines = words.map(() => blocks[i]?.line ?? 0);
  // names beyond the columns left join the unit cell the row's words end with
  if (extra > 0) cells[cells.length - 1] = [cells.at(-1), ...below.slice(0, extra).map((x) => x.text)].join('、');
  for (const x of below.slice(extra)) {
    cells.push(x.text);
    lines.push(x.line);
  }
  while (cells.length < header.length) {
    cells.push('');
    lines.push(blocks[i]?.line ?? 0);
  }
  return { row: { kind: 'row', cells, cellLines: lines, line: blocks[i]?.line ?? 0, origin: 'structured' }, taken: last - i, lines: below.length };
}

/**
 * A numbered line of more space-parted words than its header has cells: the columns of names and dates after the last
 * column of sentences take one word each from the right (a unit list is parted by 、 and ，, not spaces), the number the
 * first, an empty word (two spaces) an empty cell where it stands; the sentence columns take the words left, one each
 * from the right, the first of them the rest, joined as the wrapped cell they were. Null for a line that is not such a row.
 */
function alignedCells(words: readonly string[], header: readonly Field[]): string[] | null {
  if (header[0] !== 'no' || !/^\d{1,3}$/.test(words[0] ?? '') || words.length <= header.length) return null;
  const { lastSentence, named } = columnSplit(header);
  if (lastSentence < 1 || named < 1) return null;
  const tail = words.slice(words.length - named);
  if (tail.some((w) => w === '')) return null;
  const middle = words.slice(1, words.length - named);
  const cells: string[] = [];
  let rest = [...middle];
  // an empty word right after the number: the first sentence column was left empty (a category merged with the row above)
  if (rest[0] === '' && lastSentence > 1) {
    cells.push('');
    rest = rest.slice(1);
  }
  const own = lastSentence - cells.length;
  if (rest.length < own) return null;
  const spill = rest.slice(0, rest.length - own + 1).filter((w) => w !== '').join('');
  cells.push(spill, ...rest.slice(rest.length - own + 1));
  return [words[0] ?? '', ...cells, ...tail];
}

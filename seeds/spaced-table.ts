// A table whose cells a copy parted by runs of spaces instead of tabs (`序号    工作任务    牵头单位`), as text copies of PDFs and pages print them.
import type { Block } from './blocks';
import { type Field, fieldOf, isHeaderWord } from './columns';
import { headerFields } from './items';

/** Two spaces or more, or an ideographic space, part cells; one space is part of a cell's words. */
const GAP = /[ \u00a0]{2,}|\u3000+/;

const cellsOf = (text: string): string[] => text.trim().split(GAP).map((c) => c.trim()).filter((c) => c !== '');

/**
 * Row blocks for such a table, or null when the blocks hold none: the first text line whose cells, parted by runs of
 * spaces, are a header (序号 · 工作任务 · 牵头单位 …), then every text line after it parted into two cells or more. A line of
 * one cell stays text (a section title, or a cell's words wrapped onto a line of their own). The rows are read as a
 * PDF's text rows are (`textTable`), since a copy that lost its tabs may have lost a cell's bounds too.
 */
export function spacedRows(blocks: readonly Block[]): Block[] | null {
  const at = blocks.findIndex((b) => b.kind === 'text' && GAP.test(b.text.trim()) && cellsOf(b.text).length >= 3 && headerFields(cellsOf(b.text)) !== null);
  if (at < 0) return singleSpacedRows(blocks);
  return blocks.map((b, i): Block => {
    if (i < at || b.kind !== 'text') return b;
    const cells = cellsOf(b.text);
    return cells.length >= 2 ? { kind: 'row', cells, line: b.line, origin: 'textTable' } : b;
  });
}

const wordsOf = (text: string): string[] => text.trim().split(/[ \u00a0]+/);

/** Columns whose cells hold names or dates, not sentences: a copy seldom breaks them over a space. */
const NAMED: ReadonlySet<Field> = new Set(['lead', 'units', 'assisting', 'people', 'schedule', 'roles', 'no']);

/**
 * `负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况`: a header whose cells a copy parted by single spaces, every one a column
 * word (one at most a word no list uses). A line after it of exactly as many space-parted words is a row. A numbered line of
 * more words is a row whose sentences kept the spaces a wrapped cell printed (`加强水资源保 护`): see `alignedCells`. Any other
 * line stays text (a cell's words run on below it). Null when no line is such a header.
 */
function singleSpacedRows(blocks: readonly Block[]): Block[] | null {
  let fields: Field[] | null = null;
  const at = blocks.findIndex((b) => {
    if (b.kind !== 'text') return false;
    const words = wordsOf(b.text);
    fields = words.length >= 4 && words.every((w) => isHeaderWord(w)) && words.filter((w) => fieldOf(w) === null).length <= 1 ? headerFields(words) : null;
    return fields !== null;
  });
  if (at < 0 || !fields) return null;
  const header: readonly Field[] = fields;
  return blocks.map((b, i): Block => {
    if (i < at || b.kind !== 'text') return b;
    const words = b.text.trim().split(/ /);
    const cells = words.length === header.length ? words : alignedCells(words, header);
    return cells ? { kind: 'row', cells, line: b.line, origin: 'structured' } : b;
  });
}

/**
 * A numbered line of more space-parted words than its header has cells: the columns of names and dates after the last
 * column of sentences take one word each from the right (a unit list is parted by 、 and ，, not spaces), the number the
 * first, an empty word (two spaces) an empty cell where it stands; the sentence columns take the words left, one each
 * from the right, the first of them the rest, joined as the wrapped cell they were. Null for a line that is not such a row.
 */
function alignedCells(words: readonly string[], header: readonly Field[]): string[] | null {
  if (header[0] !== 'no' || !/^\d{1,3}$/.test(words[0] ?? '') || words.length <= header.length) return null;
  const lastSentence = header.length - 1 - [...header].reverse().findIndex((f) => !NAMED.has(f));
  const named = header.length - 1 - lastSentence;
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

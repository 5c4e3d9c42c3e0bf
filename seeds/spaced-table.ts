// A table whose cells a copy parted by runs of spaces instead of tabs (`序号    工作任务    牵头单位`), as text copies of PDFs and pages print them.
import type { Block } from './blocks';
import { fieldOf, isHeaderWord } from './columns';
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

/**
 * `负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况`: a header whose cells a copy parted by single spaces, every one a column
 * word (one at most a word no list uses). A line after it of exactly as many space-parted words is a row; any other line
 * stays text (a cell's words run on below it). Null when no line is such a header.
 */
function singleSpacedRows(blocks: readonly Block[]): Block[] | null {
  const at = blocks.findIndex((b) => {
    if (b.kind !== 'text') return false;
    const words = wordsOf(b.text);
    return words.length >= 4 && words.every((w) => isHeaderWord(w)) && words.filter((w) => fieldOf(w) === null).length <= 1 && headerFields(words) !== null;
  });
  if (at < 0) return null;
  const width = wordsOf((blocks[at] as { text: string }).text).length;
  return blocks.map((b, i): Block => {
    if (i < at || b.kind !== 'text') return b;
    const cells = wordsOf(b.text);
    return cells.length === width ? { kind: 'row', cells, line: b.line, origin: 'structured' } : b;
  });
}

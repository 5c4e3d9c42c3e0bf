// A web table copied as text with each cell on lines of its own and each cell closed by a line of `|` (`||||` closes a run of empty ones).
import type { Block, RowBlock, TextBlock } from './blocks';
import { fieldOf, type Field } from './columns';
import { headerFields } from './items';
import { sectionHeading } from './text';
import { looksLikeUnit } from './unit-list';

/** A line of nothing but `|`: each one closes a cell, the first the text above it, the rest empty cells. */
const CLOSES = /^\|+$/;
/** A cell that is a row's number (序号). */
const ROW_NUMBER = /^\d{1,3}$/;

interface Cell {
  text: string;
  line: number;
}

/** Every cell from `start` on, in order: the lines of a cell joined by a line break, each `|` closing one. */
function cellsFrom(blocks: readonly TextBlock[], start: number): Cell[] {
  const cells: Cell[] = [];
  let open: Cell | null = null;
  for (const b of blocks.slice(start)) {
    const text = b.text.trim();
    if (text === '') continue;
    if (CLOSES.test(text)) {
      for (let k = 0; k < text.length; k += 1) {
        cells.push(k === 0 && open ? open : { text: '', line: b.line });
      }
      open = null;
    } else if (open) open.text += `\n${text}`;
    else open = { text, line: b.line };
  }
  if (open) cells.push(open);
  return cells;
}

/** Where the header starts: the first cell whose column word opens a header of at least two closed cells; -1 when none. */
function headerStart(blocks: readonly TextBlock[]): { at: number; width: number } | null {
  for (let i = 0; i < blocks.length; i += 1) {
    const text = (blocks[i]?.text ?? '').trim();
    const next = blocks.slice(i + 1).find((b) => b.text.trim() !== '');
    if (text === '' || CLOSES.test(text) || !fieldOf(text) || !CLOSES.test(next?.text.trim() ?? '')) continue;
    const words: string[] = [];
    for (const c of cellsFrom(blocks.slice(i, i + 48), 0)) {
      if (c.text === '' || !fieldOf(c.text)) break;
      words.push(c.text);
    }
    if (words.length >= 2 && headerFields(words)) return { at: i, width: words.length };
  }
  return null;
}

/** Whether a cell could be the last column's: units for a unit column, a time for a time column; any text for others. */
function fitsLast(cell: string, field: Field | undefined): boolean {
  if (field === 'lead' || field === 'units' || field === 'assisting') return cell.split(/[、，,；;\n]/).some((u) => looksLikeUnit(u.replace(/[★☆▲△※＊*●◆\s]/g, '')));
  if (field === 'schedule') return TIME_WORD.test(cell);
  return true;
}
const TIME_WORD = /[年月日]|季度|底前|长期|持续|全年|常态/;

/**
 * The columns the present cells of a row sit in, when the copy printed fewer than the header's (the rest span the row
 * from above and were closed as empty cells at its end): a row number in 序号, the first other cell in the work's
 * column, the last in the last column when it fits there (units under 责任单位), the others in order after the work.
 */
function columnsOf(present: readonly Cell[], fields: readonly Field[]): number[] {
  const width = fields.length;
  if (present.length >= width) return present.map((_, i) => i);
  const no = fields.indexOf('no');
  const text = Math.max(0, fields.indexOf('text'));
  const numbered = no >= 0 && ROW_NUMBER.test(present[0]?.text ?? '');
  const rest = numbered ? present.length - 1 : present.length;
  const first = numbered ? Math.max(text, no + 1) : text;
  // cells that would run past the last column keep their order, ending at it
  const start = first + rest <= width ? first : width - rest;
  const lastFits = fitsLast(present.at(-1)?.text ?? '', fields.at(-1));
  return present.map((_, i) => {
    if (numbered && i === 0) return no;
    const k = numbered ? i - 1 : i;
    return rest >= 2 && k === rest - 1 && lastFits ? width - 1 : start + k;
  });
}

/**
 * Row blocks for such a table, or null when the blocks hold none. The header's width cuts the cells into rows; a row
 * whose cells end in empty ones lost those to cells spanning it from above (HTML rowspan): its printed cells are placed
 * by `columnsOf` and every other column takes the value of the row above, marked merged so the row reader reports it.
 * A row of one cell that is a heading (一、…) is a section.
 */
export function pipeLineRows(blocks: readonly Block[]): Block[] | null {
  // `||||` was split as a row of empty cells, one a `|`: it is a line of them again
  const asText = (b: Block): TextBlock | null =>
    b.kind === 'text' ? b : b.cells.every((c) => c.trim() === '') ? { kind: 'text', text: '|'.repeat(b.cells.length), line: b.line, indented: false } : null;
  const texts = blocks.map(asText).filter((b): b is TextBlock => b !== null);
  if (texts.length < blocks.length) return null;
  if (texts.filter((b) => CLOSES.test(b.text.trim())).length < 6) return null;
  const found = headerStart(texts);
  if (!found) return null;
  const cells = cellsFrom(texts, found.at);
  const header = cells.slice(0, found.width);
  const fields = headerFields(header.map((c) => c.text)) ?? [];
  const out: Block[] = [...texts.slice(0, found.at), { kind: 'row', cells: header.map((c) => c.text), cellLines: header.map((c) => c.line), line: header[0]?.line ?? 1, origin: 'structured' }];
  let previous: string[] = Array.from({ length: found.width }, () => '');
  for (let i = found.width; i < cells.length; i += found.width) {
    const row = cells.slice(i, i + found.width);
    let end = row.length;
    while (end > 0 && row[end - 1]?.text === '') end -= 1;
    const present = row.slice(0, end);
    if (present.length === 0) continue;
    const line = present[0]?.line ?? 0;
    if (present.length === 1 && sectionHeading(present[0]?.text ?? '')) {
      out.push({ kind: 'text', text: present[0]?.text ?? '', line, indented: false });
      continue;
    }
    const at = columnsOf(present, fields);
    const cellAt = new Map(at.map((c, k) => [c, present[k] as Cell]));
    const cellsOfRow = previous.map((p, c) => cellAt.get(c)?.text ?? p);
    const block: RowBlock = {
      kind: 'row',
      cells: cellsOfRow,
      merged: cellsOfRow.map((_, c) => !cellAt.has(c)),
      cellLines: cellsOfRow.map((_, c) => cellAt.get(c)?.line ?? line),
      line,
      origin: 'structured',
    };
    out.push(block);
    previous = cellsOfRow;
  }
  return out;
}

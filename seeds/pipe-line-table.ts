// A web table copied as text with each cell on lines of its own and each cell closed by a line of `|` (`||||` closes a run of empty ones).
import type { Block, TextBlock } from './blocks';
import { type Field, fieldOf, isHeaderWord } from './columns';
import { headerFields } from './items';
import type { Reporter } from './reporter';
import { sectionHeading } from './text';
import { ROW_NUMBER, spannedRow } from './short-rows';

/** A line of nothing but `|`: each one closes a cell, the first the text above it, the rest empty cells. */
const CLOSES = /^\|+$/;

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

/**
 * `|` over `序号` over `|` over `工作任务` … `|` over `|` over `1` over `|` …: a table whose every row is opened by a bar as well as
 * each cell closed by one (`| a | b |` printed a token a line), so a row's opening bar stands right under the last one's
 * closing bar. The cells of `width` columns each, row by row, every opening bar skipped (an empty cell is two bars in turn
 * inside a row); and the last row when the text stops inside it (a copy cut short), null when it does not.
 */
function openedCells(blocks: readonly TextBlock[], start: number, width: number): { cells: Cell[]; cut: Cell | null } {
  const tokens: (Cell | null)[] = [];
  for (const b of blocks.slice(start)) {
    const text = b.text.trim();
    if (text === '') continue;
    if (CLOSES.test(text)) for (let k = 0; k < text.length; k += 1) tokens.push(null);
    else {
      const last = tokens.at(-1);
      if (last) last.text += `\n${text}`;
      else tokens.push({ text, line: b.line });
    }
  }
  const cells: Cell[] = [];
  let i = 0;
  // the header's row starts at its first word (its opening bar stands before `start`)
  for (let row = 0; i < tokens.length; row += 1) {
    if (row > 0 && tokens[i] === null) i += 1;
    const cellsOfRow: Cell[] = [];
    for (let k = 0; k < width && i < tokens.length; k += 1) {
      const token = tokens[i] as Cell | null;
      if (token === null) {
        cellsOfRow.push({ text: '', line: cellsOfRow.at(-1)?.line ?? 0 });
        i += 1;
        continue;
      }
      cellsOfRow.push(token);
      i += 1;
      // a cell's closing bar; the text ending right after the cell leaves the row open
      if (tokens[i] === null) i += 1;
      else if (i >= tokens.length) return { cells, cut: cellsOfRow[0] ?? token };
    }
    if (cellsOfRow.length < width) return { cells, cut: cellsOfRow.find((c) => c.text !== '') ?? cellsOfRow[0] ?? null };
    cells.push(...cellsOfRow);
  }
  return { cells, cut: null };
}

/** Where the header starts: the first cell whose column word opens a header of at least two closed cells; -1 when none. */
function headerStart(blocks: readonly TextBlock[]): { at: number; width: number } | null {
  for (let i = 0; i < blocks.length; i += 1) {
    const text = (blocks[i]?.text ?? '').trim();
    const next = blocks.slice(i + 1).find((b) => b.text.trim() !== '');
    if (text === '' || CLOSES.test(text) || !fieldOf(text) || !CLOSES.test(next?.text.trim() ?? '')) continue;
    const words: string[] = [];
    const run = cellsFrom(blocks.slice(i, i + 48), 0);
    for (const [k, c] of run.entries()) {
      // a word no list uses (具体要求) is a header cell where a column word follows it
      const own = c.text !== '' && !fieldOf(c.text) && isHeaderWord(c.text) && fieldOf(run[k + 1]?.text ?? '') !== null;
      if (c.text === '' || (!fieldOf(c.text) && !own)) break;
      words.push(c.text);
    }
    if (words.length >= 2 && headerFields(words)) return { at: i, width: words.length };
  }
  return null;
}

/**
 * Row blocks for such a table, or null when the blocks hold none. The header's width cuts the cells into rows; a row
 * whose cells end in empty ones lost those to cells spanning it from above (HTML rowspan): its printed cells are placed
 * by `columnsOf` and every other column takes the value of the row above, marked merged so the row reader reports it.
 * A row of one cell that is a heading (一、…) is a section.
 */
export function pipeLineRows(blocks: readonly Block[], reporter?: Reporter): Block[] | null {
  if (!blocks.every((b) => b.kind === 'text')) return null;
  const texts = blocks as readonly TextBlock[];
  if (texts.filter((b) => CLOSES.test(b.text.trim())).length < 6) return null;
  const found = headerStart(texts);
  if (!found) return null;
  // a bar right above the header's first word opens its row: every row is opened so
  const above = texts.slice(0, found.at).filter((b) => b.text.trim() !== '').at(-1);
  const opened = above !== undefined && above.text.trim() === '|' ? openedCells(texts, found.at, found.width) : null;
  if (opened?.cut) reporter?.add('textCut', null, opened.cut.line, opened.cut.text.slice(0, 40), `正文在表格第 ${opened.cut.line} 行起的一行中途结束（其后各格未印出）：复制不全，此行未读为任务，请补全后再导入 (the text ends inside a row: not read)`);
  const cells = opened ? opened.cells : cellsFrom(texts, found.at);
  const header = cells.slice(0, found.width);
  const fields = headerFields(header.map((c) => c.text)) ?? [];
  const numbered = numberedRows(cells.slice(found.width), header, fields);
  if (numbered) return [...texts.slice(0, found.at), ...numbered];
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
    const block = spannedRow(present, fields, previous);
    out.push(block);
    previous = block.cells;
  }
  return out;
}

/**
 * `工作任务 | 具体要求 | 责任科室 | 时限要求 |` over rows `强化…公开 | 1 | 对…清理 | 办公室 | 年底前 |`, the next row of the group `4 | 规范… |
 * 办公室 | 持续推进 |`: a header with no 序号 whose rows print their number as a cell of their own after the work's column,
 * that column a group's title printed before the group's first row only. The rows are cut at their numbers (1, 2, 3 …
 * in turn, each followed by the header's columns after the work), the title before a number heads its row and those after
 * it until the next title, marked merged; the column after the number holds the task. Null for any other table.
 */
function numberedRows(cells: readonly Cell[], header: readonly Cell[], fields: readonly Field[]): Block[] | null {
  const work = fields.indexOf('text');
  if (fields.includes('no') || work !== 0 || header.length < 3) return null;
  const after = header.length - 1;
  const rows: Block[] = [];
  let group: Cell | null = null;
  // whether the group's title has not yet headed a row (the rows after its first take it as a merged cell)
  let fresh = false;
  let expected = 1;
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i] as Cell;
    if (ROW_NUMBER.test(cell.text.trim()) && Number(cell.text.trim()) === expected) {
      const rest = cells.slice(i + 1, i + 1 + after);
      if (rest.length < after) break;
      rows.push({ kind: 'row', cells: [group?.text ?? '', cell.text.trim(), ...rest.map((c) => c.text)], cellLines: [group?.line ?? cell.line, cell.line, ...rest.map((c) => c.line)], merged: [!fresh, false, ...rest.map(() => false)], line: cell.line, origin: 'structured' });
      fresh = false;
      expected += 1;
      i += 1 + after;
      continue;
    }
    if (cell.text.trim() !== '') {
      if (expected === 1 && i > 0) return null;
      group = cell;
      fresh = true;
    }
    i += 1;
  }
  if (rows.length < 2) return null;
  const head: Block = { kind: 'row', cells: [header[0]?.text ?? '', '序号', ...header.slice(1).map((c) => c.text)], cellLines: [header[0]?.line ?? 1, header[0]?.line ?? 1, ...header.slice(1).map((c) => c.line)], line: header[0]?.line ?? 1, origin: 'structured' };
  return [head, ...rows];
}

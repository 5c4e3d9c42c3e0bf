// A web table copied as text with each cell after the first opened by `| ` and each row closed by a lone `|`, merged cells left out.
import type { Block, TextBlock } from './blocks';
import { fieldOf } from './columns';
import { headerFields } from './items';
import { spannedRow } from './short-rows';
import { isBlank } from './text';

const ROW_END = /^\|$/;
const OPENED = /^\|[ \t\u3000]*(.*)$/;

interface Cell {
  text: string;
  line: number;
}

/** The header: a column word, then `| word` lines that are column words, then a lone `|`; null when the blocks do not open one. */
function headerAt(blocks: readonly TextBlock[], i: number): { cells: Cell[]; end: number } | null {
  const first = blocks[i];
  if (!first || OPENED.test(first.text.trim()) || !fieldOf(first.text.trim())) return null;
  const cells: Cell[] = [{ text: first.text.trim(), line: first.line }];
  for (let j = i + 1; j < blocks.length && j < i + 24; j += 1) {
    const text = (blocks[j]?.text ?? '').trim();
    if (text === '') continue;
    if (ROW_END.test(text)) return headerFields(cells.map((c) => c.text)) && cells.length >= 2 ? { cells, end: j + 1 } : null;
    const m = OPENED.exec(text);
    if (!m || !fieldOf(m[1] ?? '')) return null;
    cells.push({ text: (m[1] ?? '').trim(), line: blocks[j]?.line ?? 0 });
  }
  return null;
}

/** The rows after the header: a row's first cell is every line before its first `| ` (a name broken one piece a line is glued). */
function rowsFrom(blocks: readonly TextBlock[]): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  for (const b of blocks) {
    const text = b.text.trim();
    if (text === '') continue;
    if (ROW_END.test(text)) {
      if (row.length > 0) rows.push(row);
      row = [];
      continue;
    }
    const opened = OPENED.exec(text);
    const last = row.at(-1);
    if (opened) row.push({ text: (opened[1] ?? '').trim(), line: b.line });
    else if (last) last.text += text;
    else row.push({ text, line: b.line });
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * Row blocks for such a table, or null when the blocks hold none. A row with fewer cells than the header lost the
 * cells that span it from above (HTML rowspan): its cells are placed as `spannedRow` places a short row's (from the
 * work's column on), every other column taking the value of the row above, marked merged.
 */
export function pipeOpenRows(blocks: readonly Block[]): Block[] | null {
  if (!blocks.every((b) => b.kind === 'text')) return null;
  const texts = blocks as readonly TextBlock[];
  for (let i = 0; i < texts.length; i += 1) {
    if (isBlank(texts[i]?.text ?? '')) continue;
    const header = headerAt(texts, i);
    if (!header) continue;
    const width = header.cells.length;
    const fields = headerFields(header.cells.map((c) => c.text)) ?? [];
    const out: Block[] = [...texts.slice(0, i), { kind: 'row', cells: header.cells.map((c) => c.text), cellLines: header.cells.map((c) => c.line), line: header.cells[0]?.line ?? 1, origin: 'structured' }];
    let previous: string[] = Array.from({ length: width }, () => '');
    for (const row of rowsFrom(texts.slice(header.end))) {
      const block = spannedRow(row, fields, previous);
      out.push(block);
      previous = block.cells;
    }
    return out;
  }
  return null;
}

// A table whose first columns are empty in every row (a sheet that starts at column B, a copy that kept an empty margin column).
import type { Block, RowBlock } from './blocks';
import type { Reporter } from './reporter';

const leadingEmpty = (row: RowBlock): number => {
  const first = row.cells.findIndex((c) => c.trim() !== '');
  return first < 0 ? row.cells.length : first;
};

/**
 * The blocks with the columns every row of a table leaves empty at its left dropped: in a run of rows (blank lines between
 * them allowed), two or more of them with words, the empty cells all those rows open with, when each keeps two cells. A sheet whose table starts at
 * column B, or a copy that kept an empty margin column, then reads as the table it is, with its header first; reported once
 * per table. A table where any row opens with a word is left as printed (the empty first cells of other rows are cells
 * spanning rows, or a section's blank 序号).
 */
export function withoutEmptyLeadColumns(blocks: readonly Block[], reporter: Reporter): Block[] {
  const out = [...blocks];
  let i = 0;
  while (i < out.length) {
    if (out[i]?.kind !== 'row') {
      i += 1;
      continue;
    }
    const rows: number[] = [];
    let j = i;
    for (; j < out.length; j += 1) {
      const b = out[j] as Block;
      if (b.kind === 'row') rows.push(j);
      else if (b.text.trim() !== '') break;
    }
    const worded = rows.filter((r) => leadingEmpty(out[r] as RowBlock) < (out[r] as RowBlock).cells.length);
    const empty = worded.length >= 2 ? Math.min(...worded.map((r) => leadingEmpty(out[r] as RowBlock))) : 0;
    // …and a table it stays: two cells at least in every row with words (`| 1 |` opening a row of a web table printed a cell a
    // line is one cell after an opening bar, not a column left empty)
    if (empty > 0 && worded.every((r) => (out[r] as RowBlock).cells.length - empty >= 2)) {
      for (const r of rows) {
        const row = out[r] as RowBlock;
        out[r] = {
          ...row,
          cells: row.cells.slice(empty),
          ...(row.merged ? { merged: row.merged.slice(empty) } : {}),
          ...(row.cellLines ? { cellLines: row.cellLines.slice(empty) } : {}),
        };
      }
      const first = out[worded[0] ?? i] as RowBlock;
      reporter.add('cellsAligned', null, first.line, first.cells.join(' | ').slice(0, 80), `表格每行左侧 ${empty} 列为空（工作表从第 ${empty + 1} 列起、或复制时留下的空列）：去掉后按表读取 (empty columns at the left dropped)`);
    }
    i = j;
  }
  return out;
}

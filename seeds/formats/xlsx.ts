// An .xlsx workbook (the ledger most offices keep) → blocks: every sheet with content, row by row, cells merged down
// marked, cells merged across printed once.
import ExcelJS from 'exceljs';
import type { Block } from '../blocks';

/** The text a person sees in a cell: rich text joined, a formula's result, a date as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return (cell.text ?? '').replace(/\r\n?/g, '\n');
}

export async function blocksFromXlsx(bytes: Uint8Array): Promise<Block[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const blocks: Block[] = [];
  // every sheet with content, in order (a cover sheet of notes before the list, a list split into a sheet per section): a
  // block's line is its row's, counted on over the sheets before it
  let offset = 0;
  for (const sheet of workbook.worksheets.filter((s) => s.actualRowCount > 0)) {
    readSheet(sheet, offset, blocks);
    offset += sheet.rowCount;
  }
  return blocks;
}

function readSheet(sheet: ExcelJS.Worksheet, offset: number, blocks: Block[]): void {
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line = offset + rowNumber;
    const cells: string[] = [];
    const merged: boolean[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      // a cell merged into one to its left (a title or a note across the sheet, a header over two columns) is printed once,
      // in its first column: the others are empty, not copies
      if (Number(master.col) !== Number(cell.col)) {
        cells.push('');
        merged.push(false);
        continue;
      }
      cells.push(cellText(cell));
      // a cell merged into one above it shows the master's value: that row inherits it
      merged.push(master.address !== cell.address);
    }
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length <= 1 && !merged.some(Boolean)) blocks.push({ kind: 'text', text: filled[0] ?? '', line, indented: false });
    else blocks.push({ kind: 'row', cells, merged, line, origin: 'structured' });
  });
}

// A row a web table's copy printed short: the cells that span it from above (HTML rowspan) were left out, so its printed cells are placed and the rest taken from the row above.
import type { RowBlock } from './blocks';
import type { Field } from './columns';
import { BY_DUTY_END, DUTY_CLAUSE } from './role-words';
import { foldScript } from './text';
import { looksLikeUnit } from './unit-list';

/** A cell that is a row's number (序号). */
export const ROW_NUMBER = /^\d{1,3}$/;

interface Cell {
  text: string;
  line: number;
}

/** Whether a cell names a unit among its pieces (`★区应急管理局`, `办公室牵头，各科室按职责分工落实`), its marks and role words aside. */
export const namesUnits = (cell: string): boolean =>
  foldScript(cell).split(/[、，,；;\s]/).some((u) => looksLikeUnit(u.replace(/[★☆▲△※＊*●◆]/g, '').replace(BY_DUTY_END, '').replace(DUTY_CLAUSE, '')));

/** Whether a cell could be the last column's: units for a unit column, a time for a time column; any text for others. */
function fitsLast(cell: string, field: Field | undefined): boolean {
  if (field === 'lead' || field === 'units' || field === 'assisting') return namesUnits(cell);
  if (field === 'schedule') return TIME_WORD.test(foldScript(cell));
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
 * The row block of a row's printed cells under a header of `fields`: each printed cell in the column `columnsOf` places it,
 * every other column the value of the row above (`previous`), marked merged so the row reader reports it.
 */
export function spannedRow(present: readonly Cell[], fields: readonly Field[], previous: readonly string[]): RowBlock {
  const line = present[0]?.line ?? 0;
  const at = columnsOf(present, fields);
  const cellAt = new Map(at.map((c, k) => [c, present[k] as Cell]));
  const cells = previous.map((p, c) => cellAt.get(c)?.text ?? p);
  return { kind: 'row', cells, merged: cells.map((_, c) => !cellAt.has(c)), cellLines: cells.map((_, c) => cellAt.get(c)?.line ?? line), line, origin: 'structured' };
}

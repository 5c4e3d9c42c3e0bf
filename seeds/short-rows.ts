// A row a web table's copy printed short: the cells that span it from above (HTML rowspan) were left out, so its printed cells are placed and the rest taken from the row above.
import type { RowBlock } from './blocks';
import { columnsByContent } from './cell-rows';
import type { Field } from './columns';
import { BY_DUTY_END, DUTY_CLAUSE } from './role-words';
import { foldScript, squeeze } from './text';
import { looksLikeUnit } from './unit-list';

/** A cell that is a row's number (序号). */
export const ROW_NUMBER = /^\d{1,3}$/;

interface Cell {
  text: string;
  line: number;
}

/** A cell's pieces between its separators, each without its marks and role words (`★区应急管理局`, `办公室牵头`). */
const unitPieces = (cell: string): string[] =>
  foldScript(cell)
    .split(/[、，,；;\s]+/)
    .filter((u) => u !== '')
    .map((u) => u.replace(/[★☆▲△※＊*●◆]/g, '').replace(BY_DUTY_END, '').replace(DUTY_CLAUSE, ''));

/** Whether a cell names a unit among its pieces (`★区应急管理局`, `办公室牵头，各科室按职责分工落实`), its marks and role words aside. */
export const namesUnits = (cell: string): boolean => unitPieces(cell).some(looksLikeUnit);

/** Whether a cell is only unit names (`党政办 应消站`, `区发改局、区统计局`), no sentence among them. */
export const onlyUnits = (cell: string): boolean => {
  const pieces = unitPieces(cell);
  return pieces.length > 0 && pieces.every(looksLikeUnit);
};

const UNIT_FIELDS: readonly Field[] = ['lead', 'units', 'assisting'];
const TIME_WORD = /[年月日]|季度|底前|长期|持续|全年|常态/;

/** Whether a cell could stand in a column of `field` as far as its kind goes: units for a unit column, a time for a time column; any text for others. */
function fitsKind(cell: string, field: Field | undefined): boolean {
  if (field !== undefined && UNIT_FIELDS.includes(field)) return namesUnits(cell);
  if (field === 'schedule') return TIME_WORD.test(foldScript(cell));
  return true;
}

/** Whether a cell is a time alone (`4月`, `2023年底前`, `长期`), no work beside it. */
const onlyTime = (cell: string): boolean => {
  const c = foldScript(cell).trim();
  return c.length <= 12 && TIME_WORD.test(c) && !/[。，,；;：:]/.test(c);
};

/**
 * Whether cells placed at columns `at` sit where they fit: no cell under a unit column that names no unit, no cell under
 * a time column that names no time, no cell of unit names alone under a column of the work's text.
 */
export function placementFits(cells: readonly string[], fields: readonly Field[], at: readonly number[]): boolean {
  return cells.every((cell, k) => {
    const field = fields[at[k] ?? -1];
    if (cell.trim() === '' || field === undefined) return true;
    if (!fitsKind(cell, field)) return false;
    // persons' names, never a sentence
    if (field === 'people') return !/[。；;，,]/.test(cell) && squeeze(cell).length <= 16;
    return !((field === 'text' || field === 'measures') && (onlyUnits(cell) || onlyTime(cell)));
  });
}

/**
 * `(2)乡镇…明确专人负责。 | 1.明确应消站防汛工作职责… | 应消站 | 4月` under `建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 |
 * 时限清单`: a row with no number that lost its first cells to the rows above (the higher levels of a breakdown span the
 * rows under them) prints its cells up to the last column its last cell fits — the unit names under 责任清单, the time under
 * 时限清单. Those columns, when every cell fits there; null otherwise.
 */
function anchoredColumns(present: readonly Cell[], fields: readonly Field[]): number[] | null {
  const last = present.at(-1)?.text ?? '';
  for (let end = fields.length - 1; end >= present.length - 1; end -= 1) {
    const field = fields[end] as Field;
    if (!UNIT_FIELDS.includes(field) && field !== 'schedule') continue;
    if (!fitsKind(last, field)) continue;
    const at = present.map((_, k) => end - present.length + 1 + k);
    return placementFits(present.map((c) => c.text), fields, at) ? at : null;
  }
  return null;
}

/**
 * The columns the present cells of a row sit in, when the copy printed fewer than the header's (the rest span the row
 * from above): in order from the work's column (`inOrder`), unless that puts a cell where it does not fit and the cells
 * end at the last column their last cell fits (`anchoredColumns`).
 */
function columnsOf(present: readonly Cell[], fields: readonly Field[]): number[] {
  const width = fields.length;
  if (present.length >= width) return present.map((_, i) => i);
  const placed = inOrder(present, fields);
  // a numbered row: each cell where what it holds fits best (`2 | 扎实做好… | 疾控处 | 长期推进` under 序号 · 工作任务 · 细化分工 ·
  // 责任处室 · 完成时限 · 备注), else in order from the work's column
  const no = fields.indexOf('no');
  if (ROW_NUMBER.test(present[0]?.text ?? '') && no >= 0) return columnsByContent(present.map((c) => c.text), fields, no) ?? placed;
  if (placementFits(present.map((c) => c.text), fields, placed)) return placed;
  return anchoredColumns(present, fields) ?? placed;
}

/**
 * A row number in 序号, the first other cell in the work's column, the last in the last column when it fits there (units
 * under 责任单位), the others in order after the work.
 */
function inOrder(present: readonly Cell[], fields: readonly Field[]): number[] {
  const width = fields.length;
  const no = fields.indexOf('no');
  const text = Math.max(0, fields.indexOf('text'));
  const numbered = no >= 0 && ROW_NUMBER.test(present[0]?.text ?? '');
  const rest = numbered ? present.length - 1 : present.length;
  const first = numbered ? Math.max(text, no + 1) : text;
  // cells that would run past the last column keep their order, ending at it
  const start = first + rest <= width ? first : width - rest;
  const lastFits = fitsKind(present.at(-1)?.text ?? '', fields.at(-1));
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

// The raw item of a table's data row: its cells by field, a person's name out of a unit cell, roles labelled inside a cell, the time columns.
import type { RowBlock } from './blocks';
import { datedValue, periodOfHeader, yearOfHeader, type Field } from './columns';
import { emptyLists, type RawItem, type RawLists } from './items';
import type { ParsedTask } from './parsed';
import type { Reporter } from './reporter';
import { bareUnitList, readRoleGroup } from './roles';
import { cleanCellText, squeeze, wordOf } from './text';
import { looksLikeUnit } from './unit-list';

export interface Table {
  fields: Field[];
  header: RowBlock;
}

export const cellOf = (table: Table, row: RowBlock, f: Field): string => {
  const i = table.fields.indexOf(f);
  return i >= 0 ? (row.cells[i] ?? '') : '';
};
export const cellsOf = (table: Table, row: RowBlock, f: Field): string[] =>
  table.fields.flatMap((g, i) => (g === f && (row.cells[i] ?? '').trim() !== '' ? [row.cells[i] ?? ''] : []));
export const isMerged = (table: Table, row: RowBlock, f: Field): boolean => table.fields.some((g, i) => g === f && row.merged?.[i] === true);

/** A unit column whose header names a person too (`牵头单位及主要负责人`): its cells end with that person's name. */
const NAMES_PERSON_TOO = /(负责人|责任人|联系人|领导)$/;
/** A person's name as such cells print it after the unit: two to four characters. */
const PERSON_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * The cells of a unit field, a person's name closing a cell of a column whose header names one (`市民政局 伍泽国` under
 * `牵头单位及主要负责人`) taken out as people, reported; any other cell as printed.
 */
function unitCells(table: Table, row: RowBlock, f: Field, people: string[], no: string, reporter: Reporter): string[] {
  return table.fields.flatMap((g, i) => {
    const cell = (row.cells[i] ?? '').trim();
    if (g !== f || cell === '') return [];
    if (!NAMES_PERSON_TOO.test(wordOf(table.header.cells[i] ?? ''))) return [cell];
    const pieces = cell.split(/[\s\u3000]+/);
    const names: string[] = [];
    while (pieces.length > 1 && PERSON_NAME.test(pieces.at(-1) ?? '') && !looksLikeUnit(pieces.at(-1) ?? '')) names.unshift(pieces.pop() ?? '');
    if (names.length === 0) return [cell];
    people.push(...names);
    reporter.add('unitRepaired', no, row.line, cell, `「${names.join('、')}」是表头「${squeeze(table.header.cells[i] ?? '')}」所称的负责人，不是单位 (a person's name, kept as people)`);
    return [pieces.join(' ')];
  });
}

/** `牵头单位：X；配合单位：Y` printed inside a unit cell: that cell states its units' roles itself, whatever its column. */
function labelledCells(lists: RawLists): RawLists {
  const out = emptyLists();
  for (const f of ['lead', 'units', 'assisting'] as const) {
    for (const cell of lists[f]) {
      const roles = /[：:]/.test(cell) ? readRoleGroup(cell) : null;
      if (!roles?.labelled) {
        out[f].push(cell);
        continue;
      }
      for (const g of ['lead', 'units', 'assisting'] as const) {
        const units = roles[g];
        if (units) out[g].push(units);
      }
    }
  }
  return out;
}

/** A cell saying it holds no level (—, /, 无): offices fill an empty cell so. */
const NO_VALUE = /^(无|暂无|\/|／|[-—–－─]+|×)$/;

/**
 * The row's time: its time cell, or every time column's cell in order where the header has several (a quarterly plan's
 * 第一季度 · 第二季度 …), a column whose word is a part of the year giving its cell that time (`第四季度：做好年度总结`); a
 * column headed by a year (`2025年` over `>80%`) gives a level due by that year's end, reported — one before the plan's year
 * (`2020年` beside `2025年` in a plan of 2022) holds the level it starts from, no deadline.
 */
function scheduleOfRow(table: Table, row: RowBlock, year: number | null, no: string, reporter: Reporter): string {
  const columns = table.fields.flatMap((f, i) => (f === 'schedule' ? [i] : []));
  const years = columns.map((i) => yearOfHeader(table.header.cells[i] ?? ''));
  if (columns.length === 1 && years[0] === null && periodOfHeader(table.header.cells[columns[0] ?? -1] ?? '') === null) return cellOf(table, row, 'schedule');
  return columns
    .map((i, k) => {
      const cell = (row.cells[i] ?? '').trim();
      const y = years[k] ?? null;
      const period = y === null ? periodOfHeader(table.header.cells[i] ?? '') : null;
      if (cell !== '' && period !== null && !NO_VALUE.test(cell)) {
        reporter.add('columnInferred', no, row.line, cell.slice(0, 40), `表头「${squeeze(table.header.cells[i] ?? '')}」是${period}的任务：此行按${period}末完成计 (the work set for a part of the year is due by its end)`);
        return `${period}末`;
      }
      if (cell === '' || y === null) return cell === '' ? '' : datedValue(table.header.cells[i] ?? '', cell);
      if (NO_VALUE.test(cell) || (year !== null && y < year)) return '';
      reporter.add('columnInferred', no, row.line, cell, `表头「${squeeze(table.header.cells[i] ?? '')}」是年份：此行的「${cell.slice(0, 20)}」按 ${y} 年底前达到计 (a column headed by a year: its level is due by that year's end)`);
      return `${y}年底前`;
    })
    .filter((c) => c !== '')
    .join('；');
}

/** The raw item of a data row; `previous` gives a merged or empty lead cell its value, reported. */
export function rawItem(table: Table, row: RowBlock, no: string, printed: string, previous: ParsedTask | undefined, reporter: Reporter, year: number | null = null): RawItem {
  const measures = cleanCellText(cellOf(table, row, 'measures'));
  const named: string[] = [];
  const lists = { ...emptyLists(), lead: unitCells(table, row, 'lead', named, no, reporter), units: unitCells(table, row, 'units', named, no, reporter), assisting: unitCells(table, row, 'assisting', named, no, reporter) };
  // a cell stating the roles itself (`区住建局牵头，区财政局配合`) is read as a role group is
  const notes: string[] = [];
  for (const cell of cellsOf(table, row, 'roles')) {
    const roles = readRoleGroup(cell.trim());
    // …and one naming units with no role word (`学生处,各高等学校` under 任务分工): its units, the first listed leading (a reported guess)
    if (!roles && bareUnitList(cell.trim())) lists.units.push(cell.trim());
    if (!roles) continue;
    for (const f of ['lead', 'units', 'assisting'] as const) if (roles[f]) lists[f].push(roles[f] ?? '');
    if (roles.people) named.push(roles.people);
    notes.push(...roles.notes);
  }
  const item: RawItem = {
    no,
    printedNo: printed === '' ? null : printed,
    inferredNo: printed !== no,
    section: null,
    text: cleanCellText(cellOf(table, row, 'text')),
    lists: labelledCells(lists),
    leadColumn: table.fields.includes('lead'),
    people: [...cellsOf(table, row, 'people'), ...named].join('、') || null,
    schedule: table.fields.includes('schedule') ? scheduleOfRow(table, row, year, no, reporter) : null,
    scheduleLine: row.cellLines?.[table.fields.indexOf('schedule')] ?? row.line,
    measures: measures === '' ? null : measures,
    unitCells: row.origin === 'textTable' ? 'pdf' : 'list',
    line: row.line,
    cells: [...row.cells],
    notes,
    sectionLead: null,
  };
  const leadField: Field = table.fields.includes('lead') ? 'lead' : 'units';
  const words = { lead: '牵头单位', units: '责任单位', assisting: '配合单位', schedule: '时间' };
  // (the first row has no row above it to take from: what it did not print is empty)
  const spanned = previous ? (['lead', 'units', 'assisting', 'schedule'] as const).filter((f) => f !== leadField && isMerged(table, row, f)) : [];
  const alsoSpanned = spanned.length > 0 ? `；合并单元格跨行：${spanned.map((f) => words[f]).join('、')}沿用上一行` : '';
  if (item.lists[leadField === 'lead' ? 'lead' : 'units'].length === 0 && previous) {
    item.inheritedLeads = previous.leads;
    const why = isMerged(table, row, leadField) ? '合并单元格' : 'PDF 合并单元格';
    reporter.add('leadInferred', no, row.line, cellOf(table, row, leadField), `牵头单位为空（${why}），沿用上一行：${previous.leads.map((u) => u.name).join('、')}${alsoSpanned}`);
  } else if (previous && (spanned.length > 0 || isMerged(table, row, leadField))) {
    const all = isMerged(table, row, leadField) ? [leadField, ...spanned] : spanned;
    reporter.add('leadInferred', no, row.line, all.map((f) => cellOf(table, row, f)).join(' | '), `合并单元格跨行：${all.map((f) => words[f]).join('、')}沿用上一行 (a cell spanning rows)`);
  }
  // a merged schedule cell (known from the source, not guessed from emptiness) spans the rows below it
  if (previous && item.schedule?.trim() === '' && isMerged(table, row, 'schedule')) item.schedule = previous.scheduleRaw;
  return item;
}

// Reader for tables of rows (a PDF's tab-separated rows, a web page's `|` rows, a workbook, an HTML or Word table).
import { splitCell, toTask, type ReadContext } from './assemble';
import type { Block, RowBlock } from './blocks';
import { fieldOf, type Field } from './columns';
import { ImportError, NAME_THE_WORDS } from './errors';
import { markerOf, numberMark } from './marks';
import { headerFields, inferredTextColumn, missingFields, numberColumnFields, numberColumnNote, titleBefore, type ReadResult } from './items';
import type { ParsedConference, ParsedTask } from './parsed';
import { readConference } from './conference-text';
import type { Reporter } from './reporter';
import { readSchedule } from './read-schedule';
import { namesUnits, onlyUnits, placementFits, spannedRow } from './short-rows';
import { cellOf, isMerged, rawItem, type Table } from './table-row';
import { cleanCellText, sectionHeading, squeeze } from './text';
import { looksLikeUnit, type UnitMention } from './unit-list';

/** The first row that names a task text and a unit column. */
export function findHeaderRow(blocks: readonly Block[]): number {
  return blocks.findIndex((b, i) => b.kind === 'row' && (headerFields(b.cells) !== null || numberedByContent(blocks, i) !== null));
}

/**
 * `条目 | 重点工作任务 | 主要责任单位` over `1 | …`: a header row whose first word no list uses (short, 任务项 or 条目), its other
 * words a header with no 序号 among them, over a row opening with 1, numbers its rows in that first column.
 */
function numberedByContent(blocks: readonly Block[], i: number): Field[] | null {
  const row = blocks[i];
  if (row?.kind !== 'row') return null;
  // what the first two blocks under it open with (a row's first cell, a line's text), blank lines passed over
  const below = blocks.slice(i + 1, i + 8).filter((b) => b.kind === 'row' || b.text.trim() !== '').slice(0, 2);
  const [first = '', ...rest] = row.cells.map((c) => c.trim());
  if (below.every((b) => b.kind !== 'row')) return null;
  // a row right under the header opens with its number itself; only a line of text (a section's title) stands between
  const opening = below[0]?.kind === 'row' ? below.slice(0, 1) : below;
  return numberColumnFields(first, rest, opening.map((b) => (b.kind === 'row' ? b.cells[0] : b.text)));
}


const isJunk = (cells: string[]): boolean => cells.every((c) => /^[\s,，.。\-–—/·]*$/.test(c));
/** `合计 | | | 3500`: a ledger's row of totals (合计, 总计, 小计, 共计 …), its work cell empty or the word itself: no task. */
const TOTAL = /^(合\s*计|总\s*计|小\s*计|共\s*计|累\s*计)[：:]?(\d+\s*[项个件条])?$/;
const isTotals = (table: Table, row: RowBlock): boolean => {
  const first = row.cells.map((c) => c.trim()).find((c) => c !== '') ?? '';
  const text = cleanCellText(cellOf(table, row, 'text'));
  return TOTAL.test(first) && (text === '' || TOTAL.test(text));
};
/** A sentence the PDF cut at a page break ends without its full stop. */
const endsSentence = (s: string): boolean => /[。！？；;”"）)]\s*$/.test(s);

/** A section title, whole in the task column, across the whole row, or broken across the unit columns (`五、促进	养老服务	高质量发展`). */
function readSectionRow(table: Table, row: RowBlock, reporter: Reporter): { id: string; title: string } | null {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
  const heading = sectionHeading(filled.join(''));
  if (!heading) return null;
  // `<td colspan="4">一、数字政府</td>`: a section's title across the whole row stands in its first cell, the 序号 column's
  const no = cellOf(table, row, 'no').trim();
  if (no !== '') return filled.length === 1 && no === filled[0] ? heading : null;
  // `一、优化… | (一)深化… | 1.规范… | 法规科牵头`: headings in the columns of the levels before the work, a task in the work's own
  // column, its units in theirs: a task under its headings
  const text = cellOf(table, row, 'text').trim();
  const unitCell = unitCellOf(table, row);
  if (text !== '' && filled[0] !== text && unitCell !== null && namesUnits(unitCell)) return null;
  const whole = filled.length === 1 && filled[0] === cellOf(table, row, 'text').trim();
  if (!whole) reporter.add('sectionRecovered', null, row.line, filled.join('\t'), `分栏断开的章节标题已拼合 → ${heading.title}（如有乱码，见 overrides）`);
  return heading;
}

/** Units of a continuation row's cell added to a list, a name broken at the line end (`市场监督管理` / `局`) glued back. */
function continueUnits(into: UnitMention[], cell: string, mode: 'pdf' | 'list', task: ParsedTask, row: RowBlock, reporter: Reporter): UnitMention[] {
  const list = splitCell(cell, mode);
  for (const r of list.repairs) reporter.add(r.kind, task.no, row.line, r.raw, r.decision);
  const out = [...into];
  const [first, ...rest] = list.mentions;
  const last = out.at(-1);
  if (first && last && !looksLikeUnit(last.name) && !/[、，,；;]\s*$/.test(cell)) {
    const name = `${last.name}${first.name}`;
    reporter.add('unitRepaired', task.no, row.line, `${last.raw} ${first.raw}`, `跨行断开的单位名已拼合 → ${name}`);
    out[out.length - 1] = { name, raw: `${last.raw}${first.raw}` };
  } else if (first) out.push(first);
  return [...out, ...rest].filter((u, i, all) => all.findIndex((v) => v.name === u.name) === i);
}

/** A row that is a note on the task above it: `说明：`, `注：`, `备注：`, `计算方法：` opening its one cell. */
const NOTE_ROW = /^(说明|注|备注|注释|计算方法)[：:]/;

/** Whether the row's work cell (the column its text is read from) spans it from above. */
const workMerged = (table: Table, row: RowBlock): boolean => row.merged?.[table.fields.indexOf('text')] === true;

/**
 * A row that only continues the task above: every cell's text joins the task, reported. `step` is a row under the
 * same 序号 (the 序号 cell spans both), or under the same work cell in a table with no 序号: a further step with its own
 * time, not a wrapped cell; a work or time cell spanning it is not read twice.
 */
function mergeContinuation(task: ParsedTask, table: Table, row: RowBlock, ctx: ReadContext, reporter: Reporter, step = false): void {
  const printed = cellOf(table, row, 'no').trim();
  const mode = row.origin === 'textTable' ? 'pdf' : 'list';
  // a work cell spanning the row from above is the task's own text, already read
  if (!workMerged(table, row)) task.text += cleanCellText(cellOf(table, row, 'text'));
  const measures = cleanCellText(cellOf(table, row, 'measures'));
  if (measures !== '') task.measures = task.measures ? `${task.measures}${measures}` : measures;
  const before = task.leads.length;
  task.leads = continueUnits(task.leads, cellOf(table, row, 'lead'), mode, task, row, reporter);
  const more = task.leads.slice(before);
  const helping = [cellOf(table, row, 'units'), cellOf(table, row, 'assisting')].filter((c) => c.trim() !== '');
  for (const cell of helping) task.assisting = continueUnits(task.assisting, cell, mode, task, row, reporter).filter((u) => !task.leads.some((l) => l.name === u.name));
  // …and so is a time cell spanning it
  const schedule = isMerged(table, row, 'schedule') ? '' : cellOf(table, row, 'schedule');
  if (schedule.trim() !== '') {
    task.scheduleRaw = step && task.scheduleRaw.trim() !== '' ? `${task.scheduleRaw}；${schedule.trim()}` : `${task.scheduleRaw}${schedule.trim()}`;
    task.schedule = readSchedule(task.scheduleRaw, task.no, row.line, reporter, ctx.year);
  }
  task.cells.push(...row.cells);
  const also = more.length > 0 ? `；牵头单位增加 ${more.map((u) => u.name).join('、')}` : '';
  const again = schedule.trim() !== '' ? `；时间进度接上一行重读为「${task.scheduleRaw}」` : '';
  const spans = table.fields.includes('no') ? '序号' : `「${squeeze(table.header.cells[table.fields.indexOf('text')] ?? '')}」`;
  const why = step ? `${spans}单元格跨行：此行是任务 ${task.no} 的又一步骤，并入任务 ${task.no}` : `上一行任务文字未完（PDF 跨页），序号「${printed}」的行并入任务 ${task.no}`;
  reporter.add('rowMerged', task.no, row.line, `${printed}\t${cellOf(table, row, 'text').slice(0, 20)}…`, `${why}${also}${again}`);
}

/**
 * The number a row's work cell opens with, when it follows the row above's (`2.` after `1.`) and the row prints its own
 * unit cell: then the row is a task of its own, not a step; null otherwise.
 */
function ownPart(table: Table, row: RowBlock, above: number): number | null {
  const mark = numberMark(cleanCellText(cellOf(table, row, 'text')));
  if (!mark || mark.n !== above + 1) return null;
  const own = (['lead', 'units'] as const).some((f) => table.fields.includes(f) && !isMerged(table, row, f) && cellOf(table, row, f).trim() !== '');
  return own ? mark.n : null;
}

/**
 * `深化政府信息公开内容 | 推进重要政府信息公开 | 重点推进…。 | 市信息委… |` under `工作任务 | 目标和要求 | 责任单位 | 备注`: a row of a
 * table with no 序号 that opens with the title of a group of rows (a cell spanning them, printed on its first row), its other
 * cells one column late — a sentence under the unit column, the units after it. The title opens the work's text; the other cells
 * move back a column, reported. Null for any other row.
 */
function groupOpenedRow(table: Table, row: RowBlock, reporter: Reporter): RowBlock | null {
  const unitAt = table.fields.findIndex((f) => f === 'lead' || f === 'units');
  const textAt = table.fields.indexOf('text');
  if (table.fields.includes('no') || unitAt <= 0 || textAt !== 0) return null;
  const [title = '', ...rest] = row.cells;
  const under = (row.cells[unitAt] ?? '').trim();
  const after = (row.cells[unitAt + 1] ?? '').trim();
  if (under === '' || namesUnits(under) || !onlyUnits(after) || /[。；;，,]/.test(title) || squeeze(title).length > 20) return null;
  const cells = [`${title.trim()}：${(rest[0] ?? '').trim()}`, ...rest.slice(1)];
  while (cells.length < table.fields.length) cells.push('');
  reporter.add('cellsAligned', null, row.line, row.cells.join(' | ').slice(0, 80), `此行首格「${title.trim().slice(0, 20)}」是一组行的标题（跨行单元格，印在首行）：其后各格前移一栏，标题并入工作任务 (a group's title opening its first row)`);
  return { ...row, cells };
}

/**
 * `2 | 特困供养人员… | 陈宣群 | 市民政局 伍泽国 | 已完成… |` under a header `大类 | 序号 | 工作任务 | …`: a row (`|` or the tabs of a copy) one or more
 * cells short whose first cell is a row number, where the header prints a column (a category spanning rows) before
 * 序号, lost the cells before 序号 to the merge: its cells start at 序号, the columns before take the row above's
 * values, marked merged; reported. Any other row is left as printed.
 */
function alignShortRow(table: Table, row: RowBlock, previous: ParsedTask | undefined, reporter: Reporter): RowBlock {
  const grouped = groupOpenedRow(table, row, reporter);
  if (grouped) return grouped;
  const no = table.fields.indexOf('no');
  const missing = table.fields.length - row.cells.length;
  if (no <= 0 || missing <= 0 || missing > no || !/^\d{1,3}$/.test((row.cells[0] ?? '').trim())) return closedShortRow(table, row, previous, reporter);
  const above = previous?.cells ?? [];
  const lead = Array.from({ length: missing }, (_, c) => above[c] ?? '');
  reporter.add('cellsAligned', null, row.line, row.cells.join(' | ').slice(0, 80), `此行少 ${missing} 格、首格为序号「${(row.cells[0] ?? '').trim()}」：前 ${missing} 列（${table.header.cells.slice(0, missing).join('、')}）为跨行合并单元格，沿用上一行 (a cell spanning rows left out)`);
  return { ...row, cells: [...lead, ...row.cells], merged: [...lead.map(() => true), ...row.cells.map(() => false)] };
}

/** The row's cell under its lead column (else its 责任单位 column, else its 任务分工 column), or null when the table has none. */
function unitCellOf(table: Table, row: RowBlock): string | null {
  const field = (['lead', 'units', 'roles'] as const).find((f) => table.fields.includes(f));
  return field === undefined ? null : cellOf(table, row, field);
}

/**
 * `| 2 | … | 4月:… | 已完成… | |` under `序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况`, `| 2.… | 办公室牵头… | ||` under `工作要求 |
 * 一级要点 | 二级要点 | 责任科室`: a web table's row that lost the cells spanning it from above (HTML rowspan) and was closed by empty
 * cells, which put its printed cells in the wrong columns — its work column empty, or a sentence under its unit column. Its
 * printed cells are placed as a short row's are (`spannedRow`), the rest taken from the row above, reported. Any other row,
 * a row whose last cells are merely empty among them, is left as printed.
 */
function closedShortRow(table: Table, row: RowBlock, previous: ParsedTask | undefined, reporter: Reporter): RowBlock {
  const width = table.fields.length;
  let end = row.cells.length;
  while (end > 0 && (row.cells[end - 1] ?? '').trim() === '') end -= 1;
  // …or a row simply shorter than the header, the spanning cells left out without an empty cell closing it
  const short = end === row.cells.length && row.cells.length < width;
  if ((end === row.cells.length && !short) || end >= width || end < 2 || row.cells.slice(0, end).some((c) => c.trim() === '')) return row;
  const under = unitCellOf(table, row);
  const unitCell = (under ?? '').trim();
  // its work column empty, a sentence (`已完成。完成筛查人数3495人`) under its unit column, or that column empty while its last
  // printed cell names units
  const printed = row.cells.slice(0, end);
  const misplaced =
    cellOf(table, row, 'text').trim() === '' ||
    (unitCell !== '' && !namesUnits(unitCell)) ||
    (under !== null && unitCell === '' && namesUnits(row.cells[end - 1] ?? '')) ||
    // …or, in a table with no 序号, a cell as printed where it cannot be (unit names under the work, a time under the units)
    (!table.fields.includes('no') && !placementFits(printed, table.fields, printed.map((_, i) => i)));
  if (!misplaced) return row;
  const present = printed.map((text) => ({ text, line: row.line }));
  const placed = spannedRow(present, table.fields, previous?.cells ?? Array.from({ length: width }, () => ''));
  reporter.add('cellsAligned', null, row.line, row.cells.join(' | ').slice(0, 80), `此行只印出 ${end} 格${short ? `（表头 ${width} 栏）` : '、其后为空格'}：其余各列为跨行合并单元格，沿用上一行 (cells spanning rows left out)`);
  return { ...placed, origin: row.origin };
}

/**
 * `新增学位810个 | |||||` under `1 | 新改扩建公办中小学校1所 | 教体局 | … |`: a row (`|` or tab cells) whose only words stand in its first cell,
 * not a row number, the others empty, is the second line of the row above's work cell (a cell spanning two rows, which the
 * copy printed as a row of its own, the merged cells left empty). The words, or null for any other row.
 */
function spilledWorkLine(table: Table, row: RowBlock): string | null {
  const first = cleanCellText(row.cells[0] ?? '');
  if (first === '' || /^\d{1,3}$/.test(first) || table.fields[0] === 'text') return null;
  return row.cells.slice(1).every((c) => c.trim() === '') ? first : null;
}

/**
 * `序号 · 工作任务 · 责任单位 · (空) · 完成时限` over `(空) · (空) · 牵头单位 · 配合单位 · (空)`: a header whose merged cell spans the
 * columns a second row names. The second row's words, where it has them, name those columns; null when the row below is data.
 */
function subHeader(header: RowBlock, next: Block | undefined): { fields: Field[]; cells: string[] } | null {
  if (next?.kind !== 'row') return null;
  // a header cell merged down over both rows (序号, 工作任务 of a workbook) is the header's own, not the second row's word
  const filled = next.cells.filter((c, i) => c.trim() !== '' && next.merged?.[i] !== true);
  if (filled.length === 0) return null;
  // `(海南) | (国家) | ||||`: the qualifiers of the columns above, in brackets (a region, a unit of measure): the header's own line
  if (filled.every((c) => /^[（(][\u4e00-\u9fff]{1,8}[）)]$/.test(c.trim()))) {
    const fields = headerFields(header.cells);
    return fields ? { fields, cells: next.cells } : null;
  }
  if (!filled.every((c) => fieldOf(c) !== null && fieldOf(c) !== 'no')) return null;
  const width = Math.max(header.cells.length, next.cells.length);
  const cells = Array.from({ length: width }, (_, i) => ((next.cells[i] ?? '').trim() !== '' ? (next.cells[i] ?? '') : (header.cells[i] ?? '')));
  const fields = headerFields(cells);
  return fields ? { fields, cells: next.cells } : null;
}

/**
 * `完成老旧小区改造12个 | 区住建局` over `新建城市书房5家 | 区文旅局`, rows without 序号: a row whose unit cell names units
 * of its own, under a row whose unit cell is complete (units only, no 、 or 和 left open), is a row of its own, not the work's
 * words wrapped onto a line below (a wrapped line's unit cell is empty, or goes on the name or list above it).
 */
function unitsOfItsOwn(table: Table, row: RowBlock, above: RowBlock | null): boolean {
  if (!above || table.fields.includes('no')) return false;
  const field: Field = table.fields.includes('lead') ? 'lead' : table.fields.includes('units') ? 'units' : 'roles';
  const [mine, theirs] = [cellOf(table, row, field).trim(), cellOf(table, above, field).trim()];
  return !/[、，,和及与]$/.test(theirs) && onlyUnits(mine) && onlyUnits(theirs);
}

/** `known`: the header's fields when the caller found them another way (a header without 序号 before numbered work cells). */
export function readRowTable(blocks: readonly Block[], headerIndex: number, ctx: ReadContext, reporter: Reporter, known?: Field[]): ReadResult {
  const header = blocks[headerIndex] as RowBlock;
  // the header's second line, past the blank lines a copy may print between rows
  let belowAt = headerIndex + 1;
  while (blocks[belowAt]?.kind === 'text' && (blocks[belowAt] as { text: string }).text.trim() === '') belowAt += 1;
  const below = known ? null : subHeader(header, blocks[belowAt]);
  const byContent = known || below || headerFields(header.cells) ? null : numberedByContent(blocks, headerIndex);
  if (byContent) reporter.add('columnInferred', null, header.line, header.cells.join('\t'), numberColumnNote(header.cells[0] ?? ''));
  const fields = known ?? below?.fields ?? headerFields(header.cells) ?? byContent ?? [];
  const missing = missingFields(fields);
  if (missing.length > 0) throw new ImportError('MISSING_COLUMN', ctx.file, header.line, `the table has no column ${missing.join('、')}` + NAME_THE_WORDS);
  const table: Table = { fields, header };
  const ownWord = inferredTextColumn(header.cells, fields);
  if (ownWord !== null) reporter.add('columnInferred', null, header.line, header.cells.join('\t'), `表头「${ownWord}」不是常用列名，按位置作为工作任务列（序号后第一个非常用列名）`);
  const headerKey = header.cells.map(squeeze).join('|');
  const headerFirst = squeeze(header.cells[0] ?? '');
  const title = titleBefore(blocks.slice(0, headerIndex).map((b) => (b.kind === 'text' ? b.text : '')));
  const sections: ReadResult['sections'] = [];
  const tasks: ParsedTask[] = [];
  let section: string | null = null;
  let conference: ParsedConference | null = null;
  let previousTail = '';
  /** the row the last task was read from or merged into: its unit cell tells a wrapped line from a row of its own */
  let lastRow: RowBlock | null = null;
  let first: number | undefined;
  /** the task of the last printed 序号, with the number its work cell opened with and how many tasks it holds */
  let group: { no: string; k: number; mark: number } | undefined;
  if (below) reporter.add('headerDropped', null, blocks[belowAt]?.line ?? header.line, below.cells.join('\t'), `表头第二行（${below.cells.filter((c) => c.trim() !== '').join('、')}）细分其上方的栏，已并入表头 (a header's second row)`);
  for (const block of blocks.slice(below ? belowAt + 1 : headerIndex + 1)) {
    if (block.kind === 'text') {
      // a workbook or CSV keeps a section title in one cell of its own row
      const heading = sectionHeading(block.text.trim());
      if (heading) {
        sections.push(heading);
        section = heading.id;
      }
      continue;
    }
    const row = alignShortRow(table, block, tasks.at(-1), reporter);
    if (row.cells.map(squeeze).join('|') === headerKey || (squeeze(row.cells[0] ?? '') === headerFirst && row.cells.length >= 3)) {
      reporter.add('headerDropped', null, row.line, row.cells.join('\t').trim(), '重复的表头行已删除 (repeated header row dropped)');
      continue;
    }
    if (isJunk(row.cells)) {
      reporter.add('junkDropped', null, row.line, row.cells.join('\t'), '无内容的行已删除 (row without content dropped)');
      continue;
    }
    if (isTotals(table, row)) {
      reporter.add('junkDropped', null, row.line, row.cells.join('\t').trim(), '合计行（各列之和）不是任务，未读 (a row of totals, no task)');
      continue;
    }
    const heading = readSectionRow(table, row, reporter);
    if (heading) {
      sections.push(heading);
      section = heading.id;
      continue;
    }
    // `说明：婚前医学检查是指…` / `计算方法：…` alone in a row under a task: a note on that task, no task of its own
    const filled = row.cells.filter((c) => c.trim() !== '');
    const noted = tasks.at(-1);
    if (noted && filled.length === 1 && NOTE_ROW.test(filled[0]?.trim() ?? '')) {
      noted.cells.push(...row.cells);
      reporter.add('rowMerged', noted.no, row.line, (filled[0] ?? '').trim().slice(0, 40), `未编号、只有一格的说明行：是任务 ${noted.no} 的说明，不是一项任务 (a note under a task)`);
      continue;
    }
    const spilled = spilledWorkLine(table, row);
    const above = tasks.at(-1);
    if (above && spilled !== null) {
      above.text += spilled;
      previousTail = `${previousTail}${spilled}`.slice(-40);
      reporter.add('rowMerged', above.no, row.line, row.cells.join(' | ').slice(0, 80), `此行只有首格有字、其余格为空：是上一行工作任务单元格跨行的第二行，并入任务 ${above.no} (the rest of a cell spanning rows)`);
      continue;
    }
    if (cleanCellText(cellOf(table, row, 'text')) === '') throw new ImportError('BAD_ROW', ctx.file, row.line, 'a row with content but no task text (工作任务)');
    // a table without 序号 may number its rows inside the work's cell (`3、四大重点培育产业…`)
    const printed = fields.includes('no') ? cellOf(table, row, 'no').trim() : (numberMark(cleanCellText(cellOf(table, row, 'text')))?.printed ?? '');
    const previous = tasks.at(-1);
    // a row under a 序号 cell that spans it, numbering its own work on from the row above and naming its own units, is a
    // task of its own within that number (`1` spanning `1.地区生产总值…` · `2.一般公共预算收入…`, each with its units)
    const part = previous && group && isMerged(table, row, 'no') ? ownPart(table, row, group.mark) : null;
    if (previous && group && part) {
      group = { ...group, mark: part, k: group.k + 1 };
      const no = `${group.no}.${group.k}`;
      reporter.add('numberInferred', no, row.line, cleanCellText(cellOf(table, row, 'text')).slice(0, 40), `序号「${group.no}」单元格跨行，此行的工作另起编号「${part}」并有自己的责任单位：作为第 ${group.no} 项下的一项任务，编为 ${no} (a task of its own under a spanning number)`);
      const task = toTask({ ...rawItem(table, row, no, '', previous, reporter, ctx.year), printedNo: null, inferredNo: true, section }, ctx, reporter);
      if (task) {
        tasks.push(task);
        previousTail = task.text.slice(-40);
        continue;
      }
    }
    // a row under a 序号 cell that spans it (known from the source) is a further step of that task; with no 序号, so is a
    // row under the task's own work cell spanning it (a breakdown's 工作指标 over its 任务清单's steps)
    if (previous && (isMerged(table, row, 'no') || (!fields.includes('no') && workMerged(table, row)))) {
      mergeContinuation(previous, table, row, ctx, reporter, true);
      previousTail = `${previousTail}${cleanCellText(cellOf(table, row, 'text'))}`.slice(-40);
      continue;
    }
    // an excerpt numbered from 24 counts on from its first row's 序号
    first ??= /^\d+$/.test(printed) ? Number(printed) : 1;
    // an excerpt numbered as the whole list numbers it (6, 52, 53): a larger 序号 is the row's own, and counting goes on from it
    if (fields.includes('no') && /^\d+$/.test(printed) && Number(printed) > first + tasks.length) first = Number(printed) - tasks.length;
    const expected = String(first + tasks.length);
    // the tail of the previous task's text, kept aside: slicing a text grown by appends would copy it each time
    // …a row of a structured table without a 序号 column is a row of its own: nothing shows a cell wrapped there
    const wraps = row.origin === 'textTable' || fields.includes('no');
    if (previous && wraps && printed !== expected && !endsSentence(previousTail) && !unitsOfItsOwn(table, row, lastRow)) {
      mergeContinuation(previous, table, row, ctx, reporter);
      previousTail = `${previousTail}${cleanCellText(cellOf(table, row, 'text'))}`.slice(-40);
      lastRow = row;
      continue;
    }
    if (printed !== expected) {
      reporter.add('numberInferred', expected, row.line, printed, printed === '' ? `序号缺失，按顺序推定为 ${expected}` : `序号「${printed}」无法识别，按顺序推定为 ${expected}`);
    }
    const raw = rawItem(table, row, expected, printed, previous, reporter, ctx.year);
    // the number a table without 序号 printed in the work's cell is the task's number, no part of its text
    const ownMark = fields.includes('no') || printed === '' ? null : markerOf(raw.text);
    const item = { ...raw, text: ownMark ? ownMark.body.trim() : raw.text, section };
    const task = toTask(item, ctx, reporter);
    if (!task) throw new ImportError('NO_LEAD_UNIT', ctx.file, row.line, `task ${expected} names no lead unit (牵头单位) and has no row above to take one from`);
    tasks.push(task);
    lastRow = row;
    group = { no: expected, k: 1, mark: numberMark(task.text)?.n ?? 0 };
    previousTail = task.text.slice(-40);
    conference ??= task.measures === null ? null : readConference(task.measures, row.line);
  }
  // a table of rows, whatever its source: a workbook, a Word or HTML table, tab or `|` rows, or a PDF's positions
  return { layout: 'rowTable', title, sections, conference, scheduleColumn: fields.includes('schedule'), startLine: header.line, tasks };
}

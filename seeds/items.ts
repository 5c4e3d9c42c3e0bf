// RawItem: one task as a reader found it — raw role fields with their source lines — before units, roles and dates are decided.
import { fieldOf, isHeaderWord, periodOfHeader, yearOfHeader, type Field } from './columns';
import { foldScript, squeeze, wordOf } from './text';
import type { ParsedConference, ParsedTask } from './parsed';
import type { UnitMention } from './unit-list';

/** Raw unit texts by role; each entry is one cell or clause, split into units later. */
export interface RawLists {
  lead: string[];
  /** 责任单位 / 负责单位: responsible, role decided by the rest of the document */
  units: string[];
  assisting: string[];
}

export interface RawItem {
  no: string;
  printedNo: string | null;
  inferredNo: boolean;
  section: string | null;
  text: string;
  lists: RawLists;
  people: string | null;
  /** the schedule field as printed; null when the document has none for this task */
  schedule: string | null;
  scheduleLine: number;
  measures: string | null;
  /** a PDF copy separates units by spaces and breaks names across lines; other sources separate with 、，和 */
  unitCells: 'pdf' | 'list';
  line: number;
  cells: string[];
  /** remarks found among the roles (不再做分工，下同 / 按职责分工负责), reported, never units */
  notes: string[];
  /** a lead given by the section heading (一、X牵头工作) */
  sectionLead: string | null;
  /** the list has a column for the lead (牵头单位): a row that leaves it empty names no lead, and no helper is taken to lead */
  leadColumn?: boolean;
  /** leads handed down from the row above (a merged or empty lead cell), already reported */
  inheritedLeads?: UnitMention[];
  /** assisting units an earlier task named for this one too (下同, 以下各项…不再列出), already reported: they say nothing of who leads */
  carriedAssisting?: string[];
}

export interface ReadResult {
  layout: 'numberedCells' | 'rowTable' | 'prose';
  title: string;
  tasks: ParsedTask[];
  sections: { id: string; title: string }[];
  conference: ParsedConference | null;
  /** false when the list has no time column: dates are read from the task text */
  scheduleColumn: boolean;
  /** the 1-based line of the table header, or of the first item */
  startLine: number;
}

export const emptyLists = (): RawLists => ({ lead: [], units: [], assisting: [] });

/** The header cell taken for the work although no list uses its word (see headerFields); null when the work's column is named. */
export function inferredTextColumn(cells: readonly string[], fields: readonly Field[]): string | null {
  const i = fields.indexOf('text');
  const word = cells[i] ?? '';
  return i >= 0 && fieldOf(word) === null ? word.trim() : null;
}

/** The fields of a header row; null when it does not name a task text and a unit column. */
export function headerFields(cells: readonly string[]): Field[] | null {
  const fields = cells.map((c) => fieldOf(c) ?? 'other');
  // a list whose only column for the work is its measures (主要工作举措): the measures are the tasks' text
  const measures = fields.indexOf('measures');
  if (!fields.includes('text') && measures >= 0) fields[measures] = 'text';
  // a column stating the roles itself (责任分工：X牵头，Y配合) names the units too
  const hasUnits = fields.includes('lead') || fields.includes('units') || fields.includes('roles');
  // a header that numbers its rows and names their units but words the work its own way (主要工作举措, 年度计划):
  // the first column of a word no list uses is the work (the reader reports it, `textColumnInferred`)
  if (!fields.includes('text') && hasUnits && fields[0] === 'no') {
    const own = cells.findIndex((c, i) => i > 0 && fieldOf(c) === null && isHeaderWord(c));
    if (own >= 0) fields[own] = 'text';
  }
  // `工作任务 · 序号 · 具体要求 · 责任科室`: the work's column before 序号 heads the numbered rows, the word after 序号 is their work
  if (fields[0] === 'text' && fields[1] === 'no' && fields[2] === 'other' && fieldOf(cells[2] ?? '') === null && isHeaderWord(cells[2] ?? '') && !fields.slice(3).includes('text')) {
    fields[0] = 'other';
    fields[2] = 'text';
  }
  // `工作要求 · 一级要点 · 二级要点 · 责任科室`: with no 序号, a header of short words only, three at least, naming the units: the
  // words before the unit column are levels of the work, the last of them the task itself (the others head the rows under them)
  const firstUnit = fields.findIndex((f) => f === 'lead' || f === 'units' || f === 'roles');
  let levels = false;
  if (!fields.includes('text') && firstUnit >= 2 && fields[0] !== 'no' && cells.length >= 3 && cells.every((c) => isHeaderWord(c))) {
    const own = fields.slice(0, firstUnit).lastIndexOf('other');
    levels = own >= 0 && fieldOf(cells[own] ?? '') === null;
    if (levels) fields[own] = 'text';
  }
  const known = fields.filter((f) => f !== 'other').length;
  const hasText = fields.includes('text');
  // a header of list words that lacks its unit column is still a header: the reader then names what is missing
  // a first column of a category spanning rows (大类, 类别) may stand before 序号
  // …or before the work's own column when the rows print no 序号 (类别 · 民生事项名称 · 责任单位, the number inside the work's cell)
  const category = /^(大类|类别|分类|类型|领域)$/.test(wordOf(cells[0] ?? ''));
  const opens = fields[0] !== 'other' || (fields[1] === 'no' && isHeaderWord(cells[0] ?? '')) || (category && fields[1] === 'text') || levels;
  const header = hasText && opens && (hasUnits ? known >= 2 : known >= 3 && fields[0] === 'no');
  if (!header) return null;
  // `建设任务 · 工作事项 · 工作指标 · 任务清单 · 责任清单 · 时限清单`: with no 序号, three columns of the work or more are the levels
  // of a breakdown — a list of steps last among them (…清单) holds the measures, the column before it is the task, the
  // higher levels head the rows under them (as a 类别 does)
  const levelled = fields.flatMap((f, i) => (f === 'text' ? [i] : []));
  if (!fields.includes('no') && levelled.length >= 3) {
    const steps = levelled.at(-1) ?? -1;
    const byList = /清单$/.test(wordOf(cells[steps] ?? '')) && !fields.includes('measures');
    if (byList) fields[steps] = 'measures';
    const task = byList ? (levelled.at(-2) ?? -1) : steps;
    for (const i of levelled) if (i < task) fields[i] = 'other';
  }
  // `工作要点 · 工作任务`: the points beside a column of the tasks under them head those tasks, as a 类别 does
  const points = cells.findIndex((c) => /要点$/.test(wordOf(c)));
  if (points >= 0 && fields.some((f, i) => f === 'text' && i !== points)) fields[points] = 'other';
  // `项目 · 重点工作目标任务`: a column headed by a bare word (项目, 内容) beside another that names the work more fully heads a
  // category spanning rows
  const texts = fields.flatMap((f, i) => (f === 'text' ? [i] : []));
  const bare = texts.filter((i) => squeeze(cells[i] ?? '').length <= 2);
  if (bare.length < texts.length) for (const i of bare) fields[i] = 'other';
  // `指标 · 2020年 · 2025年`: with no time column, the columns headed by a year hold the levels due by that year's end (table-row.ts)
  if (!fields.includes('schedule')) {
    for (const [i, c] of cells.entries()) if (fields[i] === 'other' && yearOfHeader(c) !== null) fields[i] = 'schedule';
  }
  // `重点工作内容 · 牵头责任单位 · 四季度任务分解`: beside the work's own column and with no time column, the work set for a part of
  // the year is due by that part's end (table-row.ts)
  if (!fields.includes('schedule')) {
    const periods = cells.flatMap((c, i) => (periodOfHeader(c) !== null && (fields[i] === 'other' || fields[i] === 'text') ? [i] : []));
    if (fields.some((f, i) => f === 'text' && !periods.includes(i))) for (const i of periods) fields[i] = 'schedule';
  }
  return fields;
}

/**
 * `任务项 · 重点工作内容 · 牵头责任单位` over a first row `1`: a header whose first word no list uses (short: 任务项, 条目; a longer
 * line is a title over the header), the rest a header with no 序号 among them, numbers its rows in that first column; its fields,
 * or null. `below` is what the first two rows under it open with: a row number (1, or 6 in an excerpt), or a line of a section's
 * title (`经济社会发展主要预期目标分解(15项)`) and then one. Cell tables and tables of rows both ask this.
 */
export function numberColumnFields(first: string, rest: readonly string[], below: readonly (string | undefined)[]): Field[] | null {
  const number = (cell: string | undefined): boolean => /^\d{1,3}$/.test(cell?.trim() ?? '');
  const [next, after] = below;
  const numbered = number(next) || (next !== undefined && next.trim() !== '' && next.trim().length <= 40 && !/^\d/.test(next.trim()) && number(after));
  if (!numbered || fieldOf(first) !== null || !isHeaderWord(first) || squeeze(first).length > 4 || rest.some((c) => fieldOf(c) === 'no')) return null;
  return headerFields(['序号', ...rest]);
}

/** The report's words for a number column found so. */
export const numberColumnNote = (word: string): string => `表头「${word.trim()}」不是常用列名：其下各行以行号开头，按序号列读 (a column numbering the rows)`;

/** Fields the table lacks that a list needs, in the words a person would look for. */
export function missingFields(fields: readonly Field[]): string[] {
  return [
    !fields.includes('text') && '工作任务',
    !fields.includes('lead') && !fields.includes('units') && !fields.includes('roles') && '牵头单位/责任单位',
  ].filter((m): m is string => typeof m === 'string');
}

/** A web page's furniture over its text (`发布时间:2025-03-28 16:00 信息来源:…`, `索引号:`, `字体:[ ]`): no title. */
const PAGE_FURNITURE = /^(发布时间|发布日期|发文日期|发表时间|信息来源|来源|浏览次数|访问次数|索引号|组配分类|主题分类|发布机构|当前位置|字体|文号|名称)\s*[:：]/;

/** The printed title: the last line before the table or first item that is not an attachment mark or a page's furniture. */
export function titleBefore(lines: readonly string[]): string {
  return lines.map((l) => l.trim()).filter((l) => l !== '' && !/^附件\s*\d*$/.test(l) && !PAGE_FURNITURE.test(foldScript(l))).at(-1) ?? '';
}

// Parser for the PDF table layout (taobei): tab-separated rows, with the repairs its damage needs.
import { ImportError } from './errors';
import type { ParsedConference, ParsedDocument, ParsedTask } from './parsed';
import { readConference } from './parse-prose';
import { readSchedule } from './read-schedule';
import type { Reporter } from './reporter';
import { cleanCellText, sectionHeading, squeeze } from './text';
import { splitPdfUnitCell, type UnitMention } from './unit-list';

const HEADER: Record<string, 'no' | 'text' | 'lead' | 'assisting' | 'measures' | 'schedule'> = {
  序号: 'no',
  '《意见》主要任务': 'text',
  主要任务: 'text',
  工作任务: 'text',
  牵头单位: 'lead',
  配合单位: 'assisting',
  落实措施: 'measures',
  时间进度: 'schedule',
};
type Column = (typeof HEADER)[string];
const REQUIRED: Column[] = ['no', 'text', 'lead', 'schedule'];

const isHeaderRow = (cells: string[]): boolean => squeeze(cells[0] ?? '') === '序号' && cells.length >= 3;
export const isPdfTable = (lines: string[]): boolean => lines.some((l) => l.includes('\t') && isHeaderRow(l.split('\t')));
const isJunk = (cells: string[]): boolean => cells.every((c) => /^[\s,，.。\-–—/·]*$/.test(c));
/** A sentence the PDF cut at a page break ends without its full stop. */
const endsSentence = (s: string): boolean => /[。！？；;”"）)]\s*$/.test(s);

function readColumns(cells: string[], file: string, line: number): Map<Column, number> {
  const columns = new Map<Column, number>();
  cells.forEach((c, i) => {
    const column = HEADER[squeeze(c)];
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) throw new ImportError('MISSING_COLUMN', file, line, `the table has no column ${missing.join(', ')}`);
  return columns;
}

export function parsePdfTable(lines: string[], file: string, reporter: Reporter): ParsedDocument {
  const headerIndex = lines.findIndex((l) => isHeaderRow(l.split('\t')));
  if (headerIndex < 0) throw new ImportError('UNKNOWN_LAYOUT', file, null, 'no 序号 header row');
  const columns = readColumns(lines[headerIndex]?.split('\t') ?? [], file, headerIndex + 1);
  const title = lines.slice(0, headerIndex).map((l) => l.trim()).filter((l) => l !== '' && !/^附件\s*\d*$/.test(l)).at(-1) ?? '';
  const sections: ParsedDocument['sections'] = [];
  const tasks: ParsedTask[] = [];
  let section: string | null = null;
  let conference: ParsedConference | null = null;
  for (let i = headerIndex + 1; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    const cell = (c: Column): string => (columns.has(c) ? (cells[columns.get(c) ?? -1] ?? '') : '');
    if (isHeaderRow(cells)) {
      reporter.add('headerDropped', null, line, raw.trim(), '重复的表头行已删除 (repeated header row dropped)');
      continue;
    }
    if (isJunk(cells)) {
      reporter.add('junkDropped', null, line, raw, '无内容的行已删除 (row without content dropped)');
      continue;
    }
    const heading = readSectionRow(cells, columns, line, reporter);
    if (heading) {
      sections.push(heading);
      section = heading.id;
      continue;
    }
    const text = cleanCellText(cell('text'));
    if (text === '') throw new ImportError('BAD_ROW', file, line, 'a row with content but no task text');
    const printed = cell('no').trim();
    const previous = tasks.at(-1);
    const expected = String(tasks.length + 1);
    if (previous && printed !== expected && !endsSentence(previous.text)) {
      mergeContinuation(previous, cells, cell, line, reporter);
      continue;
    }
    const no = expected;
    if (printed !== expected) {
      reporter.add('numberInferred', no, line, printed, printed === '' ? `序号缺失，按顺序推定为 ${no}` : `序号「${printed}」无法识别，按顺序推定为 ${no}`);
    }
    let leads = units(cell('lead'), no, line, reporter);
    if (leads.length === 0) {
      if (!previous) throw new ImportError('NO_LEAD_UNIT', file, line, `task ${no} names no lead unit (牵头单位) and has no row above`);
      leads = previous.leads;
      reporter.add('leadInferred', no, line, cell('lead'), `牵头单位为空（PDF 合并单元格），沿用上一行：${leads.map((u) => u.name).join('、')}`);
    }
    const assisting = units(cell('assisting'), no, line, reporter).filter((u) => {
      if (!leads.some((l) => l.name === u.name)) return true;
      reporter.add('unitRepaired', no, line, u.raw, `${u.name} 已是牵头单位，从配合单位中删除`);
      return false;
    });
    const measures = cleanCellText(cell('measures'));
    tasks.push({
      no,
      printedNo: printed === '' ? null : printed,
      inferredNo: printed !== expected,
      section,
      text,
      leads,
      assisting,
      measures: measures === '' ? null : measures,
      scheduleRaw: cell('schedule'),
      schedule: readSchedule(cell('schedule'), no, line, reporter),
      line,
      cells,
    });
    conference ??= measures === '' ? null : readConference(measures, line);
  }
  return { layout: 'pdfTable', title, issuer: null, issuedOn: null, sections, tasks, conference };
}

function units(raw: string, no: string, line: number, reporter: Reporter): UnitMention[] {
  const list = splitPdfUnitCell(raw);
  for (const r of list.repairs) reporter.add(r.kind, no, line, r.raw, r.decision);
  return list.mentions;
}

/** A section title, whole in the task column or broken across the unit columns (`五、促进	养老服务	高质量发展`). */
function readSectionRow(cells: string[], columns: Map<Column, number>, line: number, reporter: Reporter): { id: string; title: string } | null {
  if ((cells[columns.get('no') ?? 0] ?? '').trim() !== '') return null;
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const heading = sectionHeading(filled.join(''));
  if (!heading) return null;
  const whole = filled.length === 1 && filled[0] === (cells[columns.get('text') ?? 1] ?? '').trim();
  if (!whole) reporter.add('sectionRecovered', null, line, filled.join('\t'), `分栏断开的章节标题已拼合 → ${heading.title}（如有乱码，见 overrides）`);
  return heading;
}

function mergeContinuation(task: ParsedTask, cells: string[], cell: (c: Column) => string, line: number, reporter: Reporter): void {
  const printed = cell('no').trim();
  task.text += cleanCellText(cell('text'));
  const measures = cleanCellText(cell('measures'));
  if (measures !== '') task.measures = task.measures ? `${task.measures}${measures}` : measures;
  const more = units(cell('lead'), task.no, line, reporter).filter((u) => !task.leads.some((l) => l.name === u.name));
  task.leads = [...task.leads, ...more];
  task.cells = [...task.cells, ...cells];
  const also = more.length > 0 ? `；牵头单位增加 ${more.map((u) => u.name).join('、')}` : '';
  reporter.add('rowMerged', task.no, line, `${printed}\t${cell('text').slice(0, 20)}…`, `上一行任务文字未完（PDF 跨页），序号「${printed}」的行并入任务 ${task.no}${also}`);
}

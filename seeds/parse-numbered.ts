// Parser for the numbered-cells layout (qinzhou, changzhou): one cell per tab-indented line, rows separated by blank lines.
import { ImportError } from './errors';
import type { ParsedDocument, ParsedTask } from './parsed';
import { readSchedule } from './read-schedule';
import type { Reporter } from './reporter';
import { isBlank, sectionHeading, squeeze } from './text';
import { splitUnitList, type UnitList } from './unit-list';

type Column = 'no' | 'text' | 'units' | 'lead' | 'assisting' | 'schedule';

const HEADER_WORDS: Record<string, Column> = {
  序号: 'no',
  工作任务: 'text',
  负责单位: 'units',
  责任单位: 'units',
  牵头部门: 'lead',
  牵头单位: 'lead',
  参与部门: 'assisting',
  配合单位: 'assisting',
  配合部门: 'assisting',
  时间进度: 'schedule',
};

/** Where the header starts: a line that is only 序号 (spaces aside) followed by more header cells. */
export function findNumberedHeader(lines: string[]): number {
  return lines.findIndex((l, i) => squeeze(l) === '序号' && HEADER_WORDS[squeeze(lines[i + 1] ?? '')] !== undefined);
}

function readHeader(lines: string[], start: number, file: string): { columns: Column[]; end: number } {
  const columns: Column[] = [];
  let i = start;
  for (; i < lines.length && !isBlank(lines[i] ?? ''); i += 1) {
    const word = squeeze(lines[i] ?? '');
    const column = HEADER_WORDS[word];
    if (!column) throw new ImportError('UNKNOWN_LAYOUT', file, i + 1, `unknown column 「${word}」`);
    columns.push(column);
  }
  const has = (c: Column): boolean => columns.includes(c);
  const missing = [
    !has('no') && '序号',
    !has('text') && '工作任务',
    !has('units') && !has('lead') && '负责单位/牵头部门',
    !has('schedule') && '时间进度',
  ].filter((m): m is string => typeof m === 'string');
  if (missing.length > 0) throw new ImportError('MISSING_COLUMN', file, start + 1, `the table has no column ${missing.join('、')}`);
  return { columns, end: i };
}

/** Groups of consecutive non-blank lines, with the 1-based line of their first line. */
function groups(lines: string[], from: number): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let current: { line: number; cells: string[] } | null = null;
  for (let i = from; i < lines.length; i += 1) {
    const l = lines[i] ?? '';
    // a tab-indented line is a cell even when empty (an empty 负责单位 must not vanish)
    if (!l.startsWith('\t') && isBlank(l)) {
      current = null;
      continue;
    }
    if (!current) {
      current = { line: i + 1, cells: [] };
      out.push(current);
    }
    current.cells.push(l.replace(/^\t/, ''));
  }
  return out;
}

export function parseNumbered(lines: string[], file: string, reporter: Reporter): ParsedDocument {
  const start = findNumberedHeader(lines);
  if (start < 0) throw new ImportError('UNKNOWN_LAYOUT', file, null, 'no 序号 header');
  const title = lines.slice(0, start).map((l) => l.trim()).filter((l) => l !== '' && !/^附件\s*\d*$/.test(l)).at(-1) ?? '';
  const { columns, end } = readHeader(lines, start, file);
  const sections: ParsedDocument['sections'] = [];
  const tasks: ParsedTask[] = [];
  let section: string | null = null;
  for (const { line, cells } of groups(lines, end)) {
    const heading = cells.length === 1 ? sectionHeading(cells[0] ?? '') : null;
    if (heading) {
      sections.push(heading);
      section = heading.id;
      continue;
    }
    if (!/^\d+$/.test((cells[0] ?? '').trim())) throw new ImportError('BAD_ROW', file, line, `a row must start with its 序号, found 「${cells[0] ?? ''}」`);
    if (cells.length !== columns.length) {
      throw new ImportError('MISSING_COLUMN', file, line, `row ${(cells[0] ?? '').trim()} has ${cells.length} cells, the header has ${columns.length}`);
    }
    const cell = (c: Column): string => cells[columns.indexOf(c)] ?? '';
    const no = cell('no').trim();
    const lists = readUnits(columns, cell);
    for (const r of [...lists.lead.repairs, ...lists.assisting.repairs]) reporter.add(r.kind, no, line, r.raw, r.decision);
    if (lists.lead.mentions.length === 0) throw new ImportError('NO_LEAD_UNIT', file, line, `task ${no} names no lead unit (牵头单位)`);
    const [leads, assisting] = columns.includes('units')
      ? splitLeads(lists.lead)
      : [lists.lead.mentions, lists.assisting.mentions];
    tasks.push({
      no,
      printedNo: no,
      inferredNo: false,
      section,
      text: cell('text').trim(),
      leads,
      assisting,
      measures: null,
      scheduleRaw: cell('schedule'),
      schedule: readSchedule(cell('schedule'), no, line + columns.indexOf('schedule'), reporter),
      line,
      cells,
    });
  }
  return { layout: 'numberedCells', title, issuer: null, issuedOn: null, sections, tasks, conference: null };
}

function readUnits(columns: Column[], cell: (c: Column) => string): { lead: UnitList; assisting: UnitList } {
  if (columns.includes('units')) return { lead: splitUnitList(cell('units')), assisting: splitUnitList('') };
  return { lead: splitUnitList(cell('lead')), assisting: splitUnitList(columns.includes('assisting') ? cell('assisting') : '') };
}

/** One column for every unit: the ones marked 牵头 lead, else the first listed leads. */
export function splitLeads(list: UnitList): [UnitList['mentions'], UnitList['mentions']] {
  const n = Math.max(1, list.markedLeads);
  return [list.mentions.slice(0, n), list.mentions.slice(n)];
}

// Parser for prose plans (liaoning): sections 一、…, paragraphs （一）… each ending with 〔责任单位：…〕, dates inside the text.
import { isValidDate } from '../machines/deadline';
import type { ScheduleSpec } from '../machines/schedule';
import { ImportError } from './errors';
import type { ParsedConference, ParsedDocument, ParsedTask } from './parsed';
import type { Reporter } from './reporter';
import { findProseTargets } from './schedule-phrases';
import { chineseNumeral, sectionHeading } from './text';
import { splitUnitList } from './unit-list';
import { splitLeads } from './parse-numbered';

const PARAGRAPH = /^[\s\u3000]*（([一二三四五六七八九十]+)）(.*)$/;
const UNITS = /〔责任单位[：:](.*)〕[\s\u3000]*$/;

export const isProse = (lines: string[]): boolean => lines.some((l) => UNITS.test(l));

export function parseProse(lines: string[], file: string, reporter: Reporter): ParsedDocument {
  const sections: ParsedDocument['sections'] = [];
  const tasks: ParsedTask[] = [];
  let section: { id: string; n: number } | null = null;
  let conference: ParsedConference | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const heading = sectionHeading(raw.replace(/^[\s\u3000]+/, ''));
    if (heading) {
      sections.push(heading);
      section = { id: heading.id, n: chineseNumeral(heading.id) ?? sections.length };
      return;
    }
    const m = PARAGRAPH.exec(raw);
    if (!m || !section) return;
    const printed = m[1] ?? '';
    const no = `${section.n}-${chineseNumeral(printed) ?? printed}`;
    const body = m[2] ?? '';
    const units = UNITS.exec(body);
    if (!units) throw new ImportError('NO_LEAD_UNIT', file, line, `paragraph ${section.id}（${printed}） has no 〔责任单位：…〕`);
    const text = body.replace(UNITS, '').trim();
    const list = splitUnitList(units[1] ?? '');
    for (const r of list.repairs) reporter.add(r.kind, no, line, r.raw, r.decision);
    if (list.mentions.length === 0) throw new ImportError('NO_LEAD_UNIT', file, line, `paragraph ${section.id}（${printed}） names no unit`);
    const [leads, assisting] = splitLeads(list);
    const found = findProseTargets(text);
    for (const p of found.problems) reporter.add('scheduleUnparsed', no, line, p, '日期不存在，未作为期限 (invalid date ignored)');
    const schedule: ScheduleSpec = found.targets.length > 0 ? { kind: 'by', targets: found.targets } : { kind: 'ongoing', cadence: 'quarterly' };
    tasks.push({
      no,
      printedNo: `${section.id}（${printed}）`,
      inferredNo: false,
      section: section.id,
      text,
      leads,
      assisting,
      measures: null,
      scheduleRaw: found.sentences.join(''),
      schedule,
      line,
      cells: [raw],
    });
    conference ??= readConference(text, line);
  });
  const { issuer, issuedOn } = readSignature(lines, file, reporter);
  const title = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  return { layout: 'prose', title, issuer, issuedOn, sections, tasks, conference };
}

/** 建立辽宁省养老服务联席会议制度…省民政厅厅长为召集人…办公室设在省民政厅。 */
export function readConference(text: string, line: number): ParsedConference | null {
  const name = /建立(?:由(.+?)牵头的)?(.{2,30}?联席会议)制度/.exec(text);
  if (!name) return null;
  const convener = /([^，,。；]+?)(?:厅长|局长|主任)?为召集人/.exec(text)?.[1] ?? name[1] ?? null;
  const office = /办公室设在([^，,。；]+)/.exec(text)?.[1] ?? null;
  if (!convener) return null;
  return { name: name[2] ?? '', convener: convener.trim(), office: office?.trim() ?? null, line, raw: name[0] };
}

/** The signature at the end: issuing body and date (`辽宁省人民政府办公厅` / `2020年4月24日`). */
function readSignature(lines: string[], file: string, reporter: Reporter): { issuer: string | null; issuedOn: string | null } {
  let issuer: string | null = null;
  let issuedOn: string | null = null;
  lines.forEach((raw, index) => {
    const l = raw.trim();
    if (/^\S+(办公厅|办公室|人民政府|委员会)$/.test(l)) issuer = l;
    const d = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(l);
    if (!d) return;
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (isValidDate(y, m, day)) issuedOn = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    else reporter.add('scheduleUnparsed', null, index + 1, l, `落款日期不存在 (invalid issue date) in ${file}; ignored`);
  });
  return { issuer, issuedOn };
}

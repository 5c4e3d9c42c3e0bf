// RawItem → ParsedTask: splits the unit texts, decides who leads (reporting every guess), and reads the schedule.
import type { ScheduleSpec } from '../machines/schedule';
import { topLevelCommas } from './roles';
import { foldScript, stripTrailing } from './text';
import type { RawItem } from './items';
import type { ParsedTask } from './parsed';
import { readSchedule } from './read-schedule';
import type { Reporter } from './reporter';
import { findProseTargets } from './schedule-phrases';
import { DESCRIBED_REST, SHORT_JOIN, splitPdfUnitCell, splitUnitList, type UnitList, type UnitMention } from './unit-list';

/** What the whole document says that every task's reading depends on. */
export interface ReadContext {
  file: string;
  /** the plan's year (title, document number, issue date); anchors 12月底前 and 上半年 */
  year: number | null;
  /** the year was not printed as the plan's but is the one its text prints most: an item's own printed year goes before it */
  yearGuessed?: boolean;
  /**
   * the document (line) or its overrides (line null) say its first listed 责任单位 leads (第一责任单位为牵头单位): not a guess then;
   * with `group`, its first group of units parted by commas leads (排在前位为牵头部门: A、B，C、D → A and B)
   */
  firstListedLeads: { line: number | null; words: string; group?: boolean } | null;
}

/** A cell of units: a PDF's cell is split on spaces and glued back; any other on 、，和 / 及. */
/** A cell that says it has no unit (无, 暂无, /, —, ×): offices fill an empty column so. */
const NO_UNIT = /^(无|暂无|没有|\/|／|[-—–－─]+|×|空白?)$/;

/** A cell closing with 等 and the rest described at length: the unit list reads it. */
const ETC_AT_END = new RegExp(`等${DESCRIBED_REST}$`);

export function splitCell(raw: string, mode: RawItem['unitCells']): UnitList {
  if (NO_UNIT.test(raw.trim())) return { mentions: [], markedLeads: 0, repairs: [{ kind: 'unitUnknown', raw, decision: `「${raw.trim()}」表示没有单位，未列入 (a placeholder: no unit)` }] };
  // a PDF cell splits on its spaces; one without spaces (`市物价局和县区政府`) is a list like any other
  if (mode === 'pdf' && !/[、，,；;]/.test(raw) && /\s/.test(raw.trim())) return splitPdfUnitCell(raw);
  // …and one that closes with 等 or 等部门 names one unit and the unspecified rest (splitUnitList drops the rest)
  // …and one whose names carry a mark (`★区应急管理局`), which splitUnitList reads
  // (…or 等 and the rest described at length, `省财政厅等省…联席会议相关成员单位`, or 会 for 会同, `宣传处会办公室`)
  const folded = foldScript(raw.trim());
  if (/[、，,；;和及★☆▲△※＊*●◆]|会同|牵头|等[\u4e00-\u9fff]{0,6}(部门|单位|机构)?$/.test(folded) || ETC_AT_END.test(folded) || SHORT_JOIN.test(folded)) return splitUnitList(raw);
  // no list words: units one per line or space (as a PDF, or a copy of one, prints them), glued where broken
  return splitPdfUnitCell(stripTrailing(raw, '。.'));
}

function split(raws: string[], mode: RawItem['unitCells'], no: string, line: number, reporter: Reporter): UnitList {
  const lists = raws.map((r) => splitCell(r, mode));
  for (const r of lists.flatMap((l) => l.repairs)) reporter.add(r.kind, no, line, r.raw, r.decision);
  const first = lists[0];
  return {
    mentions: lists.flatMap((l) => l.mentions),
    markedLeads: lists.length === 1 && first ? first.markedLeads : 0,
    repairs: [],
  };
}

const names = (ms: UnitMention[]): string => ms.map((m) => m.name).join('、');

/** Leads and assisting units of an item, by what the document states; the first-listed guess is reported. Units carried from an earlier task assist. */
export function decideRoles(raw: RawItem, ctx: ReadContext, reporter: Reporter): { leads: UnitMention[]; assisting: UnitMention[] } {
  const own = decideOwnRoles(raw, ctx, reporter);
  const carried = split(raw.carriedAssisting ?? [], raw.unitCells, raw.no, raw.line, reporter);
  return { leads: own.leads, assisting: [...own.assisting, ...carried.mentions] };
}

/** Leads and assisting units by the task's own lists and labels. */
function decideOwnRoles(raw: RawItem, ctx: ReadContext, reporter: Reporter): { leads: UnitMention[]; assisting: UnitMention[] } {
  const { no, line } = raw;
  const lead = raw.inheritedLeads ? { mentions: raw.inheritedLeads, markedLeads: 0, repairs: [] } : split(raw.lists.lead, raw.unitCells, no, line, reporter);
  const units = split(raw.lists.units, raw.unitCells, no, line, reporter);
  const assisting = split(raw.lists.assisting, raw.unitCells, no, line, reporter);
  if (lead.mentions.length > 0) return { leads: lead.mentions, assisting: [...units.mentions, ...assisting.mentions] };
  if (units.mentions.length === 0) {
    const section = raw.sectionLead ? split([raw.sectionLead], 'list', no, line, reporter).mentions : [];
    const [first, ...rest] = assisting.mentions;
    if (section.length > 0 || !first || raw.leadColumn) return { leads: section, assisting: assisting.mentions };
    // only helpers named (`（X配合）`) and no heading that gives the lead: the first of them is taken to lead
    reporter.add('leadInferred', no, line, raw.lists.assisting.join(' '), `只写明配合单位、未写牵头单位：推定列第一位的 ${first.name} 牵头 (only helpers named: the first taken to lead, a guess)`);
    return { leads: [first], assisting: rest };
  }
  // 责任单位 beside a 配合单位 list: the responsible units lead together
  if (assisting.mentions.length > 0) return { leads: units.mentions, assisting: assisting.mentions };
  // `一、整治村容村貌（A、B牵头）` over `1.…（责任单位：A、B、C）`: the units the section names as its leads lead where the item lists them
  // …unless the list states who leads its items (`列第一位者为牵头部门`): then a section's 总牵头 coordinates, and the first listed leads
  const sectionLeads = raw.sectionLead && units.markedLeads === 0 && !ctx.firstListedLeads ? split([raw.sectionLead], 'list', no, line, reporter).mentions.map((m) => m.name) : [];
  const named = units.mentions.filter((u) => sectionLeads.includes(u.name));
  if (named.length > 0 && units.mentions.length > 1) {
    reporter.add('leadInferred', no, line, raw.lists.units.join(' '), `按所在部分标题所写牵头单位（${raw.sectionLead ?? ''}），本项所列的 ${names(named)} 牵头 (the section's leads, where the item lists them)`);
    return { leads: named, assisting: units.mentions.filter((u) => !named.includes(u)) };
  }
  const marked = units.markedLeads;
  const n = Math.max(ctx.firstListedLeads?.group ? frontGroupSize(raw) : 1, marked);
  const leads = units.mentions.slice(0, n);
  // with the list's rule stated (the document's, or the overrides') the first listed lead by it, reported once for the list
  if (marked === 0 && units.mentions.length > 1 && !ctx.firstListedLeads) {
    reporter.add('leadInferred', no, line, raw.lists.units.join(' '), `文件未写明牵头单位：推定列第一位的 ${names(leads)} 牵头，其余 ${names(units.mentions.slice(n))} 配合 (first listed taken to lead: a guess)`);
  }
  return { leads, assisting: [...units.mentions.slice(n), ...assisting.mentions] };
}

/** How many units the first comma group of an item's 责任单位 names (`市环保局、市国土资源局，市财政局…` → 2); 1 without a comma. */
function frontGroupSize(raw: RawItem): number {
  const [first] = raw.lists.units;
  const groups = topLevelCommas(first ?? '');
  return groups.length > 1 ? Math.max(1, splitCell(groups[0] ?? '', raw.unitCells).mentions.length) : 1;
}

/** Drops from the assisting units every unit that already leads, reporting it. */
function withoutLeads(leads: UnitMention[], assisting: UnitMention[], raw: RawItem, reporter: Reporter): UnitMention[] {
  return assisting.filter((u) => {
    if (!leads.some((l) => l.name === u.name)) return true;
    reporter.add('unitRepaired', raw.no, raw.line, u.raw, `${u.name} 已是牵头单位，从配合单位中删除`);
    return false;
  });
}

/** The schedule of an item: its time field, else the dates in its text and its measures (到2020年…), else ongoing (as prose plans are). */
export function scheduleOf(raw: RawItem, ctx: ReadContext, reporter: Reporter): { scheduleRaw: string; schedule: ScheduleSpec } {
  if (raw.schedule !== null) return { scheduleRaw: raw.schedule, schedule: readSchedule(raw.schedule, raw.no, raw.scheduleLine, reporter, ctx.year) };
  const text = raw.measures ? `${raw.text.replace(/[。；;，,\s]*$/, '')}。${raw.measures}` : raw.text;
  const found = findProseTargets(text, ctx.year, ctx.yearGuessed);
  for (const p of found.problems) reporter.add('scheduleUnparsed', raw.no, raw.line, p, '日期无法读取，未作为期限 (not taken as a deadline)');
  for (const note of found.yearsLent) reporter.add('yearCarried', raw.no, raw.line, found.sentences.join('').slice(0, 80), note);
  const schedule: ScheduleSpec = found.targets.length > 0 ? { kind: 'by', targets: found.targets } : { kind: 'ongoing', cadence: 'quarterly' };
  return { scheduleRaw: found.sentences.join(''), schedule };
}

/** The finished task of a raw item; null when it names no unit at all (the caller decides whether that is an error). */
export function toTask(raw: RawItem, ctx: ReadContext, reporter: Reporter): ParsedTask | null {
  const { leads, assisting } = decideRoles(raw, ctx, reporter);
  if (leads.length === 0) return null;
  for (const note of raw.notes) reporter.add('unitUnknown', raw.no, raw.line, note, `「${note}」是说明，不是单位，未列入 (a remark, not a unit)`);
  const { scheduleRaw, schedule } = scheduleOf(raw, ctx, reporter);
  return {
    no: raw.no,
    printedNo: raw.printedNo,
    inferredNo: raw.inferredNo,
    section: raw.section,
    text: raw.text,
    leads,
    assisting: withoutLeads(leads, assisting, raw, reporter),
    measures: raw.measures,
    scheduleRaw,
    schedule,
    line: raw.line,
    cells: raw.cells,
  };
}

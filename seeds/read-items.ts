// Reader for lists written as numbered items: roles inline (（X牵头）, 〔责任单位：…〕) or on label lines (牵头单位：…), sections 一、…
import { toTask, type ReadContext } from './assemble';
import type { Block } from './blocks';
import { labelLine } from './columns';
import { readConference } from './conference-text';
import { ImportError } from './errors';
import { HeldLabel, targetLabel } from './label-lines';
import { afterLeadIn, beforeLabels, itemLabels, pieces } from './item-lines';
import { emptyLists, type RawItem, type ReadResult } from './items';
import { scanDates } from './date-phrases';
import { placeUnnumbered } from './item-numbers';
import type { ParsedConference, ParsedTask } from './parsed';
import type { Reporter } from './reporter';
import { doerSentence, inlineRoles, measuresGivenTo, unitsAreLine } from './inline-roles';
import { bareUnitList, bracketGroups, noRoles, readRoleGroup, type RoleFields } from './roles';
import { openingRoles, unitOpening } from './opening-roles';
import { SameBelow } from './same-below';
import { looksLikeUnit, splitUnitList } from './unit-list';
import { isDateLine, isSignatureName } from './metadata';
import { markerOf, type Marker, type Style } from './marks';
import { chineseNumeral, foldScript, sectionHeading, stripTrailing } from './text';

/** What may follow a number that is a quantity or a date, not an item's mark (`12月`, `3家`, `2.5`). */
const QUANTITY_AFTER = /[\d年月日号时个项万亿千百元条家所座次人户名倍期批件台套处%．.、，,：:）)\s]/;

/**
 * `1大力发展…。(省科技厅、发展改革委)`: a number whose stop the copy lost. Taken as a mark only where the line closes with
 * its units and the number continues the list's numbering (1 first, else the last item's number + 1).
 */
function stoplessMarker(text: string, lastN: number): Marker | null {
  const m = /^(\d{1,3})(?=[\u4e00-\u9fff])/.exec(text);
  if (!m || QUANTITY_AFTER.test(text[m[0].length] ?? '') || Number(m[1]) !== lastN + 1 || !closesWithUnits(text)) return null;
  return { style: 'dot', printed: m[1] ?? '', mark: m[1] ?? '', n: Number(m[1]), body: text.slice(m[0].length) };
}

interface Draft {
  marker: Marker;
  section: { id: string; n: number; lead: string | null } | null;
  line: number;
  lines: string[];
  body: string;
  roles: RoleFields;
  labels: boolean;
  inline: boolean;
  /** its line ended with its roles (…〔责任单位：…〕): the text after it is not part of it */
  closed: boolean;
  /** the lead a numbered heading names (`（三）省编办牵头的工作`): its own when its text follows it, else of the items under it */
  headingLead: HeadingLead | null;
  /** the units the item opened with before a colon (`区民政局：…`) */
  openedBy?: string;
  /** how many items, this one the last, its closing line of units names (`4项目标的责任单位均为X`) */
  shares?: number;
}

interface HeadingLead {
  lead: string;
  line: number;
  words: string;
  /** the heading's numbering: an item numbered the same way ends its reach */
  style: Style;
  /** its number and mark, which the items under it carry in theirs (（三）1. → 1-3-1) */
  n: number;
  mark: string;
}

/** `县示范区管委会牵头工作(8项)`: a section heading that names the lead of every item under it. */
const sectionLeadOf = (title: string): string | null => {
  const m = /^(.{2,40}?)牵头(?:的)?(?:工作|任务|事项|负责)/.exec(foldScript(title));
  return m ? title.slice(0, m[1]?.length ?? 0) : null;
};

/** `（一）省监察厅牵头的工作`: a numbered line that is nothing but the name of a lead and its work. */
const leadHeadingOf = (body: string): string | null => {
  const m = /^(.{2,40}?)牵头(?:的)?(?:工作|任务|事项)(?:[（(]\d{1,3}项[）)])?[。：:]?$/.exec(foldScript(body.trim()));
  return m ? body.trim().slice(0, m[1]?.length ?? 0) : null;
};

/** A numbered line that is a heading, not an item: short, naming no unit (`1.主要指标的责任部门。`, `（一）约束性指标`). */
const HEADING_LIKE = 25;

/** What a letter's opening says after its salutation (`各市人民政府，省政府各厅委：为深入贯彻…`): no duty of a unit. */
const PREAMBLE = /^(为|根据|按照|依据|经|现将|现就|近年来|当前)/;

/**
 * `县教育局、县卫生健康局：负责…`: a paragraph of a division of duties by unit, its units and a colon first. A salutation is
 * none: its addressees are groups parted by commas (各市人民政府，省政府各厅委：), and what follows it is the letter's opening.
 */
function dutyParagraph(text: string): boolean {
  const opened = unitOpening(text);
  if (!opened) return false;
  const units = text.slice(0, text.length - opened.text.length);
  return !/[，,]/.test(units) && !PREAMBLE.test(foldScript(opened.text));
}

/** Whether the next line that is numbered or holds roles is an item numbered in a style other than a section's (1. （一） (1)); a remark run on after the heading's roles (`该件实事已全面完成`) is no line of its own. */
function subItemsFollow(next: readonly { raw: string }[]): boolean {
  // `市财政2025年统筹安排5000万元…。` between the heading and its item 1.: a paragraph of the section's own, no roles, no item
  const line = next.find((p) => p.raw.trim() !== '' && (markerOf(p.raw) !== null || endsWithRoles(p.raw.trim()) || labelLine(p.raw.trim()) !== null));
  const marker = line ? markerOf(line.raw) : null;
  return marker !== null && marker.style !== 'cnComma';
}

/** The leads (牵头) of the role group closing a line; null when it names none (责任单位 of a heading say nothing of who leads its items). */
function closingLead(text: string): string | null {
  const last = bracketGroups(text).at(-1);
  const roles = last ? readRoleGroup(last.inner) : null;
  return roles?.lead ?? null;
}

/** Whether an unnumbered piece starts an item of its own: it has text before the roles that close it, and the draft before it is complete. */
function startsUnnumbered(text: string, current: Draft | null): boolean {
  // a line opening with a bracket is a remark on the item above (（责任单位：…）), unless the bracket is empty: a number the copy lost (`()建立…`)
  if (/^[（(〔[【](?![）)])/.test(text) || labelLine(text)) return false;
  // `市教委：负责…`, a division of duties by unit: outside a numbered item, a paragraph opening with its units is an item
  if ((!current || current.marker.style === 'none') && dutyParagraph(text)) return true;
  // after an unnumbered item, the next sentence is the next item even when its roles follow on the line below
  if (current?.closed && current.marker.style === 'none') return /[。；;]$/.test(text) || endsWithRoles(text);
  if (!endsWithRoles(text)) return false;
  if (!current || current.closed) return true;
  return !named(current.roles) && !current.labels && current.body.length <= HEADING_LIKE;
}

/** Items with their raw roles, in order, and the sections they sit in. */
function drafts(blocks: readonly Block[], reporter: Reporter): { drafts: Draft[]; sections: { id: string; title: string; n: number }[] } {
  const out: Draft[] = [];
  const sections: { id: string; title: string; n: number }[] = [];
  let section: Draft['section'] = null;
  let current: Draft | null = null;
  let unnumbered = 0;
  /** the number of the last item numbered 1. 2. (a number printed without its stop must follow it) */
  let lastDot = 0;
  /** the lead heading whose items are being read (a holder: it changes inside the loop) */
  const reach: { heading: HeadingLead | null } = { heading: null };
  /** the section heading just read, which is an item if label lines follow it */
  let pending: { marker: Marker; section: Draft['section']; line: number; raw: string } | null = null;
  /** the unit label just read, held one line: a PDF may wrap its value onto the next */
  const held = new HeldLabel();
  const all = pieces(blocks, reporter);
  for (const [i, { raw, line }] of all.entries()) {
    const b = { line };
    const text = raw.trim();
    // a blank line does not end a wrapped label: a copy may print one after every line
    if (text === '') continue;
    if (current && held.continueWith(current.roles, raw, b.line, reporter)) continue;
    held.flush();
    const heading = sectionHeading(text);
    // `三十四、狠抓精神文明建设。…(责任单位:…)`: numbered like a section, but closed by its own roles: an item
    // …unless items numbered in another style follow it (`一、整治村容村貌（A、B牵头）` over 1. 2.): a section whose roles lead its work
    const closedByRoles = heading !== null && closesWithUnits(text);
    const roledSection = closedByRoles && subItemsFollow(all.slice(i + 1, i + 41).filter((p) => p.line > line && p.raw.trim() !== '').slice(0, 5));
    const itemHeading: Marker | null = heading && closedByRoles && !roledSection ? { style: 'cnComma', printed: heading.id, mark: `${heading.id}、`, n: chineseNumeral(heading.id) ?? 0, body: heading.title.slice(heading.id.length + 1) } : null;
    // an item numbered like a section ends the section before it: it is no item of that section
    if (itemHeading) section = null;
    if (heading && !itemHeading) {
      const n = chineseNumeral(heading.id) ?? sections.length + 1;
      sections.push({ ...heading, n });
      pending = { marker: { style: 'cnComma', printed: heading.id, mark: `${heading.id}、`, n, body: heading.title.slice(heading.id.length + 1).trim() }, section, line: b.line, raw };
      section = { id: heading.id, n, lead: roledSection ? closingLead(text) : sectionLeadOf(heading.title.slice(heading.id.length + 1)) };
      current = null;
      reach.heading = null;
      lastDot = 0;
      continue;
    }
    // `一、扩大优质教育资源。` with 牵头单位：… on the line below: numbered like a section, but an item with its label lines
    const label0: ReturnType<typeof labelLine> = pending && !markerOf(raw) ? labelLine(text) : null;
    // `二、开展…活动` over `进行普法宣传和执法检查。由各巡视督导组分别负责…`: a heading whose one paragraph closes with its
    // roles, the next line another heading (or the list's end), is an item itself: its section holds no items of its own
    const onlyParagraph: boolean = pending !== null && !label0 && !markerOf(raw) && sectionHeading(text) === null && inlineRoles(text) !== null && headingOrEndFollows(all.slice(i + 1));
    if (pending && (label0 || onlyParagraph)) {
      // (a heading that is an item with its one paragraph stands in no section: the section before it has ended)
      section = onlyParagraph ? null : pending.section;
      // (the heading's words and its paragraph are two sentences: `开展…活动。进行普法宣传…`)
      const body = onlyParagraph && !/[。；;：:！？.]$/.test(pending.marker.body) ? `${pending.marker.body}。` : pending.marker.body;
      current = { marker: pending.marker, section, line: pending.line, lines: [pending.raw], body, roles: noRoles(), labels: false, inline: false, closed: false, headingLead: null };
      out.push(current);
    }
    pending = null;
    const stopless = markerOf(raw) ? null : stoplessMarker(text, lastDot);
    if (stopless) reporter.add('numberInferred', String(stopless.n), b.line, text.slice(0, 40), `编号「${stopless.printed}」后未印标点，与前后编号相续，仍读作第 ${stopless.n} 项 (a number printed without its stop)`);
    const unnumberedItem: boolean = startsUnnumbered(text, current) || beforeLabels(text, line, current, all.slice(i + 1, i + 9));
    const marker: Marker | null = itemHeading ?? markerOf(raw) ?? stopless ?? (unnumberedItem ? { style: 'none' as const, printed: '', mark: '', n: (unnumbered += 1), body: afterLeadIn(text) } : null);
    // numbering restarts under a heading of another style (一、 （一）), so a stopless 1 may follow it
    if (marker && marker.style !== 'none' && marker.style !== 'circled') lastDot = marker.style === 'dot' ? marker.n : 0;
    if (marker) {
      // an item numbered like the lead heading ends its reach; a heading naming a lead starts one (its text, if any, follows it)
      if (reach.heading?.style === marker.style) reach.heading = null;
      const headingNames: string | null = leadHeadingOf(marker.body);
      if (headingNames) reach.heading = { lead: headingNames, line: b.line, words: marker.body.trim(), style: marker.style, n: marker.n, mark: marker.mark };
      const body: string = headingNames ? '' : marker.body.trim();
      current = { marker, section, line: b.line, lines: [raw], body, roles: noRoles(), labels: false, inline: false, closed: endsWithRoles(text), headingLead: reach.heading };
      out.push(current);
      continue;
    }
    if (!current) continue;
    // `4项目标的责任单位均为市发展改革委。`: the units of the items it closes, as label lines give them
    const unitsAre = unitsAreLine(text);
    const labels = itemLabels(unitsAre ? unitsAre.labels : text);
    if (labels && unitsAre && unitsAre.items > 1) current.shares = unitsAre.items;
    const target = labels || !current.labels ? null : targetLabel(text);
    if (labels) {
      for (const label of labels) held.take(label.field, label.value, current.roles, current.lines);
      // `整改措施:由县住建局督促商户更换。`: measures given to units, the item's only roles where it names none
      const given = labels.find((l) => l.field === 'measures');
      const doer = given && !named(current.roles) ? measuresGivenTo(given.value) : null;
      if (doer) Object.assign(current.roles, { lead: doer.lead, units: doer.units, assisting: doer.assisting });
      current.labels = true;
      current.lines.push(raw);
    } else if (target !== null) {
      // `任务目标：2024年计划…` among the labels: the item's own words, where its dates are
      current.body = `${stripTrailing(current.body.trim(), '。')}。${text}`;
      current.lines.push(raw);
    } else if (isSignatureName(text) || isDateLine(text)) {
      // `某省人民政府办公厅` / `2011年5月20日` under the last item: the signature ends the list, it is no part of the item
      current = null;
    } else if (!current.labels && !current.closed) {
      current.body += text;
      current.lines.push(raw);
      // a role group broken over two lines (a PDF wraps it) closes the item too; its tail is enough to see it
      current.closed = endsWithRoles(current.body.slice(-ROLE_TAIL));
    } else if (current.labels && current.body.trim() === '' && /^[^：:]{2,12}[：:]\S/.test(text)) {
      // `第一组 牵头单位:…;成员单位:…` over `督查的部门和地区:…`: an item that printed only its roles takes the line under them as its words
      current.body = text;
      current.lines.push(raw);
    } else current = null;
  }
  held.flush();
  return { drafts: out, sections };
}

/** Whether the next line that is not blank is a section heading, a signature or a date, or there is none. */
function headingOrEndFollows(rest: readonly { raw: string }[]): boolean {
  const next = rest.find((p) => p.raw.trim() !== '')?.raw.trim();
  return next === undefined || sectionHeading(next) !== null || isSignatureName(next) || isDateLine(next);
}

/** How much of an item's end is looked at for a closing role group: more than any role group, and a bound per line. */
const ROLE_TAIL = 2000;

/** Whether a line ends with a role group or a bracket of bare unit names (`(省科技厅、发展改革委)`). */
function closesWithUnits(text: string): boolean {
  if (endsWithRoles(text)) return true;
  const last = bracketGroups(text).at(-1);
  return last !== undefined && last.end >= stripTrailing(text, ' \t\u3000。；;').length && bareUnitList(last.inner);
}

/** Whether a line ends with a role group (its last bracket group, looked at alone: linear in the line). */
function endsWithRoles(text: string): boolean {
  if (!/[〕）)\]】][\s\u3000。；;]*$/.test(text)) return false;
  const last = bracketGroups(text).at(-1);
  return last !== undefined && last.end >= stripTrailing(text, ' \t\u3000。；;').length && readRoleGroup(last.inner) !== null;
}

/** Roles opening one of the item's lines (`由X副市长负责，Y牵头，Z配合，…`), and the body without them. */
function opening(d: Draft): { roles: RoleFields; text: string } | null {
  for (const [i, raw] of d.lines.entries()) {
    const line = i === 0 ? d.marker.body.trim() : raw.trim();
    const found = openingRoles(line);
    if (found) return { roles: found.roles, text: d.body.replace(line, found.text) };
  }
  return null;
}

/** The names the document's items give roles to, each at least this long (a short one would cut words: 办, 处). */
const KNOWN_NAME = 3;
const LONGEST_KNOWN = 30;
/** How much of an item's end is looked at for roles run on from its text: longer than any sentence of roles. */
const GLUED_TAIL = 200;

/**
 * `…公开政务服务办事方式、办事条件等信息审批处牵头,各有关处室配合`: roles run on from the item's text with no stop or bracket
 * between them. Where the text before a lead word ends with a unit another item of the document names (审批处), the roles
 * start there (reported); an item with roles of its own, or no such name, is left as it is.
 */
/** The unit names a draft's roles give, as the unit list reads them. */
const namesOf = (r: RoleFields): string[] => [r.lead, r.units, r.assisting].flatMap((list) => (list ? splitUnitList(list).mentions.map((m) => m.name) : []));

function gluedToKnown(all: Draft[], reporter: Reporter): Draft[] {
  const known = new Set(all.flatMap((d) => namesOf(d.roles)).filter((n) => n.length >= KNOWN_NAME && n.length <= LONGEST_KNOWN));
  if (known.size === 0) return all;
  // the longest name the text before the lead word ends with (a bounded number of lookups, however many names the document has)
  const endingName = (before: string): string | undefined => {
    for (let n = Math.min(LONGEST_KNOWN, before.length); n >= KNOWN_NAME; n -= 1) if (known.has(before.slice(-n))) return before.slice(-n);
    return undefined;
  };
  return all.map((d) => {
    if (roled(d)) return d;
    const body = d.body.trim();
    // (roles close the item: only its last stretch is looked at, so a text of many lead words stays linear)
    const from = Math.max(0, body.length - GLUED_TAIL);
    for (const m of foldScript(body.slice(from)).matchAll(/牵头/g)) {
      const word = from + m.index;
      const name = endingName(body.slice(Math.max(0, word - LONGEST_KNOWN), word));
      // (a name that is the whole text is no run-on: the item would have no words)
      const at = word - (name?.length ?? 0);
      if (!name || at === 0) continue;
      const roles = readRoleGroup(stripTrailing(body.slice(at), '。；;， \t\u3000'));
      if (!roles) continue;
      // (every name the roles give is a unit's: no markup or words of the text after them)
      if (!named(roles) || !namesOf(roles).every((n) => looksLikeUnit(n) || /^各/.test(n))) continue;
      reporter.add('leadInferred', null, d.line, body.slice(Math.max(0, at - 8), at + name.length + 2), `单位与正文相连，无标点或括号：按本文件他项所列单位「${name}」断开，其后为本项的责任单位 (roles run on from the text, parted at a unit the document names elsewhere)`);
      return { ...d, body: body.slice(0, at), roles, inline: true };
    }
    return d;
  });
}

const sameRun = (a: Draft | undefined, b: Draft): boolean => a !== undefined && a.marker.style === b.marker.style && a.marker.style !== 'none' && (a.section?.id ?? null) === (b.section?.id ?? null);
/** An item with units of its own, or given them by its heading or section (`（一）X牵头的工作` over it). */
const roled = (d: Draft): boolean => named(d.roles) || d.roles.labelled || d.headingLead !== null || d.section?.lead != null;

/**
 * Items whose units one closing line names are one task: the count it prints (`4项目标的责任单位均为X` after items 1–4), or
 * the run of items before the first one with roles where that one ends its section's run (`(1)…(2)…(3)…(4)…` then
 * `(责任单位:…)`, a heading next) — each of them the work of those units, its text theirs together, reported.
 */
function joinedRuns(all: Draft[], reporter: Reporter): Draft[] {
  const out: Draft[] = [];
  all.forEach((d, i) => {
    // (…or where the numbering starts again after it: `1.…; 2.…。整改责任单位:X` then `1.…` — the next group's steps)
    const ends = !sameRun(all[i + 1], d) || (all[i + 1]?.marker.n ?? 0) <= d.marker.n;
    let k = 0;
    const bound = d.shares !== undefined ? d.shares - 1 : roled(d) && ends ? Infinity : 0;
    while (k < bound && sameRun(out[out.length - 1 - k], d) && !roled(out[out.length - 1 - k] as Draft) && (out[out.length - 1 - k]?.marker.n ?? 0) < d.marker.n) k += 1;
    // (a run the roles close is all of its items: one with roles of its own before them means the others lack theirs)
    // (…unless the run is numbered from 1 again: a group of its own, the roles before it the group's before)
    if (d.shares === undefined && sameRun(out[out.length - 1 - k], d) && out[out.length - k]?.marker.n !== 1) k = 0;
    if (d.shares !== undefined && k !== d.shares - 1) {
      reporter.add('rowMerged', null, d.line, d.lines.at(-1)?.trim().slice(0, 40) ?? '', `末行写明其上 ${d.shares} 项同一责任单位，但其前只有 ${k} 项未列单位：未合并，只读作本项 (a count the items before it do not make up)`);
      k = 0;
    }
    if (k === 0) {
      out.push(d);
      return;
    }
    const run = out.splice(out.length - k, k);
    const head = run[0] as Draft;
    const body = [head.body.trim(), ...[...run.slice(1), d].map((r) => `${r.marker.mark}${r.body.trim()}`)].join('');
    const why = d.shares !== undefined ? `末行「${d.lines.at(-1)?.trim().slice(0, 24) ?? ''}」写明其上 ${d.shares} 项同一责任单位` : `第 ${head.marker.mark}–${d.marker.mark} 项之后只有一处责任单位，本部分至此结束`;
    reporter.add('rowMerged', null, head.line, body.slice(0, 40), `${why}：合为一项 (items whose units one closing line names)`);
    out.push({ ...d, marker: head.marker, line: head.line, lines: [...run.flatMap((r) => r.lines), ...d.lines], body, headingLead: head.headingLead });
  });
  return out;
}

/** `上述责任单位要高度重视…务必于4月19日前整改完毕`, `督促被批评单位于7月7日前整改到位`: a paragraph after the list giving every unit it names one deadline. */
const CLOSING_DEADLINE = /(上述|以上|被批评|被通报|被曝光|被约谈)[^。]{0,24}?(单位|问题|任务|事项|工作)[^。]{0,80}?((\d{4}年)?\d{1,2}月(\d{1,2}日|底|末|中旬|上旬|下旬)前)/;

/** How many lines before the first item the notice giving one deadline is looked for in. */
const OPENING_LINES = 12;

/** `请各事涉部门对存在的问题立即进行整改,并于5月20日前将问题整改完成`: the notice before the list giving its problems one deadline. */
const OPENING_DEADLINE = /(请|要求|务必)[^。]{0,60}?于?((\d{4}年)?\d{1,2}月(\d{1,2}日|底|末)前)[^。报送]{0,16}?(整改完成|整改完毕|整改到位|完成整改|办结)/;

/** The deadline one paragraph gives every item, the line it is printed on, and whether it stands after the list or before it. */
interface ListDeadline {
  phrase: string;
  line: number;
  where: 'after' | 'before';
}

/**
 * The deadline such a paragraph gives: after the last item (the first few lines after it and its own label lines), else the
 * notice just before the first (a few lines before it); null when none.
 */
function closingDeadline(blocks: readonly Block[], first: Draft, last: Draft): ListDeadline | null {
  const texts = blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text' && b.text.trim() !== '');
  const own = new Set(last.lines.map((l) => l.trim()));
  for (const b of texts.filter((t) => t.line > last.line && !own.has(t.text.trim())).slice(0, 3)) {
    const m = CLOSING_DEADLINE.exec(foldScript(b.text));
    if (m) return { phrase: m[3] ?? '', line: b.line, where: 'after' };
  }
  const firstLine = first.line;
  // (the notice's lines read as one text: a copy may wrap the sentence anywhere; its line is the one the sentence ends on)
  const before = texts.filter((t) => t.line < firstLine).slice(-OPENING_LINES);
  const joined = foldScript(before.map((b) => b.text.trim()).join(''));
  const m = OPENING_DEADLINE.exec(joined);
  if (!m) return null;
  let end = m.index + m[0].length;
  const at = before.find((b) => (end -= b.text.trim().length) <= 0) ?? before.at(-1);
  return { phrase: m[2] ?? '', line: at?.line ?? firstLine, where: 'before' };
}

/** A task that prints no time of its own (in a field or its text) takes the deadline a paragraph gives every item, reported. */
function withClosingDeadline(raw: RawItem, closing: ListDeadline | null, year: number | null, reporter: Reporter): RawItem {
  if (!closing || raw.schedule !== null || scanDates(raw.text, year).found.length > 0) return raw;
  const where = closing.where === 'after' ? `列表后第 ${closing.line} 行「${closing.phrase}」（上述各项的统一时限）` : `列表前的通知第 ${closing.line} 行「${closing.phrase}」（所列各项的统一时限）`;
  reporter.add('scheduleCarried', raw.no, closing.line, closing.phrase, `本项未写时限：按${where}读取 (the deadline the paragraph ${closing.where === 'after' ? 'after' : 'before'} the list gives every item)`);
  return { ...raw, schedule: closing.phrase, scheduleLine: closing.line };
}

/** Inline roles of the body, merged with its label lines. */
function withInline(draft: Draft): Draft {
  // `（一）区民政局：…`: the units opening the item with a colon are its own; roles later in its text join them
  const opened = named(draft.roles) ? null : unitOpening(draft.body);
  const d = opened ? { ...draft, body: opened.text, inline: true, roles: opened.roles, openedBy: draft.body.slice(0, draft.body.length - opened.text.length).trim() } : draft;
  const inline = inlineRoles(d.body) ?? opening(d) ?? (named(d.roles) || d.roles.labelled ? null : doerSentence(d.body));
  if (!inline) return d;
  const r = d.roles;
  const joined = (a: string | null, b: string | null): string | null => (a && b ? `${a}、${b}` : (a ?? b));
  return {
    ...d,
    body: inline.text,
    inline: true,
    roles: {
      lead: joined(r.lead, inline.roles.lead),
      units: joined(r.units, inline.roles.units),
      assisting: joined(r.assisting, inline.roles.assisting),
      people: joined(r.people, inline.roles.people),
      schedule: joined(r.schedule, inline.roles.schedule),
      notes: [...r.notes, ...inline.roles.notes],
      labelled: r.labelled || inline.roles.labelled,
      carried: [...r.carried, ...inline.roles.carried],
    },
  };
}

const named = (r: RoleFields): boolean => (r.lead ?? r.units ?? r.assisting) !== null;

function rawOf(d: Draft, no: string, printedNo: string): RawItem {
  const r = d.roles;
  return {
    no,
    printedNo: d.marker.style === 'none' ? null : printedNo,
    inferredNo: d.marker.style === 'none',
    section: d.section?.id ?? null,
    // `第一组 牵头单位:X;成员单位:Y`: a group whose line prints only its roles is called by its mark
    text: d.body.trim() || (d.marker.style === 'ordinal' ? d.marker.printed : ''),
    lists: { ...emptyLists(), lead: r.lead ? [r.lead] : [], units: r.units ? [r.units] : [], assisting: r.assisting ? [r.assisting] : [] },
    people: r.people,
    schedule: r.schedule,
    scheduleLine: d.line,
    measures: null,
    unitCells: 'list',
    line: d.line,
    cells: d.lines,
    notes: r.notes,
    sectionLead: d.headingLead?.lead ?? d.section?.lead ?? null,
  };
}

/**
 * `（一）加快健全全民医保体系` over `1.巩固扩大…主要工作目标：` over `(1)…(基层卫生管理处负责)`: the items numbered in a style of their
 * own (or closing with a colon over an item 1) that are followed by deeper items naming their units (or by such headings in
 * turn), found from the last item up.
 */
function headingsOverRoledItems(all: readonly Draft[]): Set<Draft> {
  const out = new Set<Draft>();
  for (let i = all.length - 2; i >= 0; i -= 1) {
    const [d, next] = [all[i], all[i + 1]];
    if (!d || !next || next.marker.style === 'none' || named(d.roles) || d.roles.labelled) continue;
    // an item closing with a colon (`主要工作目标：`) over an item 1 introduces the items under it, however they are numbered
    const deeper = next.marker.style !== d.marker.style || (/[：:]$/.test(d.body.trim()) && next.marker.n === 1);
    if (!deeper) continue;
    if (named(next.roles) || next.roles.labelled || out.has(next)) out.add(d);
  }
  return out;
}

/**
 * `工作要求：…` over `任务分工：吕维峰副省长负责，省农委总牵头。` over `1.水利化工程：…（省水利厅牵头…）`: an unnumbered paragraph with its
 * labels, first under its section's heading and right before the section's item 1 naming units of its own, is the section's
 * preamble and its overall roles, not a task.
 */
function sectionPreambles(all: readonly Draft[]): Set<Draft> {
  const out = new Set<Draft>();
  all.forEach((d, i) => {
    const [before, next] = [all[i - 1], all[i + 1]];
    if (d.marker.style !== 'none' || !d.labels || d.inline || !next || next.marker.style === 'none' || next.marker.n !== 1) return;
    if (next.section?.id !== d.section?.id || (before && before.section?.id === d.section?.id)) return;
    if (named(next.roles) || next.roles.labelled) out.add(d);
  });
  return out;
}

/** Why an unnumbered item is one, for its report line: what in the text marks it. */
function unnumberedWhy(d: Draft, no: string): string {
  if (d.labels && !d.inline) return `未印编号：其后跟着牵头单位等标签的一段为一项，按顺序推定为 ${no} (an unnumbered item, its labels below it)`;
  const lost = /^[（(][）)]/.exec(d.lines[0]?.trim() ?? '');
  if (lost) return `编号印作空括号「${lost[0]}」（复制时丢失），按顺序推定为 ${no} (a number the copy lost)`;
  if (d.openedBy) return `未印编号：以其单位和冒号开头（${d.openedBy}）的一段为一项，按顺序推定为 ${no} (an unnumbered item opening with its units)`;
  return `未印编号：以责任单位括号结句的一段为一项，按顺序推定为 ${no} (an unnumbered item)`;
}

/** A sentence's end (or a bracket's, a date's; a closing quote only after a stop, as `…。”`) as a finished paragraph prints it; anything else ends mid-sentence (`完善“中国科协之声”`). */
const FINISHED = /[。．.；;！!？?）)〕】\]…]$|[。！？!?][”"’']$|\d{4}年\d{1,2}月\d{1,2}日$/;

/**
 * The last item when the document's text stops inside it (`2.深入实施“十四五”教育发展规划。召开` and nothing after it): a copy cut short,
 * as a page's stored opening or a partial paste is. It is the item with the document's last line, ending mid-sentence.
 */
function cutShort(all: readonly Draft[], blocks: readonly Block[]): Draft | null {
  const last = all.at(-1);
  const texts = blocks.filter((b) => b.kind === 'text' && b.text.trim() !== '');
  const end = texts.at(-1);
  if (!last || !end || end.kind !== 'text' || end.line < last.line) return null;
  const tail = end.text.trim();
  return last.lines.some((l) => l.trim() === tail) && !FINISHED.test(tail) ? last : null;
}

export function readItems(blocks: readonly Block[], ctx: ReadContext, reporter: Reporter): ReadResult | null {
  const read = drafts(blocks, reporter);
  const all = joinedRuns(gluedToKnown(read.drafts.map(withInline), reporter), reporter);
  // a lead heading with no text of its own heads the items under it; with its text it is an item itself
  const overRoled = headingsOverRoledItems(all);
  // …and an item a section's lead is all it has heads the items under it where they, or the items under those, name their own units
  const preambles = sectionPreambles(all);
  for (const d of preambles) reporter.add('sectionRecovered', null, d.line, d.body.slice(0, 40), `部分标题下、第 1 项之前带标签的一段（${d.lines.at(-1)?.trim().slice(0, 20) ?? ''}…）是本部分的说明与总体分工，不是任务 (the section's preamble)`);
  const isTask = (d: Draft): boolean => !preambles.has(d) && (named(d.roles) || d.roles.labelled || (d.section?.lead != null && !overRoled.has(d)) || (d.headingLead !== null && d.body.trim() !== ''));
  const tasksDrafts = all.filter(isTask);
  const first = tasksDrafts[0];
  if (!first) return null;
  const styles = new Set(tasksDrafts.map((d) => d.marker.style));
  // an item numbered like the tasks, after the first task, that names no unit: the list is inconsistent there
  // …unless the next item is numbered in another style: then it is the heading of the items under it (（一）… then 1. 2.)
  const heading = (i: number): boolean => { const next = all[i + 1]; return next !== undefined && next.marker.style !== all[i]?.marker.style; };
  const cut = cutShort(all, blocks);
  // …and so is one before the first task, numbered as it is in its section (1. before a 2. with roles): no preamble is
  // numbered as the list's own items under the same heading, and dropping it would lose a task without a word
  // (…where the item after the first task goes on its numbering: roles closing the last of (1)–(4) may be the four's together)
  // (by place among the items, not by line: a page copied as one line holds them all on one)
  const at = all.indexOf(first);
  const after = all[at + 1];
  const goesOn = after !== undefined && after.marker.style === first.marker.style && after.section === first.section;
  const before = (d: Draft, i: number): boolean => goesOn && i < at && d.marker.style === first.marker.style && (d.section?.id ?? null) === (first.section?.id ?? null) && d.marker.n < first.marker.n;
  const gap = all.find((d, i) => d !== cut && (i > at || before(d, i)) && styles.has(d.marker.style) && d.marker.style !== 'none' && !isTask(d) && !heading(i));
  if (cut && !isTask(cut)) reporter.add('textCut', null, cut.line, cut.body.slice(0, 40), `正文在第 ${cut.line} 行起的一项中途结束（末句未完，未能读出单位）：复制不全，此项未读为任务，请补全后再导入 (the text ends inside an item: not read)`);
  if (gap) throw new ImportError('NO_LEAD_UNIT', ctx.file, gap.line, `item ${gap.section?.id ?? ''}${gap.marker.mark} names no unit: expected 〔责任单位：…〕, （X牵头，Y配合） or a line 牵头单位：… / 责任单位：… as the other items have`);
  const numbered = placeUnnumbered(tasksDrafts);
  const whole0 = tasksDrafts.filter((d) => !numbered.parts.has(d));
  const repeats0 = new Set(whole0.map((d) => numbered.n.get(d) ?? d.marker.n)).size < whole0.length;
  // numbers that start again with no section or heading to tell the runs apart (a notice's groups of steps, each from 1.):
  // the tasks are numbered by their place, each a whole task (reported)
  const byPlace = repeats0 && all.every((d) => isTask(d) && d.section === null && d.headingLead === null);
  const placed = byPlace ? { n: new Map(tasksDrafts.map((d, i) => [d, i + 1])), parts: new Map() } : numbered;
  const repeats = repeats0 && !byPlace;
  const tasks: ParsedTask[] = [];
  const noOf = new Map<Draft, string>();
  let conference: ParsedConference | null = null;
  const below = new SameBelow();
  const closing = closingDeadline(blocks, first, tasksDrafts.at(-1) ?? first);
  for (const d of tasksDrafts) {
    // an item under a lead heading carries the heading's number too, or （一）'s text and the 1. under （二） would share 1-1
    const under = d.headingLead && d.headingLead.style !== d.marker.style ? d.headingLead : null;
    const n = placed.n.get(d) ?? d.marker.n;
    const part = placed.parts.get(d);
    const no = part ? `${noOf.get(part.of) ?? ''}.${part.k}` : repeats ? [d.section?.n ?? 0, ...(under ? [under.n] : []), n].join('-') : String(n);
    noOf.set(d, no);
    const mark = d.marker.mark.replace(/[.、．﹒。]$/, '');
    const printedNo = repeats ? `${d.section?.id ?? ''}${under?.mark ?? ''}${mark}` : mark;
    if (byPlace && (d.marker.style !== 'none' || d.marker.n !== n)) reporter.add('numberInferred', no, d.line, d.body.slice(0, 40), `编号重新从 1 开始、其上没有部分标题区分：各项按顺序编为 ${no}${d.marker.mark === '' ? '' : `（原印「${d.marker.mark}」）`} (numbers starting again: numbered by place)`);
    else if (d.marker.style === 'none') {
      const why = part ? `未印编号：与第 ${noOf.get(part.of) ?? ''} 项同在一段、以自己的责任单位括号结句，作为该项的第 ${part.k} 部分，编为 ${no} (a clause with roles of its own, a part of the item before it)` : unnumberedWhy(d, no);
      reporter.add('numberInferred', no, d.line, d.body.slice(0, 40), why);
    }
    if (d.openedBy) reporter.add('leadInferred', no, d.line, d.openedBy, `本项以其单位开头（${d.openedBy}…）：读作本项的责任单位 (units opening the item)`);
    const h = d.headingLead;
    if (h && d.roles.lead === null && d.roles.units === null) reporter.add('leadInferred', no, d.line, h.words, `按第 ${h.line} 行标题「${h.words}」：${h.lead} 为本项牵头单位 (the lead named by the heading above)`);
    below.collect(d.roles, d.line, reporter, no);
    const raw = withClosingDeadline(below.applyTo(rawOf(d, no, printedNo), reporter), closing, ctx.year, reporter);
    const task = toTask(raw, ctx, reporter);
    if (!task) throw new ImportError('NO_LEAD_UNIT', ctx.file, d.line, `item ${printedNo} names no unit it could lead`);
    tasks.push(task);
    conference ??= readConference(task.text, d.line);
  }
  const used = new Set(tasks.map((t) => t.section));
  const sections = read.sections.filter((s) => used.has(s.id)).map(({ id, title }) => ({ id, title }));
  return { layout: 'prose', title: '', tasks, sections, conference, scheduleColumn: false, startLine: first.line };
}

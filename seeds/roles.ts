// Roles stated inline: `（X牵头，Y配合）`, `（牵头单位：X；责任单位：Y）`, `〔责任单位：…〕` → raw lead / units / assisting text and notes.
import { fieldOf, isRoleLabel, spacedLabel, type Field } from './columns';
import { cutListedOnce } from './listed-once';
import { BY_DUTY, DUTY_END, HELP_END, LEAD_WORD, ROLE_MARK_WORD } from './role-words';
import { parseSchedulePhrase } from './schedule-phrases';
import { foldScript, stripTrailing } from './text';
import { eachPlace, looksLikeUnit, splitUnitList } from './unit-list';

/** The raw text of each role a task's document gives it; null = not stated. */
export interface RoleFields {
  lead: string | null;
  units: string | null;
  assisting: string | null;
  people: string | null;
  schedule: string | null;
  /** words that are remarks, not units (不再做分工，下同 / 按职责分工负责 …), kept for the report */
  notes: string[];
  /** a role label was printed, even with nothing after it (〔责任单位：〕) */
  labelled: boolean;
  /** what a 下同 closes (`各市（州）人民政府负责，下同`): it holds for the following tasks too */
  carried: string[];
}

export const noRoles = (): RoleFields => ({ lead: null, units: null, assisting: null, people: null, schedule: null, notes: [], labelled: false, carried: [] });

/** `…，下同` (`…，下同，不再列出`) at the end of a list or remark: the words before it, back to the clause's start, hold for the tasks below. */
const SAME_BELOW = /[，,；;、\s\u3000]*下同(?:[，,、]?不再(?:一一|重复)?列出)?[。.]?$/;

/** The text without a closing 下同, and what it carries (the last clause before it); carried is null without one. */
export function takeSameBelow(text: string): { text: string; carried: string | null } {
  const m = SAME_BELOW.exec(foldScript(text));
  if (!m) return { text, carried: null };
  const rest = text.slice(0, m.index);
  const cut = Math.max(rest.lastIndexOf('，'), rest.lastIndexOf(','), rest.lastIndexOf('；'), rest.lastIndexOf(';'));
  return { text: rest, carried: rest.slice(cut + 1).trim() };
}

const OPEN = '（(〔[【';
const CLOSE = '）)〕]】';

/** Top-level bracket groups of a text, found in one pass; an opening never closed is not a group. */
export function bracketGroups(text: string): { start: number; end: number; inner: string }[] {
  const groups: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) {
      if (depth === 0) start = i;
      depth += 1;
    } else if (CLOSE.includes(ch) && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** A comma right before `参与单位：` (or `参与单位 `) and the like starts a clause (`牵头单位:X,参与单位:Y`, as copies normalise `；`). */
function labelFollows(text: string, comma: number): boolean {
  const next = text.slice(comma + 1, comma + 16);
  const m = /^[\s\u3000]*([^，,：:；;\s]{1,12})[：:]/.exec(next);
  // …and a label its units follow after a space only (`牵头单位 X 责任单位 Y`, the colons a copy dropped)
  return isRoleLabel(m ? fieldOf(m[1] ?? '') : null) || spacedLabel(next) !== null;
}

/** Splits on top-level `；` / `;`, and on a comma or full stop before a role label (a semicolon inside brackets belongs to a unit's name). */
function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) depth += 1;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    // …and on a comma, a full stop or spaces before a role label (`牵头单位：X 配合单位：Y`, `X、Y等按职责分工负责。责任单位：Z`)
    if (depth === 0 && (ch === '；' || ch === ';' || ('，, \u3000。'.includes(ch) && labelFollows(text, i)))) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((c) => c.trim()).filter((c) => c !== '');
}


/** `列第一位的为牵头部门`, `排首位为牵头单位`, `排在前位为牵头部门`, `逗号前为牵头单位`: the list's rule for who leads; inside a role group it is a remark, its 牵头 marking no unit. */
export const FIRST_LISTED_LEADS = /(?:名列|[列排](?:在|名|序)?)?(?:第一位|首位|第一|前位|前面|逗号前)(?:的|者)?(?:责任)?(?:单位|部门)?(?:为|是)牵头/;

/** `排在前位为牵头部门`, `逗号前为牵头单位`: the rule names the units in front, the first group of a list parted by commas (A、B，C、D：A and B lead). */
export const FRONT_GROUP = /前(?:位|面)|逗号前/;

/** `X、Y、Z分别负责`: each unit answers for its own part, so every one of them leads; `共同负责`: they answer together, and lead together. */
const EACH_LEADS = /(分别|共同)(负责|牵头|落实)$/;

/** Words that make a bracket after a unit list a remark about the list (a unit's own bracket names a place or body). */
const REMARK = new RegExp(`(牵头|负责|配合|下同|汇总|不再|${BY_DUTY}|以下|为准)`);

const ROLE_MARK_ALONE = new RegExp(`^(${ROLE_MARK_WORD})$`);

/** Cuts a list at its first full stop and strips a trailing remark; what was cut goes to notes. */
export function cleanUnitText(raw: string, notes: string[], carried: string[] = []): string {
  // `由X负责`: 由 opens the units it gives the work to (`此项工作由X负责` too); `会同X组织实施`: 会同 opens the units that help
  let text = raw.trim().replace(/^(?:(?:此项|该项|本项|上述|以上|各项)(?:工作|任务|事项)?)?由(?=[\u4e00-\u9fff])|^会同(?=[\u4e00-\u9fff])/, '');
  const stop = text.search(/[。]/);
  if (stop >= 0) {
    // a remark after the full stop keeps its 下同 (the task below reads it from the note)
    const rest = text.slice(stop + 1).trim();
    if (rest !== '') notes.push(rest);
    text = text.slice(0, stop);
  }
  const same = takeSameBelow(text);
  if (same.carried) carried.push(same.carried);
  // `X、Y，列第一位的为牵头单位`: the list's rule after its units is a note
  text = withoutListRule(same.text, notes);
  // 按职责分工负责 and the like close a list; a remark after a comma (不再做分工) is a note too
  const duty = foldScript(text).search(new RegExp(BY_DUTY));
  if (duty > 0) {
    notes.push(text.slice(duty));
    text = text.slice(0, duty);
  }
  // `工商联（列第一位者为牵头或汇总单位，下同）`: a remark in brackets after the last unit, not part of its name
  const last = bracketGroups(text).at(-1);
  // …but `市发改委（牵头）` marks that unit's role: the unit list reads the mark (roleMarks), it is no remark on the list
  if (last && last.end === text.length && REMARK.test(foldScript(last.inner)) && !ROLE_MARK_ALONE.test(foldScript(last.inner).trim())) {
    notes.push(last.inner);
    text = text.slice(0, last.start);
  }
  // `负责落实`, `配合做好`: up to three closing words, stripped one at a time (a `+` over them would backtrack)
  for (let k = 0; k < 3; k += 1) {
    const note = DUTY_END.exec(foldScript(text));
    if (!note || note[0] === '') break;
    notes.push(note[0]);
    text = stripTrailing(text.slice(0, note.index), '，,、 \t\u3000');
  }
  return stripTrailing(text, '，,、；; \t\u3000');
}

/** `…等负责，列第一位的为牵头部门，下同`: a clause stating the list's rule (with the 下同 that carries it) is a note; the units stay. */
function withoutListRule(text: string, notes: string[]): string {
  const parts = topLevelCommas(text);
  const k = parts.findIndex((p) => foldScript(p.trim()).search(FIRST_LISTED_LEADS) === 0);
  if (k < 0) return text;
  const n = /^[\s\u3000]*下同[。.]?[\s\u3000]*$/.test(parts[k + 1] ?? '') ? 2 : 1;
  notes.push(parts.slice(k, k + n).join('，').trim());
  return parts.filter((_, i) => i < k || i >= k + n).join('，');
}

/** A post a person holds (分管副省长, 协管副秘书长, 副市长): a role group may name who answers for a task, never a unit. */
const PERSON_POST = /(省长|市长|区长|县长|州长|旗长|盟长|书记|秘书长|主任|主席|领导)$/;

/** `分管副省长、协管副秘书长负责`: a comma clause of nothing but posts of persons and their duty. */
function personClause(clause: string): string | null {
  const words = stripTrailing(foldScript(clause.trim()), '。.').replace(/(负责|牵头|分管|协调|督办)$/, '');
  const posts = words.split('、');
  if (posts.length > 6 || !posts.every((p) => p.length >= 2 && p.length <= 12 && PERSON_POST.test(p))) return null;
  return clause.trim().slice(0, words.length);
}

/** The phrase without its clauses naming persons (kept as people), before the units are read from it. */
function withoutPeople(text: string, into: RoleFields): string {
  const parts = topLevelCommas(text);
  const people = parts.map(personClause);
  if (people.every((p) => p === null)) return text;
  into.people = people.filter((p): p is string => p !== null).reduce<string | null>((all, p) => joinList(all, p), into.people);
  return parts.filter((_, i) => people[i] === null).join('，');
}

/**
 * `规章由政策法规司牵头、规范性文件由制发司(局)牵头`: the part of the work before 由 is no unit, and leads named one by one lead
 * together (`政策法规司、制发司(局)牵头`). Found on the folded text (牽頭 is 牵头), cut from the text as printed.
 */
function withoutWorkParts(phrase: string): string {
  const folded = foldScript(phrase);
  const cuts: [number, number][] = [];
  for (const m of folded.matchAll(/(^|[、，,；;])([\u4e00-\u9fff“”"]{2,12}?由)(?=[\u4e00-\u9fff()（）]{2,20}?牵头)/g)) cuts.push([m.index + (m[1]?.length ?? 0), m.index + m[0].length]);
  for (const m of folded.matchAll(/牵头(?=、[^，,；;。]{2,30}?牵头)/g)) cuts.push([m.index, m.index + m[0].length]);
  return cuts.sort((a, b) => b[0] - a[0]).reduce((text, [from, to]) => text.slice(0, from) + text.slice(to), phrase);
}

/**
 * `X为牵头单位，Y、Z为配合单位`, `X是牵头部门`, `X作为协办单位`: a unit named as its role is that role's word after it
 * (`X牵头，Y、Z配合`); only right after a unit's name, so `列第一位的为牵头单位` stays the list's rule.
 */
const asRoleWords = (phrase: string): string =>
  withoutWorkParts(phrase)
    .replace(/(?<=[局委办厅府室部心会院站所队组馆处])(?:为|是|作为)(?:牵头|主责|主办)(?:单位|部门)/g, '牵头')
    .replace(/(?<=[局委办厅府室部心会院站所队组馆处])(?:为|是|作为)(?:配合|协办|参与|协同|协助)(?:单位|部门)/g, '配合');

/** `X、Y牵头，Z配合` / `X牵头负责` / `X、Y分工负责`: a phrase that marks leads with 牵头. */
function rolePhrase(phrase: string, into: RoleFields): void {
  const text = withoutListRule(withoutPeople(asRoleWords(phrase), into), into.notes);
  // a lead word after the phrase's first full stop is in a remark (`X、Y负责。列第一位的为牵头部门`), not a role
  const firstStop = text.indexOf('。');
  const at = foldScript(firstStop >= 0 ? text.slice(0, firstStop) : text).search(LEAD_WORD);
  if (at < 0) {
    const each = EACH_LEADS.test(foldScript(stripTrailing(firstStop >= 0 ? text.slice(0, firstStop) : text, '。. ')));
    if (each) {
      into.lead = joinList(into.lead, cleanUnitText(text, into.notes, into.carried));
      return;
    }
    // `X负责，Y协助`: no lead word, but the clauses that close with words of help name the helpers; the rest answer
    const parts = firstStop >= 0 ? [text] : topLevelCommas(text);
    const helps = parts.map((p) => HELP_END.test(foldScript(p.trim())));
    const answer = parts.filter((_, i) => !helps[i]);
    if (answer.length === parts.length) {
      into.units = joinList(into.units, cleanUnitText(text, into.notes, into.carried));
      return;
    }
    for (const [i, part] of parts.entries()) {
      const units = cleanUnitText(part, into.notes, into.carried);
      if (units === '') continue;
      if (helps[i]) into.assisting = joinList(into.assisting, units);
      else into.units = joinList(into.units, units);
    }
    return;
  }
  // what follows the phrase's first full stop is a remark about it (`…负责落实。以下各项…，不再一一列出`)
  const stop = text.indexOf('。');
  const rest = stop >= 0 ? text.slice(stop + 1).trim() : '';
  if (rest !== '') into.notes.push(rest);
  const same = takeSameBelow(stop >= 0 ? text.slice(0, stop) : text);
  if (same.carried) into.carried.push(same.carried);
  // each comma clause closes with its own duty words: `X牵头，Y配合，Z负责落实`, and `Y配合，X牵头` in that order too
  let leadSeen = false;
  const before = into.lead;
  const listed: string[] = [];
  for (const clause of topLevelCommas(same.text)) {
    const folded = foldScript(clause);
    const word = LEAD_WORD.exec(folded);
    const lead = word ? word.index : -1;
    if (lead < 0) {
      // a clause before the lead's, with no word of duty, names a co-lead (`X，Y牵头`)
      const helps = HELP_END.test(folded) || /(负责|落实)[。.；;]?$/.test(folded);
      const units = cleanUnitText(clause, into.notes, into.carried);
      if (units !== '' && !leadSeen && !helps) {
        into.lead = joinList(into.lead, units);
        listed.push(...units.split('、'));
      } else if (units !== '') into.assisting = joinList(into.assisting, units);
      continue;
    }
    leadSeen = true;
    // (`X、Y分别牵头`, `共同牵头`: each or both lead; the word is no part of the last name)
    const head = clause.slice(0, lead);
    const each = /(分别|共同|各自)$/.exec(foldScript(head));
    const leads = cleanUnitText(each ? head.slice(0, each.index) : head, into.notes, into.carried);
    // `A、B，A牵头`: the lead clause names some of the units just listed — the list's rule; the others assist
    const named = leads === '' ? [] : leads.split('、');
    if (listed.length > named.length && named.length > 0 && named.every((n) => listed.includes(n))) {
      into.lead = joinList(before, leads);
      into.assisting = joinList(into.assisting, listed.filter((n) => !named.includes(n)).join('、'));
      listed.length = 0;
    } else into.lead = joinList(into.lead, leads);
    const after = clause.slice(lead + (word?.[0].length ?? 2));
    // `X牵头负责`, `X牵头抓总`, `X牵头实施`: the lead's own words of duty are no unit
    const rest = after.slice(/^(负责|单位|部门|抓总|实施|推进|落实)*[，,、\s]*/.exec(foldScript(after))?.[0].length ?? 0);
    const assisting = cleanUnitText(rest, into.notes, into.carried);
    if (assisting !== '') into.assisting = joinList(into.assisting, assisting);
  }
}

/** Splits on `，` / `,` outside brackets (a comma inside 各县（市，区） belongs to the name). */
export function topLevelCommas(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) depth += 1;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '，' || ch === ',')) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const joinList = (a: string | null, b: string): string | null => (b === '' ? a : a ? `${a}、${b}` : b);

/** A further label's list for the same role (`责任单位：X；数据提供单位：Y`) is a list of its own: joined by `；`, where the level carried down a list stops. */
const joinLabelled = (a: string | null, b: string): string | null => (b === '' ? a : a ? `${a}；${b}` : b);

/** Assigns a labelled value (`牵头单位：X`) to its field. */
export function assignLabel(field: Field, value: string, into: RoleFields): void {
  const v = stripTrailing(value.trim(), '。.');
  if (field === 'lead' || field === 'units' || field === 'assisting' || field === 'roles') into.labelled = true;
  if (field === 'roles') return rolePhrase(v, into);
  // `责任单位：A、B，B牵头` / `责任单位：A牵头，B、C配合`: a comma clause after the list that marks a lead makes the value a role phrase
  if (field === 'units' && topLevelCommas(v).slice(1).some((c) => LEAD_WORD.test(foldScript(c)))) return rolePhrase(v, into);
  if (field === 'people') into.people = joinList(into.people, v);
  else if (field === 'schedule') into.schedule = joinList(into.schedule, v);
  else if (field === 'lead' || field === 'units' || field === 'assisting') into[field] = joinLabelled(into[field], cleanUnitText(v, into.notes, into.carried));
}

/** How long a schedule phrase closing a role group can be (`年内持续推进`, `2023年6月底前完成`). */
const SCHEDULE_CLAUSE = 20;

/** Whether a comma part of a role group is a time (dated, ongoing or set above): short, no list of units, no label. */
function isTimePart(part: string): boolean {
  if (part === '' || part.length > SCHEDULE_CLAUSE || looksLikeList(part) || /[：:]/.test(part)) return false;
  // a year only to classify the phrase (12月底前 needs one); the task's own schedule is read later with the plan's year
  const { spec } = parseSchedulePhrase(part, 2000);
  return spec.kind === 'by' || spec.kind === 'ongoing' || spec.kind === 'setByUpstream';
}

/**
 * `X分别负责，年内持续推进`, `X牵头，2023年6月底前完成，Y配合`, `X牵头；年内完成`: the comma parts of a role group's
 * clause that are a time, wherever they stand, and the clause without them.
 */
function timeParts(clause: string): { rest: string; schedule: string | null } {
  const parts = topLevelCommas(clause).map((p) => p.trim());
  const times = parts.filter(isTimePart);
  if (times.length === 0) return { rest: clause, schedule: null };
  return { rest: parts.filter((p) => p !== '' && !isTimePart(p)).join('，'), schedule: times.join('，') };
}

/** Reads the inside of a role group; null when it names no role (a remark in brackets). */
export function readRoleGroup(printed: string): RoleFields | null {
  // `(责任单位;住建局、畜牧局)`: a role label opening the group with a semicolon for its colon (a typing slip) is the label
  const slip = /^([\u4e00-\u9fff]{2,8})[；;](?=[^；;\s])/.exec(printed);
  const inner = slip && isRoleLabel(fieldOf(slip[1] ?? '')) ? `${slip[1] ?? ''}：${printed.slice(slip[0].length)}` : printed;
  const fields = noRoles();
  let any = false;
  // `…，此项及以下任务均需X落实，不再列出`: units named once for the tasks below, a remark here (same-below.ts carries them)
  const once = cutListedOnce(inner);
  if (once) fields.notes.push(once.remark);
  for (const whole of clauses(once ? once.rest : inner)) {
    const { rest: clause, schedule } = timeParts(whole);
    if (schedule) fields.schedule = joinList(fields.schedule, schedule);
    if (clause === '') continue;
    const m = /^([^：:]{1,12})[：:](.*)$/s.exec(clause);
    const colon = m ? fieldOf(m[1] ?? '') : null;
    // `牵头单位：X`, or the label parted from its units by a space only (`[牵头单位 区卫健局;责任单位 …]`, a copy that dropped the colon)
    const label = m && isRoleLabel(colon) ? { field: colon, value: m[2] ?? '' } : spacedLabel(clause);
    if (label) {
      assignLabel(label.field, label.value, fields);
      any = true;
    } else if (LEAD_WORD.test(foldScript(clause)) || (any && looksLikeList(clause))) {
      rolePhrase(clause, fields);
      any = true;
    } else if (DUTY_END.test(foldScript(stripTrailing(clause, '。.'))) && looksLikeList(clause)) {
      rolePhrase(clause, fields);
      any = true;
    } else if (any) {
      fields.notes.push(clause);
    }
  }
  return any && (fields.labelled || (fields.lead ?? fields.units ?? fields.assisting) !== null) ? fields : null;
}

/** Ends like a list of units (…局、…委负责, a department's own 处 / 科 / 股): a unit-ending character before the closing words. */
const looksLikeList = (clause: string): boolean => /(局|委|办|厅|会|院|府|室|部|中心|公司|集团|单位|政府|街道|乡镇|镇|队|站|所|行|关|校|组|班|处|股|馆|司|署|科(?![技学研普]))[、，,]?/.test(foldScript(clause));

/** `（市发改委、财政局，各市（县）、区政府）`: a bracket of nothing but unit names, the item's responsible units. */
export function bareUnitList(inner: string): boolean {
  if (/(简称|的|即|含|包括|详见|附件|者|第一)/.test(foldScript(inner)) || REMARK.test(foldScript(inner))) return false;
  const { mentions } = splitUnitList(inner);
  return mentions.length > 0 && mentions.every((m) => looksLikeUnit(m.name) || eachPlace(m.name));
}

// Where an item's text states its roles: its last role group, labels printed after its text, or a last sentence of roles.
import { fieldOf, LABEL_WORD, spacedLabel } from './columns';
import { DUTY_CLAUSE, LEAD_WORD } from './role-words';
import { bareUnitList, bracketGroups, noRoles, readRoleGroup, topLevelCommas, type RoleFields } from './roles';
import { chineseNumeral, foldScript, stripTrailing } from './text';
import { eachPlace, looksLikeUnit, partWordOf, splitUnitList } from './unit-list';

/** A role label right after a full stop (`。牵头单位：`, `。责任科室(单位)：`): looked at in a bounded slice, so a text of many full stops stays linear. */
const LABEL_AFTER_STOP = new RegExp(`^[\\s\\u3000]*(${LABEL_WORD})[：:]`);

/** `牵头单位为X，配合单位为Y`: role labels written with 为 instead of a colon, as the labels they are (`牵头单位：X；配合单位：Y`). */
function withLabelColons(text: string): string {
  const isRole = (word: string): boolean => ['lead', 'units', 'assisting'].includes(fieldOf(word) ?? '');
  const labelled = text.replace(/([\u4e00-\u9fff]{2,6}(?:单位|部门|單位|部門))[为為]/g, (m: string, word: string) => (isRole(word) ? `${word}：` : m));
  return labelled.replace(/[，,](?=[\u4e00-\u9fff]{2,6}(?:单位|部门|單位|部門)：)/g, '；');
}

/** A line naming the units of the items it closes, by a role label and 为: `责任单位为X`, `该目标责任单位为X`, `4项目标的责任单位均为X`. */
const UNITS_ARE = /^(?:(?:该|本|此|以上|上述)?(\d{1,2}|[一二两三四五六七八九十]{1,3})?项?(?:目标|任务|工作|指标|事项)的?)?(?=[\u4e00-\u9fff]{2,6}(?:单位|部门)(?:均|都)?为)/;

/**
 * Such a line as the label line it is (`责任单位：X`), and how many items it names the units of: the count it prints
 * (`4项目标的…均为` — the four items it closes), else 1. Null for any other line.
 */
export function unitsAreLine(line: string): { labels: string; items: number } | null {
  const text = line.trim();
  const m = UNITS_ARE.exec(foldScript(text));
  if (!m) return null;
  const rest = text.slice(m[0].length).replace(/^([\u4e00-\u9fff]{2,6}(?:单位|部门|單位|部門))(?:均|都)/, '$1');
  const labels = withLabelColons(rest);
  if (labels === rest) return null;
  const count = m[1] === undefined ? 1 : /\d/.test(m[1]) ? Number(m[1]) : (chineseNumeral(m[1].replace('两', '二')) ?? 1);
  return { labels, items: count };
}

/** `…依法处置隐性债务。牵头单位：省财政厅；责任单位：省发改委…。`: labelled roles printed after the item's text, with no bracket. */
function trailingLabels(printed: string): { roles: RoleFields; text: string } | null {
  const text = withLabelColons(printed);
  for (let i = text.indexOf('。'); i >= 0; i = text.indexOf('。', i + 1)) {
    const slice = text.slice(i + 1, i + 20);
    const m = LABEL_AFTER_STOP.exec(slice);
    // …or `。牵头单位 X`, its colon dropped
    const field = m ? fieldOf(m[1] ?? '') : (spacedLabel(slice)?.field ?? null);
    if (field !== 'lead' && field !== 'units' && field !== 'assisting' && field !== 'roles') continue;
    const roles = readRoleGroup(stripTrailing(text.slice(i + 1).trim(), '。.'));
    // (the labels' 为 and commas became a colon and semicolons one for one: the text before them is as printed)
    return roles ? { roles, text: printed.slice(0, i + 1).trim() } : null;
  }
  return null;
}

/** How long a sentence of roles can be: a bound on what is looked at, longer than any list of roles. */
const ROLE_SENTENCE = 160;

/** Whether a sentence is nothing but units and their duty words, clause by clause, one of them a lead's or 负责. */
function isRoleSentence(sentence: string): boolean {
  const folded = foldScript(sentence);
  if (folded === '' || folded.length > ROLE_SENTENCE || !(LEAD_WORD.test(folded) || folded.includes('负责'))) return false;
  const parts = topLevelCommas(folded).map((part) => {
    const m = DUTY_CLAUSE.exec(part.trim());
    const { mentions } = splitUnitList(m ? part.trim().slice(0, m.index) : part.trim());
    return { duty: m !== null, units: mentions.length > 0 && mentions.every((u) => looksLikeUnit(u.name) || eachPlace(u.name)) };
  });
  // (a part of names alone is a list a comma broke, its duty words closing a later part: `X牵头,Y、Z,W配合`)
  return parts.every((p, i) => p.units && (p.duty || parts.slice(i + 1).some((q) => q.duty)));
}

/** `由市财政局、农业局，各县（市）、区人民政府负责落实`: a sentence giving the work to units (牵头 makes them its lead). */
function byUnitsSentence(sentence: string): RoleFields | null {
  // …or `由X等部门落实` with no 负责: the units it is given to carry it out
  // …or the duty worded after 负责 (`负责协调调度`, `负责督促落实`), or each unit its own part (`分别负责`, `共同负责`)
  // …or units closed by 等部门 and the work they are given (`由X会同Y等部门研究提出落实意见`)
  const by =
    /^由(.{2,160}?)(?:(?:分别|共同|具体)?(负责|牵头)(?:落实|实施|推进|组织实施|[\u4e00-\u9fff]{1,4})?|落实|组织实施)$/.exec(foldScript(sentence)) ??
    /^由(.{2,160}?等(?:有关|相关)?(?:部门|单位))(?:研究|负责|共同)?(?:提出|制定|出台|研究|落实|实施|推进|组织)[\u4e00-\u9fff]{0,8}$/.exec(foldScript(sentence));
  if (!by) return helpersFirst(sentence);
  const units = sentence.slice(1, 1 + (by[1]?.length ?? 0));
  const after = foldScript(sentence).slice(1 + (by[1]?.length ?? 0));
  const duty = after.replace(/^(分别|共同|具体)?(负责|牵头)/, '');
  // (`由多个单位负责的，…` is a condition, not a duty: 的 makes the clause a noun)
  if (!bareUnitList(units) || (duty !== '' && (looksLikeUnit(duty) || duty.startsWith('的')))) return null;
  // `分别负责` (each its own part) and `共同负责` (together): every unit named answers for the work, and leads it
  return by[2] === '牵头' || /^(分别|共同)/.test(after) ? { ...noRoles(), lead: units } : { ...noRoles(), units };
}

/**
 * `由协调处、宣教办配合工会、共青团、妇联…等部门开展`: the units named first help (配合) the ones after, who carry the work
 * out and so lead it. A list closed by 等部门 calls its names departments itself: most of them must look like units.
 */
function helpersFirst(sentence: string): RoleFields | null {
  const m = /^由(.{2,80}?)配合(.{2,120}?)(等(?:有关|相关)?(?:部门|单位))?(?:开展|实施|落实|推进|做好|完成|组织)[\u4e00-\u9fff]{0,8}$/.exec(foldScript(sentence));
  if (!m) return null;
  // 由 (one character), the helpers, 配合 (two), the leads
  const [h, l] = [m[1]?.length ?? 0, m[2]?.length ?? 0];
  const [helpers, leads] = [sentence.slice(1, 1 + h), sentence.slice(3 + h, 3 + h + l)];
  const names = splitUnitList(leads).mentions;
  const mostly = m[3] !== undefined && names.filter((u) => looksLikeUnit(u.name)).length * 2 >= names.length;
  return bareUnitList(helpers) && (bareUnitList(leads) || mostly) ? { ...noRoles(), lead: leads, assisting: helpers } : null;
}

/** Whether a whole line states roles and nothing else (`由X负责落实。`, `X牵头，Y配合。`): the roles of the text above it. */
export function isRoleLine(line: string): boolean {
  const sentence = stripTrailing(line.trim(), '。.；; \t\u3000');
  // a label line (部门分工：X牵头，Y配合) is read as labels
  if (/[：:]/.test(sentence)) return false;
  return byUnitsSentence(sentence) !== null || isRoleSentence(sentence);
}

/** Words of a role anywhere in a clause (牵头, 负责, 配合, 会同 …; not 参加, which names work: `到企业参加宣讲`). */
const NAMES_ROLES = new RegExp(`${LEAD_WORD.source}|负责|配合|协助|参与|会同`);

/** `…建设社区食堂20个。市民政局牵头，市财政局配合。` / `…——市卫健委牵头`: a last sentence of roles with no bracket. */
function trailingRoleSentence(text: string): { roles: RoleFields; text: string } | null {
  const body = stripTrailing(text.trim(), '。.；; \t\u3000');
  const dash = body.lastIndexOf('——');
  const cut = Math.max(body.lastIndexOf('。'), dash < 0 ? -1 : dash + 1, body.lastIndexOf('\n'));
  const sentence = body.slice(cut + 1).trim();
  // `关于“…”的问题，由省水利厅会同省发展改革委、财政厅等部门负责落实`: the sentence's last clause gives the work to units
  const clause = Math.max(sentence.lastIndexOf('，由'), sentence.lastIndexOf(',由'));
  const byClause = clause >= 0 ? byUnitsSentence(sentence.slice(clause + 1)) : null;
  if (byClause) return { roles: byClause, text: `${body.slice(0, cut + 1 + clause).trim()}。` };
  if (cut < 0) return null;
  // `…建设社区食堂20个。——区民政局、区财政局`: bare units after the dash that closes an item are its units
  if (dash >= 0 && cut === dash + 1 && !isRoleSentence(sentence) && bareUnitList(sentence)) {
    return { roles: { ...noRoles(), units: sentence }, text: body.slice(0, dash).trim() };
  }
  const by = byUnitsSentence(sentence);
  if (by) return { roles: by, text: body.slice(0, cut + 1).trim() };
  const roles = isRoleSentence(sentence) ? readRoleGroup(sentence) : null;
  if (roles) return { roles, text: body.slice(0, cut + 1).replace(/——$/, '').trim() };
  // `由各巡视督导组分别负责,6月16日分别到…检查`: the roles in the last sentence's first clause, its time and work after them
  // (…unless the clauses after it name roles too: they are a role sentence the reader above did not take, not work)
  const first = /^(由[^，,]{2,80})[，,](.+)$/.exec(sentence);
  const opening = first && !NAMES_ROLES.test(foldScript(first[2] ?? '')) ? byUnitsSentence(first[1] ?? '') : null;
  return first && opening ? { roles: opening, text: `${body.slice(0, cut + 1).trim()}${first[2] ?? ''}。` } : null;
}

/**
 * `由督查小组对…进行督查,写出督查报告`, `由A和B汇总情况,形成…`: the last sentence's first clause gives the work to the units after 由
 * with no word of duty, its verb the work itself — a step of a plan's schedule. Only for an item that names no role otherwise
 * (a closing `由X对各单位进行考核` beside an item's own roles is its text): the caller asks last. Null for any other text.
 */
export function doerSentence(text: string): { roles: RoleFields; text: string } | null {
  const body = stripTrailing(text.trim(), '。.；; \t\u3000');
  const sentence = body.slice(body.lastIndexOf('。') + 1).trim();
  const clause = /^由([^，,]{2,80})/.exec(sentence)?.[1] ?? '';
  const doer =
    /^(.{2,60}?)(?:对|就|向|在)[^，,。]{2,60}?(?:进行|开展|实施|组织)[\u4e00-\u9fff]{0,8}$/.exec(foldScript(clause)) ??
    /^(.{2,60}?)(?:汇总|组织|召开|制定|起草|编制|开展|进行|收集|整理|督促|协调|推动|指导)[\u4e00-\u9fff]{0,12}$/.exec(foldScript(clause));
  const named = doer ? clause.slice(0, doer[1]?.length ?? 0) : '';
  // (`由包片单位县文广局督促…`: the word for the unit's part in the work before its name is no part of it)
  const units = named.slice(partWordOf(named));
  if (!doer || !bareUnitList(units)) return null;
  return { roles: { ...noRoles(), units }, text: `${body.slice(0, body.length - sentence.length)}${sentence.slice(1 + named.length)}。` };
}

/**
 * `整改措施:由县住建局督促商户更换。`, `整改措施:由X负责整治。`: a measures label giving its work to units — its roles, read as a
 * sentence of roles or a step given to its doers; null when it gives none.
 */
export function measuresGivenTo(value: string): RoleFields | null {
  const sentence = stripTrailing(value.trim(), '。.；; \t\u3000');
  const first = /^(由[^，,。]{2,80})/.exec(sentence)?.[1] ?? '';
  return (first === '' ? null : byUnitsSentence(first)) ?? doerSentence(value)?.roles ?? null;
}

/** The last role group of an item's text (its roles), and the text without it; else labelled roles after its last sentence. */
export function inlineRoles(text: string): { roles: RoleFields; text: string } | null {
  const groups = bracketGroups(text);
  const last = groups.at(-1);
  // a bracket of unit names closing the item, with no role words: its units, the first listed leading (a reported guess)
  if (last && last.end >= stripTrailing(text, ' \t\u3000。；;').length && readRoleGroup(last.inner) === null && bareUnitList(last.inner)) {
    return { roles: { ...noRoles(), units: last.inner.trim() }, text: `${text.slice(0, last.start)}${text.slice(last.end)}`.trim() };
  }
  for (let g = groups.length - 1; g >= 0; g -= 1) {
    const group = groups[g];
    if (!group) continue;
    const roles = readRoleGroup(group.inner);
    if (roles) return { roles, text: `${text.slice(0, group.start)}${text.slice(group.end)}`.trim() };
  }
  return trailingLabels(text) ?? trailingRoleSentence(text);
}

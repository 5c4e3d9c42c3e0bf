// Collectives expanded into their members at import (各市政府 → 沈阳市人民政府 …): from the divisions dataset, the conference, the document, overrides.
import { LIMITS } from '../machines/limits';
import type { Membership, Plan, Unit } from '../machines/plan';
import { COUNTY_WORDS, PREFECTURE_WORDS, TOWNSHIP_WORDS, levelWordOf, readCollectiveName, type LevelWord } from './collective-name';
import { divisionsDataset, type Division, type DivisionsDataset } from './divisions';
import { ImportError } from './errors';
import type { CollectiveOverride } from './overrides';
import { planPlace, type PlanPlace } from './plan-place';
import type { Reporter } from './reporter';

interface Member {
  name: string;
  code: string | null;
  kind: Exclude<Unit['kind'], 'collective'>;
  verified: boolean;
  aliases: string[];
}
type Found = { members: Member[]; membership: Membership; notes: string[] } | { why: string };

export interface CollectiveContext {
  file: string;
  /** the place the importer read from the title or the units (钦州市), a hint when the issuer names none */
  placeHint: string;
  /** the document's text, where members' short names (沈阳市政府) and 管委会 are looked for */
  text: string;
  overrides: readonly CollectiveOverride[];
}

/** a division's government; a county under one of the plan's cities carries the city's name (沈阳市铁西区, not 鞍山's 铁西区) */
function governmentOf(d: Division, home: Division, data: DivisionsDataset): Member {
  const city = d !== home && d.parent !== null && d.parent !== home.code ? (data.byCode(d.parent)?.name ?? '') : '';
  return { name: `${city}${d.name}人民政府`, code: d.code, kind: 'division', verified: false, aliases: [] };
}

/** the divisions a list of level words names under a place: its cities (and their counties at depth counties), or its counties */
function divisionsNamed(words: readonly LevelWord[], place: Division, data: DivisionsDataset, depth: CollectiveOverride['depth']): { divisions: Division[]; notes: string[] } | string {
  // 各地 alone is every locality, not the 地区 of 各地、州、市
  if (words.length === 1 && words[0]?.word === '地') return '「各地」泛指各地方，不指某一级区划';
  const notes: string[] = [];
  const children = data.children(place.code);
  const hasPrefectures = children.some((d) => d.tier === 'prefecture');
  let countyPart = false;
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const { word, bracketed } of words) {
    if (TOWNSHIP_WORDS.has(word)) return `乡镇、街道一级不在数据集的区县表中（其代码为9位，不是 GB/T 2260 的6位代码），未展开；可用 overrides 的 members 列出`;
    if (COUNTY_WORDS.has(word)) countyPart = true;
    const asPrefecture = hasPrefectures && (PREFECTURE_WORDS.has(word) || (word === '市' && !countyPart && !bracketed));
    const level = word === '辖市' ? '市' : word;
    if (asPrefecture) upper.add(level);
    else lower.add(level);
  }
  const matches = (d: Division, set: Set<string>): boolean => set.has('地级以上市') || set.has(levelWordOf(d.name));
  if (place.tier === 'county') return `${place.name}是县级区划，数据集中其下没有县级区划`;
  if (!hasPrefectures) return { divisions: children.filter((d) => matches(d, lower)), notes };
  const prefectures = children.filter((d) => (d.tier === 'prefecture' ? matches(d, upper) : matches(d, upper) || matches(d, lower)));
  if (upper.size === 0 && depth !== 'counties') return `省的方案中只写县级（${[...lower].join('、')}）：省的任务经由各市自己的方案到达县，未直接展开；overrides 设 depth: counties 可列入各县`;
  if (lower.size > 0 && depth !== 'counties') notes.push(`名称中的县级（${[...lower].join('、')}）未直接列入：省的任务经由各市自己的方案到达县（overrides 设 depth: counties 可列入）`);
  if (depth !== 'counties') return { divisions: prefectures, notes };
  const counties = (upper.size === 0 ? children : prefectures).flatMap((p) => (p.tier === 'prefecture' ? data.children(p.code).filter((d) => lower.size === 0 || matches(d, lower)) : []));
  return { divisions: [...(upper.size === 0 ? [] : prefectures), ...counties], notes };
}

/** 地级市 / 地级区划 / 县级区划 / 区划, for a membership note */
function tierWords(divisions: readonly Division[]): string {
  const tiers = new Set(divisions.map((d) => d.tier));
  if (tiers.size !== 1) return '区划';
  if (tiers.has('prefecture')) return divisions.every((d) => d.name.endsWith('市')) ? '地级市' : '地级区划';
  return '县级区划';
}

/** 管委会 the document itself names (许昌: 市城乡一体化示范区、经济技术开发区、东城区管委会 → three), in order */
export function committeesNamed(text: string, exclude: string): string[] {
  const found = new Set<string>();
  for (const chunk of text.split(/[，,。；;：:\s（）()【】《》“”"]/)) {
    const pieces = chunk.split('、');
    const last = pieces.at(-1) ?? '';
    const suffix = /(管委会|管委|管理委员会)$/.exec(last)?.[0];
    if (!suffix) continue;
    // a shared suffix belongs to the zones listed before it: 示范区、经济技术开发区、东城区管委会
    for (const p of pieces.slice(0, -1)) if (/(区|园|新城)$/.test(p)) found.add(`${p}${suffix}`);
    found.add(last);
  }
  return [...found].filter((n) => n.length >= 4 && n.length <= 30 && !n.startsWith('各') && !/政府/.test(n) && n !== exclude);
}

function fromDivisions(c: Unit, ctx: CollectiveContext, plan: Plan, place: () => PlanPlace, o: CollectiveOverride | undefined): Found {
  const meaning = readCollectiveName(c.name);
  if (meaning.kind === 'unreadable') return { why: '名称看不出指哪一级政府或哪些单位（不是「各市」「县区政府」「各成员单位」这类写法）' };
  if (meaning.kind === 'conference') {
    const members = plan.conference.members.map((name): Member => ({ name, code: null, kind: 'department', verified: false, aliases: [] }));
    if (members.length === 0) return { why: `${plan.conference.name}没有成员单位` };
    const origin = plan.conference.origin === 'document' ? '文件所写' : '导入时补设，文件未写';
    return { members, notes: [], membership: { source: 'conference', dataset: null, place: null, note: `${plan.conference.name}（${origin}）的${members.length}个成员单位，即本方案各任务所列的部门` } };
  }
  const committees = meaning.committees ? committeesNamed(ctx.text, c.name).map((name): Member => ({ name, code: null, kind: 'division', verified: false, aliases: [] })) : [];
  const notes: string[] = [];
  if (meaning.committees && committees.length === 0) notes.push('文件未写出管委（会）的名称：管委未列入，可用 overrides 的 add 补充');
  if (meaning.words.length === 0) {
    if (committees.length === 0) return { why: '文件未写出管委（会）的名称，数据集也没有管委会' };
    return { members: committees, notes, membership: { source: 'document', dataset: null, place: null, note: `文件所写的${committees.length}个管委会` } };
  }
  const where = place();
  if (!where.found) return { why: `不知方案属于哪个区划：${where.why}` };
  const data = divisionsDataset();
  const home = where.division;
  const first = meaning.words[0];
  const self = !meaning.each && first !== undefined && first.word === levelWordOf(home.name) && meaning.firstSeparator === '、';
  const named = divisionsNamed(self ? meaning.words.slice(1) : meaning.words, home, data, o?.depth);
  if (typeof named === 'string') return { why: named };
  if (named.divisions.length === 0 && !self) return { why: `据 ${data.label}，${home.name} ${home.code} 之下没有名称所说的区划` };
  const left = data.notDivisions(home.code);
  if (left.length > 0) notes.push(`数据集另有统计用代码 ${left.map((d) => `${d.name} ${d.code}`).join('、')}：不是行政区划，未列入`);
  const planYear = Number(plan.issuedOn.slice(0, 4));
  if (data.year !== null && planYear < data.year) notes.push(`方案为${planYear}年，数据集为${data.year}年区划：其间的调整（撤并、更名）须用 overrides 校正`);
  notes.push(...named.notes, `地方取自${where.from}，区划据 ${data.label}`);
  const members = [...(self ? [governmentOf(home, home, data)] : []), ...named.divisions.map((d) => governmentOf(d, home, data)), ...committees];
  const note = `${home.name}${self ? '本级及其' : '的'}${named.divisions.length}个${tierWords(named.divisions)}${committees.length ? `和文件所写的${committees.length}个管委会` : ''}（${data.id}）`;
  return { members, notes, membership: { source: 'divisions', dataset: data.id, place: { name: home.name, code: home.code }, note } };
}

/** every collective of the plan with its members, each a unit of the plan; one report line per collective */
export function expandCollectives(plan: Plan, ctx: CollectiveContext, reporter: Reporter): Plan {
  const collectives = plan.units.filter((u) => u.kind === 'collective');
  const overrideOf = (c: Unit): CollectiveOverride | undefined => ctx.overrides.find((o) => o.name === c.id || c.aliases.includes(o.name));
  for (const o of ctx.overrides) {
    if (!collectives.some((c) => overrideOf(c) === o)) throw new ImportError('BAD_OVERRIDE', ctx.file, null, `override for unknown collective 「${o.name}」`);
  }
  if (collectives.length === 0) return plan;
  const units = plan.units.map((u) => ({ ...u, aliases: [...u.aliases] }));
  let where: PlanPlace | null = null;
  const place = (): PlanPlace => (where ??= planPlace({ issuer: plan.issuer, hint: ctx.placeHint, title: plan.title }, divisionsDataset()));
  for (const c of units.filter((u) => u.kind === 'collective')) {
    const o = overrideOf(c);
    const line = plan.tasks.find((t) => t.leadUnits.includes(c.id) || t.assistingUnits.includes(c.id))?.source.line ?? null;
    const byHand = (m: CollectiveOverride['add']): Member[] => (m ?? []).map((x) => ({ ...x, verified: true }));
    let found: Found = o?.members
      ? { members: byHand(o.members), notes: [], membership: { source: 'override', dataset: null, place: null, note: `人工校订（overrides）列出的${o.members.length}个成员` } }
      : fromDivisions(c, ctx, plan, place, o);
    if (o?.add && 'members' in found) found = { ...found, members: [...found.members, ...byHand(o.add)], membership: { ...found.membership, note: `${found.membership.note}，另据人工校订增补${o.add.length}个` } };
    else if (o?.add && 'why' in found) found = { members: byHand(o.add), notes: [`本可自动展开的成员没有找到（${found.why}）`], membership: { source: 'override', dataset: null, place: null, note: `人工校订（overrides）增补的${o.add.length}个成员` } };
    if (o) reporter.add('override', null, line, c.id, `集合单位 ${c.id}${o.members ? ` 成员改为 ${o.members.map((m) => m.name).join('、')}` : ''}${o.add ? ` 增补成员 ${o.add.map((m) => m.name).join('、')}` : ''}${o.depth ? ` 展开到 ${o.depth}` : ''}：${o.reason}`);
    if (!('members' in found)) {
      reporter.add('collectiveUnexpanded', null, line, c.id, `集合单位未展开（members 为空，仍作一个单位）：${found.why}`);
      continue;
    }
    if (found.members.length > LIMITS.membersPerCollective) {
      throw new ImportError('TOO_MANY_MEMBERS', ctx.file, line, `「${c.id}」 would have ${found.members.length} members; at most ${LIMITS.membersPerCollective} (LIMITS.membersPerCollective)`);
    }
    c.members = [...new Set(found.members.map((m) => addMember(units, m, ctx.text)))];
    c.membership = found.membership;
    const names = c.members.length <= 20 ? c.members.join('、') : `${c.members.slice(0, 20).join('、')} 等`;
    reporter.add('collectiveExpanded', null, line, c.id, `展开为${c.members.length}个成员（${found.membership.note}）：${names}${found.notes.map((n) => `；${n}`).join('')}`);
  }
  return { ...plan, units };
}

/** the member as a unit of the plan: the one already named (钦州市人民政府, 沈阳市政府) gets the code, else a new unit */
function addMember(units: Unit[], m: Member, text: string): string {
  const short = m.name.replace(/人民政府$/, '政府');
  const known = units.find((u) => u.kind !== 'collective' && [m.name, short, ...m.aliases].some((n) => u.id === n || u.aliases.includes(n)));
  const unit = known ?? { id: m.name, name: m.name, aliases: [], kind: m.kind, verified: m.verified, code: m.code, members: [], membership: null };
  if (!known) units.push(unit);
  unit.code = m.code ?? unit.code;
  if (unit.kind === 'department' && m.code !== null) unit.kind = 'division';
  unit.verified ||= m.verified;
  const used: string[] = short !== m.name && text.includes(short) ? [short] : [];
  for (const alias of [...m.aliases, ...used]) {
    if (alias !== unit.id && !unit.aliases.includes(alias)) unit.aliases.push(alias);
  }
  return unit.id;
}

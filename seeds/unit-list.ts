// Unit lists (责任单位 / 牵头单位 / 配合单位): split a cell into unit names, keep collectives whole, share bodies, carry the level prefix (names a space broke: unit-names.ts).
import { divisionsDataset } from './divisions';
import { BY_DUTY_END, HELP_END, ROLE_MARK_WORD } from './role-words';
import { foldScript, stripTrailing } from './text';
import { looksLikeUnit, spacedNames, stem, unitKindOf, type UnitList, type UnitMention, type UnitRepair } from './unit-names';

export { eachPlace, looksLikeUnit, splitPdfUnitCell, unitKindOf, type UnitList, type UnitMention, type UnitRepair } from './unit-names';

/** The level a name opens with (市住建委), or a shared one (两市市委宣传部: both cities'); carried down the list. 市政局 is the municipal works bureau, not 市 + 政局. */
const LEVEL = /^(?:自治[区州]|[两三四]?[省市区县州])(?!场|域|区|级|、|政(?!府))/;
const NOT_SPECIFIC = /^(有关|相关)(部门|单位)$/;
/** A township-level body named by its kind alone (街道办事处, 乡镇政府, 社区, 镇(街道)): no one unit, never a department of the carried level. */
const GENERIC_LOCAL = /^(街道办事处|街道办|街道|乡镇(人民)?政府|乡镇|镇(人民)?政府|镇|社区|村委会|居委会|社区居委会)([（(](街道|街道办|街道办事处|乡|镇|园区)[）)])?$/;
/** A township named by its own name (凤城镇, 城关街道, 东坝乡人民政府): a place of its own level, never given the level carried down a list (县凤城镇). */
const OWN_TOWNSHIP = /^[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|街道办事处|街道办|苏木)(?:人民政府|政府|党委)?$/;
/** A body of the townships named by their kind (街道城管中队, 乡镇卫生院, 社区卫生服务中心): below the carried level, never given it. */
const TOWNSHIP_BODY = /^(街道|乡镇|社区|村级?)(?!办事处$)/;

const JOINING_WORDS = ['会同', '牵头', '和', '及', '与'] as const;

/** `岳麓区和市直相关单位`: a place standing for its government (…区 / 县 / 市 / 旗) before 和 / 及, with a unit after it. */
function placeBeforeUnit(folded: string, start: number, at: number, wordLength: number): boolean {
  if (!/[区县市旗]$/.test(folded.slice(Math.max(start, at - 40), at)) || !'和及'.includes(folded[at] ?? '')) return false;
  const right = folded.slice(at + wordLength, at + wordLength + 40);
  const end = right.search(/[、，,；;和及（(]/);
  return looksLikeUnit(end < 0 ? right : right.slice(0, end));
}

/**
 * `宣传处会办公室`: 会 alone for 会同 (as lists in 广东 print it) — only after an office's or department's name (处 局 厅 室 办 科 股 司,
 * never the 会 of 委员会 or 工会) and before a unit's name.
 */
function shortJoin(folded: string, start: number, i: number): boolean {
  if (i <= start || !AT_SHORT_JOIN.test(folded.slice(i - 1, i + 2))) return false;
  const next = /^[^、，,；;（(]{2,20}/.exec(folded.slice(i + 1))?.[0] ?? '';
  return looksLikeUnit(next) && looksLikeUnit(folded.slice(Math.max(start, i - 40), i).trim());
}

/** Splits on 、，, and on 和 / 及 / 会同 / 会 / 牵头 / a slash right after a unit's end, never inside parentheses; one pass over the text. */
function tokenise(text: string, repairs: UnitRepair[]): { tokens: string[]; markedLeads: number } {
  const tokens: string[] = [];
  let start = 0;
  let depth = 0;
  let markedLeads = 0;
  const push = (end: number): void => {
    const token = text.slice(start, end).trim();
    if (token !== '') tokens.push(...spacedNames(token, repairs));
  };
  // words are found in the text folded to simplified script; tokens are cut from the text as printed
  const folded = foldScript(text);
  for (let i = 0; i < text.length; i += 1) {
    const ch = folded[i] ?? '';
    // 〔〕 and 【】 enclose a part of a name as brackets do (`各县〔市、区〕政府`)
    if ('（(〔【'.includes(ch)) depth += 1;
    if ('）)〕】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if ('、，,；;'.includes(ch)) {
      push(i);
      start = i + 1;
      continue;
    }
    // `区住建局/区财政局`: a slash right after a unit's name parts it from the next (never inside one: 住建/城管 names none)
    if ((ch === '/' || ch === '／') && looksLikeUnit(text.slice(Math.max(start, i - 40), i).trim())) {
      push(i);
      start = i + 1;
      continue;
    }
    if (!'会牵和及与'.includes(ch)) continue;
    const word = JOINING_WORDS.find((w) => folded.startsWith(w, i)) ?? (shortJoin(folded, start, i) ? '会' : undefined);
    // `省有关部门和单位`: one collective of the departments and the units so described, kept as printed
    if (word && '和及与'.includes(word) && KIND_COLLECTIVE.test(folded.slice(start, i).trim()) && /^(单位|部门)(?=$|[、，,；;])/.test(folded.slice(i + word.length))) continue;
    // only the end of the words so far decides whether a unit's name just ended (a tail keeps this linear)
    // `A、B分别牵头落实`, `共同牵头`: each or both lead; the word before 牵头 is no part of the last name
    const each = word === '牵头' && /(分别|共同|各自)$/.test(folded.slice(Math.max(start, i - 2), i)) && looksLikeUnit(text.slice(Math.max(start, i - 42), i - 2).trim()) ? 2 : 0;
    if (word && (each > 0 || looksLikeUnit(text.slice(Math.max(start, i - 40), i).trim()) || placeBeforeUnit(folded, start, i, word.length))) {
      push(i - each);
      // 「A、B、C会同D」: the units before 会同 lead together, as those before 牵头 do
      if (word === '牵头' || ((word === '会同' || word === '会') && markedLeads === 0)) markedLeads = tokens.length;
      // `市发改委牵头落实`: the lead's own words of duty after 牵头 are no unit
      if (word === '牵头') i += /^(负责|落实|实施|推进|抓总)*/.exec(folded.slice(i + 2))?.[0].length ?? 0;
      i += word.length - 1;
      start = i + 1;
    }
  }
  push(text.length);
  return { tokens, markedLeads };
}

/** A place word that opens a collective split by its own 、: `各市`、`县（市、区）政府`, `各辖市`、`区人民政府`, `相关市`、`县政府`. */
const OPENS_COLLECTIVE = /^(各[\u4e00-\u9fff]{0,2}|有关|相关)?[省市县区州]([（(][\u4e00-\u9fff]{1,4}[）)])?$/;

/** Glues a collective back together (at most three pieces, and only when the glued name ends like a unit). */
function joinCollectives(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    let joined = token;
    let j = i + 1;
    if (OPENS_COLLECTIVE.test(foldScript(token))) {
      while (j < tokens.length && j <= i + 3 && !looksLikeUnit(joined)) {
        joined = `${joined}、${tokens[j] ?? ''}`;
        j += 1;
      }
    }
    if (joined !== token && looksLikeUnit(joined)) {
      out.push(joined);
      i = j - 1;
    } else out.push(token);
  }
  return out;
}

/**
 * `包片单位县文广局`: how long the word for the unit's part in the work (包片 / 包保 / 挂点 … 单位) before its name is, where a
 * unit's name follows it; 0 for any other name.
 */
export function partWordOf(name: string): number {
  const part = /^(包片|包保|包联|挂点|挂钩|主体责任|责任|牵头|配合)单位[：:]?(?=[\u4e00-\u9fff]{2})/.exec(foldScript(name));
  return part && looksLikeUnit(name.slice(part[0].length)) ? part[0].length : 0;
}

/** `省财政厅等省社会信用体系建设联席会议相关成员单位`: what the others after 等 are, described at length (not who). */
export const DESCRIBED_REST = '(?:(?!等)[\\u4e00-\\u9fff]){2,30}?(?:有关|相关|各|成员)(?:成员)?(?:部门|单位|机构)';

/** `宣传处会办公室`: 会 right after an office's or department's name, not 会同, 会议, 会商, 会签, 会审 (a join, as 会同 is). */
export const SHORT_JOIN = /[处局厅室办科股司]会(?![同议商签审谈])/;

const ETC_DESCRIBED = new RegExp(`^(.+?)等(${DESCRIBED_REST})$`);
const AT_SHORT_JOIN = new RegExp(`^${SHORT_JOIN.source}`);

/** A count of bodies (`13个街道、镇`): a collective of the place's own, no prefix carried to it. */
const COUNTED = /^\d+个[\u4e00-\u9fff]{1,3}/;

/** A kind of unit with no name of its own (镇街, 园区, 街道): after a 各… collective it is one too (各相关部门、镇街（园区）). */
const KIND_ALONE = /^(镇街|乡镇|街道|镇|园区|开发区|功能区|功能板块|板块|部门|单位|区县|县区|县（市、区）|县\(市、区\)|县市区)([（(][^）)]{1,8}[）)])?$/;

/** A collective named by what it is, not by a place: 各科室, 市直有关部门, 区直各部门, 相关部门. */
const KIND_COLLECTIVE = /^(各|[省市区县]直|[省市区县]?(有关|相关))[\u4e00-\u9fff]{0,6}(部门|单位|科室|处室|机构)$/;

/**
 * `各相关部门、镇街（园区）`: a bare kind after a 各 collective takes its 各, reported. `市直有关部门、单位`, `各科室、单位`: a bare
 * 单位 / 部门 after such a collective is one collective with it (the units and the departments so described), reported.
 */
function eachCarried(tokens: string[], repairs: UnitRepair[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const before = out.at(-1) ?? '';
    if (/^(单位|部门)$/.test(foldScript(t)) && KIND_COLLECTIVE.test(foldScript(before))) {
      repairs.push({ kind: 'unitRepaired', raw: t, decision: `「${t}」与前一项「${before}」同属一类 → ${before}、${t} (one collective)` });
      out[out.length - 1] = `${before}、${t}`;
      continue;
    }
    // `13个街道、镇`: a bare kind after a count of bodies is counted with them — one collective, the count covering both
    if (COUNTED.test(foldScript(before)) && before.length <= 6 && KIND_ALONE.test(foldScript(t))) {
      repairs.push({ kind: 'unitRepaired', raw: t, decision: `「${t}」与前一项「${before}」同在一个数目之下 → ${before}、${t} (one collective)` });
      out[out.length - 1] = `${before}、${t}`;
      continue;
    }
    const carried = /^各/.test(foldScript(before)) && KIND_ALONE.test(foldScript(t));
    if (carried) repairs.push({ kind: 'unitPrefixed', raw: t, decision: `沿用前一项的「各」→ 各${t} (a bare kind after a 各 collective)` });
    out.push(carried ? `各${t}` : t);
  }
  return out;
}

/** A place named on its own (銀川市, 临夏州): a list may give several before the body they share. */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,6}[市州县区盟旗]$/;
/** A place, then its body (`吳忠市人民政府`, `临夏州发展改革部门`): the body's words may be shared by the places before it. */
const PLACE_BODY = /^([\u4e00-\u9fff]{1,6}?[市州县区盟旗])((?:人民)?政府|[\u4e00-\u9fff]{1,10}(?:部门|局|委|办|厅))$/;
const isBarePlace = (token: string): boolean => BARE_PLACE.test(foldScript(token)) && !/^各/.test(token);
/** A place's name printed without its level (哈爾濱, 黑河): a short word that is no unit and names no level. */
const isPlaceStem = (token: string): boolean => /^[\u4e00-\u9fff]{2,4}$/.test(token) && !/[省市区县州盟旗]|^(各|有关|相关)/.test(foldScript(token)) && !looksLikeUnit(token);

/**
 * `銀川市、石嘴山市、吳忠市人民政府` are three governments, `海东市、兰州市、临夏州发展改革部门` three departments: places
 * listed on their own right before a place's body share that body's words (the mirror of a prefix carried down).
 */
function shareBodies(tokens: string[], repairs: UnitRepair[]): string[] {
  const out = shareZones(tokens, repairs);
  for (let i = 0; i < out.length; i += 1) {
    const body = PLACE_BODY.exec(foldScript(out[i] ?? ''));
    if (!body) continue;
    // `哈爾濱、黑河、綏芬河市政府`: places printed without their level before a government share the level too
    const government = /^(?:人民)?政府$/.test(body[2] ?? '');
    const shares = (t: string): boolean => isBarePlace(t) || (government && isPlaceStem(t));
    if (!shares(out[i - 1] ?? '')) continue;
    const words = (out[i] ?? '').slice(body[1]?.length ?? 0);
    const level = (body[1] ?? '').slice(-1);
    let start = i - 1;
    while (start > 0 && shares(out[start - 1] ?? '')) start -= 1;
    // a word without its level is taken for a place when the dataset knows it, or when several stand together (民航、X市政府 is not)
    const stems = out.slice(start, i).filter((t) => !isBarePlace(t));
    if (stems.length === 1 && i - start === 1 && !namesDivision(`${stems[0] ?? ''}${level}`)) continue;
    for (let j = start; j < i; j += 1) {
      const name = `${out[j] ?? ''}${isBarePlace(out[j] ?? '') ? '' : level}${words}`;
      repairs.push({ kind: 'unitRepaired', raw: out[j] ?? '', decision: `与其后的「${out[i] ?? ''}」共用「${words}」→ ${name} (places listed before a body share its words)` });
      out[j] = name;
    }
  }
  return out;
}

/** A place's zone and its committee (`洪洞经济开发区管委会`, `侯马高新区`): the place printed without its level. */
const PLACE_ZONE = /^([\u4e00-\u9fff]{2,4}?)((?:国家级)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|工业园区|产业园区|工业集聚区)(?:管委会|管理委员会)?)$/;
/** Whether a word without its level (侯马, 洪洞) is a place the divisions dataset knows, at any level. */
const namesPlaceStem = (word: string): boolean => isPlaceStem(word) && ['市', '县', '区', '州', '旗'].some((level) => namesDivision(`${word}${level}`));

/**
 * `临汾、侯马、洪洞经济开发区管委会` are three committees: places the dataset knows, printed without their level and listed right
 * before a place's zone, share the zone's words (as places share a body's, below); a word the dataset does not know is left.
 */
function shareZones(tokens: string[], repairs: UnitRepair[]): string[] {
  const out = [...tokens];
  for (let i = 1; i < out.length; i += 1) {
    const zone = PLACE_ZONE.exec(foldScript(out[i] ?? ''));
    if (!zone || !namesPlaceStem(zone[1] ?? '')) continue;
    const words = (out[i] ?? '').slice(zone[1]?.length ?? 0);
    for (let j = i - 1; j >= 0 && namesPlaceStem(foldScript(out[j] ?? '')); j -= 1) {
      const name = `${out[j] ?? ''}${words}`;
      repairs.push({ kind: 'unitRepaired', raw: out[j] ?? '', decision: `与其后的「${out[i] ?? ''}」共用「${words}」→ ${name} (places listed before a zone share its words)` });
      out[j] = name;
    }
  }
  return out;
}

/** Whether the divisions dataset knows a name (`牡丹江市`), as a province, a prefecture or a county. */
const namesDivision = (name: string): boolean => divisionsDataset().byName(foldScript(name)).length > 0;

/** A unit of another place (銀川市人民政府, 临夏州): the level carried down the list before it does not reach past it. */
const namesOtherPlace = (token: string): boolean => BARE_PLACE.test(stem(foldScript(token))) || /^[\u4e00-\u9fff]{1,6}[市州县区盟旗](人民)?政府$/.test(stem(foldScript(token)));

/** Bodies that belong to no local government: vertical and outside bodies keep the name they are printed with. */
const OWN_BODY = /(分局|支行|分行|公司|协会|海关|银保监局|银监局|证监局|保监局|直属库|集团|学院|大学|医院|电力|邮政|铁路|铁路局|总队|支队)$/;

/**
 * The place a department's name opens with when it is printed without its level (无锡国税局, 内蒙古自治区 as 内蒙古…):
 * a province's or prefecture's short name from the divisions dataset, then the body's own name; null when none.
 */
function placeOpening(folded: string): string | null {
  const names = divisionsDataset().shortNames;
  for (let n = Math.min(8, folded.length - 2); n >= 2; n -= 1) {
    const rest = folded.slice(n);
    if (!names.has(folded.slice(0, n))) continue;
    if (!LEVEL.test(rest) && looksLikeUnit(rest)) return folded.slice(0, n);
    // `杭州市发改委`, `吉林市财政局`: the short name with the level it is printed with, carried down as one (→ 杭州市财政局)
    if (/^[省市]/.test(rest) && rest.length > 2 && looksLikeUnit(rest.slice(1))) return folded.slice(0, n + 1);
  }
  return null;
}

/** Whether a name already says where it belongs (a level or place character, a place's name, a vertical or outside body). */
function carriesOwnPlace(name: string): boolean {
  const n = foldScript(name);
  // 市场 (市场监管局, 市场服务中心) is a word, no level
  return /[省市区县州]/.test(n.replace(/市场/g, '')) || /^(各|团|人民银行|人行|有关|相关|中国|国家)/.test(n) || OWN_BODY.test(n) || placeOpening(n) !== null;
}

/** Pinyin a page prints after a character (`藍(lán)`): a reading aid, not part of a name; it has a tone mark. */
const PINYIN = /[（(][a-zü\u00e0-\u00fc\u0101-\u01dc]{0,6}[\u00e0-\u00fc\u0101-\u01dc][a-zü\u00e0-\u00fc\u0101-\u01dc]{0,6}[）)]/;
const PINYIN_ALL = new RegExp(PINYIN.source, 'g');

/** A cell without the pinyin a page printed inside it, and the repair to report; the cell itself when it has none. */
export function withoutPinyin(raw: string): { text: string; repair: UnitRepair | null } {
  if (!PINYIN.test(raw)) return { text: raw, repair: null };
  const text = raw.replace(PINYIN_ALL, '');
  return { text, repair: { kind: 'unitRepaired', raw, decision: `单位名称中的拼音注音不是名称的一部分，已去掉 → ${text}` } };
}

/**
 * `区民政局(区委社会工委)`, `省数据局（省营商局）`: a department followed by a bracket naming another body of its level is one body with
 * two nameplates; it is named by the first (reported). A bracket that is part of a name (`县区政府（管委）`) is kept.
 */
function withoutSecondName(token: string, repairs: UnitRepair[]): string {
  const m = /^(.+?)[（(]([^（）()]{3,16})[）)]$/.exec(token);
  const [outer, inner] = [m?.[1] ?? '', m?.[2] ?? ''];
  if (!m || !looksLikeUnit(outer) || unitKindOf(outer) !== 'department' || !LEVEL.test(foldScript(inner)) || !looksLikeUnit(inner)) return token;
  repairs.push({ kind: 'unitRepaired', raw: token, decision: `括号中的「${inner}」是同一机构的另一块牌子，按「${outer}」计 (one body, two nameplates)` });
  return outer;
}

/** A body named by no place (政府, 人民政府, 党委, 政府(行署)): after a place's party committee or government it is that place's. */
const BARE_BODY = /^((人民)?政府|党委|党工委|管委会)([（(][\u4e00-\u9fff]{1,6}[）)])?$/;
const PLACE_AND_BODY = /^(.{1,12}?)(党委|党工委|(人民)?政府|管委会)$/;

function sharedPlace(token: string, previous: string): string | null {
  if (!BARE_BODY.test(foldScript(token))) return null;
  const m = PLACE_AND_BODY.exec(foldScript(previous));
  return m?.[1] ? `${previous.slice(0, m[1].length)}${token}` : null;
}

/** `市民政局（牵头）`, `市民政局〔牵头〕`, `市民政局【牵头】`, `市民政局〈牵头〉`: a role in brackets after a unit's name marks its role; it is no part of the name. */
const ROLE_MARK = new RegExp(`[（(〔【［[〈<＜](${ROLE_MARK_WORD})[）)〕】］\\]〉>＞]$`);

/** `县发改局(首位单位为牵头单位,下同)`: a remark in brackets after a unit (the list's rule, 下同, a duty) is no part of its name. */
const REMARK_MARK = /[（(]([^（）()]*(单位为牵头|为牵头|下同|为准|负责)[^（）()]*)[）)]$/;

function withoutRemark(token: string, repairs: UnitRepair[]): string {
  const m = REMARK_MARK.exec(foldScript(token));
  if (!m || m.index === 0) return token;
  const bare = token.slice(0, m.index);
  repairs.push({ kind: 'unitUnknown', raw: token, decision: `「${m[1] ?? ''}」是说明，不是单位名称的一部分 → ${bare} (a remark, not a name)` });
  return bare;
}

/** A symbol printed against a name in a list (`★区发改委、统计局`, `区民政局*`): offices mark the lead so. */
const SYMBOL_MARK = /^[★☆▲△※＊*●◆]+|[★☆▲△※＊*●◆]+$/;

/**
 * `★区发改委、统计局`: the names a symbol marks, when not all are marked, lead (标★的为牵头单位, as offices note it) and come
 * first; the symbol is no part of a name. A list whose every name is marked only loses the marks. Null when none is.
 */
function symbolMarks(tokens: string[], repairs: UnitRepair[]): { tokens: string[]; markedLeads: number } | null {
  const marked = tokens.map((t) => SYMBOL_MARK.test(t));
  if (!marked.includes(true)) return null;
  const bare = tokens.map((t) => t.replace(new RegExp(SYMBOL_MARK.source, 'g'), ''));
  if (marked.every(Boolean) || bare.some((t) => t === '')) {
    repairs.push({ kind: 'unitRepaired', raw: tokens.join('、'), decision: `名称前后的符号是标注，不是名称的一部分 → ${bare.join('、')}` });
    return { tokens: bare.filter((t) => t !== ''), markedLeads: 0 };
  }
  const leads = bare.filter((_, i) => marked[i]);
  repairs.push({ kind: 'leadInferred', raw: tokens.join('、'), decision: `名单中只有 ${leads.join('、')} 标有符号：推定为牵头单位（标注符号的为牵头单位），符号不是名称的一部分 (a marked name taken to lead)` });
  return { tokens: [...leads, ...bare.filter((_, i) => !marked[i])], markedLeads: leads.length };
}

/**
 * Tokens without their role marks, the ones marked 牵头 first (`市财政局、市民政局（牵头）` → 市民政局 leads), and how many
 * lead; without marks, the tokens and the count as tokenise found them.
 */
function roleMarks(printed: string[], markedLeads: number, repairs: UnitRepair[]): { tokens: string[]; markedLeads: number } {
  const starred = symbolMarks(printed.map((t) => withoutRemark(t, repairs)), repairs);
  if (starred) return starred;
  const tokens = printed.map((t) => withoutRemark(t, repairs));
  const marks = tokens.map((t) => ROLE_MARK.exec(foldScript(t)));
  if (marks.every((m) => m === null)) return { tokens, markedLeads };
  const bare = tokens.map((t, i) => (marks[i] ? t.slice(0, t.length - (marks[i]?.[0].length ?? 0)) : t));
  const leads = bare.filter((_, i) => /^[（(〔【［[〈<＜](牵头|主办|主责|负总责)/.test(marks[i]?.[0] ?? ''));
  for (const [i, t] of tokens.entries()) if (marks[i]) repairs.push({ kind: 'unitRepaired', raw: t, decision: `「${marks[i]?.[0] ?? ''}」是角色标注，不是名称的一部分 → ${bare[i] ?? ''}` });
  if (leads.length === 0) return { tokens: bare, markedLeads };
  return { tokens: [...leads, ...bare.filter((t) => !leads.includes(t))], markedLeads: leads.length };
}

/** Splits on top-level `；` / `;` (a semicolon inside brackets belongs to a name). */
function topLevelSemicolons(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if ('（([【〔'.includes(ch)) depth += 1;
    else if ('）)]】〕'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '；' || ch === ';')) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.filter((s) => s.trim() !== '');
}

/**
 * A list printed as prose or one cell per line: `市住建委、国土资源局和县区政府（管委）`. Lists joined by `；` (a further
 * label's: `责任单位：市农业农村局；数据提供单位：成调队`) are read one by one: the level carried down one stops at its end.
 */
export function splitUnitList(raw: string): UnitList {
  const text = stripTrailing(raw.trim(), '。.');
  const repairs: UnitRepair[] = [];
  if (text === '') return { mentions: [], markedLeads: 0, repairs };
  const mentions: UnitMention[] = [];
  let markedLeads = 0;
  topLevelSemicolons(text).forEach((segment, k) => {
    const list = splitOneList(segment, repairs);
    if (k === 0) markedLeads = list.markedLeads;
    mentions.push(...list.mentions);
  });
  return { mentions, markedLeads, repairs };
}

/** One list: its tokens, collectives glued, bodies shared, the level prefix carried down. */
function splitOneList(text: string, repairs: UnitRepair[]): { mentions: UnitMention[]; markedLeads: number } {
  // `市人力社保局、市农业农村局分别牵头`: each leads its own part, so all of them lead, as `…牵头` after them says
  // …at the list's end or before the units that assist (`X和Y分别牵头、区发改局`)
  const each = /分别牵头(?=$|[、，,；;])/.exec(foldScript(text));
  if (each) repairs.push({ kind: 'unitRepaired', raw: text.slice(each.index, each.index + 4), decision: '「分别牵头」：所列各单位各自牵头 (each of them leads)' });
  const cut = tokenise(each ? `${text.slice(0, each.index)}牵头${text.slice(each.index + 4)}` : text, repairs);
  const { tokens, markedLeads } = roleMarks(cut.tokens, cut.markedLeads, repairs);
  const mentions: UnitMention[] = [];
  let prefix: string | null = null;
  let leadsLeft = markedLeads;
  let keptLeads = 0;
  for (const printed of shareBodies(eachCarried(joinCollectives(tokens), repairs), repairs)) {
    const isLead = leadsLeft > 0;
    leadsLeft -= 1;
    // `会同有关部门` after 牵头: the joining word is no part of a unit
    let token = printed.slice(/^(会同|和|及)?/.exec(foldScript(printed))?.[0].length ?? 0);
    // `各科室按职责分工落实`: how the units work, not who they are
    const duty = BY_DUTY_END.exec(foldScript(token));
    if (duty && duty.index > 0) {
      repairs.push({ kind: 'unitUnknown', raw: token, decision: `「${token.slice(duty.index)}」说明分工方式，不是单位名称的一部分 → ${token.slice(0, duty.index)}` });
      token = token.slice(0, duty.index);
    }
    // `X牵头，Y配合`: after the units marked to lead, the word of help closing the others names their role, not them
    const help = markedLeads > 0 && !isLead ? HELP_END.exec(foldScript(token)) : null;
    if (help && help.index > 0 && looksLikeUnit(token.slice(0, help.index))) {
      repairs.push({ kind: 'unitRepaired', raw: token, decision: `「${help[0]}」是角色，不是名称的一部分 → ${token.slice(0, help.index)}` });
      token = token.slice(0, help.index);
    }
    // `体育局等相关部门`, `农业厅等省直有关部门`: the unspecified rest is no unit (cut after a word of help: `…等有关部门参加`)
    // …and the rest described at length (`省财政厅等省社会信用体系建设联席会议相关成员单位`): what the others are, not who
    const etc = /^(.+?)等([省市区县州]?(?:直|级|属)?各?(?:有关|相关)?(?:部门|单位|机构))?$/.exec(foldScript(token)) ?? ETC_DESCRIBED.exec(foldScript(token));
    if (etc) {
      token = token.slice(0, etc[1]?.length ?? token.length);
      repairs.push({ kind: 'unitUnknown', raw: printed, decision: `「等${etc[2] ?? ''}」不是具体单位，只保留 ${token}` });
    }
    if (NOT_SPECIFIC.test(foldScript(token))) {
      repairs.push({ kind: 'unitUnknown', raw: token, decision: `「${token}」不是具体单位，未列入 (not a specific unit: dropped)` });
      continue;
    }
    token = withoutSecondName(token, repairs);
    const part = partWordOf(token);
    if (part > 0) {
      repairs.push({ kind: 'unitRepaired', raw: token, decision: `「${token.slice(0, part)}」说明单位的角色，不是名称的一部分 → ${token.slice(part)}` });
      token = token.slice(part);
    }
    // `各市州党委和人民政府`: a bare body after a place's body is that place's too (the mirror of shareBodies)
    const shared = sharedPlace(token, mentions.at(-1)?.name ?? '');
    if (shared) {
      repairs.push({ kind: 'unitRepaired', raw: token, decision: `「${token}」未写地名，与其前的「${mentions.at(-1)?.name ?? ''}」同属一地 → ${shared}` });
      mentions.push({ name: shared, raw: token });
      if (isLead) keptLeads += 1;
      continue;
    }
    const level = LEVEL.exec(foldScript(token));
    const department = unitKindOf(token) === 'department';
    // the prefix is carried as printed (縣 stays 縣 in a traditional copy); a place's name is one too (无锡国税局、地税局)
    const place = level ? null : placeOpening(foldScript(token));
    if (level && department) prefix = token.slice(0, level[0].length);
    else if (place && department && !OWN_BODY.test(foldScript(token))) prefix = token.slice(0, place.length);
    let name = token;
    const previous = mentions.at(-1)?.name ?? '';
    if (GENERIC_LOCAL.test(foldScript(token))) {
      // `各乡镇政府、街道办事处`: a body of a kind, named by no place, is every one of them, as the 各 before it says
      if (/^各/.test(previous)) {
        name = `各${token}`;
        repairs.push({ kind: 'unitRepaired', raw: token, decision: `「${token}」未写地名，承前「${previous}」的「各」→ ${name} (every such body)` });
      }
    } else if (!level && prefix && !carriesOwnPlace(token) && department && !OWN_TOWNSHIP.test(foldScript(token)) && !TOWNSHIP_BODY.test(foldScript(token)) && !COUNTED.test(foldScript(token))) {
      name = `${prefix}${token}`;
      repairs.push({ kind: 'unitPrefixed', raw: token, decision: `沿用前缀「${prefix}」→ ${name}` });
    }
    mentions.push({ name, raw: token });
    if (isLead) keptLeads += 1;
    if (!level && unitKindOf(token) === 'department' && namesOtherPlace(token)) prefix = null;
  }
  return { mentions, markedLeads: keptLeads };
}

/** One list for every unit: the ones marked 牵头 / 会同 lead, else the first listed leads. */
export function splitLeads(list: UnitList): [UnitMention[], UnitMention[]] {
  const n = Math.max(1, list.markedLeads);
  return [list.mentions.slice(0, n), list.mentions.slice(n)];
}

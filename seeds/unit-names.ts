// Unit names: how a name ends (局, 委, 政府 …), what kind of unit it is, and names a space broke glued back (a PDF's cells, a copy that scatters spaces).
import type { Unit } from '../machines/plan';
import { foldScript } from './text';

type UnitKind = Unit['kind'];

export interface UnitMention {
  /** the unit's name after repair (prefix carried, fragments glued) */
  name: string;
  /** the words as printed in the cell */
  raw: string;
}

export interface UnitRepair {
  kind: 'unitRepaired' | 'unitPrefixed' | 'unitUnknown' | 'leadInferred';
  raw: string;
  decision: string;
}

export interface UnitList {
  mentions: UnitMention[];
  /** how many of the first mentions were marked lead by 牵头 or 会同 (`X、Y牵头会同有关部门`, `X、Y会同Z`); 0 when none */
  markedLeads: number;
  repairs: UnitRepair[];
}

/** How a unit's name ends: 局 委 办 厅 会 联 院 部 室 组, 政府, 中心, 街道 … (a parenthesis after them is skipped). */
const UNIT_END = /(局|委|办|厅|会|联|院|部|室|组|政府|大队|支队|总队|中队|(?<![团排梯])队|中心|单位|公司|集团|支行|分行|部门|机构|街道|乡镇|镇街|镇|乡|专班|海关|党校|办事处|管委会|共青团|股|站|台|所|处|馆|司|署|报社|银行|机关|(?<![学专本工理文])科)$/;

/** Drops a trailing parenthetical, `县区政府（管委）` → `县区政府`, to look at how a name ends. */
export const stem = (name: string): string => name.replace(/[（(〔][^（）()〔〕]*[）)〕]$/, '');

/** `村(社区)`, `各村`, `各社区`, `各村居`: the villages and communities of a township, each a unit (a 村委会 answers for it), never a name ending in 村 alone (美丽乡村). */
const VILLAGES = /^各?村[（(](社区|居)[）)]$|^各(行政村|村|社区|村居|村社)$/;

/** `各高等学校`, `各中小学校`: every school of a kind, a collective (a school named alone is as often the work's object: 新建学校). */
const SCHOOLS = /^各[\u4e00-\u9fff]{0,6}(学校|高校|院校)$/;

export const looksLikeUnit = (name: string): boolean => name.length >= 2 && (UNIT_END.test(stem(foldScript(name))) || VILLAGES.test(foldScript(name)) || SCHOOLS.test(foldScript(name)));

/** `各县（市、区）`, `各县区`: every place of those levels, standing for their governments, as a whole name (never where a list is cut: 各區、市政府 is one). */
export const eachPlace = (name: string): boolean => /^各[县市区州盟旗乡镇]{1,3}$/.test(stem(foldScript(name)));

export function unitKindOf(printed: string): UnitKind {
  const name = foldScript(printed);
  if (/^各|县区|成员单位$|^[省市区县]、|^(有关|相关)[省市区县州]、/.test(name)) return 'collective';
  if (/(协会|商会|公司|集团|学院|大学)$/.test(name)) return 'outside';
  return 'department';
}

/** A branch suffix on its own (`洮北分局`), a lone character or a cell starting with 局: the tail of the unit before it. */
const isTail = (t: string): boolean => t.length === 1 || /^(局|分局)/.test(t) || /^[\u4e00-\u9fff]{0,2}分局$/.test(t);

/** A PDF cell: units separated by spaces, some broken across lines (`市场监督管理 局洮北分局`). */
export function splitPdfUnitCell(raw: string): UnitList {
  const repairs: UnitRepair[] = [];
  const pieces = raw
    .trim()
    // (a slash parts names as a space does: `区住建局/区财政局`)
    .split(/[\s/／]+/)
    .filter((p) => p !== '')
    .flatMap((p) => {
      if (!p.includes('区')) return [p];
      const parts = p.split(/(?<=[局委办])(?=区)/);
      if (parts.length > 1) repairs.push({ kind: 'unitRepaired', raw: p, decision: `PDF 漏掉的分隔已补上 → ${parts.join('、')}` });
      return parts;
    });
  // the tail of the name so far decides whether a piece starts a new unit; the name is joined once at the end
  const glued: { tail: string; parts: string[] }[] = [];
  for (const piece of pieces) {
    const last = glued[glued.length - 1];
    if (last && (!looksLikeUnit(last.tail) || isTail(piece))) {
      last.tail = `${last.tail}${piece}`.slice(-40);
      last.parts.push(piece);
    } else {
      glued.push({ tail: piece.slice(-40), parts: [piece] });
    }
  }
  const mentions = glued.map(({ parts }) => {
    const name = parts.join('');
    const rawWords = parts.join(' ');
    if (parts.length > 1) repairs.push({ kind: 'unitRepaired', raw: rawWords, decision: `PDF 断开的单位名已拼合 → ${name}` });
    return { name, raw: rawWords };
  });
  return { mentions, markedLeads: 0, repairs };
}

/**
 * `市 住建局`, `伏羲 山管委 会`: a copy that scatters spaces through its words leaves them inside a name of a list; the
 * pieces are glued while the name so far does not end like a unit (or the piece is a tail, `局`), so names a space
 * separates (`区国投集团 各有关乡镇(街道)`) stay apart. Each glued name is reported.
 */
export function spacedNames(token: string, repairs: UnitRepair[]): string[] {
  const pieces = token.split(/[ \t\u3000]+/).filter((p) => p !== '');
  if (pieces.length < 2) return runTogether(token, repairs);
  const names: string[][] = [];
  for (const piece of pieces) {
    const last = names.at(-1);
    if (last && (!looksLikeUnit(last.join('')) || isTail(piece))) last.push(piece);
    else names.push([piece]);
  }
  for (const parts of names) if (parts.length > 1) repairs.push({ kind: 'unitRepaired', raw: parts.join(' '), decision: `名称中的空格不是分隔，已拼合 → ${parts.join('')} (spaces inside a name)` });
  return names.map((parts) => parts.join('')).flatMap((name) => runTogether(name, repairs));
}

/**
 * `区发改局区统计局`, `市行政审批局市司法局`: a cell that prints two names with no mark between them, each opening with the same
 * level and the first ending as a unit does, is two units (reported). `市委市政府督查室` (a two-character 市委) and `市工商局市场科`
 * (市场 is no level) stay one name.
 */
const RUN_TOGETHER = /^([省市县区])([\u4e00-\u9fff]{2,12}?(?:局|委|办|厅|中心|院|馆|站|所|队|公司))(?=\1(?!场|域|级|直|属|内|外))/;

function runTogether(token: string, repairs: UnitRepair[]): string[] {
  const parts: string[] = [];
  let rest = token;
  for (let m = RUN_TOGETHER.exec(foldScript(rest)); m; m = RUN_TOGETHER.exec(foldScript(rest))) {
    const first = rest.slice(0, m[0].length);
    const second = rest.slice(m[0].length);
    if (!looksLikeUnit(first) || !looksLikeUnit(second)) break;
    parts.push(first);
    rest = second;
  }
  if (parts.length === 0) return [token];
  repairs.push({ kind: 'unitRepaired', raw: token, decision: `一格中两个单位名称连写，未加分隔 → ${[...parts, rest].join('、')} (names run together)` });
  return [...parts, rest];
}

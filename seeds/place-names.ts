// Whether a unit's name opens with a province's or a city's name (辽宁金融监管局, 无锡国税局): such a unit says its own place.
import { divisionsDataset } from './divisions';
import { foldScript } from './text';

/** How a province or a prefecture-level city is named after its short name (辽宁 + 省, 无锡 + 市, 广西 + 壮族自治区). */
const SUFFIXES = ['省', '市', '自治区', '壮族自治区', '回族自治区', '维吾尔自治区'] as const;

/**
 * The place a name opens with, as printed (`无锡国税局` → `无锡`, `杭州市发改委` → `杭州市`), when those characters and a suffix name a province or a
 * prefecture in the divisions dataset and the rest is a body of its own (国税局); null otherwise.
 */
export function placeOpening(name: string, isBody: (rest: string) => boolean): string | null {
  const folded = foldScript(name);
  const data = divisionsDataset();
  for (let n = 2; n <= 4 && n < folded.length - 1; n += 1) {
    const stem = folded.slice(0, n);
    const suffixes = SUFFIXES.filter((s) => data.byName(`${stem}${s}`).some((d) => d.tier === 'province' || d.tier === 'prefecture'));
    if (suffixes.length === 0) continue;
    // `杭州市发改委`, `吉林市财政局` (not 吉林 + 省): the place as printed, with the suffix the name goes on with
    const printed = suffixes.find((s) => folded.startsWith(s, n));
    const opening = printed ? n + printed.length : n;
    if (isBody(folded.slice(opening))) return name.slice(0, opening);
  }
  return null;
}

/** Whether the divisions dataset knows a name (`牡丹江市`), as a province, a prefecture or a county. */
export const namesDivision = (name: string): boolean => divisionsDataset().byName(foldScript(name)).length > 0;

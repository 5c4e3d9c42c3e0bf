// Reading a document's bytes as text, and the small text helpers every layout parser shares.
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import { ImportError } from './errors';

/** Offset of the first byte that does not belong to well-formed UTF-8, or -1; one pass over the bytes. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const [need, min] = b < 0x80 ? [0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [-1, 0];
    if (need < 0 || i + need >= bytes.length) return i;
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** The encodings a text file is read in besides UTF-8: Windows' "Unicode" (UTF-16 with its byte-order mark) and GB18030 (GBK). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Whether bytes read as GB18030 look like Chinese text: four two-byte characters at least, three in five of them GB2312's
 * punctuation (lead byte A1–A9) or its 3,755 common characters (B0–D7). UTF-8 Chinese read so falls mostly in the rare
 * characters (its lead bytes E4–E9), so a UTF-8 file with a broken byte is refused as such, not read as mojibake.
 */
function looksLikeGbText(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const next = bytes[i + 1] ?? 0;
    if (b < 0x80) i += 1;
    else if (next >= 0x30 && next <= 0x39) i += 4;
    else {
      pairs += 1;
      if ((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xd7)) common += 1;
      i += 2;
    }
  }
  return pairs >= 4 && common >= 0.6 * pairs;
}

/** Text in GB18030 (GBK, GB2312: what Chinese Windows saves as ANSI), when the bytes decode so without error and look like Chinese. */
function gb18030(input: Uint8Array): string | null {
  if (!looksLikeGbText(input)) return null;
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(input);
    return /[\u4e00-\u9fff]/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/**
 * Decodes a text document and says in what: UTF-8 (a byte-order mark dropped), UTF-16 with its byte-order mark, or, when the
 * bytes are no UTF-8 but well-formed GB18030 holding Chinese, GB18030. Refuses empty and binary input (NUL bytes outside
 * UTF-16, invalid text with its byte offset, control characters).
 */
export function decodeText(input: Uint8Array | string, file: string): { text: string; encoding: TextEncoding } {
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  if (typeof input === 'string') {
    text = input;
  } else if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    encoding = input[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(input);
    } catch {
      throw new ImportError('BINARY_DOCUMENT', file, null, `a byte-order mark of ${encoding.toUpperCase()}, but the bytes after it are not ${encoding.toUpperCase()} text`);
    }
  } else {
    const nul = input.indexOf(0);
    if (nul >= 0) throw new ImportError('BINARY_DOCUMENT', file, null, `a NUL byte at byte offset ${nul}: not a text document`);
    const bad = firstInvalidUtf8(input);
    if (bad < 0) text = new TextDecoder('utf-8').decode(input);
    else {
      const gb = gb18030(input);
      if (gb === null) throw new ImportError('BINARY_DOCUMENT', file, null, `not valid UTF-8 (nor GB18030 / GBK) text: byte offset ${bad} (0x${(input[bad] ?? 0).toString(16).padStart(2, '0')}) starts no well-formed character`);
      text = gb;
      encoding = 'gb18030';
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError('EMPTY_DOCUMENT', file, null, 'the document holds no text');
  const first = text.search(/[\u0000-\u0008\u000E-\u001F]/);
  if (first >= 0) {
    const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
    const line = text.slice(0, first).split('\n').length;
    throw new ImportError('BINARY_DOCUMENT', file, line, `${controls} control characters: not a text document`);
  }
  return { text, encoding };
}

/**
 * `s` without the characters of `chars` at its end, by a loop: `/[。.]+$/` backtracks over every run of
 * those characters inside a line, which is quadratic on a long run.
 */
export function stripTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] ?? '')) end -= 1;
  return s.slice(0, end);
}

/**
 * Traditional characters folded to simplified, one for one, from OpenCC's tables (a page copied by a mirror in traditional
 * script says 牽頭 and 負責; a Taiwan or Hong Kong form, 內 or 裡, is folded through its standard form first). Only a
 * character that folds to one character of the same length is taken, so indices stay aligned with the original and a
 * reader finds words in the folded text and cuts the printed one. A character that is its own simplified form stays.
 */
const FOLD: ReadonlyMap<string, string> = (() => {
  const pairs = (dict: string): [string, string][] => dict.split('|').map((e) => e.split(' ')).map(([from = '', to = '']) => [from, to]);
  const single = (c: string): boolean => c.length === 1;
  const variants = new Map([...pairs(TW_VARIANTS_REV), ...pairs(HK_VARIANTS_REV)].filter(([a, b]) => single(a) && single(b)));
  const simplified = new Map(pairs(TS_CHARACTERS).filter(([a, b]) => single(a) && single(b) && a !== b));
  const fold = new Map<string, string>();
  for (const c of new Set([...variants.keys(), ...simplified.keys()])) {
    const standard = variants.get(c) ?? c;
    const to = simplified.get(standard) ?? standard;
    if (to !== c) fold.set(c, to);
  }
  return fold;
})();
const escapeClass = (c: string): string => (/[\\\]^-]/.test(c) ? `\\${c}` : c);
const FOLDABLE = new RegExp(`[${[...FOLD.keys()].map(escapeClass).join('')}]`);
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g');

/** Text with its traditional characters folded to simplified, one for one (see FOLD): the text the readers' words are found in. */
export function foldScript(s: string): string {
  return FOLDABLE.test(s) ? s.replace(FOLDABLE_ALL, (ch) => FOLD.get(ch) ?? ch) : s;
}

export const splitLines = (text: string): string[] => text.split(/\r?\n/);

export const isBlank = (line: string): boolean => line.trim() === '';

/** Header words compare without spaces: `工　　　作　　　任　　　务` is 工作任务. */
export const squeeze = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** A header or label word as its patterns see it: without spaces, in simplified script (`工作要點` is 工作要点). */
export const wordOf = (s: string): string => foldScript(squeeze(s));

const CJK = '[\\u4e00-\\u9fff，。、；：“”（）《》]';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK})[ \\t\\u3000]+(?=${CJK})`, 'g');

/** Text of a PDF cell without the spaces its line breaks left between Chinese characters. */
export const cleanCellText = (s: string): string => s.trim().replace(SPACE_BETWEEN_CJK, '');

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → 1 … 99; null when it is not a Chinese numeral. */
export function chineseNumeral(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? (DIGITS[a] ?? null) : null;
  return (a ? (DIGITS[a] ?? 0) : 1) * 10 + (b ? (DIGITS[b] ?? 0) : 0);
}

/** A section heading `一、主要任务部分` → its numeral and title. */
export function sectionHeading(s: string): { id: string; title: string } | null {
  const m = /^([一二三四五六七八九十]+)、(.*)$/.exec(s.trim());
  return m ? { id: m[1] ?? '', title: s.trim() } : null;
}

/** How many brackets a text leaves open (`（牵头单位：X；` one, `（X牵头）` none), `before` of them open where it starts: a wrapped line it ends goes on on the next. */
export function openBrackets(text: string, before = 0): number {
  let open = before;
  for (const ch of text) {
    if ('（(〔[【'.includes(ch)) open += 1;
    else if ('）)〕]】'.includes(ch) && open > 0) open -= 1;
  }
  return open;
}

// Word's automatic numbering (word/numbering.xml): the number a paragraph shows but its text does not hold (`一、` `1.` `（1）` `①`).
import { Parser } from 'htmlparser2';

interface Level {
  start: number;
  format: string;
  text: string;
}

/** The numbers of a document's numbered paragraphs, counted in reading order as Word counts them. */
export interface Numbering {
  /** the label of the next paragraph of list `numId` at level `ilvl` (`1.`, `（二）`), or null for a bullet or an unknown list */
  next(numId: string, ilvl: number): string | null;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; past 99, the digits. */
function chineseNumeral(n: number): string {
  if (n <= 0 || n > 99) return String(n);
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (CHINESE_DIGITS[tens] ?? '')}十${ones === 0 ? '' : (CHINESE_DIGITS[ones] ?? '')}`;
}

function roman(n: number): string {
  const marks: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, mark] of marks) for (; rest >= value; rest -= value) out += mark;
  return out;
}

/** A counter's value in a level's format (w:numFmt); null for a format that prints no number (bullet). */
function formatted(n: number, format: string): string | null {
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumeral(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(0x61 + ((n - 1) % 26));
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return null;
  }
}

/** Reads word/numbering.xml (absent: no paragraph is numbered); unknown lists and levels give null. */
export function readNumbering(xml: string | null): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const lists = new Map<string, string>();
  if (xml) {
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let num: string | null = null;
    const parser = new Parser(
      {
        onopentag(name, attrs) {
          const val = attrs['w:val'] ?? '';
          if (name === 'w:abstractnum') {
            abstract = new Map();
            abstracts.set(attrs['w:abstractnumid'] ?? '', abstract);
          } else if (name === 'w:lvl' && abstract) {
            level = { start: 1, format: 'decimal', text: '' };
            abstract.set(Number(attrs['w:ilvl'] ?? 0), level);
          } else if (name === 'w:start' && level) level.start = Number(val) || 0;
          else if (name === 'w:numfmt' && level) level.format = val;
          else if (name === 'w:lvltext' && level) level.text = val;
          else if (name === 'w:num') num = attrs['w:numid'] ?? null;
          else if (name === 'w:abstractnumid' && num !== null) lists.set(num, val);
        },
        onclosetag(name) {
          if (name === 'w:lvl') level = null;
          else if (name === 'w:abstractnum') abstract = null;
          else if (name === 'w:num') num = null;
        },
      },
      { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    parser.write(xml);
    parser.end();
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const levels = abstracts.get(lists.get(numId) ?? '');
      const level = levels?.get(ilvl);
      if (!levels || !level || formatted(1, level.format) === null) return null;
      const counts = counters.get(numId) ?? [];
      counters.set(numId, counts);
      counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
      // a higher level's next number starts the levels under it again
      counts.length = ilvl + 1;
      return level.text.replace(/%([1-9])/g, (_, k: string) => {
        const at = Number(k) - 1;
        const of = levels.get(at);
        return of ? (formatted(counts[at] ?? of.start, of.format) ?? '') : '';
      });
    },
  };
}

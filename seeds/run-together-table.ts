// A table's text whose cells a copy ran together with no separator: the header a string of column words
// (实事内容工作任务责任单位进展情况), each row its work's sentence, its units and the rest straight after them.
import type { Block, RowBlock, TextBlock } from './blocks';
import { fieldOf, type Field } from './columns';
import { eachPlace, looksLikeUnit } from './unit-names';

/** How long one run-together header word can be, and how long the header line. */
const MAX_WORD = 8;
const MAX_HEADER = 60;
/** How long a unit name read off the front of a run of text can be. */
const MAX_NAME = 20;

/** How much a cut word is worth: a header's words are mostly of four characters (工作任务, 责任单位), a few of two or three (序号, 一季度). */
const worth = (word: string): number => (word.length === 4 ? 2 : word.length <= 3 ? 1 : 0);

/**
 * The column words a line is made of, end to end, or null when it is not all column words. Of the ways to cut it the one worth
 * most is taken: a long stretch may read as one word (实事内容工作任务 ends like a task column) where the header has two.
 */
function columnWords(line: string): string[] | null {
  const t = line.replace(/[\s\u3000]/g, '');
  if (t.length < 4 || t.length > MAX_HEADER) return null;
  // best[i]: the most worth covering t[0, i), and where the last word starts
  const best: ({ worth: number; from: number } | null)[] = Array.from({ length: t.length + 1 }, () => null);
  best[0] = { worth: 0, from: 0 };
  for (let i = 0; i < t.length; i += 1) {
    const here = best[i];
    if (!here) continue;
    for (let n = 2; n <= MAX_WORD && i + n <= t.length; n += 1) {
      const word = t.slice(i, i + n);
      if (fieldOf(word) === null) continue;
      const next = best[i + n];
      if (!next || next.worth < here.worth + worth(word)) best[i + n] = { worth: here.worth + worth(word), from: i };
    }
  }
  if (!best[t.length]) return null;
  const words: string[] = [];
  for (let end = t.length; end > 0; end = best[end]?.from ?? 0) words.unshift(t.slice(best[end]?.from ?? 0, end));
  return words;
}

/** A name a list of this kind may hold: a unit, a collective (各平台, 相关镇街), or a place's government (各县区). */
const isName = (t: string): boolean =>
  t.length >= 2 && t.length <= MAX_NAME && !/[\d.。，,、；;：:]/.test(t) && (looksLikeUnit(t) || eachPlace(t) || /^(各|相关|有关)?[\u4e00-\u9fff]{0,6}(单位|部门|镇街|街道|乡镇|平台|园区|机构)$/.test(t));

/**
 * The units a run of text opens with (`区残联,相关镇街1.完成第一批申报…` → `区残联,相关镇街`) and the text after them; null when it
 * opens with no unit. A name runs up to a comma or 、, or, where the text runs on without one, to its longest front that is a name.
 */
function leadingUnits(text: string): { units: string; rest: string } | null {
  const t = text.trim();
  let at = 0;
  let end = 0;
  while (at < t.length) {
    const stop = t.slice(at).search(/[,，、]/);
    const token = stop < 0 ? t.slice(at) : t.slice(at, at + stop);
    if (isName(token)) {
      end = at + token.length;
      if (stop < 0) break;
      at += stop + 1;
      continue;
    }
    let n = Math.min(token.length - 1, MAX_NAME);
    while (n >= 2 && !isName(token.slice(0, n))) n -= 1;
    if (n >= 2) end = at + n;
    break;
  }
  return end === 0 ? null : { units: t.slice(0, end), rest: t.slice(end).replace(/^[,，、]/, '').trim() };
}

interface Row {
  cells: [string, string, string];
  line: number;
}

/**
 * Row blocks for such a table (its header, then a row per work sentence followed by units, on its line or the next), and the
 * lines of the rows for the report; null when the blocks hold none. Whatever follows a row's units, to the next row, is its last
 * cell (进展情况 and the like), never units.
 */
export function runTogetherRows(blocks: readonly Block[]): { blocks: Block[]; rows: number[] } | null {
  const texts = blocks.filter((b): b is TextBlock => b.kind === 'text' && b.text.trim() !== '' && !/^[?？]+$/.test(b.text.trim()));
  const at = texts.findIndex((b) => {
    const words = columnWords(b.text);
    const fields = words?.map((w) => fieldOf(w)) ?? [];
    return words !== null && words.length >= 3 && fields.includes('text') && fields.some((f) => f === 'lead' || f === 'units');
  });
  const head = texts[at];
  if (!head) return null;
  const words = columnWords(head.text) ?? [];
  const fields = words.map((w) => fieldOf(w) as Field);
  const unitAt = fields.findIndex((f) => f === 'lead' || f === 'units');
  const textWord = words[fields.slice(0, unitAt).lastIndexOf('text')] ?? words[fields.indexOf('text')] ?? '工作任务';
  const rows: Row[] = [];
  let pending: TextBlock | null = null;
  for (const b of texts.slice(at + 1)) {
    const line = b.text.trim();
    // a line of column words under the header (一季度二季度三季度四季度) is part of it
    if (rows.length === 0 && !pending && columnWords(line)) continue;
    const stop = line.indexOf('。');
    const after = stop >= 0 ? leadingUnits(line.slice(stop + 1)) : null;
    if (after) {
      rows.push({ cells: [line.slice(0, stop + 1), after.units, after.rest], line: b.line });
      pending = null;
      continue;
    }
    const own = pending ? leadingUnits(line) : null;
    if (pending && own) {
      rows.push({ cells: [pending.text.trim(), own.units, own.rest], line: pending.line });
      pending = null;
      continue;
    }
    // a sentence with no units after it: the next line may hold them; else it (and any sentence held before) is the last row's rest
    const last = rows.at(-1);
    if (pending && last) last.cells[2] = `${last.cells[2]}${pending.text.trim()}`;
    pending = stop === line.length - 1 ? b : null;
    if (!pending && last) last.cells[2] = `${last.cells[2]}${line}`;
  }
  if (rows.length === 0) return null;
  const header: RowBlock = { kind: 'row', cells: [textWord, words[unitAt] ?? '责任单位', words.slice(unitAt + 1).join('') || '备注'], line: head.line, origin: 'structured' };
  const before = blocks.filter((b) => b.line < head.line);
  return { blocks: [...before, header, ...rows.map((r): Block => ({ kind: 'row', cells: [...r.cells], line: r.line, origin: 'structured' }))], rows: rows.map((r) => r.line) };
}

// Header cells a web table wraps, copied one paragraph each: a narrow cell's words over two paragraphs, a second header row printed after the first.
import type { Block } from './blocks';
import { cellTextOf, type CellEntry } from './cell-rows';
import { DATED_WORD, fieldOf, isHeaderWord, type Field } from './columns';
import { headerFields } from './items';
import { isBlank, squeeze, wordOf } from './text';

/** A two-character header paragraph that is no column name on its own (责任, 领导, 科室, 工作, 内容): part of a cell wrapped over two paragraphs. */
const WHOLE_SHORT = /^(序号|编号|备注|类别|大类|领域|项目|事项|指标|时限|时间|进度|单位|地区)$/;
const isFragment = (text: string): boolean => squeeze(text).length <= 2 && !WHOLE_SHORT.test(wordOf(text));

/** The non-blank paragraphs from block `i` on, up to `limit` of them. */
function paragraphsFrom(blocks: readonly Block[], i: number, limit: number): CellEntry[] {
  const out: CellEntry[] = [];
  for (let j = i; j < blocks.length && out.length < limit; j += 1) {
    const b = blocks[j];
    if (b?.kind !== 'text') break;
    if (!isBlank(b.text)) out.push({ text: cellTextOf(b.text).trim(), line: b.line });
  }
  return out;
}

/**
 * How many paragraphs the first row prints, where the header is followed by row 1 (or N) and row 2 starts with 2 (N + 1), or the
 * text ends after row 1 (every paragraph a cell); null when the rows do not show it.
 */
function firstRowWidth(paragraphs: readonly CellEntry[]): number | null {
  // (an excerpt or a later part of a long table starts at its own number: 108 over 109)
  const first = /^\d{1,4}$/.test(paragraphs[0]?.text ?? '') ? Number(paragraphs[0]?.text) : null;
  if (first === null || first === 0) return null;
  const next = paragraphs.findIndex((p, k) => k > 0 && p.text === String(first + 1));
  if (next < 0) return first === 1 && paragraphs.length > 1 ? paragraphs.length : null;
  if (next <= 1) return null;
  if (first === 1) return next;
  // …where the rows after it are as wide (a row may leave its last cell blank: one row alone does not show the width)
  const after = paragraphs.findIndex((p, k) => k > next && p.text === String(first + 2));
  return after < 0 || after - next === next ? next : null;
}

/**
 * Header cells as a web table wraps them, copied one paragraph each: a narrow cell's words over two paragraphs
 * (`责任` / `领导`, `攻坚目标` / `任务`), and a second header row naming the columns of a cell that spans them, printed after
 * the first row's last cell (`重点工作` over `工作` / `内容` · `主要任务`). Only where the first row shows it: the header's
 * paragraphs, up to the row's 序号 1, outnumber the row's cells; then the header is read as the row's width asks,
 * with the fewest wrapped words left apart. Null when the header needs no repair or the rows do not show one.
 */
export function wrappedHeader(blocks: readonly Block[], run: CellEntry[], end: number): { end: number; fields: Field[]; cells: CellEntry[]; note: string } | null {
  // the run may stop at a word no list uses whose next is none either (工作任务安排 · 第二季度): the header runs on to row 1
  const cells = [...run];
  let j = end;
  for (; j < blocks.length; j += 1) {
    const b = blocks[j];
    if (b?.kind !== 'text') return null;
    if (isBlank(b.text)) continue;
    const t = cellTextOf(b.text).trim();
    if (/^\d{1,4}$/.test(t) || !isHeaderWord(t) || cells.length > 30) break;
    cells.push({ text: t, line: b.line });
  }
  const width = firstRowWidth(paragraphsFrom(blocks, j, 400));
  if (width === null || cells.length <= width || cells.length < 4) return null;
  const spanned = spanningSubHeader(cells, width);
  // …or one cell more than the row prints, where that one is a column of no role (项目类别, a category its first row holds
  // merged): the rows are then placed over the columns by what their cells hold
  const wider = (): CellEntry[] | null => {
    const read = rejoinWrapped(cells, width + 1);
    return read && headerFields(read.map((c) => c.text))?.includes('other') ? read : null;
  };
  const joined = spanned ?? rejoinWrapped(cells, width) ?? wider();
  const fields = joined ? headerFields(joined.map((c) => c.text)) : null;
  if (!joined || !fields) return null;
  const how = spanned ? '表头第二行印在第一行之后，细分其上方跨栏的单元格' : '表头单元格折成两段印出';
  const note = `表头 ${cells.length} 段、首行 ${width} 格：${how}，按 ${joined.length} 栏读作「${joined.map((c) => c.text).join('、')}」 (a header's cells wrapped over paragraphs)`;
  return { end: j, fields, cells: joined, note };
}

/**
 * A paragraph that may be half a wrapped cell: a fragment (责任), words no list uses, or a part of the year (第二季度, which
 * heads a quarterly plan's column on its own but may open a wrapped one: 第二季度 / 完成情况); a whole column word is not.
 */
const isLoose = (text: string): boolean => isFragment(text) || fieldOf(text) === null || DATED_WORD.test(wordOf(text));

/**
 * Two paragraphs read as one cell when one of them is loose and their words make a column word keeping a part's
 * field (责任 + 领导 → 责任领导, 第二季度 + 完成情况); two whole column words (具体措施 · 完成时限) are two cells.
 */
function joinable(a: string, b: string): boolean {
  const field = fieldOf(a + b);
  // (two short whole words may be one wrapped cell where their join is a column word: 项目 / 类别; the cost of the pair says so)
  const short = squeeze(a).length <= 2 && squeeze(b).length <= 2;
  if (field === null || !isHeaderWord(a + b) || fieldOf(a) === 'no' || fieldOf(b) === 'no' || (!isLoose(a) && !isLoose(b) && !short)) return false;
  return field === fieldOf(a) || field === fieldOf(b);
}

/** A pair's cost: a part that is a column word of another field than the pair's is a whole cell, not a wrapped one. */
const pairCost = (a: string, b: string): number => [a, b].filter((p) => !isFragment(p) && fieldOf(p) !== null && fieldOf(p) !== fieldOf(a + b)).length;

/**
 * The header's paragraphs as `width` cells, each one paragraph or two joined: the reading that leaves the fewest
 * fragments (责任, 领导) on their own and joins the fewest whole words, the earliest joins first; null when none fits.
 */
function rejoinWrapped(cells: readonly CellEntry[], width: number): CellEntry[] | null {
  type Best = { cost: number; starts: number[] } | null;
  const memo = new Map<string, Best>();
  const better = (x: Best, y: Best): Best => {
    if (!x) return y;
    if (!y) return x;
    if (x.cost !== y.cost) return x.cost < y.cost ? x : y;
    const k = x.starts.findIndex((s, i) => s !== y.starts[i]);
    return k < 0 || (x.starts[k] ?? Infinity) < (y.starts[k] ?? Infinity) ? x : y;
  };
  const go = (i: number, left: number): Best => {
    if (i === cells.length) return left === 0 ? { cost: 0, starts: [] } : null;
    if (left === 0 || cells.length - i < left || cells.length - i > 2 * left) return null;
    const key = `${i}:${left}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    const a = cells[i]?.text ?? '';
    const single = go(i + 1, left - 1);
    let best: Best = single && { cost: single.cost + (isFragment(a) ? 2 : 0), starts: single.starts };
    const b = cells[i + 1]?.text;
    if (b !== undefined && joinable(a, b)) {
      const pair = go(i + 2, left - 1);
      best = better(pair && { cost: pair.cost + pairCost(a, b), starts: [i, ...pair.starts] }, best);
    }
    memo.set(key, best);
    return best;
  };
  const best = go(0, width);
  if (!best) return null;
  const out: CellEntry[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] as CellEntry;
    const next = cells[i + 1];
    if (best.starts.includes(i) && next) {
      out.push({ text: `${cell.text}${next.text}`, line: cell.line });
      i += 1;
    } else out.push(cell);
  }
  return out;
}

/**
 * `序号 · 重点工作 · … · 备注 · 工作 · 内容 · 主要任务`: the header's last paragraphs (wrapped words joined) name columns of one
 * field, the field of the one cell before them that spans them (重点工作, the work): they take that cell's place. Where
 * the row is as wide as the header so read, or one cell narrower (a last empty cell printed as a blank paragraph).
 */
function spanningSubHeader(cells: readonly CellEntry[], width: number): CellEntry[] | null {
  for (let s = cells.length - 2; s >= 3; s -= 1) {
    const rest = cells.slice(s);
    // the fewest cells the last paragraphs make with no wrapped word left on its own
    const sub = rest.map((_, k) => rejoinWrapped(rest, k + 1)).find((x) => x !== null && x.every((c) => !isFragment(c.text))) ?? null;
    const field = fieldOf(sub?.[0]?.text ?? '');
    if (!sub || sub.length < 2 || field === null || !sub.every((c) => fieldOf(c.text) === field)) continue;
    const top = cells.slice(0, s);
    const spanning = top.map((c, k) => (k > 0 && fieldOf(c.text) === field ? k : -1)).filter((k) => k >= 0);
    if (spanning.length !== 1) continue;
    const at = spanning[0] as number;
    const header = [...top.slice(0, at), ...sub, ...top.slice(at + 1)];
    if (header.length === width || header.length === width + 1) return header;
  }
  return null;
}

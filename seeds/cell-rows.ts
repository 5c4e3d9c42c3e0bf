// Rows of a table copied one cell a paragraph: cut at each 序号 in turn, and a row whose paragraphs are not one per column placed by what each holds.
import type { Block } from './blocks';
import type { Field } from './columns';
import { ImportError } from './errors';
import { numberMark } from './marks';
import { foldScript, sectionHeading } from './text';
import { looksLikeUnit, splitUnitList } from './unit-list';

/** A web table copied one cell per line may end each cell with `|`: the cell is the text before it, and the `|` ends it. */
export const PIPE_END = /[ \t\u3000]*\|[ \t\u3000]*$/;
export const cellTextOf = (text: string): string => text.replace(PIPE_END, '');

/** `| 序号 |`: a line holding one cell opened and closed by bars, as a text line or the bar row it was read as; null when it is not one. */
function openedCell(b: Block): string | null {
  if (b.kind === 'row') return b.origin === 'structured' && b.cells.length === 2 && b.cells[0] === '' && (b.cells[1] ?? '') !== '' ? (b.cells[1] ?? '') : null;
  return /^\|[ \t\u3000]*([^|]*[^|\s\u3000])[ \t\u3000]*\|$/.exec(b.text.trim())?.[1] ?? null;
}

/**
 * Such a copy may open each row with a bar too (`| 序号 |`, `| 1 |`, then `责任单位 |` …): the first cell of a row is a cell
 * line like the others. Applies only where cell lines closed by `|` are the document's table (six or more of them, no bar
 * row of more than one cell); otherwise the blocks are returned as they are.
 */
export function openedCellLines(blocks: readonly Block[]): readonly Block[] {
  const closed = blocks.filter((b) => b.kind === 'text' && openedCell(b) === null && PIPE_END.test(b.text) && b.text.trim() !== '|').length;
  const wide = blocks.some((b) => b.kind === 'row' && openedCell(b) === null && b.cells.filter((c) => c.trim() !== '').length > 1);
  if (closed < 6 || wide || !blocks.some((b) => openedCell(b) !== null)) return blocks;
  return blocks.map((b): Block => {
    const cell = openedCell(b);
    return cell === null ? b : { kind: 'text', text: `${cell} |`, line: b.line, indented: false };
  });
}

export interface CellEntry {
  text: string;
  line: number;
}

/** One row as the row reader takes it: a cell per column, and which columns the row did not print. */
export interface AlignedRow {
  cells: string[];
  cellLines: number[];
  line: number;
  /** columns this row printed nothing for: an empty cell that left no paragraph, or one spanning rows */
  missing: boolean[];
  /** a row without its own 序号 under a numbered row: a further step of that task (the 序号 cell spans both) */
  continues: boolean;
  /** how the row was placed, for the report; null when its paragraphs were one per column */
  note: string | null;
}

/** `sentence` is text that reads as the work's own words (a full stop, or longer than a heading): no time cell holds it. */
type Kind = 'no' | 'unit' | 'date' | 'person' | 'figure' | 'text' | 'sentence' | 'empty';
const isText = (kind: Kind): boolean => kind === 'text' || kind === 'sentence';
/** How long a paragraph without a stop can be and still be a category or heading cell (公共文化服务, 三建设一整治). */
const SHORT_CELL = 30;

/** A time cell: a month, a quarter, the year's end, a period (12月底前, 9月投入使用, 全年, 长期坚持). */
const DATE_WORDS = /(\d{1,2}月|年底|年内|年中|季度|[上下]半年|全年|底前|日前|\d{4}年|长期|持续|常态)/;
const isDateLike = (t: string): boolean => DATE_WORDS.test(t);
/** A paragraph that opens with its month or quarter and the work's stage (`2月开工`, `一季度开工`, `6月底前完成`). */
const OPENS_DATED = /^((\d{4}年)?\d{1,2}月(底|份|中旬|上旬|下旬)?(前)?|第?[一二三四1-4]季度(末)?)[\u4e00-\u9fff]{0,3}(开工|完成|完工|建成|启动|投用|投入使用|开展|实施)/;
/** A person's name: two to four characters, a space between them allowed (杨 宜). */
const NAME = /^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$/;

/** What a paragraph looks like: a unit list, a date, a person's name, a number, or text. */
function kindOf(text: string, first: boolean): Kind {
  const t = text.trim();
  if (t === '') return 'empty';
  if (first && /^\d+$/.test(t)) return 'no';
  if (!/[。；;！？]/.test(t) && t.length <= 80) {
    // a list of units, most of them named as units are (崇川经济开发区 among 市政局、环卫处 is one too)
    const mentions = splitUnitList(t).mentions;
    const units = mentions.filter((m) => looksLikeUnit(m.name) || /^各/.test(m.name)).length;
    if (units > 0 && units * 2 >= mentions.length) return 'unit';
  }
  // …a date, unless a sentence of more than a date's words (`全年组织开展惠民演出不少于100场。` names the year's work, not its time)
  // — but one that opens with its month or quarter (`2月开工，年内完成主体结构8层以上。`) is the row's stages
  if (t.length <= 24 && isDateLike(t) && (!(/[。；;]$/.test(t) && t.length > 14) || OPENS_DATED.test(foldScript(t)))) return 'date';
  // a figure alone (48414 万元, 12.5%) is a cell of amounts, no work's words
  if (!first && /^[\d.,，%％]+$/.test(t)) return 'figure';
  if (t.split(/[、，,]/).every((p) => NAME.test(p.trim()))) return 'person';
  return /[。；;！？]/.test(t) || t.length > SHORT_CELL ? 'sentence' : 'text';
}

const NO = Number.NEGATIVE_INFINITY;

/** How well a paragraph of a kind fits a column (in thousandths); `NO` when it cannot be there. */
function fit(kind: Kind, field: Field): number {
  if (field === 'no') return kind === 'no' ? 4000 : NO;
  if (kind === 'no') return NO;
  if (kind === 'empty') return 0;
  switch (field) {
    case 'lead':
    case 'units':
    case 'assisting':
      return kind === 'unit' ? 3000 : kind === 'date' ? NO : -4000;
    case 'people':
      return kind === 'person' ? 3000 : -3000;
    case 'schedule':
      return kind === 'date' ? 3000 : kind === 'text' ? 0 : kind === 'unit' ? NO : -3000;
    case 'text':
    case 'measures':
    case 'roles':
      // a short word may be a person's name or the end of a cell run over two paragraphs (比重, 百分点)
      return isText(kind) ? 2000 : kind === 'person' ? 0 : -2000;
    default:
      // a column the reader does not use (指标, 备注) takes a sentence less readily than the work's column beside it,
      // and a figure (总投资) more readily than the work's
      return kind === 'sentence' ? -1000 : kind === 'figure' ? 1000 : 0;
  }
}

const EXTRA = -2000;
/** Paragraphs one cell may run over, counted up to this (each further one as dear as the last). */
const MAX_RUN = 3;
const RESTART = -5000;
const isUnitField = (f: Field): boolean => f === 'lead' || f === 'units' || f === 'assisting';

/**
 * A column the row printed nothing for. Among columns the reader does not use (进展情况, 说明 …, or a second column
 * of a kind, 全年目标任务 after 主要任务) the later one is taken as the empty one, so which of them a paragraph fills
 * never makes a row ambiguous; among the others it can.
 */
const secondary = (fields: readonly Field[], k: number): boolean => fields[k] === 'other' || (!isUnitField(fields[k] ?? 'other') && fields.indexOf(fields[k] ?? 'other') < k);
const skipCost = (fields: readonly Field[], k: number): number => (secondary(fields, k) ? -1000 + k + 1 : -1000);
const skipped = (fields: readonly Field[], from: number, to: number): number => {
  let cost = 0;
  for (let k = from; k < to; k += 1) cost += skipCost(fields, k);
  return cost;
};

interface Step {
  column: number;
  row: number;
}

/**
 * The best placement of a row's paragraphs over the columns, in order: a column may get none (the row printed no
 * cell there), a unit column several (one unit a paragraph), and a text paragraph after the columns it could fill
 * opens a further row without 序号 (its other cells spanning from the row above). Null when no placement fits, or
 * when two different ones fit equally well: then which column a paragraph belongs to is not told by the row.
 */
function place(kinds: readonly Kind[], fields: readonly Field[], startColumn = 0): { steps: Step[]; score: number } | null {
  const n = fields.length;
  // a state: the column of paragraph i, whether a further row was opened (s), and how many more paragraphs the cell took (r)
  interface State {
    s: number;
    r: number;
  }
  interface Best {
    score: number;
    ties: number;
    from: { j: number; q: number; restart: boolean } | null;
  }
  const Q = 2 * (MAX_RUN + 1);
  const q = (st: State): number => st.s * (MAX_RUN + 1) + Math.min(st.r, MAX_RUN);
  const best: Best[][][] = kinds.map(() => fields.map(() => Array.from({ length: Q }, (): Best => ({ score: NO, ties: 0, from: null }))));
  const offer = (i: number, j: number, st: State, score: number, ties: number, from: Best['from']): void => {
    const cell = best[i]?.[j]?.[q(st)];
    if (!cell || score === NO) return;
    if (score > cell.score) Object.assign(cell, { score, ties, from });
    else if (score === cell.score) cell.ties += ties;
  };
  offer(0, startColumn, { s: 0, r: 0 }, fit(kinds[0] ?? 'text', fields[startColumn] ?? 'other'), 1, null);
  for (let i = 1; i < kinds.length; i += 1) {
    const kind = kinds[i] ?? 'text';
    for (let j = 0; j < n; j += 1) {
      for (let pq = 0; pq < Q; pq += 1) {
        const prev = best[i - 1]?.[j]?.[pq];
        if (!prev || prev.score === NO) continue;
        const s = Math.floor(pq / (MAX_RUN + 1));
        const r = pq % (MAX_RUN + 1);
        const field = fields[j] ?? 'other';
        const from = { j, q: pq, restart: false };
        // another paragraph of the same cell: free for a unit in a unit column, else a cell run over paragraphs, each
        // further one dearer (two cells of two paragraphs before one of three); of two cells that could take a run,
        // the earlier one does (a tie broken, never a refusal)
        if (field !== 'no' && field !== 'people') {
          const free = (isUnitField(field) && kind === 'unit') || kind === 'empty';
          offer(i, j, { s, r: free ? r : r + 1 }, prev.score + fit(kind, field) + (free ? 0 : EXTRA * (r + 1) + n - j), prev.ties, from);
        }
        for (let k = j + 1; k < n; k += 1) offer(i, k, { s, r: 0 }, prev.score + fit(kind, fields[k] ?? 'other') + (s === 0 ? skipped(fields, j + 1, k) : 0), prev.ties, from);
        // a further row: the numbered row's columns after this one were not printed
        if (isText(kind)) {
          for (let k = 1; k <= j; k += 1) {
            if (fields[k] === 'text') offer(i, k, { s: 1, r: 0 }, prev.score + fit(kind, 'text') + RESTART + (s === 0 ? skipped(fields, j + 1, n) : 0), prev.ties, { j, q: pq, restart: true });
          }
        }
        // …or a sub-row opening at its own unit cell past the row's last column (项目 and the work's heading spanning it):
        // a unit after a later column than the units' opens it
        if (kind === 'unit') {
          for (let k = 1; k < j; k += 1) {
            if (isUnitField(fields[k] ?? 'other')) offer(i, k, { s: 1, r: 0 }, prev.score + fit(kind, fields[k] ?? 'other') + RESTART + (s === 0 ? skipped(fields, j + 1, n) : 0), prev.ties, { j, q: pq, restart: true });
          }
        }
      }
    }
  }
  const last = kinds.length - 1;
  let end: { j: number; q: number; score: number; ties: number } | null = null;
  for (let j = 0; j < n; j += 1) {
    for (let eq = 0; eq < Q; eq += 1) {
      const cell = best[last]?.[j]?.[eq];
      if (!cell || cell.score === NO) continue;
      const score = cell.score + (eq < MAX_RUN + 1 ? skipped(fields, j + 1, n) : 0);
      if (!end || score > end.score) end = { j, q: eq, score, ties: cell.ties };
      else if (score === end.score) end.ties += cell.ties;
    }
  }
  if (!end || end.ties > 1) return null;
  const path: { column: number; restart: boolean }[] = [];
  let at: { j: number; q: number } | null = { j: end.j, q: end.q };
  for (let i = last; i >= 0 && at; i -= 1) {
    const from: Best['from'] = best[i]?.[at.j]?.[at.q]?.from ?? null;
    path.unshift({ column: at.j, restart: from?.restart ?? false });
    at = from;
  }
  let row = 0;
  return { steps: path.map((p) => ({ column: p.column, row: p.restart ? (row += 1) : row })), score: end.score };
}

/** A row's cells from its placed paragraphs: the paragraphs of one cell joined (units with 、). */
function rowsOf(segment: readonly CellEntry[], steps: readonly Step[], fields: readonly Field[], words: readonly string[]): AlignedRow[] {
  const count = (steps.at(-1)?.row ?? 0) + 1;
  const rows: AlignedRow[] = [];
  for (let r = 0; r < count; r += 1) {
    const parts: CellEntry[][] = fields.map(() => []);
    segment.forEach((cell, i) => {
      const step = steps[i];
      if (step?.row === r) parts[step.column]?.push(cell);
    });
    const cells = parts.map((ps, j) => ps.map((p) => p.text.trim()).join(isUnitField(fields[j] ?? 'other') ? '、' : ''));
    const missing = parts.map((ps) => ps.length === 0);
    const first = parts.find((ps) => ps.length > 0)?.[0];
    const line = first?.line ?? segment[0]?.line ?? 0;
    const skipped = words.filter((_, j) => missing[j]);
    const runs = parts.filter((ps) => ps.filter((p) => p.text.trim() !== '').length > 1).length;
    // a further row (r > 0) is reported where the row reader merges it into its task
    const note =
      r === 0 && (skipped.length > 0 || runs > 0)
        ? `此行 ${segment.length} 段、表头 ${fields.length} 栏：按各段内容对齐${skipped.length > 0 ? `，未印出的栏（${skipped.join('、')}）留空` : ''}${runs > 0 ? `，${runs} 栏跨多段` : ''} (cells placed by what they hold)`
        : null;
    rows.push({ cells, cellLines: parts.map((ps) => ps[0]?.line ?? line), line, missing, continues: r > 0, note });
  }
  return rows;
}


/**
 * Rows of a table without 序号, numbered inside the work's cell: a row starts at the next number; the paragraphs
 * between a row's units and the next number are that next row's cells before the work (类别, spanning rows).
 */
function numberedSegments(cells: readonly CellEntry[], leadIn: number): { lead: CellEntry[]; rest: CellEntry[] }[] {
  const out: { lead: CellEntry[]; rest: CellEntry[] }[] = [];
  let expected = 1;
  let pending: CellEntry[] = [];
  for (const cell of cells) {
    // the item mark a text cell opens with when the table has no 序号 column (`3、四大重点培育产业…`, `（3）…`)
    if (numberMark(cell.text.trim())?.n === expected) {
      expected += 1;
      out.push({ lead: pending.slice(-leadIn), rest: [cell] });
      const kept = pending.slice(0, Math.max(0, pending.length - leadIn));
      const before = out.at(-2);
      if (before) before.rest.push(...kept);
      pending = [];
      continue;
    }
    const current = out.at(-1);
    // a paragraph after a unit (the row's last column) may open the next row; any other continues this one
    if (current && leadIn > 0 && (pending.length > 0 || kindOf(current.rest.at(-1)?.text ?? '', false) === 'unit') && isText(kindOf(cell.text, false))) pending.push(cell);
    else if (current) current.rest.push(...pending.splice(0), cell);
    else pending.push(cell);
  }
  const last = out.at(-1);
  if (last) last.rest.push(...pending);
  return out;
}

/** `(一)` / `（二）`: the mark of a heading under a section, printed in a cell of its own. */
const SUB_HEADING = /^[（(][一二三四五六七八九十]+[）)]$/;

/** Whether a row of paragraphs is a heading, not a task: a `(一)…` heading, or text alone before the first numbered row. */
const isHeadingRow = (segment: readonly CellEntry[], beforeRows: boolean): boolean =>
  /^[（(][一二三四五六七八九十]+[）)]/.test(segment[0]?.text.trim() ?? '') && segment.length === 1 ? true : beforeRows && segment.every((c) => isText(kindOf(c.text, false)));

/**
 * Cuts the paragraphs into rows at each 序号 in turn (the first number found, then the next one), a section heading a
 * row of its own — except right after a row's 序号, where a heading's words are that row's first cell (a 工作内容 cell
 * printed `一、全年主要预期目标`): no heading stands between a row's number and its cells.
 */
/** How far an excerpt's numbering may jump ahead of the count (6 → 52): further is a figure, not a 序号. */
const MAX_SKIP = 200;

function segmentsOf(cells: readonly CellEntry[]): CellEntry[][] {
  const out: CellEntry[][] = [];
  let expected: number | null = null;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] as CellEntry;
    const t = cell.text.trim();
    const current = out.at(-1);
    const afterNumber = current?.length === 1 && /^\d+$/.test(current[0]?.text.trim() ?? '');
    if (sectionHeading(t) && !/^\d+$/.test(t) && !afterNumber) {
      out.push([cell]);
      out.push([]);
      continue;
    }
    // `(一)` a paragraph of its own, its title the next: a heading row between the numbered ones
    const next = cells[i + 1];
    if (SUB_HEADING.test(t) && next && isText(kindOf(next.text, false))) {
      out.push([{ text: `${t}${next.text.trim()}`, line: cell.line }]);
      out.push([]);
      i += 1;
      continue;
    }
    const n = /^\d+$/.test(t) ? Number(t) : null;
    // a list's excerpt numbered as the whole list numbers it (6, 52, 53 …): a larger number before a sentence of work —
    // within a list's length (a figure cell, 3200 万元 before its row's time, is no 序号)
    const skips = n !== null && expected !== null && n > expected && n - expected <= MAX_SKIP && next !== undefined && isText(kindOf(next.text, false)) && next.text.trim().length >= 8;
    if (n !== null && (expected === null || n === expected || skips)) {
      expected = n + 1;
      out.push([cell]);
      continue;
    }
    if (current) current.push(cell);
    else out.push([cell]);
  }
  return out.filter((s) => s.length > 0);
}

/** A row runs over a few paragraphs a column at most; past that the next number is missing, and placing it would cost more than a row's worth. */
function tooLong(segment: readonly CellEntry[], fields: readonly Field[], file: string): void {
  const first = segment[0];
  if (first && segment.length > fields.length * 8 + 16) {
    throw new ImportError('BAD_ROW', file, first.line, `the row 「${first.text.trim().slice(0, 20)}」 runs over ${segment.length} paragraphs: expected the next row's number within ${fields.length * 8 + 16}`);
  }
}

const isRow = (r: AlignedRow | CellEntry): r is AlignedRow => 'cells' in r;

/**
 * `区新兴产业` over `服务中心`, `区综合行政` over `执法局`: a unit's name a narrow cell wraps, copied one paragraph each — the
 * first opens with a level and names no unit, the second is a unit's ending with no place of its own, and the two make one.
 */
function wrappedName(a: string, b: string): boolean {
  const [x, y] = [foldScript(a.trim()), foldScript(b.trim())];
  return /^[省市区县][\u4e00-\u9fff]{1,9}$/.test(x) && /^[\u4e00-\u9fff]{2,6}$/.test(y) && !/^[省市区县镇乡各]/.test(y) && !looksLikeUnit(x) && looksLikeUnit(x + y);
}

/** The paragraphs with each unit name wrapped over two of them made one again, each join given to `joined` for the report. */
export function rejoinedNames(cells: readonly CellEntry[], joined: (cell: CellEntry, from: string[]) => void): CellEntry[] {
  const out: CellEntry[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const [a, b] = [cells[i] as CellEntry, cells[i + 1]];
    if (b && wrappedName(a.text, b.text)) {
      const cell = { text: `${a.text.trim()}${b.text.trim()}`, line: a.line };
      joined(cell, [a.text.trim(), b.text.trim()]);
      out.push(cell);
      i += 1;
    } else out.push(a);
  }
  return out;
}

/** The rows of a table copied one paragraph a cell; a row that cannot be placed is refused with its line. */
export function alignCellRows(cells: readonly CellEntry[], fields: readonly Field[], words: readonly string[], file: string): (AlignedRow | CellEntry)[] {
  if (!fields.includes('no')) return alignNumberedText(cells, fields, words, file);
  const out: (AlignedRow | CellEntry)[] = [];
  for (const segment of segmentsOf(cells)) {
    const first = segment[0];
    if (!first) continue;
    if (segment.length === 1 && sectionHeading(first.text)) {
      out.push(first);
      continue;
    }
    // headings printed as rows without a number (`强化科技创新支撑能力。` over `(一)` `加强…`): each one a heading
    if (!/^\d+$/.test(first.text.trim()) && isHeadingRow(segment, !out.some(isRow))) {
      out.push(...segment);
      continue;
    }
    if (!/^\d+$/.test(first.text.trim())) throw new ImportError('BAD_ROW', file, first.line, `a row must start with its 序号, found 「${first.text}」`);
    tooLong(segment, fields, file);
    const kinds = segment.map((c, i) => kindOf(c.text, i === 0));
    const placed = place(kinds, fields);
    // a row of as many paragraphs as columns stays as printed unless what they hold says otherwise
    const asPrinted = segment.length === fields.length ? kinds.reduce((sum, k, i) => sum + fit(k, fields[i] ?? 'other'), 0) : NO;
    if (asPrinted !== NO && (!placed || asPrinted >= placed.score)) {
      out.push({ cells: segment.map((c) => c.text), cellLines: segment.map((c) => c.line), line: first.line, missing: fields.map(() => false), continues: false, note: null });
      continue;
    }
    if (!placed) {
      throw new ImportError('MISSING_COLUMN', file, first.line, `row ${first.text.trim()} has ${segment.length} cells, the header has ${fields.length}, and what its cells hold does not tell which column each belongs to`);
    }
    const steps = placed.steps;
    out.push(...rowsOf(segment, steps, fields, words));
  }
  return out;
}

/** A table without 序号 whose work cells are numbered: each row placed from its work cell on, its lead-in cells (类别) before. */
function alignNumberedText(cells: readonly CellEntry[], fields: readonly Field[], words: readonly string[], file: string): AlignedRow[] {
  const textAt = fields.indexOf('text');
  const rows: AlignedRow[] = [];
  for (const { lead, rest } of numberedSegments(cells, textAt)) {
    const first = rest[0];
    if (!first) continue;
    tooLong(rest, fields, file);
    const placed = place(
      rest.map((c) => kindOf(c.text, false)),
      fields,
      textAt,
    );
    if (!placed || placed.steps.some((st) => st.row > 0)) {
      throw new ImportError('MISSING_COLUMN', file, first.line, `row 「${first.text.trim().slice(0, 20)}」 has ${rest.length} paragraphs from its work cell on, and what they hold does not tell which column each belongs to`);
    }
    // the lead-in cells it printed (类别) open the row; else they span it from the row above and stay empty
    const leadSteps = lead.map((_, k) => ({ column: textAt - lead.length + k, row: 0 }));
    const [row] = rowsOf([...lead, ...rest], [...leadSteps, ...placed.steps], fields, words);
    if (!row) continue;
    const opened = lead.length > 0 ? `「${lead.map((c) => c.text.trim()).join(' / ')}」在编号之前，作为本行的${words.slice(textAt - lead.length, textAt).join('、')} (the paragraphs before the number open the row)` : null;
    rows.push({ ...row, note: [row.note, opened].filter((x) => x !== null).join('；') || null });
  }
  return rows;
}

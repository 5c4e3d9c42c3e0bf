// Rows of a table copied one cell a paragraph: cut at each 序号 in turn, and a row whose paragraphs are not one per column placed by what each holds.
import type { Block } from './blocks';
import type { Field } from './columns';
import { ImportError } from './errors';
import { numberMark } from './marks';
import { foldScript, sectionHeading, squeeze } from './text';
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
  /** a paragraph after a table's last row that holds no work (a signature, 【打印本页】): text after the table, no task */
  after?: boolean;
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
const isDateLike = (t: string): boolean => DATE_WORDS.test(foldScript(t));
/** A paragraph that opens with its month or quarter and the work's stage (`2月开工`, `一季度开工`, `6月底前完成`). */
const OPENS_DATED = /^((\d{4}年)?\d{1,2}月(底|份|中旬|上旬|下旬)?(前)?|第?[一二三四1-4]季度(末)?)[\u4e00-\u9fff]{0,3}(开工|完成|完工|建成|启动|投用|投入使用|开展|实施)/;
/** Words of work done or counted: `已完成…`, `新增15家…`, `改造260户` — no unit's name holds them (`13个街道、镇` counts bodies: units). */
const WORK_DONE = /^已|\d+\s*(家|个(?!(街道|镇|乡|社区|村|区|县|部门|单位)))|\d+\s*(户|所|处|座|条|项|万|余)/;
/** A person's name: two to four characters, a space between them allowed (杨 宜). */
const NAME = /^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$/;

/** What a paragraph looks like: a unit list, a date, a person's name, a number, or text. */
function kindOf(text: string, first: boolean): Kind {
  const t = text.trim();
  if (t === '') return 'empty';
  if (first && /^\d+$/.test(t)) return 'no';
  // …never a report of work done or a count of things (`已完成新增15家…照料中心` ends as a unit's name does)
  if (!/[。；;！？]/.test(t) && t.length <= 80 && !WORK_DONE.test(foldScript(t))) {
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

/**
 * Which of two columns side by side takes the names printed a line each, where what they hold cannot tell: a column of
 * bodies of no role after the task's units (`评分部门`) takes the fewest; in a table without 序号 (`split`) the lead column
 * takes the fewest of 牵头单位 · 配合单位 (the first name leads, as first listed). Elsewhere the tie stands (and refuses the row).
 */
const nameRunTie = (kind: Kind, fields: readonly Field[], bodies: readonly boolean[], j: number, split: boolean): number => {
  if (kind !== 'unit') return 0;
  if (bodies[j + 1] === true) return 1;
  return split && isUnitField(fields[j + 1] ?? 'other') ? -1 : 0;
};
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
function place(kinds: readonly Kind[], fields: readonly Field[], startColumn = 0, bodies: readonly boolean[] = []): { steps: Step[]; score: number } | null {
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
          offer(i, j, { s, r: free ? r : r + 1 }, prev.score + fit(kind, field) + (free ? nameRunTie(kind, fields, bodies, j, false) : EXTRA * (r + 1) + n - j), prev.ties, from);
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

/**
 * The column of each of a row's whole cells where the row printed fewer than the header has (the others spanning it from
 * above), by what each holds — the placement a row copied a cell a paragraph gets, one cell a column, the first (its 序号)
 * at `first`. Null when no placement fits or two fit equally well.
 */
export function columnsByContent(cells: readonly string[], fields: readonly Field[], first: number): number[] | null {
  const placed = place(cells.map((c, i) => kindOf(c, i === 0)), fields, first);
  if (!placed || placed.steps.some((s) => s.row !== 0)) return null;
  const columns = placed.steps.map((s) => s.column);
  return new Set(columns).size === columns.length ? columns : null;
}

/**
 * A row's cells from its placed paragraphs: the paragraphs of one cell joined (units with 、). Rows after the first are
 * further rows of the first (its 序号 spanning them) unless `ownRows` (a table with no 序号, every row its own).
 */
/** Every row's paragraphs by column (`[row][column]`), in one pass over the paragraphs. */
function placedByRow(segment: readonly CellEntry[], steps: readonly Step[], columns: number): CellEntry[][][] {
  const placed: CellEntry[][][] = Array.from({ length: (steps.at(-1)?.row ?? 0) + 1 }, () => Array.from({ length: columns }, (): CellEntry[] => []));
  segment.forEach((cell, i) => {
    const step = steps[i];
    if (step) placed[step.row]?.[step.column]?.push(cell);
  });
  return placed;
}

function rowsOf(segment: readonly CellEntry[], steps: readonly Step[], fields: readonly Field[], words: readonly string[], ownRows = false): AlignedRow[] {
  const placed = placedByRow(segment, steps, fields.length);
  const count = placed.length;
  const rows: AlignedRow[] = [];
  for (let r = 0; r < count; r += 1) {
    const parts = placed[r] ?? [];
    const cells = parts.map((ps, j) => ps.map((p) => p.text.trim()).join(isUnitField(fields[j] ?? 'other') ? '、' : ''));
    const missing = parts.map((ps) => ps.length === 0);
    const first = parts.find((ps) => ps.length > 0)?.[0];
    const line = first?.line ?? segment[0]?.line ?? 0;
    const skipped = words.filter((_, j) => missing[j]);
    const runs = parts.filter((ps) => ps.filter((p) => p.text.trim() !== '').length > 1).length;
    // a further row (r > 0) is reported where the row reader merges it into its task
    const printedHere = parts.reduce((sum, ps) => sum + ps.length, 0);
    const note =
      (r === 0 || ownRows) && (skipped.length > 0 || runs > 0)
        ? `此行 ${ownRows ? printedHere : segment.length} 段、表头 ${fields.length} 栏：按各段内容对齐${skipped.length > 0 ? `，未印出的栏（${skipped.join('、')}）` : ''}${runs > 0 ? `，${runs} 栏跨多段` : ''} (cells placed by what they hold)`
        : null;
    rows.push({ cells, cellLines: parts.map((ps) => ps[0]?.line ?? line), line, missing, continues: r > 0 && !ownRows, note });
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

/**
 * The paragraphs without the header where the table prints it again (a long table over pages repeats it: 序号 · 项目 · 类别 …
 * between row 119's number and its work): a run of paragraphs whose words, spaces aside, are the header's, 序号 first.
 */
function withoutRepeatedHeader(cells: readonly CellEntry[], words: readonly string[]): CellEntry[] {
  const header = words.map(squeeze).join('');
  const first = squeeze(words[0] ?? '');
  if (header.length < 4 || first === '') return [...cells];
  const out: CellEntry[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    let j = i;
    let text = '';
    if (squeeze(cells[i]?.text ?? '') === first) {
      for (; j < cells.length && text.length < header.length; j += 1) text += squeeze(cells[j]?.text ?? '');
    }
    if (text === header) i = j - 1;
    else out.push(cells[i] as CellEntry);
  }
  return out;
}

/** The rows of a table copied one paragraph a cell; a row that cannot be placed is refused with its line. */
export function alignCellRows(printed: readonly CellEntry[], fields: readonly Field[], words: readonly string[], file: string, bodies: readonly boolean[] = []): (AlignedRow | CellEntry)[] {
  const cells = withoutRepeatedHeader(printed, words);
  if (!fields.includes('no')) return cells.slice(0, 2).some((c) => numberMark(c.text.trim())?.n === 1) ? alignNumberedText(cells, fields, words, file) : alignUnnumbered(cells, fields, words, file, bodies);
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
    const placed = place(kinds, fields, 0, bodies);
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

/** What a further row costs: as much as a sentence moved from a column it fits to one it does not (rows are not split to fit). */
const NEW_ROW = -5000;
/** Paragraphs of a table without 序号 placed at most (some 2,500 rows of eight cells); the header's width is bounded too. */
export const MAX_UNNUMBERED = 20_000;
export const MAX_UNNUMBERED_COLUMNS = 12;

/**
 * Where the next row opens in a table with no 序号 and no number in its work cells: a paragraph that fits no later column
 * of the row (a unit after the units' column, the work's words after the time) opens the next one. The placement of every
 * paragraph over the columns is the one that fits best as a whole (`fit`, as for a numbered row): a row may leave columns
 * unprinted (an empty cell, or one spanning rows from above — at its start as at its end), a cell may run over paragraphs.
 * Of placements that fit equally well the first found is taken; every row not printed one paragraph a column is reported.
 */
function unnumberedSteps(kinds: readonly Kind[], fields: readonly Field[], bodies: readonly boolean[]): Step[] {
  const n = fields.length;
  const R = MAX_RUN + 1;
  const S = n * R;
  // state j * R + r of paragraph i: in column j, the r-th further paragraph of its cell; typed arrays, as a table may be long
  const score = new Float64Array(kinds.length * S).fill(NO);
  const from = new Int32Array(kinds.length * S).fill(-1);
  const opens = new Uint8Array(kinds.length * S);
  const offer = (i: number, j: number, r: number, value: number, previous: number, opened: boolean): void => {
    const at = i * S + j * R + Math.min(r, MAX_RUN);
    if (value !== NO && value > (score[at] ?? NO)) {
      score[at] = value;
      from[at] = previous;
      opens[at] = opened ? 1 : 0;
    }
  };
  const first = kinds[0] ?? 'text';
  for (let k = 0; k < n; k += 1) offer(0, k, 0, fit(first, fields[k] ?? 'other') + skipped(fields, 0, k), -1, true);
  for (let i = 1; i < kinds.length; i += 1) {
    const kind = kinds[i] ?? 'text';
    for (let state = 0; state < S; state += 1) {
      const prev = score[(i - 1) * S + state] ?? NO;
      if (prev === NO) continue;
      const [j, r] = [Math.floor(state / R), state % R];
      const field = fields[j] ?? 'other';
      if (field !== 'people') {
        const free = (isUnitField(field) && kind === 'unit') || kind === 'empty';
        offer(i, j, free ? r : r + 1, prev + fit(kind, field) + (free ? nameRunTie(kind, fields, bodies, j, true) : EXTRA * (r + 1) + n - j), state, false);
      }
      for (let k = j + 1; k < n; k += 1) offer(i, k, 0, prev + fit(kind, fields[k] ?? 'other') + skipped(fields, j + 1, k), state, false);
      // the next row, opening at its first printed column: the columns this row left after j and that one before k unprinted
      for (let k = 0; k <= j; k += 1) offer(i, k, 0, prev + fit(kind, fields[k] ?? 'other') + skipped(fields, j + 1, n) + skipped(fields, 0, k) + NEW_ROW, state, true);
    }
  }
  const last = kinds.length - 1;
  let end = -1;
  let best = NO;
  for (let state = 0; state < S; state += 1) {
    const value = score[last * S + state] ?? NO;
    const total = value === NO ? NO : value + skipped(fields, Math.floor(state / R) + 1, n);
    if (total > best) [end, best] = [state, total];
  }
  const path: { column: number; opens: boolean }[] = [];
  for (let i = last, state = end; i >= 0 && state >= 0; i -= 1) {
    path.push({ column: Math.floor(state / R), opens: opens[i * S + state] === 1 });
    state = from[i * S + state] ?? -1;
  }
  let row = -1;
  return path.reverse().map((p) => ({ column: p.column, row: p.opens ? (row += 1) : row }));
}

/**
 * A table with no 序号 and no numbered work: its section headings rows of their own, the paragraphs between them placed in
 * rows. A row that printed one short paragraph of text and nothing else is a heading between rows (as a numbered table's
 * row without a number is); the rows after the last one that printed its work hold no task (a signature, a site's links).
 */
function alignUnnumbered(cells: readonly CellEntry[], fields: readonly Field[], words: readonly string[], file: string, bodies: readonly boolean[]): (AlignedRow | CellEntry)[] {
  const first = cells[0];
  // placing paragraphs costs time and memory in their number: past a long table's worth, its rows need their 序号
  if (first && cells.length > MAX_UNNUMBERED) {
    throw new ImportError('BAD_ROW', file, first.line, `a table with no 序号 of ${cells.length} paragraphs: rows without numbers are placed by what they hold up to ${MAX_UNNUMBERED} paragraphs; number the rows (序号) or save the table as .xlsx / .docx`);
  }
  const out: (AlignedRow | CellEntry)[] = [];
  let run: CellEntry[] = [];
  const work = fields.flatMap((f, k) => (f === 'text' ? [k] : []));
  const unitColumns = fields.flatMap((f, k) => (isUnitField(f) ? [k] : []));
  const flush = (): void => {
    if (run.length === 0) return;
    const steps = unnumberedSteps(run.map((c) => kindOf(c.text, false)), fields, bodies);
    const rows = rowsOf(run, steps, fields, words, true);
    const placed = placedByRow(run, steps, fields.length);
    const lastWork = rows.reduce((last, row, r) => (work.some((k) => !row.missing[k]) ? r : last), -1);
    rows.forEach((row, r) => {
      const byColumn = placed[r] ?? [];
      const own = byColumn.flat();
      const only = own.length === 1 ? own[0] : undefined;
      if (r > lastWork) out.push(...own.map((c) => ({ ...c, after: true })));
      else if (only && kindOf(only.text, false) === 'text' && work.some((k) => !row.missing[k]) && rows.length > 1) out.push(only);
      else {
        // which of two unit columns side by side a name printed a line each belongs to is not printed: the first takes one
        // (nameRunTie; a column of bodies of no role is no such column)
        const split = unitColumns.filter((k) => !row.missing[k] && isUnitField(fields[k + 1] ?? 'other') && bodies[k + 1] !== true && !row.missing[k + 1]);
        const guessed = split.some((k) => (byColumn[k]?.length ?? 0) + (byColumn[k + 1]?.length ?? 0) > 2);
        const note = guessed ? `${row.note ?? ''}；单位一段一个，「${split.map((k) => words[k]).join('、')}」与其后一栏的分界未印出：前一栏只取第一段 (names a line each under two unit columns)` : row.note;
        out.push({ ...row, note });
      }
    });
    run = [];
  };
  for (const cell of cells) {
    if (sectionHeading(cell.text.trim()) && !/^\d+$/.test(cell.text.trim())) {
      flush();
      out.push(cell);
    } else run.push(cell);
  }
  flush();
  return out;
}

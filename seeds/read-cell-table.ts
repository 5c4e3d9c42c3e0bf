// Reader for tables copied one cell per line or paragraph (Word or a web page without tabs): header cells first, then rows.
import type { ReadContext } from './assemble';
import type { Block, RowBlock } from './blocks';
import { alignCellRows, cellTextOf, MAX_UNNUMBERED_COLUMNS, PIPE_END, rejoinedNames, type AlignedRow, type CellEntry } from './cell-rows';
import { wrappedHeader } from './wrapped-header';
import { fieldOf, isHeaderWord, yearOfHeader, type Field } from './columns';
import { ImportError, NAME_THE_WORDS } from './errors';
import { numberMark } from './marks';
import { headerFields, missingFields, numberColumnFields, numberColumnNote, titleBefore, type ReadResult } from './items';
import { readRowTable } from './read-table';
import type { Reporter } from './reporter';
import { foldScript, isBlank, sectionHeading } from './text';


/** A header word naming bodies (`评分部门`, `监督单位`): a column of unit names, whatever role the list gives them. */
const BODIES = /(单位|部门|处室|科室)$/;

/** The next paragraph that is not blank from block `i` on (its text as a cell, and its block's index), or null. */
function nextParagraph(blocks: readonly Block[], i: number): { text: string; at: number } | null {
  for (let j = i; j < blocks.length; j += 1) {
    const b = blocks[j];
    if (b?.kind !== 'text') return null;
    if (!isBlank(b.text)) return { text: cellTextOf(b.text).trim(), at: j };
  }
  return null;
}

/** Whether the next line that is not blank from block `i` on is a column word. */
function nextIsColumnWord(blocks: readonly Block[], i: number): boolean {
  for (let j = i; j < blocks.length; j += 1) {
    const b = blocks[j];
    if (b?.kind !== 'text') return false;
    if (!isBlank(b.text)) return fieldOf(cellTextOf(b.text)) !== null;
  }
  return false;
}

/** The column-word lines from block `i` on (blank lines between them allowed); with `labelsEnd`, a label line (X：…) ends them. */
function columnWordRun(blocks: readonly Block[], i: number, labelsEnd: boolean): { cells: CellEntry[]; end: number } {
  const cells: CellEntry[] = [];
  let j = i;
  for (; j < blocks.length; j += 1) {
    const c = blocks[j];
    if (c?.kind !== 'text') break;
    if (isBlank(c.text)) continue;
    if (labelsEnd && /[：:]/.test(c.text)) break;
    // `责任股室` over `(单位)`: a header cell wrapped before its bracketed alternative is one cell
    // …and so is a column's month under its word (`進展情況` over `(7月)`)
    const last = cells.at(-1);
    if (last && /^[（(][\u4e00-\u9fff\d、/]{1,6}[）)]$/.test(cellTextOf(c.text).trim())) {
      last.text += cellTextOf(c.text).trim();
      continue;
    }
    // `項目` over `名稱`: a header word wrapped in two, the second no column word alone, the two together one
    if (last && fieldOf(cellTextOf(c.text)) === null && fieldOf(last.text) !== null && fieldOf(last.text + cellTextOf(c.text).trim()) === fieldOf(last.text) && /^[\u4e00-\u9fff]{2}$/.test(cellTextOf(c.text).trim())) {
      last.text += cellTextOf(c.text).trim();
      continue;
    }
    // `2023年` over `目标进度`: a year heading the words of its column, wrapped before them, is one cell with them
    const next = nextParagraph(blocks, j + 1);
    const year = yearOfHeader(cellTextOf(c.text)) !== null && next !== null && /^(目标|计划|预期|年度)/.test(foldScript(next.text)) && fieldOf(cellTextOf(c.text) + next.text) !== null;
    if (year && next) {
      cells.push({ text: cellTextOf(c.text).trim() + next.text, line: c.line });
      j = next.at;
      continue;
    }
    // a word no list uses (2022年预期目标) is a header cell where a column word follows it; so is a word naming bodies of a
    // role no list uses (`评分部门`, `监督单位`), last or not: a column of units that do not do the work (no role of the task's)
    const bodies = isHeaderWord(cellTextOf(c.text)) && BODIES.test(foldScript(cellTextOf(c.text).trim())) && cells.length >= 2;
    if (!fieldOf(cellTextOf(c.text)) && !bodies && !(isHeaderWord(cellTextOf(c.text)) && nextIsColumnWord(blocks, j + 1))) break;
    cells.push({ text: cellTextOf(c.text).trim(), line: c.line });
  }
  return { cells, end: j };
}

/** The header: consecutive lines (blank lines between them allowed) that are each a column word, the first one 序号. */
export function findCellHeader(blocks: readonly Block[]): { start: number; end: number; fields: Field[]; cells: CellEntry[]; note?: string; inferred?: string } | null {
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i];
    if (b?.kind !== 'text') continue;
    const numbered = numberColumnByContent(blocks, i);
    if (numbered) return numbered;
    if (fieldOf(cellTextOf(b.text)) !== 'no') continue;
    const { cells, end: j } = columnWordRun(blocks, i, false);
    const repaired = wrappedHeader(blocks, cells, j);
    if (repaired) return { start: i, ...repaired };
    const fields = headerFields(cells.map((c) => c.text));
    if (fields && cells.length >= 3) return { start: i, end: j, fields, cells };
  }
  return numberedInTextHeader(blocks) ?? unnumberedHeader(blocks);
}

/** A column naming who leads (牵头单位, or 责任单位 whose first listed leads), or the work (工作任务, 具体措施). */
const isLeadField = (f: Field | null): boolean => f === 'lead' || f === 'units';
const isWorkField = (f: Field | null): boolean => f === 'text' || f === 'measures';

/**
 * A header of column words without 序号 over rows that number nothing (工作任务 · 牵头单位 · 配合单位 · 完成时限, a web table
 * copied a cell a line): three words at least, naming the work and its units, as a header row of tabs would be read.
 */
function unnumberedHeader(blocks: readonly Block[]): ReturnType<typeof findCellHeader> {
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i];
    if (b?.kind !== 'text' || isBlank(b.text) || !fieldOf(cellTextOf(b.text)) || /[：:]/.test(b.text)) continue;
    // a short word no list uses just before the run is the header's own first cell (`条目` for the number): not this header
    const before = blocks.slice(0, i).filter((x) => x.kind !== 'text' || !isBlank(x.text)).at(-1);
    if (before?.kind === 'text' && !fieldOf(cellTextOf(before.text)) && isHeaderWord(cellTextOf(before.text)) && cellTextOf(before.text).trim().length <= 4) continue;
    const run = columnWordRun(blocks, i, true);
    // (a title naming the list, `某区2024年重点工作任务`, is no column word: a header's cells are short words — one opening the
    // run is the line above the header)
    const titleLike = (c: CellEntry): boolean => c.text.trim().length > 10 || /\d{4}/.test(c.text);
    const cells = [...run.cells];
    while (cells.length > 0 && titleLike(cells[0] as CellEntry)) cells.shift();
    const start = cells[0] ? blocks.findIndex((x, k) => k >= i && x.line === cells[0]?.line) : i;
    let end = run.end;
    // `… · 牽頭單位 · 進展情況 · 養老服務項目`: a work word after the units' column is the first row's name (…项目), not a column
    const unitAt = cells.findIndex((c) => isLeadField(fieldOf(c.text)));
    while (cells.length > 3 && unitAt >= 0 && cells.length - 1 > unitAt && isWorkField(fieldOf(cells.at(-1)?.text ?? ''))) {
      const dropped = cells.pop() as CellEntry;
      end = blocks.findIndex((x, k) => k >= i && x.line === dropped.line);
    }
    const short = !cells.some(titleLike);
    const fields = cells.length >= 3 && cells.length <= MAX_UNNUMBERED_COLUMNS && short ? headerFields(cells.map((c) => c.text)) : null;
    if (fields && !fields.includes('no') && fields.some(isLeadField) && nextParagraph(blocks, end) !== null) return { start, end, fields, cells };
    i = Math.max(i, run.end - 1);
  }
  return null;
}

/**
 * `任务项 · 重点工作内容 · 牵头责任单位 · …` over `1`: a header whose first word no list uses for the number, the rest column
 * words naming the work and its units, over a first row opening with 1, numbers its rows in that first column (reported).
 */
function numberColumnByContent(blocks: readonly Block[], i: number): ReturnType<typeof findCellHeader> {
  const b = blocks[i];
  if (b?.kind !== 'text' || isBlank(b.text)) return null;
  const word = cellTextOf(b.text).trim();
  // cheap refusals first: most lines are no short unknown word, and only those need the run after them
  if (fieldOf(word) !== null || word.length > 12) return null;
  const { cells, end } = columnWordRun(blocks, i + 1, true);
  const next = nextParagraph(blocks, end);
  const fields = cells.length >= 2 ? numberColumnFields(word, cells.map((c) => c.text), [next?.text, next ? nextParagraph(blocks, next.at + 1)?.text : undefined]) : null;
  return fields ? { start: i, end, fields, cells: [{ text: word, line: b.line }, ...cells], inferred: numberColumnNote(word) } : null;
}

/** The first item mark a row prints in its text cell when the table has no 序号 column (`1、地区生产总值增长率`, `（1）…`). */
const opensFirst = (text: string): boolean => numberMark(text.trim())?.n === 1;

/**
 * A header without 序号 (类别 · 指标名称 · 年度目标 · 完成情况 · 责任部门): at least four column words naming the work and
 * its units, and the items numbered inside the work's cell, the first one within the two paragraphs after it.
 */
function numberedInTextHeader(blocks: readonly Block[]): ReturnType<typeof findCellHeader> {
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i];
    if (b?.kind !== 'text' || isBlank(b.text) || !fieldOf(cellTextOf(b.text)) || /[：:]/.test(b.text)) continue;
    // a label line (牵头单位：X) names its field too, but is no header cell
    const { cells, end: j } = columnWordRun(blocks, i, true);
    const fields = cells.map((c) => fieldOf(c.text) ?? 'other');
    const after = blocks.slice(j).filter((x) => x.kind === 'text' && !isBlank(x.text)).slice(0, 2);
    const units = fields.includes('lead') || fields.includes('units');
    if (cells.length >= 4 && fields.includes('text') && units && after.some((x) => x.kind === 'text' && opensFirst(x.text))) {
      return { start: i, end: j, fields, cells };
    }
    // `工作任务 · 具体要求 · 落实科室`, a group's title before its first numbered requirement: the work's column heads the groups,
    // the column after it (a word no list uses) holds the numbered tasks
    const work = fields.indexOf('text');
    const [title, first] = after;
    if (cells.length >= 3 && units && work >= 0 && fields[work + 1] === 'other' && !fieldOf(cells[work + 1]?.text ?? '') && title?.kind === 'text' && !numberMark(title.text.trim()) && first?.kind === 'text' && opensFirst(first.text)) {
      const shifted = fields.map((f, k): Field => (k === work ? 'other' : k === work + 1 ? 'text' : f));
      return { start: i, end: j, fields: shifted, cells, inferred: `「${cells[work]?.text ?? ''}」列是各组的标题，编号的「${cells[work + 1]?.text ?? ''}」列才是任务 (the work's column heads groups of numbered tasks)` };
    }
    i = Math.max(i, j - 1);
  }
  return null;
}

/** Groups of cells: blank lines (or a closing `|`) separate them; a tab-indented line is a cell even when empty (an empty 负责单位 must not vanish). */
function groupsOf(blocks: readonly Block[]): CellEntry[][] {
  const out: CellEntry[][] = [];
  let current: CellEntry[] | null = null;
  for (const b of blocks) {
    // `||`: an empty cell closed by its `|` (a row of nothing but bars), not the end of the table
    if (b.kind === 'row' && b.cells.every((c) => c.trim() === '')) {
      out.push([{ text: '', line: b.line }]);
      current = null;
      continue;
    }
    if (b.kind !== 'text') break;
    if (!b.indented && isBlank(b.text)) {
      current = null;
      continue;
    }
    if (!current) {
      current = [];
      out.push(current);
    }
    current.push({ text: cellTextOf(b.text.replace(/^\t/, '')), line: b.line });
    if (PIPE_END.test(b.text)) current = null;
  }
  return out;
}

/** When every paragraph is its own group (a blank line after each cell), rows start at each 序号 in turn. */
function rowsBySequence(groups: CellEntry[][], width: number): CellEntry[][] {
  const cells = groups.flat();
  const rows: CellEntry[][] = [];
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i];
    if (cell && sectionHeading(cell.text) && !/^\d+$/.test(cell.text.trim())) {
      rows.push([cell]);
      i += 1;
      continue;
    }
    rows.push(cells.slice(i, i + width));
    i += width;
  }
  return rows;
}

/** Whether rows cut every `width` paragraphs each start with a 序号 (or are a section heading) and fill the header. */
const evenRows = (rows: readonly CellEntry[][], width: number): boolean =>
  rows.every((r) => (r.length === 1 && sectionHeading(r[0]?.text ?? '') !== null) || (r.length === width && /^\d+$/.test(r[0]?.text.trim() ?? '')));

const isAligned = (row: AlignedRow | CellEntry): row is AlignedRow => 'cells' in row;

/** Rows of a cell-per-line table, turned into row blocks so the one row reader reads them. */
export function readCellTable(blocks: readonly Block[], header: NonNullable<ReturnType<typeof findCellHeader>>, ctx: ReadContext, reporter: Reporter): ReadResult {
  const { fields } = header;
  const missing = missingFields(fields);
  if (missing.length > 0) throw new ImportError('MISSING_COLUMN', ctx.file, header.cells[0]?.line ?? null, `the table has no column ${missing.join('、')}` + NAME_THE_WORDS);
  if (header.note) reporter.add('headerDropped', null, header.cells[0]?.line ?? null, header.cells.map((c) => c.text).join('\t'), header.note);
  if (header.inferred) reporter.add('columnInferred', null, header.cells[0]?.line ?? null, header.cells.map((c) => c.text).join('\t'), header.inferred);
  // `|` alone on the line before 序号 and before each row's number: the copy opens every row with a bar, no empty cell
  const before = blocks.slice(0, header.start).filter((b) => b.kind !== 'text' || !isBlank(b.text)).at(-1);
  const rowBars = before?.kind === 'text' && before.text.trim() === '|';
  const body = rowBars ? blocks.slice(header.end).filter((b) => b.kind !== 'text' || b.text.trim() !== '|') : blocks.slice(header.end);
  const printed = groupsOf(body);
  // a group longer than a row is cells with no blank line between them (a copy that lost its blank lines, or a cell
  // over several lines): each line is then a paragraph of its own, and rows are found by their 序号 and what each holds
  // …and so is one lone group shorter than the header: a single row whose empty last cell left no line, run together
  const lone = printed.length === 1 && (printed[0]?.length ?? 0) > 1 && (printed[0]?.length ?? 0) < fields.length;
  // …and so are rows with no 序号 unless every one printed a paragraph a column (no number tells where a row starts)
  const fullRows = printed.every((g) => g.length === fields.length || (g.length === 1 && sectionHeading(g[0]?.text ?? '') !== null));
  const groups = lone || printed.some((g) => g.length > fields.length) || (!fields.includes('no') && !fullRows) ? printed.flat().map((c) => [c]) : printed;
  const grouped = groups.every((g) => g.length === fields.length || (g.length === 1 && sectionHeading(g[0]?.text ?? '') !== null));
  const oneCellGroups = groups.length > 0 && groups.every((g) => g.length === 1);
  const even = grouped || !oneCellGroups ? groups : rowsBySequence(groups, fields.length);
  const rowBlocks: Block[] = [{ kind: 'row', cells: header.cells.map((c) => c.text), line: header.cells[0]?.line ?? 1, origin: 'structured' }];
  // paragraphs that do not fall one per column: cut at each 序号 and placed by what they hold, each placement reported
  if (oneCellGroups && (!fields.includes('no') || (!grouped && !evenRows(even, fields.length)))) {
    const paragraphs = rejoinedNames(groups.flat(), (cell, from) => reporter.add('unitRepaired', null, cell.line, from.join(' / '), `单位名称折成两段印出，合为「${cell.text}」 (a unit's name wrapped over two paragraphs)`));
    let above: AlignedRow | null = null;
    // a column of bodies no role of the task's names (`评分部门`, the offices that score it) holds unit names as a unit column
    // does: placed as one (after the task's own), read as the column it is
    const bodies = fields.map((f, k) => f === 'other' && BODIES.test(foldScript(header.cells[k]?.text.trim() ?? '')) && fields.slice(0, k).some((g) => g === 'lead' || g === 'units' || g === 'assisting'));
    const placing = fields.map((f, k): Field => (bodies[k] ? 'assisting' : f));
    for (const printedRow of unitsFromBelow(alignCellRows(paragraphs, placing, header.cells.map((c) => c.text), ctx.file, bodies), fields, reporter)) {
      const row: AlignedRow | CellEntry = isAligned(printedRow) ? withSpannedAssisting(printedRow, above, fields) : printedRow;
      if (isAligned(row)) above = row;
      if (!isAligned(row)) {
        if (row.after) {
          reporter.add('cellsAligned', null, row.line, row.text.slice(0, 40), `表格最后一行之后的「${row.text.trim().slice(0, 20)}」没有任务文字，不是任务 (text after the table's last row)`);
          rowBlocks.push({ kind: 'text', text: row.text, line: row.line, indented: false });
        } else if (sectionHeading(row.text)) rowBlocks.push({ kind: 'row', cells: fields.map((f) => (f === 'text' ? row.text : '')), line: row.line, origin: 'structured' });
        else {
          // a heading the table prints as a row without a number (`强化科技创新支撑能力。`, `(一)加强…`): no task
          reporter.add('sectionRecovered', null, row.line, row.text.slice(0, 40), `表中无序号、只有文字的行「${row.text.trim().slice(0, 20)}」读作标题，不是任务 (a heading row without a number)`);
          rowBlocks.push({ kind: 'text', text: row.text, line: row.line, indented: false });
        }
        continue;
      }
      // a further step under a numbered row is reported by the row reader that merges it (rowMerged, with its task)
      if (row.note && !row.continues) reporter.add('cellsAligned', null, row.line, row.cells.join(' | ').slice(0, 80), row.note);
      // a cell a row did not print at all stands once over the rows it spans (Word prints a merged cell in its first row only):
      // marked merged, so an empty time cell takes the one above as the unit cells do (reported by the row reader)
      rowBlocks.push({ kind: 'row', cells: row.cells, cellLines: row.cellLines, line: row.line, origin: 'structured', merged: row.missing });
    }
    return finish(blocks, header, readRowTable(rowBlocks, 0, ctx, reporter, fields));
  }
  for (const row of even) {
    const first = row[0];
    if (!first) continue;
    if (row.length === 1 && sectionHeading(first.text)) {
      rowBlocks.push({ kind: 'row', cells: fields.map((f) => (f === 'text' ? first.text : '')), line: first.line, origin: 'structured' });
      continue;
    }
    if (fields.includes('no') && !/^\d+$/.test(first.text.trim())) throw new ImportError('BAD_ROW', ctx.file, first.line, `a row must start with its 序号, found 「${first.text}」`);
    if (row.length !== fields.length) {
      throw new ImportError('MISSING_COLUMN', ctx.file, first.line, `row ${first.text.trim()} has ${row.length} cells, the header has ${fields.length}`);
    }
    const block: RowBlock = { kind: 'row', cells: row.map((c) => c.text), cellLines: row.map((c) => c.line), line: first.line, origin: 'structured' };
    rowBlocks.push(block);
  }
  // a header whose fields were inferred (a number column found by its content) is read with them, not its words again
  return finish(blocks, header, readRowTable(rowBlocks, 0, ctx, reporter, header.inferred ? fields : undefined));
}

/**
 * `做好市场规则…公开` · `3.…` / `4.…` / `5.…` · `法规科、医药科…`: a group whose title opens a row that prints no unit cell, its
 * numbered tasks following without one until a unit cell closes the group, is one cell of several tasks with one unit cell
 * (Word prints a merged cell's text once, in its first row, so a unit cell spanning the group from above would stand
 * with the title): each of those rows takes the unit cell printed at the group's end, reported. Any other row keeps its cells.
 */
function unitsFromBelow(rows: (AlignedRow | CellEntry)[], fields: readonly Field[], reporter: Reporter): (AlignedRow | CellEntry)[] {
  const unit = fields.findIndex((f) => f === 'lead' || f === 'units');
  const text = fields.indexOf('text');
  const heads = fields.flatMap((f, k) => (k < text && f === 'other' ? [k] : []));
  if (unit < 0 || heads.length === 0) return rows;
  const out = [...rows];
  const empty = (r: AlignedRow): boolean => (r.cells[unit] ?? '').trim() === '';
  for (let i = 0; i < out.length; i += 1) {
    const row = out[i];
    if (!row || !isAligned(row) || row.continues || !empty(row) || heads.every((k) => (row.cells[k] ?? '').trim() === '')) continue;
    let j = i + 1;
    while (j < out.length) {
      const next = out[j];
      if (!next || !isAligned(next) || heads.some((k) => (next.cells[k] ?? '').trim() !== '') || !empty(next)) break;
      j += 1;
    }
    const closing = out[j];
    if (!closing || !isAligned(closing) || empty(closing) || heads.some((k) => (closing.cells[k] ?? '').trim() !== '')) continue;
    const cell = closing.cells[unit] ?? '';
    for (let k = i; k < j; k += 1) {
      const r = out[k] as AlignedRow;
      out[k] = { ...r, cells: r.cells.map((c, m) => (m === unit ? cell : c)), cellLines: r.cellLines.map((l, m) => (m === unit ? (closing.cellLines[unit] ?? l) : l)), missing: r.missing.map((x, m) => (m === unit ? false : x)) };
      reporter.add('cellsAligned', null, r.line, r.cells.join(' | ').slice(0, 80), `此组各项之后才印出「${cell.slice(0, 20)}」：一格之内的几项任务共用这一责任单位格 (one unit cell for the tasks of one cell)`);
    }
    i = j;
  }
  return out;
}

/**
 * A row that printed no unit cell at all under a row that did: its unit cells span it from above (Word and web tables print
 * a merged cell once), the assisting units as much as the lead (which the row reader hands down itself). A row that printed
 * its lead but no assisting cell has none.
 */
function withSpannedAssisting(row: AlignedRow, above: AlignedRow | null, fields: readonly Field[]): AlignedRow {
  const lead = fields.findIndex(isLeadField);
  const assisting = fields.indexOf('assisting');
  if (!above || lead < 0 || assisting < 0 || !row.missing[lead] || !row.missing[assisting] || row.continues) return row;
  return { ...row, cells: row.cells.map((c, k) => (k === assisting ? (above.cells[k] ?? '') : c)) };
}

function finish(blocks: readonly Block[], header: NonNullable<ReturnType<typeof findCellHeader>>, result: ReadResult): ReadResult {
  const title = titleBefore(blocks.slice(0, header.start).map((b) => (b.kind === 'text' ? b.text : '')));
  return { ...result, layout: 'numberedCells', title, startLine: header.cells[0]?.line ?? 1 };
}

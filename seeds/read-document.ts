// Chooses the reader by what the blocks look like (a header row, a header of cell lines, numbered items), never by file name.
import type { ReadContext } from './assemble';
import type { Block, RowBlock } from './blocks';
import { openedCellLines } from './cell-rows';
import { fieldOf } from './columns';
import { ImportError, NAME_THE_WORDS } from './errors';
import { missingFields, type ReadResult } from './items';
import { pipeLineRows } from './pipe-line-table';
import { pipeOpenRows } from './pipe-open-table';
import { proseRoleItems } from './prose-roles';
import { findCellHeader, readCellTable } from './read-cell-table';
import { keyValueRows } from './key-value-rows';
import { markerOf } from './marks';
import { readUnitRuns } from './unit-runs';
import { readItems } from './read-items';
import { runTogetherRows } from './run-together-table';
import { spacedRows } from './spaced-table';
import { findHeaderRow, readRowTable } from './read-table';
import { Reporter } from './reporter';
import { foldScript } from './text';

const TITLE_WORDS = /(方案|要点|清单|分工|分解|意见|计划|任务|实事|通知)/;

/** The title of a document without a table: its first short line naming a list, else its first line. */
export function titleOf(lines: readonly { text: string }[]): string {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t !== '' && !t.includes('\t'));
  // a title is a short line naming a list, without the punctuation of a sentence (in either script: 政策清單)
  const title = texts.find((t) => t.length <= 60 && TITLE_WORDS.test(foldScript(t)) && !/[，,。；;：:]/.test(t)) ?? texts[0] ?? '';
  // `17.内蒙古自治区…政策清单.docx`: an attachment's file name printed over it, its number and extension no part of the title
  return /\.(docx?|wps|pdf|xlsx?)$/i.test(title) ? title.replace(/^\d{1,3}[.、．]\s*/, '').replace(/\.(docx?|wps|pdf|xlsx?)$/i, '') : title;
}

/** What the reader expected and where, for a document none of the readers could read. */
function unreadable(blocks: readonly Block[], file: string): ImportError {
  // a row that opens with 序号 is a table's header, however little else of it is a list word
  const header = blocks.find((b) => b.kind === 'row' && fieldOf(b.cells[0] ?? '') === 'no' && b.cells.length >= 2);
  if (header?.kind === 'row') {
    const missing = missingFields(header.cells.map((c) => fieldOf(c) ?? 'other'));
    if (missing.length > 0) return new ImportError('MISSING_COLUMN', file, header.line, `the table header ${header.cells.join(' · ')} has no column ${missing.join('、')}` + NAME_THE_WORDS);
  }
  const item = blocks.find((b) => b.kind === 'text' && markerOf(b.text) !== null);
  if (item) {
    return new ImportError('UNKNOWN_LAYOUT', file, item.line, 'a numbered item, but no item names its units: expected 牵头单位：… / 责任单位：… lines, （X牵头，Y配合）, 〔责任单位：…〕, or a table header 序号 · 工作任务 · 牵头单位' + NAME_THE_WORDS);
  }
  const first = blocks.find((b) => b.kind === 'row' || b.text.trim() !== '');
  return new ImportError('UNKNOWN_LAYOUT', file, first?.line ?? null, 'no task list found: expected a table header (序号 · 工作任务 · 牵头单位/责任单位 · 完成时限) or numbered items (1. / （一）) with their units' + NAME_THE_WORDS);
}

/** A reader's result, refused as unreadable when it holds no task (a header with nothing under it). */
function nonEmpty(read: ReadResult, blocks: readonly Block[], file: string): ReadResult {
  if (read.tasks.length === 0) throw unreadable(blocks, file);
  return read;
}

export function readDocument(source: readonly Block[], ctx: ReadContext, reporter: Reporter): ReadResult {
  // a web table copied with its cells opened by `| `, or closed by lines of `|`, becomes rows first, so the one row reader reads it
  const lines = openedCellLines(source);
  // …and a task printed as a card of label and value rows (项目名称 | X, 牵头单位 | Y) is the label lines it stands for
  const blocks = keyValueRows(pipeOpenRows(lines) ?? pipeLineRows(lines, reporter) ?? lines, reporter);
  const headerRow = findHeaderRow(blocks);
  const cellHeader = findCellHeader(blocks);
  // the table that starts first is the list; a document may quote a small table elsewhere
  if (headerRow >= 0 && (!cellHeader || (blocks[headerRow]?.line ?? 0) <= (blocks[cellHeader.start]?.line ?? 0))) {
    const table = readRowTable(blocks, headerRow, ctx, reporter);
    if (table.tasks.length > 0) return table;
    // a header of tabs over cells printed a line each (the copy kept the header row's tabs only): the cell table it is
    const header = blocks[headerRow] as RowBlock;
    const exploded = [...blocks.slice(0, headerRow), ...header.cells.map((text): Block => ({ kind: 'text', text, line: header.line, indented: false })), ...blocks.slice(headerRow + 1)];
    const cells = findCellHeader(exploded);
    const read = cells ? readCellTable(exploded, cells, ctx, reporter) : null;
    if (read && read.tasks.length > 0) return read;
    throw new ImportError('UNKNOWN_LAYOUT', ctx.file, header.line, `the table header ${header.cells.join(' · ')} is followed by no row of tasks: expected rows of the same cells (tabs, | bars) or one cell a line` + NAME_THE_WORDS);
  }
  if (cellHeader) {
    // what the cell reader noted before it refused is no part of the report of the reader that reads the table instead
    const attempt = new Reporter();
    let refusal: ImportError;
    try {
      const read = nonEmpty(readCellTable(blocks, cellHeader, ctx, attempt), blocks, ctx.file);
      reporter.takeFrom(attempt);
      return read;
    } catch (err) {
      if (!(err instanceof ImportError) || (err.code !== 'MISSING_COLUMN' && err.code !== 'BAD_ROW')) throw err;
      refusal = err;
    }
    // cells that cannot be placed in the header's columns: read as runs of work closed by runs of unit names, else refused as they are
    const tried = new Reporter();
    const runs = readUnitRuns(blocks, cellHeader, ctx, tried);
    if (!runs) throw refusal;
    reporter.add('cellsAligned', null, refusal.line, '', `${refusal.message.replace(/^[^:]*:\d*:?\s*/, '')}：改按「文字段落之后跟一串单位名」逐项读取 (cells read as runs of work and of units)`);
    reporter.takeFrom(tried);
    return runs;
  }
  // no table of tabs, bars or cell lines: a header whose cells a copy parted by runs of spaces
  const spaced = spacedRows(blocks, reporter);
  if (spaced) return nonEmpty(readRowTable(spaced, findHeaderRow(spaced), ctx, reporter), blocks, ctx.file);
  // what a reader that finds no list noted is no part of the report of the one that reads it
  const tried = new Reporter();
  const items = readItems(blocks, ctx, tried);
  if (items && items.tasks.length > 0) {
    reporter.takeFrom(tried);
    return items;
  }
  // no table of any separator and no numbered items: a table whose cells the copy ran together
  const joined = runTogetherRows(blocks);
  if (joined) {
    for (const line of joined.rows) reporter.add('cellsAligned', null, line, '', '表格各格连写、没有分隔：按句末「。」与其后的单位名拆开（其后的文字归最后一栏） (cells run together)');
    const header = joined.blocks.findIndex((b) => b.kind === 'row');
    return nonEmpty(readRowTable(joined.blocks, header, ctx, reporter), blocks, ctx.file);
  }
  // no list at all: a notice whose paragraphs name their units in their own sentences (`该项整治由市住建局负责`)
  const spoken = new Reporter();
  const prose = proseRoleItems(blocks, ctx.file, spoken);
  const told = prose ? readItems(prose, ctx, spoken) : null;
  if (told && told.tasks.length > 0) {
    reporter.takeFrom(spoken);
    return told;
  }
  throw unreadable(blocks, ctx.file);
}

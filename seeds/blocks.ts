// The one intermediate every format yields: blocks of text lines and table rows, each with its 1-based source position.

/** A line (or paragraph) of running text; `indented` keeps a leading tab, which marks a cell in cell-per-line tables. */
export interface TextBlock {
  kind: 'text';
  text: string;
  line: number;
  indented: boolean;
}

/** A table row: its cells in order; `merged[i]` is true when cell i was filled from a cell spanning rows above. */
export interface RowBlock {
  kind: 'row';
  cells: string[];
  line: number;
  merged?: boolean[];
  /** the source line of each cell, when cells sit on lines of their own */
  cellLines?: number[];
  /** where the row came from: cells separated by the PDF's spaces need the PDF repairs, a workbook's do not */
  origin: 'textTable' | 'structured';
}

export type Block = TextBlock | RowBlock;

export type SourceFormat = 'txt' | 'csv' | 'html' | 'xlsx' | 'docx' | 'doc' | 'pdf';

export interface SourceDocument {
  format: SourceFormat;
  blocks: Block[];
  /** a text file's encoding when it is not UTF-8 (Windows' UTF-16, GB18030 / GBK), reported */
  encoding?: 'utf-16le' | 'utf-16be' | 'gb18030';
}

/**
 * RFC 4180 rows in one pass: quoted cells may hold the separator, quotes ("") and line breaks. A comma parts a CSV's cells,
 * a tab the cells Excel puts on the clipboard (quoted the same way where a cell holds a line break).
 */
export function csvRows(text: string, separator = ','): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '\n') line += 1;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') continue;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) rows.push({ cells: [...cells, cell], line: rowLine });
  return rows;
}

/** Cells of a `a | b | c |` line as web pages copied to text print tables (`| a | b |` as Markdown does); null when the line is not one. */
function pipeCells(line: string): string[] | null {
  if (!line.includes(' | ') && !/\|\s*$/.test(line)) return null;
  // `区财政局<br>各街道`: a line break inside a cell, as Markdown tables exported from online documents write it
  const cells = line.split('|').map((c) => c.replace(/<br\s*\/?>/gi, '\n').trim());
  if (cells.at(-1) === '') cells.pop();
  // a Markdown row opens with `| ` too: that first bar opens a cell, it does not close an empty one
  if (/^\s*\|\s+\S/.test(line) && cells[0] === '' && cells.length >= 3) cells.shift();
  // a line of bars alone (`||||`) holds no cell: it closes cells printed on the lines above (pipe-line-table.ts)
  return cells.length >= 2 && cells.some((c) => c !== '') ? cells : null;
}

/** `|---|:---:|`: the rule under a Markdown table's header, no row. */
const MARKDOWN_RULE = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/;

/**
 * Plain text: a line with tabs between cells (a PDF or spreadsheet copy) or `|` between cells (a web page)
 * is a row; every other line, blank ones included, is text.
 */
export function blocksFromText(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    const body = raw.replace(/^\t/, '');
    const quoted = body.includes('\t') ? quotedTabRow(lines, i) : null;
    if (quoted) {
      blocks.push({ kind: 'row', cells: quoted.cells, line, origin: 'structured' });
      i = quoted.last;
    } else if (body.includes('\t') && body.trim() !== '') blocks.push({ kind: 'row', cells: raw.split('\t'), line, origin: 'textTable' });
    else if (MARKDOWN_RULE.test(raw)) blocks.push({ kind: 'text', text: '', line, indented: false });
    else {
      const pipes = pipeCells(raw);
      blocks.push(pipes ? { kind: 'row', cells: pipes, line, origin: 'structured' } : { kind: 'text', text: raw, line, indented: raw.startsWith('\t') });
    }
  }
  return blocks;
}

/** How many lines one quoted cell may run over (Excel's clipboard), looked at no further. */
const QUOTED_LINES = 50;

/**
 * `1\t"完成改造，\n惠及居民"\t区住建局`: rows copied from Excel, a cell holding a line break quoted, its lines the lines after
 * it: the row up to the line that closes the quote, its cells unquoted (`""` a quote). Null for a row of no such cell.
 */
function quotedTabRow(lines: readonly string[], i: number): { cells: string[]; last: number } | null {
  const open = (text: string): boolean => (text.match(/"/g)?.length ?? 0) % 2 === 1;
  const first = lines[i] ?? '';
  if (!/(^|\t)"/.test(first) || !open(first)) return null;
  let text = first;
  for (let j = i + 1; j < lines.length && j <= i + QUOTED_LINES; j += 1) {
    text += `\n${lines[j] ?? ''}`;
    if (!open(text)) {
      const [row] = csvRows(text, '\t');
      return row && row.cells.length >= 2 ? { cells: row.cells, last: j } : null;
    }
  }
  return null;
}

/** Every piece of text in the blocks with its line, for the limits and the metadata readers. */
export function textsOf(blocks: readonly Block[]): { text: string; line: number }[] {
  return blocks.flatMap((b) => (b.kind === 'text' ? [{ text: b.text, line: b.line }] : b.cells.map((text) => ({ text, line: b.line }))));
}

/** The document as lines of text again (rows joined by tabs), for title, date and conference look-ups. */
export function linesOf(blocks: readonly Block[]): { text: string; line: number }[] {
  return blocks.map((b) => ({ text: b.kind === 'text' ? b.text : b.cells.join('\t'), line: b.line }));
}

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

/** Cells of a `a | b | c |` line as web pages copied to text print tables (`| a | b |` as Markdown does); null when the line is not one. */
function pipeCells(line: string): string[] | null {
  if (!line.includes(' | ') && !/\|\s*$/.test(line)) return null;
  const cells = line.split('|').map((c) => c.trim());
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
  return lines.map((raw, i): Block => {
    const line = i + 1;
    const body = raw.replace(/^\t/, '');
    if (body.includes('\t') && body.trim() !== '') return { kind: 'row', cells: raw.split('\t'), line, origin: 'textTable' };
    if (MARKDOWN_RULE.test(raw)) return { kind: 'text', text: '', line, indented: false };
    const pipes = pipeCells(raw);
    if (pipes) return { kind: 'row', cells: pipes, line, origin: 'structured' };
    return { kind: 'text', text: raw, line, indented: raw.startsWith('\t') };
  });
}

/** Every piece of text in the blocks with its line, for the limits and the metadata readers. */
export function textsOf(blocks: readonly Block[]): { text: string; line: number }[] {
  return blocks.flatMap((b) => (b.kind === 'text' ? [{ text: b.text, line: b.line }] : b.cells.map((text) => ({ text, line: b.line }))));
}

/** The document as lines of text again (rows joined by tabs), for title, date and conference look-ups. */
export function linesOf(blocks: readonly Block[]): { text: string; line: number }[] {
  return blocks.map((b) => ({ text: b.kind === 'text' ? b.text : b.cells.join('\t'), line: b.line }));
}

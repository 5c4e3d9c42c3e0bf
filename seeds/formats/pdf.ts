// A .pdf with a text layer → blocks: its text items grouped into lines by position, a table's lines cut into cells at its header's columns.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Block } from '../blocks';
import { fieldOf } from '../columns';
import { ImportError } from '../errors';

/** A piece of text the PDF places at (x, y) on a page; y grows upwards, as in PDF space. */
export interface PositionedText {
  page: number;
  x: number;
  y: number;
  /** advance width in points, and the font's height (its em) */
  width: number;
  height: number;
  text: string;
}

/** Pages read from one document, a bound beside the 2 MiB size limit (a PDF page costs far more than its bytes). */
export const PDF_PAGE_LIMIT = 500;

/** Items whose baselines differ by less than this (in points) sit on one line. */
const SAME_LINE = 2.5;
/** A cell's text starts at most this far left of its column's header and still belongs to it. */
const COLUMN_SLACK = 4;

/** A gap wider than this many ems between two pieces of a line separates cells; a narrower one (`工　作`) is inside a cell. */
const CELL_GAP_EMS = 4;

/** Pieces of a line that touch (or nearly) joined into one: pdfjs splits `工　　作` at its spaces. */
function chunksOf(line: readonly PositionedText[], cellGapEms = CELL_GAP_EMS): PositionedText[] {
  const chunks: PositionedText[] = [];
  for (const item of line) {
    const last = chunks.at(-1);
    const gap = last ? item.x - (last.x + last.width) : 0;
    const em = Math.max(last?.height ?? 0, item.height, 1);
    if (last && gap < cellGapEms * em) {
      // a gap of a space or more was a space in the text (it separates units in a cell: `区住建局 市场监督管理局`)
      last.text += `${gap > 0.25 * em ? ' ' : ''}${item.text}`;
      last.width = item.x + item.width - last.x;
    } else chunks.push({ ...item });
  }
  return chunks;
}

/** Lines in reading order (page by page, top to bottom), items left to right; sorting is the only non-linear step. */
function linesOf(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = [...items].sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && first.page === item.page && Math.abs(first.y - item.y) < SAME_LINE) line.push(item);
    else lines.push([item]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** The line that heads a table: at least three items, each a column word, the first 序号. */
function headerColumns(items: readonly PositionedText[]): number[] | null {
  const line = chunksOf(items);
  if (line.length < 3 || fieldOf(line[0]?.text ?? '') !== 'no') return null;
  return line.every((i) => fieldOf(i.text) !== null) ? line.map((i) => i.x) : null;
}

/** The column an item starts in: the last column whose header starts at or left of it. */
function columnOf(columns: readonly number[], x: number): number {
  let c = 0;
  for (let k = 0; k < columns.length; k += 1) if ((columns[k] ?? 0) - COLUMN_SLACK <= x) c = k;
  return c;
}

/**
 * Text items → blocks. Before a table's header every line is text; from the header on, a line is a row whose
 * cells are its items gathered by column (a text wrapped onto the next line becomes a row of its own, which
 * the row reader merges into the task above and reports), and a lone item in the first column that is not
 * a number is text again (a paragraph after the table). Lines are numbered in reading order over all pages.
 */
export function blocksFromPositions(items: readonly PositionedText[]): Block[] {
  let columns: number[] | null = null;
  return linesOf(items.filter((i) => i.text.trim() !== '')).map((line, index): Block => {
    const lineNo = index + 1;
    const header = columns ? null : headerColumns(line);
    if (header) columns = header;
    const text = (): string => chunksOf(line, Infinity)[0]?.text ?? '';
    if (!columns) return { kind: 'text', text: text(), line: lineNo, indented: false };
    const cols = columns;
    const lone = columnOf(cols, line[0]?.x ?? 0) === 0 && line.every((i) => columnOf(cols, i.x) === 0) && !/^\d+$/.test(line[0]?.text.trim() ?? '');
    if (lone) return { kind: 'text', text: text(), line: lineNo, indented: false };
    // pieces go to their columns first, then join inside each: a cell never swallows its neighbour's text
    const byColumn: PositionedText[][] = cols.map(() => []);
    for (const item of line) byColumn[columnOf(cols, item.x)]?.push(item);
    const cells = byColumn.map((pieces) => chunksOf(pieces, Infinity)[0]?.text ?? '');
    return { kind: 'row', cells, line: lineNo, origin: 'textTable' };
  });
}

/** Where pdfjs-dist keeps its CMaps and standard fonts: without the CMaps a CJK text layer reads as nothing. */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // on Node pdfjs reads these as file paths; the trailing separator is required
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

/** The positioned text of every page, through pdfjs-dist's legacy build (the one that runs on Node 20). */
export async function textOfPdf(bytes: Uint8Array, file: string, onPage?: (done: number, total: number) => void): Promise<PositionedText[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // a copy, as a plain Uint8Array: pdfjs refuses a Node Buffer (what readFileSync gives) and detaches what it is given
  const doc = await getDocument({ data: new Uint8Array(bytes), ...pdfjsData(), cMapPacked: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    if (doc.numPages > PDF_PAGE_LIMIT) throw new ImportError('DOCUMENT_TOO_LARGE', file, null, `the PDF has ${doc.numPages} pages; the limit is ${PDF_PAGE_LIMIT}`);
    const items: PositionedText[] = [];
    for (let page = 1; page <= doc.numPages; page += 1) {
      const content = await (await doc.getPage(page)).getTextContent({ disableNormalization: true });
      for (const item of content.items) {
        if ('str' in item) items.push({ page, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height, text: item.str });
      }
      onPage?.(page, doc.numPages);
    }
    return items;
  } finally {
    await doc.destroy();
  }
}

// Formats → the one intermediate (blocks): plain text and CSV here, the rest in seeds/formats/.
import { blocksFromText, type Block, type SourceDocument } from './blocks';
import { ImportError } from './errors';
import { blocksFromDocx } from './formats/docx';
import { blocksFromHtml } from './formats/html';
import { blocksFromPositions, textOfPdf } from './formats/pdf';
import { blocksFromXlsx } from './formats/xlsx';
import { decodeDocument, splitLines } from './text';

const BINARY = ['xlsx', 'docx', 'pdf'] as const;
export type BinaryFormat = (typeof BINARY)[number];

const extensionOf = (file: string): string => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

export function binaryFormatOf(file: string): BinaryFormat | null {
  const ext = extensionOf(file);
  return BINARY.find((f) => f === ext) ?? null;
}

/** RFC 4180 rows in one pass: quoted cells may hold commas, quotes ("") and line breaks. */
export function csvRows(text: string): { cells: string[]; line: number }[] {
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
    else if (ch === ',') {
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

/** A CSV sheet as blocks: a row with one filled cell is a line of text (a title, a section), the rest are rows. */
export function blocksFromCsv(text: string): Block[] {
  return csvRows(text).map(({ cells, line }): Block => {
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length <= 1) return { kind: 'text', text: filled[0] ?? '', line, indented: false };
    return { kind: 'row', cells, line, origin: 'structured' };
  });
}

/** The text formats: .txt (and anything unnamed) as lines, .csv as rows, .html through its parser. */
export function textSource(input: Uint8Array | string, file: string): SourceDocument {
  const text = decodeDocument(input, file);
  const ext = extensionOf(file);
  if (ext === 'csv') return { format: 'csv', blocks: blocksFromCsv(text) };
  if (ext === 'html' || ext === 'htm') return { format: 'html', blocks: blocksFromHtml(text) };
  return { format: 'txt', blocks: blocksFromText(splitLines(text)) };
}

/** The binary formats, each read by a library into the same blocks. */
export async function binarySource(format: BinaryFormat, bytes: Uint8Array, file: string, onPage?: (done: number, total: number) => void): Promise<SourceDocument> {
  let blocks: Block[];
  try {
    if (format === 'xlsx') blocks = await blocksFromXlsx(bytes);
    else if (format === 'docx') blocks = await blocksFromDocx(bytes);
    else blocks = blocksFromPositions(await textOfPdf(bytes, file, onPage));
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('BINARY_DOCUMENT', file, null, `not a readable .${format} file: ${err instanceof Error ? err.message : String(err)}`);
  }
  // a scan without a text layer: there is nothing to read, and OCR is not the importer's job
  if (format === 'pdf' && blocks.length === 0) throw new ImportError('UNSUPPORTED_FORMAT', file, null, 'the PDF has no text layer (a scan?): expected text on its pages; run OCR first, or copy the text to .txt');
  return { format, blocks };
}

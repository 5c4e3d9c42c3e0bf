// Formats → the one intermediate (blocks): plain text and CSV here, the rest in seeds/formats/.
import { blocksFromText, csvRows, type Block, type SourceDocument } from './blocks';
import { ImportError } from './errors';
import { blocksFromDoc } from './formats/doc';
import { blocksFromDocx } from './formats/docx';
import { blocksFromHtml } from './formats/html';
import { blocksFromPositions, textOfPdf } from './formats/pdf';
import { blocksFromXlsx } from './formats/xlsx';
import { fieldOf, isHeaderWord, withOwnWords, type Field } from './columns';
import { headerFields } from './items';
import { decodeText, splitLines } from './text';

const BINARY = ['xlsx', 'docx', 'doc', 'pdf'] as const;
export type BinaryFormat = (typeof BINARY)[number];

const extensionOf = (file: string): string => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

export function binaryFormatOf(file: string): BinaryFormat | null {
  const ext = extensionOf(file);
  return BINARY.find((f) => f === ext) ?? null;
}

/** A CSV sheet as blocks: a row with one filled cell is a line of text (a title, a section), the rest are rows. */
export function blocksFromCsv(text: string): Block[] {
  return csvRows(text).map(({ cells, line }): Block => {
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length <= 1) return { kind: 'text', text: filled[0] ?? '', line, indented: false };
    return { kind: 'row', cells, line, origin: 'structured' };
  });
}

/** The OLE signature of Office 97–2003 files and of WPS's own (.wps, .et, .dps): D0 CF 11 E0 A1 B1 1A E1. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What to do with binary bytes of an office file the importer does not read (a workbook of Excel 97–2003 or WPS, a WPS
 * document, an Office file under another name); null for any other bytes — text (an .xls a system exported as text is
 * read as text), or UTF-16 with its byte-order mark.
 */
function officeFileOf(bytes: Uint8Array, ext: string): string | null {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bytes.includes(0) || utf16) return null;
  if (ext === 'xls' || ext === 'et') return `a .${ext} workbook (Excel 97–2003 / WPS) is not read: save it as .xlsx (or .csv) and import that`;
  if (ext === 'wps' || ext === 'wpt') return `a .${ext} document (WPS Writer) is not read: save it as .docx (or .doc) and import that`;
  if (OLE.every((b, i) => bytes[i] === b)) return 'an Office 97–2003 file under another name: name a Word document .doc to import it; save a workbook as .xlsx (or .csv)';
  return null;
}

/** A web page saved from a site: .html, and the names servers give pages (.shtml, .jhtml of government sites, .aspx, .php …). */
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'shtm', 'jhtml', 'asp', 'aspx', 'jsp', 'php', 'do']);

/** Text that is a page's source whatever its name (`page`, `list.txt`): it opens with a doctype, or an html, head, body or table tag. */
const looksLikeHtml = (text: string): boolean => /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>])/i.test(text.slice(0, 4000));

/** The text formats: .txt (and anything unnamed) as lines, .csv as rows, .html (by its name or its opening tags) through its parser. */
export function textSource(input: Uint8Array | string, file: string): SourceDocument {
  const ext = extensionOf(file);
  const office = typeof input === 'string' ? null : officeFileOf(input, ext);
  if (office) throw new ImportError('UNSUPPORTED_FORMAT', file, null, office);
  const { text, encoding } = decodeText(input, file);
  const other = encoding === 'utf-8' ? {} : { encoding };
  if (ext === 'csv') return { format: 'csv', blocks: blocksFromCsv(text), ...other };
  if (HTML_EXTENSIONS.has(ext) || looksLikeHtml(text)) return { format: 'html', blocks: blocksFromHtml(text), ...other };
  const lines = splitLines(text);
  // a sheet saved as CSV and sent on as .txt: a header of list words parted by commas among its first lines
  if (lines.slice(0, 40).some(isCsvHeader)) return { format: 'csv', blocks: blocksFromCsv(text), ...other };
  return { format: 'txt', blocks: blocksFromText(lines), ...other };
}

/** `序号,工作任务,牵头单位,完成时限`: a line of three or more list words, each a short column word, parted by ASCII commas. */
function isCsvHeader(line: string): boolean {
  if (line.includes('\t') || line.includes('，')) return false;
  const cells = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return cells.length >= 3 && cells.every((c) => isHeaderWord(c) && fieldOf(c) !== null) && headerFields(cells) !== null;
}

/** The binary formats, each read by a library into the same blocks. */
export async function binarySource(format: BinaryFormat, bytes: Uint8Array, file: string, onPage?: (done: number, total: number) => void, words: Readonly<Record<string, Field>> = {}): Promise<SourceDocument> {
  let blocks: Block[];
  try {
    if (format === 'xlsx') blocks = await blocksFromXlsx(bytes);
    else if (format === 'docx') blocks = await blocksFromDocx(bytes);
    else if (format === 'doc') blocks = await blocksFromDoc(bytes, file);
    else {
      const items = await textOfPdf(bytes, file, onPage);
      // a PDF's rows are rebuilt under the header its words find: the list's own words too (synchronously, after the await)
      blocks = withOwnWords(words, () => blocksFromPositions(items));
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('BINARY_DOCUMENT', file, null, `not a readable .${format} file: ${err instanceof Error ? err.message : String(err)}`);
  }
  // a scan without a text layer: there is nothing to read, and OCR is not the importer's job
  if (format === 'pdf' && blocks.length === 0) throw new ImportError('UNSUPPORTED_FORMAT', file, null, 'the PDF has no text layer (a scan?): expected text on its pages; run OCR first, or copy the text to .txt');
  return { format, blocks };
}

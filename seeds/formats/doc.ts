// A Word 97–2003 .doc (the binary format many government sites still publish) → blocks, its text read by word-extractor:
// paragraphs as text lines, table rows as rows (word-extractor ends every cell with a tab and every row with a line break).
import { Buffer } from 'node:buffer';
import WordExtractor from 'word-extractor';
import { blocksFromText, type Block } from '../blocks';
import { ImportError } from '../errors';
import { splitLines } from '../text';

/** A cell holding several paragraphs spans lines until the row's closing tab: the lines one row may gather, no more. */
const MAX_ROW_LINES = 50;
/** More cells than a task list's row ever has: a table whose row ends the file does not mark, its rows run into one line. */
const MAX_ROW_CELLS = 64;

/**
 * The blocks of the body text word-extractor gives: a line ending with a tab is a table row (its cells parted by tabs, the
 * closing one dropped); a line with a tab but none closing it opens a row whose cell goes on over the next lines, up to the
 * line that closes it (the cell's paragraphs kept as its lines). Any other line is read as a .txt line. A block's line is
 * its line in that text. A row of more than MAX_ROW_CELLS cells is refused, naming its line: the file did not mark where
 * its rows end, and guessing them would misplace every cell after the first ragged row.
 */
export function blocksFromDocText(text: string, file = 'document.doc'): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    let end = raw.endsWith('\t') ? i : -1;
    if (end < 0 && raw.includes('\t')) {
      for (let j = i + 1; j < Math.min(lines.length, i + MAX_ROW_LINES); j += 1) {
        if ((lines[j] ?? '').endsWith('\t')) {
          end = j;
          break;
        }
      }
    }
    if (end < 0) {
      // a paragraph is read as a .txt line is (a `|` row pasted in stays a row)
      blocks.push(...blocksFromText([raw]).map((b) => ({ ...b, line })));
      continue;
    }
    const cells = lines.slice(i, end + 1).join('\n').slice(0, -1).split('\t');
    if (cells.length > MAX_ROW_CELLS) {
      throw new ImportError('BINARY_DOCUMENT', file, line, `a table of ${cells.length} cells run into one row: the .doc does not mark where its rows end; open it in Word or WPS and save it as .docx, then import that`);
    }
    blocks.push({ kind: 'row', cells, line, origin: 'structured' });
    i = end;
  }
  return blocks;
}

export async function blocksFromDoc(bytes: Uint8Array, file: string): Promise<Block[]> {
  const document = await new WordExtractor().extract(Buffer.from(bytes));
  // the text as printed: by default the package turns “” into " and — into - (its types leave this option out)
  const body = (document as unknown as { getBody(options: { filterUnicode: boolean }): string }).getBody({ filterUnicode: false });
  return blocksFromDocText(body, file);
}

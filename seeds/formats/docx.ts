// A .docx document → blocks: its paragraphs as text and its tables' rows as rows (vertically merged cells handed down).
import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import type { Block } from '../blocks';

interface Cell {
  text: string;
  span: number;
  /** w:vMerge without restart: the cell continues the one above */
  continues: boolean;
}

/** Reads word/document.xml in one pass; a block's "line" is its position among the document's paragraphs and rows. */
export function blocksFromDocumentXml(xml: string): Block[] {
  const blocks: Block[] = [];
  let position = 0;
  let depth = 0; // table nesting
  let paragraph: string | null = null;
  let inText = false;
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let above: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:tbl') {
          depth += 1;
          if (depth === 1) above = [];
        } else if (name === 'w:tr' && depth === 1) row = [];
        else if (name === 'w:tc' && depth === 1) cell = { text: '', span: 1, continues: false };
        else if (name === 'w:gridspan' && cell) cell.span = Math.max(1, Number(attrs['w:val'] ?? 1) || 1);
        else if (name === 'w:vmerge' && cell) cell.continues = attrs['w:val'] !== 'restart';
        else if (name === 'w:p') paragraph = paragraph ?? '';
        else if (name === 'w:t') inText = true;
        else if ((name === 'w:tab' || name === 'w:br') && paragraph !== null) paragraph += name === 'w:tab' ? '\t' : '\n';
      },
      ontext(data) {
        if (inText && paragraph !== null) paragraph += data;
      },
      onclosetag(name) {
        if (name === 'w:t') inText = false;
        else if (name === 'w:p' && paragraph !== null) {
          if (cell) cell.text += cell.text === '' ? paragraph : `\n${paragraph}`;
          else if (depth === 0) blocks.push({ kind: 'text', text: paragraph, line: (position += 1), indented: false });
          paragraph = null;
        } else if (name === 'w:tc' && depth === 1 && row && cell) {
          row.push(cell);
          cell = null;
        } else if (name === 'w:tr' && depth === 1 && row) {
          const cells: string[] = [];
          const merged: boolean[] = [];
          for (const c of row) {
            for (let k = 0; k < c.span; k += 1) {
              const col = cells.length;
              const value = k > 0 ? '' : c.continues ? (above[col] ?? '') : c.text.trim();
              cells.push(value);
              merged.push(k > 0 || c.continues);
            }
          }
          above = cells;
          blocks.push({ kind: 'row', cells, merged, line: (position += 1), origin: 'structured' });
          row = null;
        } else if (name === 'w:tbl') depth = Math.max(0, depth - 1);
      },
    },
    { xmlMode: true, lowerCaseTags: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return blocks;
}

export async function blocksFromDocx(bytes: Uint8Array): Promise<Block[]> {
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('no word/document.xml: not a Word document');
  return blocksFromDocumentXml(await document.async('string'));
}

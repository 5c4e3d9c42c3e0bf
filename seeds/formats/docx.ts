// A .docx document → blocks: its paragraphs as text and its tables' rows as rows (vertically merged cells handed down), Word's
// own numbers printed.
import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import type { Block } from '../blocks';
import { readNumbering, type Numbering } from './docx-numbering';

interface Cell {
  text: string;
  span: number;
  /** w:vMerge without restart: the cell continues the one above */
  continues: boolean;
}

/**
 * Reads word/document.xml in one pass; a block's "line" is its position among the document's paragraphs and rows. A
 * paragraph Word numbers itself (w:numPr) opens with the number it shows (`numbering`, from word/numbering.xml); a cell
 * holding only such a number (an auto-numbered 序号) holds it without its closing mark (`1.` → `1`).
 */
export function blocksFromDocumentXml(xml: string, numbering: Numbering = readNumbering(null)): Block[] {
  const blocks: Block[] = [];
  let position = 0;
  let depth = 0; // table nesting
  let paragraph: string | null = null;
  let list: { numId: string; ilvl: number } | null = null;
  let inText = false;
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let above: string[] = [];
  // a text box's content stands twice, as DrawingML and as the VML fallback for old readers: the fallback is not read again
  let fallback = 0;
  // a text box's paragraphs sit inside a paragraph of the text: the paragraph around them waits while they are read
  const around: { text: string; list: { numId: string; ilvl: number } | null }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'mc:fallback') fallback += 1;
        if (fallback > 0) return;
        if (name === 'w:tbl') {
          depth += 1;
          if (depth === 1) above = [];
        } else if (name === 'w:tr' && depth === 1) row = [];
        else if (name === 'w:tc' && depth === 1) cell = { text: '', span: 1, continues: false };
        else if (name === 'w:gridspan' && cell) cell.span = Math.max(1, Number(attrs['w:val'] ?? 1) || 1);
        else if (name === 'w:vmerge' && cell) cell.continues = attrs['w:val'] !== 'restart';
        else if (name === 'w:p') {
          if (paragraph !== null) around.push({ text: paragraph, list });
          paragraph = '';
          list = null;
        } else if (name === 'w:numid' && paragraph !== null) list = { numId: attrs['w:val'] ?? '0', ilvl: list?.ilvl ?? 0 };
        else if (name === 'w:ilvl' && paragraph !== null) list = { numId: list?.numId ?? '0', ilvl: Number(attrs['w:val'] ?? 0) || 0 };
        else if (name === 'w:t') inText = true;
        else if ((name === 'w:tab' || name === 'w:br') && paragraph !== null) paragraph += name === 'w:tab' ? '\t' : '\n';
      },
      ontext(data) {
        if (inText && paragraph !== null && fallback === 0) paragraph += data;
      },
      onclosetag(name) {
        if (name === 'mc:fallback') fallback = Math.max(0, fallback - 1);
        if (fallback > 0) return;
        if (name === 'w:t') inText = false;
        else if (name === 'w:p' && paragraph !== null) {
          const label = list && list.numId !== '0' ? numbering.next(list.numId, list.ilvl) : null;
          if (label) paragraph = cell && paragraph.trim() === '' ? label.replace(/[.、．）)]$/, '').replace(/^[（(]/, '') : `${label}${paragraph}`;
          if (cell) cell.text += cell.text === '' ? paragraph : `\n${paragraph}`;
          else if (depth === 0) blocks.push({ kind: 'text', text: paragraph, line: (position += 1), indented: false });
          const outer = around.pop();
          paragraph = outer?.text ?? null;
          list = outer?.list ?? null;
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
  const numbering = zip.file('word/numbering.xml');
  return blocksFromDocumentXml(await document.async('string'), readNumbering(numbering ? await numbering.async('string') : null));
}

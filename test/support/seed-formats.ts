// Test helper: a seed document's rows and paragraphs, written as HTML, CSV or an xlsx workbook, the way offices keep them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SEEDS_DIR } from '../../seeds/catalog';

export type Part = { kind: 'p'; text: string } | { kind: 'row'; cells: string[] };

/** Paragraphs and table rows of a seed: tab rows stay rows; a run of tab-indented cell lines is one row. */
export const seedParts = (file: string): Part[] => partsOf(readFileSync(join(SEEDS_DIR, file), 'utf8'));

/** Paragraphs and table rows of a text document: tab rows stay rows; a run of tab-indented cell lines is one row. */
export function partsOf(text: string): Part[] {
  const lines = text.split(/\r?\n/);
  const parts: Part[] = [];
  let cells: string[] | null = null;
  let width = 0;
  for (const line of lines) {
    if (line.startsWith('\t') && !line.slice(1).includes('\t')) {
      cells ??= [];
      cells.push(line.slice(1));
      continue;
    }
    if (cells) {
      width = Math.max(width, cells.length);
      // a section heading alone in its group sits in the task column of an otherwise empty row
      parts.push({ kind: 'row', cells: cells.length === 1 ? ['', cells[0] ?? '', ...Array<string>(Math.max(0, width - 2)).fill('')] : cells });
      cells = null;
    }
    // `a | b |`: a web table as the store printed it, a table row again in the page
    // …a Markdown row's opening bar (`| 序号 | 工作任务 |`) opens its first cell, as blocks.ts reads it
    if (/ \| .*\|\s*$/.test(line)) parts.push({ kind: 'row', cells: line.replace(/\|\s*$/, '').replace(/^\s*\|(?=\s)/, '').split('|').map((c) => c.trim()) });
    else if (line.includes('\t')) parts.push({ kind: 'row', cells: line.split('\t') });
    else if (line.trim() !== '') parts.push({ kind: 'p', text: line });
  }
  if (cells) parts.push({ kind: 'row', cells });
  return parts;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toHtml(parts: Part[]): string {
  const out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>清单</title><style>td{border:1px}</style></head><body>'];
  let open = false;
  for (const part of parts) {
    if (part.kind === 'row' && !open) out.push('<table border="1">');
    if (part.kind === 'p' && open) out.push('</table>');
    open = part.kind === 'row';
    out.push(part.kind === 'p' ? `<p>${esc(part.text)}</p>` : `<tr>${part.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
  }
  if (open) out.push('</table>');
  out.push('</body></html>');
  return out.join('\n');
}

const csvCell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(parts: Part[]): string {
  return parts.map((p) => (p.kind === 'p' ? csvCell(p.text) : p.cells.map(csvCell).join(','))).join('\r\n');
}

export async function toXlsx(parts: Part[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('清单');
  for (const part of parts) sheet.addRow(part.kind === 'p' ? [part.text] : part.cells);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const xml = (s: string): string => esc(s).replace(/"/g, '&quot;');
const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;

/** A minimal Word document: paragraphs, and each run of rows as one table (cells of one paragraph a line). */
export async function toDocx(parts: Part[]): Promise<Uint8Array> {
  const body: string[] = [];
  let open = false;
  for (const part of parts) {
    if (part.kind === 'row' && !open) body.push('<w:tbl>');
    if (part.kind === 'p' && open) body.push('</w:tbl>');
    open = part.kind === 'row';
    body.push(part.kind === 'p' ? para(part.text) : `<w:tr>${part.cells.map((c) => `<w:tc>${c.split('\n').map(para).join('')}</w:tc>`).join('')}</w:tr>`);
  }
  if (open) body.push('</w:tbl>');
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

// Test helper: a seed's paragraphs and rows written as a small PDF with a CJK text layer (no embedded font: an Adobe CJK CMap names the glyphs).
import type { Part } from '../support/seed-formats';

/** UTF-16BE hex of a string, as the UniGB-UCS2-H CMap reads a string's bytes (the seeds hold no characters past U+FFFF). */
const hex = (s: string): string => [...s].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');

const LINES_PER_PAGE = 50;
const FONT = 8;

/** Where each column starts: wide enough for its longest cell, and a gap of 6 ems before the next. */
function columnStarts(parts: readonly Part[]): number[] {
  const widths: number[] = [];
  for (const part of parts) {
    if (part.kind === 'row') part.cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length * FONT)));
  }
  const starts = [40];
  for (const w of widths) starts.push((starts.at(-1) ?? 40) + w + 6 * FONT);
  return starts;
}

/** A paragraph wider than an A4 page broken into lines, as a PDF prints it (pdfjs leaves out what runs off the page). */
const PARAGRAPH_CHARS = 90;
const wrapped = (parts: readonly Part[]): Part[] =>
  parts.flatMap((part): Part[] => {
    if (part.kind === 'row') return [part];
    const chars = [...part.text];
    const lines: Part[] = [];
    for (let i = 0; i < chars.length; i += PARAGRAPH_CHARS) lines.push({ kind: 'p', text: chars.slice(i, i + PARAGRAPH_CHARS).join('') });
    return lines;
  });

/** Each part on a line of its own; a row's cells at the x of their column, as a PDF table places them. */
function pageContents(parts: readonly Part[]): string[] {
  const starts = columnStarts(parts);
  const pages: string[][] = [];
  wrapped(parts).forEach((part, i) => {
    if (i % LINES_PER_PAGE === 0) pages.push([]);
    const y = 560 - (i % LINES_PER_PAGE) * 10;
    const cells = part.kind === 'p' ? [part.text] : part.cells;
    cells.forEach((cell, c) => {
      if (cell.trim() !== '') pages.at(-1)?.push(`BT /F1 ${FONT} Tf 1 0 0 1 ${starts[c] ?? 40} ${y} Tm <${hex(cell)}> Tj ET`);
    });
  });
  return pages.map((p) => p.join('\n'));
}

/** A PDF 1.7 file: catalog, pages, one Type0 font (STSong-Light, UniGB-UCS2-H, with its descriptor), a content stream per page, and its xref. */
export function toPdf(parts: readonly Part[]): Uint8Array {
  const contents = pageContents(parts);
  // a page as wide as the table (pdfjs leaves out text placed off the page), or at least A4 landscape
  const width = Math.max(842, Math.ceil((columnStarts(parts).at(-1) ?? 0) + 40));
  const pageIds = contents.map((_, i) => 6 + 2 * i);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  contents.forEach((content, i) => {
    // page i is object 6 + 2i, its content stream the object after it
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} 595] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.7\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // every character above is ASCII (the text is hex), so string length is byte length
  return new TextEncoder().encode(out);
}

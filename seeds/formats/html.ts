// HTML as published → blocks: paragraphs as text, table rows as rows (rowspan and colspan spread, merged cells marked).
import { Parser } from 'htmlparser2';
import type { Block, RowBlock } from '../blocks';

const BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'tr', 'title', 'blockquote', 'dd', 'dt']);
const SKIP = new Set(['script', 'style', 'head', 'noscript']);

/** 1-based line of a character offset, for offsets that only grow (one pass over the newlines). */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset && at < text.length; at += 1) if (text.charCodeAt(at) === 10) line += 1;
    return line;
  };
}

interface TableState {
  rows: RowBlock[];
  cells: string[];
  merged: boolean[];
  /** cells of rows above that span down: column → text and rows still to fill */
  spans: Map<number, { text: string; left: number }>;
  rowLine: number;
}

/** Parses in one pass; nested tables read as text of the cell that holds them. */
export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const lineAt = lineCounter(html);
  let text = '';
  let textLine = 1;
  let skip = 0;
  let table: TableState | null = null;
  let tableDepth = 0;
  let cell: { text: string; rowspan: number; colspan: number } | null = null;
  const flushText = (): void => {
    const t = text.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t !== '') blocks.push({ kind: 'text', text: t, line: textLine, indented: false });
    text = '';
  };
  const placeSpans = (t: TableState): void => {
    for (let col = t.cells.length; t.spans.has(col); col = t.cells.length) {
      const span = t.spans.get(col);
      if (!span) break;
      t.cells.push(span.text);
      t.merged.push(true);
      if (--span.left === 0) t.spans.delete(col);
    }
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skip += 1;
        if (skip > 0) return;
        const line = lineAt(parser.startIndex);
        if (name === 'table') {
          tableDepth += 1;
          if (tableDepth === 1) {
            flushText();
            table = { rows: [], cells: [], merged: [], spans: new Map(), rowLine: line };
          }
        } else if (tableDepth === 1 && table && name === 'tr') {
          table.cells = [];
          table.merged = [];
          table.rowLine = line;
        } else if (tableDepth === 1 && table && (name === 'td' || name === 'th')) {
          placeSpans(table);
          cell = { text: '', rowspan: Math.max(1, Number(attrs.rowspan ?? 1) || 1), colspan: Math.max(1, Number(attrs.colspan ?? 1) || 1) };
        } else if (name === 'br' || BLOCK.has(name)) {
          if (cell) cell.text += '\n';
          else if (tableDepth === 0) {
            flushText();
            textLine = line;
          }
        }
      },
      ontext(data) {
        if (skip > 0) return;
        if (cell) cell.text += data;
        else if (tableDepth === 0) {
          if (text.trim() === '') textLine = lineAt(parser.startIndex);
          text += data;
        }
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        const t: TableState | null = table;
        if (name === 'table') {
          tableDepth = Math.max(0, tableDepth - 1);
          if (tableDepth === 0 && t) {
            blocks.push(...t.rows);
            table = null;
          }
        } else if (tableDepth === 1 && t && (name === 'td' || name === 'th') && cell) {
          const value = cell.text.replace(/[ \t\r\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
          // a cell spanning columns holds its value in the first; one spanning rows gives it to every row below
          for (let c = 0; c < cell.colspan; c += 1) {
            const col = t.cells.length;
            t.cells.push(c === 0 ? value : '');
            t.merged.push(c > 0);
            if (cell.rowspan > 1) t.spans.set(col, { text: value, left: cell.rowspan - 1 });
          }
          cell = null;
        } else if (tableDepth === 1 && t && name === 'tr') {
          placeSpans(t);
          if (t.cells.some((c) => c !== '')) t.rows.push({ kind: 'row', cells: t.cells, merged: t.merged, line: t.rowLine, origin: 'structured' });
        } else if (BLOCK.has(name) && tableDepth === 0) flushText();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flushText();
  return blocks;
}

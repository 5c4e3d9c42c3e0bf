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

/**
 * Which tables, in the order they open, only lay the page out: a table holding another table whose own rows have three
 * cells at most (a site's frame: a navigation row, then one cell with the article). Its rows and cells are read as the
 * page's blocks of text, and the tables inside it as tables.
 */
function layoutTables(html: string): boolean[] {
  const layout: boolean[] = [];
  const open: { index: number; nested: boolean; widest: number; cells: number }[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip += 1;
        if (skip > 0) return;
        const top = open.at(-1);
        if (name === 'table') {
          if (top) top.nested = true;
          open.push({ index: layout.length, nested: false, widest: 0, cells: 0 });
          layout.push(false);
        } else if (top && name === 'tr') top.cells = 0;
        else if (top && (name === 'td' || name === 'th')) top.widest = Math.max(top.widest, (top.cells += 1));
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (skip > 0 || name !== 'table') return;
        const t = open.pop();
        if (t) layout[t.index] = t.nested && t.widest <= 3;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return layout;
}

/** Parses in one pass; a layout table's cells read as text, a table nested in a data table as text of the cell that holds it. */
export function blocksFromHtml(html: string): Block[] {
  const layout = layoutTables(html);
  let tableIndex = 0;
  /** the tables open now, innermost last: whether each only lays the page out */
  const frames: boolean[] = [];
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
        const inFrame = frames.at(-1) === true;
        if (name === 'table') {
          const frame = layout[tableIndex++] === true && tableDepth === 0;
          frames.push(frame);
          if (frame) {
            flushText();
            textLine = line;
            return;
          }
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
        } else if (name === 'br' || BLOCK.has(name) || (inFrame && (name === 'td' || name === 'th'))) {
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
        if (name === 'table' && frames.pop() === true) flushText();
        else if (name === 'table') {
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

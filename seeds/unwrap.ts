// Text a copy hard-wrapped at a fixed width (a PDF's text layer pasted, a page converted from one): its lines joined back into paragraphs.
import type { Block, TextBlock } from './blocks';
import { fieldOf, labelLine } from './columns';
import { IMPORT_LIMITS } from './limits';
import { markerOf } from './marks';
import type { Reporter } from './reporter';
import { openBrackets, sectionHeading } from './text';

/** How wide a line prints (its indent too: a wrapped line fills the width from the margin): a CJK or full-width character one em, an ASCII one (a digit, a Latin letter, `.` `,`) half of one. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/** Lines narrower than this are headings, names and cells, never the evidence of a wrap. */
const MIN_WIDTH = 16;
/** How many full lines show a wrap: fewer could be lines of the same length by chance. */
const MIN_FULL = 4;
/** A line this close to the width (ems) filled it: ASCII and punctuation leave a wrapped line up to that short. */
const SLACK = 1.5;

/**
 * The width a document is wrapped at, or null when its lines show none: the widest width (whole ems) that at least
 * MIN_FULL lines reach within SLACK and that over half of the long lines reach, no line of its text much wider. A list
 * whose paragraphs are each a line (a web page, a Word file) has widths scattered over the whole range: no such width.
 */
export function wrapWidth(texts: readonly string[]): number | null {
  const widths = texts.map((t) => printedWidth(t.trimEnd())).filter((w) => w >= MIN_WIDTH);
  if (widths.length < MIN_FULL) return null;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1);
  const [mode] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0];
  const full = widths.filter((w) => w >= mode - SLACK && w <= mode + 1).length;
  const wider = widths.filter((w) => w > mode + 1).length;
  return full >= MIN_FULL && full * 3 > widths.length && wider * 10 <= widths.length ? mode : null;
}

/** A line that ends a sentence or a bracket (an item's roles): the paragraph may end with it even when it fills the line
 * (a semicolon or a colon at the width does not: `…重点抓好以下工作:一是…;` goes on with `二是…`). */
const ENDS = /[。！!？?）)〕\]】]$/;
/** A line that starts the roles of the sentence above (`（市发改委牵头）`): part of that paragraph wherever the wrap fell. */
const OPENS_ROLES = /^[（(〔[【]/;

/**
 * The blocks with each text line that fills the document's wrap width joined to the line under it, the paragraph the
 * copy cut; a full line that ends a sentence is joined only to a bracket of roles. A row, an indented cell, a blank
 * line and a line under the width end a paragraph. Blocks of a document not wrapped are returned as they are; a
 * joined one keeps its first line's number, and one report line says how many wraps were joined.
 */
export function unwrapped(blocks: readonly Block[], reporter: Reporter): Block[] {
  const texts = blocks.filter((b): b is TextBlock => b.kind === 'text' && !b.indented).map((b) => b.text);
  const width = wrapWidth(texts);
  if (width === null) return brokenJoined(blocks, reporter);
  const out: Block[] = [];
  let joins = 0;
  let first: { line: number; text: string } | null = null;
  // the paragraph being built, kept as its pieces and what joining needs of it, so a long one costs no more than its lines:
  // the printed width of its last source line, how many brackets it leaves open, and its last character
  let open: { at: number; pieces: string[]; length: number; tail: number; brackets: number; last: string } | null = null;
  const close = (): void => {
    if (open && open.pieces.length > 1) out[open.at] = { ...(out[open.at] as TextBlock), text: open.pieces.join('') };
    open = null;
  };
  for (const b of blocks) {
    const piece = b.kind === 'text' ? b.text.trim() : '';
    // a paragraph joined no longer than a line may be: the limit a user's file is held to is its own lines'
    if (open && b.kind === 'text' && !b.indented && piece !== '' && open.length + piece.length <= IMPORT_LIMITS.lineChars && joinable(open, piece, width)) {
      open.pieces.push(piece);
      open.length += piece.length;
      open.tail = printedWidth(b.text.trimEnd());
      open.brackets = openBrackets(piece, open.brackets);
      open.last = piece.at(-1) ?? '';
      joins += 1;
      first ??= { line: out[open.at]?.line ?? b.line, text: (open.pieces[0] ?? '').slice(0, 40) };
      continue;
    }
    close();
    out.push(b);
    if (b.kind === 'text' && !b.indented && piece !== '') open = { at: out.length - 1, pieces: [b.text.trimEnd()], length: b.text.length, tail: printedWidth(b.text.trimEnd()), brackets: openBrackets(piece), last: piece.at(-1) ?? '' };
  }
  close();
  if (first) reporter.add('rowMerged', null, first.line, first.text, `文本按约 ${width} 字的固定行宽折行（PDF 等的复制件）：${joins} 处折断的段落已接回后再读 (hard-wrapped lines joined)`);
  return out;
}

/** Whether `next` goes on the paragraph being built: its last source line filled the width, and nothing says a new one starts. */
function joinable(paragraph: { tail: number; brackets: number; last: string }, next: string, width: number): boolean {
  if (paragraph.tail < width - SLACK) return false;
  // a line opening an item or a section starts a paragraph of its own, whatever filled the line above
  if (markerOf(next) !== null || sectionHeading(next) !== null) return false;
  // …inside a bracket still open (`（牵头单位：市教育局；` / `共同责任单位：…）`) neither a stop nor a label ends one
  if (paragraph.brackets > 0) return true;
  if (labelLine(next) !== null) return false;
  // …and so does a card's line, a place then its first label (`县人民医院 存在问题:…`)
  const card = /^[^\s\u3000：:]{2,20}[ \u3000]+([\u4e00-\u9fff]{2,8})[：:]/.exec(next);
  if (card && fieldOf(card[1] ?? '') !== null) return false;
  return !ENDS.test(paragraph.last) || OPENS_ROLES.test(next);
}

/** A line that cannot open a paragraph: it starts with a stop, a comma or a closing bracket (`。(运管所)`, `）`). */
const CLOSES_ABOVE = /^[。，、；;：:）)〕\]】]/;

/**
 * A copy too short to show the width it was wrapped at (`二、 三角坪、火车站非法营运车辆多。(运管所、执法大队、交` over
 * `警大队)`): a line is joined to the one above only where it cannot stand alone — it opens with a stop or a closing
 * bracket, or closes a bracket the line above left open and opens no item. One report line says how many were joined.
 */
function brokenJoined(blocks: readonly Block[], reporter: Reporter): Block[] {
  const out: Block[] = [];
  let joins = 0;
  let first: { line: number; text: string } | null = null;
  for (const b of blocks) {
    const above = out.at(-1);
    const piece = b.kind === 'text' ? b.text.trim() : '';
    const open = above?.kind === 'text' ? openBrackets(above.text.slice(-LOOK_BACK)) : 0;
    const closes = open > 0 && markerOf(piece) === null && sectionHeading(piece) === null && openBrackets(piece, open) < open;
    if (b.kind === 'text' && above?.kind === 'text' && piece !== '' && above.text.trim() !== '' && above.text.length + piece.length <= IMPORT_LIMITS.lineChars && (CLOSES_ABOVE.test(piece) || closes)) {
      out[out.length - 1] = { ...above, text: `${above.text.trimEnd()}${piece}` };
      joins += 1;
      first ??= { line: above.line, text: above.text.trim().slice(0, 40) };
      continue;
    }
    out.push(b);
  }
  if (first) reporter.add('rowMerged', null, first.line, first.text, `${joins} 行不能自成一段（以句号或右括号开头，或闭合上一行未闭合的括号）：接回上一行后再读 (broken lines joined)`);
  return out;
}

/** How much of the line above is looked at for a bracket it leaves open: more than any bracket of roles. */
const LOOK_BACK = 400;

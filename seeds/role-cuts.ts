// Items run together on one line, each closed by its roles (`…。（X牵头）（二）…` / `…。（X牵头）Y…。（Z牵头）`): the line cut after each.
import { scanDates } from './date-phrases';
import { bracketGroups, readRoleGroup } from './roles';

/** Where a sentence ends right before a role group (`。（X牵头）`), or the line opens with one (its item began on the line above). */
const SENTENCE_END = /[。；;！!]$/;

/** A deadline phrase (`12月底前`, `2023年6月底前完成`), not a year named in passing (`我市2010年耕地保有量`). */
function datesTheItem(text: string): boolean {
  const scan = scanDates(text, 2000);
  return scan.found.some((d) => d.marked);
}

/** The punctuation that closes a role group's clause: `（X牵头）。` ends the sentence, `（X牵头），` the clause. */
const CLAUSE_CLOSE = /^[\s\u3000]*[。；;，,]/;

/**
 * The pieces of a line cut after every role group that closes a sentence and is followed by more text, or null
 * when there is no such cut. A role group closes its item, so what follows it is the next item, numbered or
 * not (`…增长11%左右。(省发改委负责)(二)公共财政收入…`). A bracket inside a sentence (`推进A（X牵头），推进B`)
 * is not a cut, unless the text after it is closed by a role group of its own (`推进A（X牵头），推进B（Y牵头）。`,
 * `…政策体系（X牵头）。在…（Y负责）`): then each clause is an item, cut after the punctuation that closes it.
 * One pass over the line's bracket groups (each group's roles read once).
 */
export function splitAfterRoles(line: string): string[] | null {
  const groups = bracketGroups(line);
  const roles = groups.map((g) => readRoleGroup(g.inner) !== null);
  // whether a role group comes after group k: one pass from the end
  const laterRoles: boolean[] = [];
  for (let k = groups.length - 1, seen = false; k >= 0; k -= 1) {
    laterRoles[k] = seen;
    seen ||= roles[k] === true;
  }
  const cuts: number[] = [];
  groups.forEach((g, k) => {
    if (!roles[k]) return;
    const before = line.slice(0, g.start).trimEnd();
    const after = line.slice(g.end);
    if (after.trim() === '') return;
    const close = CLAUSE_CLOSE.exec(after);
    if (close) {
      if (laterRoles[k] && after.slice(close[0].length).trim() !== '') cuts.push(g.end + close[0].length);
      return;
    }
    if (before !== '' && !SENTENCE_END.test(before)) return;
    if (/^[\s\u3000]*、/.test(after)) return;
    // `（X牵头）12月底前完成。`: a date after the roles is the item's schedule, not the next item (unless a role group follows it)
    if (!laterRoles[k] && bracketGroups(after).length === 0 && datesTheItem(after)) return;
    cuts.push(g.end);
  });
  if (cuts.length === 0) return null;
  const pieces: string[] = [];
  let start = 0;
  for (const at of cuts) {
    pieces.push(line.slice(start, at).trim());
    start = at;
  }
  pieces.push(line.slice(start).trim());
  // a clause cut after its comma keeps the roles at its end, not the comma
  return pieces.map((p) => p.replace(/[，,]$/, '')).filter((p) => p !== '');
}

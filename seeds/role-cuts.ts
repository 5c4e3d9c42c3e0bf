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

/**
 * The pieces of a line cut after every role group that closes a sentence and is followed by more text, or null
 * when there is no such cut. A role group closes its item, so what follows it is the next item, numbered or
 * not (`…增长11%左右。(省发改委负责)(二)公共财政收入…`). A bracket inside a sentence (`推进A（X牵头），推进B`)
 * is not a cut: only one preceded by a full stop, or opening the line. One pass over the line's bracket groups.
 */
export function splitAfterRoles(line: string): string[] | null {
  const cuts: number[] = [];
  for (const g of bracketGroups(line)) {
    const before = line.slice(0, g.start).trimEnd();
    if (before !== '' && !SENTENCE_END.test(before)) continue;
    const after = line.slice(g.end);
    if (after.trim() === '' || /^[\s\u3000]*[。；;，,、]/.test(after)) continue;
    // `（X牵头）12月底前完成。`: a date after the roles is the item's schedule, not the next item (unless a role group follows it)
    if (bracketGroups(after).length === 0 && datesTheItem(after)) continue;
    if (readRoleGroup(g.inner) === null) continue;
    cuts.push(g.end);
  }
  if (cuts.length === 0) return null;
  const pieces: string[] = [];
  let start = 0;
  for (const at of cuts) {
    pieces.push(line.slice(start, at).trim());
    start = at;
  }
  pieces.push(line.slice(start).trim());
  return pieces.filter((p) => p !== '');
}

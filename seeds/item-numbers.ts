// Numbers for items printed without one (a sentence closed by its roles) in a list whose other items are numbered.

/** What numbering needs of an item: its mark's style and number, its section and its source line. */
export interface NumberedDraft {
  marker: { style: string; n: number };
  section: { id: string } | null;
  line: number;
}

export interface Placed<D> {
  /** the number an item on a line of its own takes by its place */
  n: Map<D, number>;
  /** an item that is a further part of a numbered one: that item, and which part it is (2, 3, …) */
  parts: Map<D, { of: D; k: number }>;
}

/**
 * After a numbered item of their section: a piece cut from the same line as the item before it is a further part
 * of that item (`（一）…（X牵头）。…（Y负责），…（Z牵头）` → 1, 1.2, 1.3); an item on a line of its own continues the
 * numbering (its mark lost, as a mis-decoded copy loses （二）), unless that would reach the next numbered item's
 * number, when it is a part too. Items before any numbered one keep the count the reader gave them. One pass each way.
 */
export function placeUnnumbered<D extends NumberedDraft>(drafts: readonly D[]): Placed<D> {
  const n = new Map<D, number>();
  const parts = new Map<D, { of: D; k: number }>();
  const next: (D | null)[] = [];
  for (let i = drafts.length - 1, seen: D | null = null; i >= 0; i -= 1) {
    next[i] = seen;
    if (drafts[i]?.marker.style !== 'none') seen = drafts[i] ?? null;
  }
  let base: D | null = null;
  /** the number the last whole item took */
  let last = 0;
  let previousLine = -1;
  let k = 1;
  drafts.forEach((d, i) => {
    const line = previousLine;
    previousLine = d.line;
    if (d.marker.style !== 'none') {
      base = d;
      last = d.marker.n;
      k = 1;
      return;
    }
    if (!base || base.section?.id !== d.section?.id) return;
    const following = next[i];
    const free = !following || following.section?.id !== d.section?.id || following.marker.n > last + 1;
    if (line !== d.line && free) {
      last += 1;
      n.set(d, last);
      return;
    }
    k += 1;
    parts.set(d, { of: base, k });
  });
  return { n, parts };
}

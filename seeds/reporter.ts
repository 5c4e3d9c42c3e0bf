// Reporter: collects the import report's lines (one per guess, repair or override) while a document is read.
import type { ReportKind, ReportLine } from '../machines/report';

export class Reporter {
  readonly lines: ReportLine[] = [];

  add(kind: ReportKind, taskNo: string | null, line: number | null, raw: string, decision: string): void {
    this.lines.push({ kind, taskNo, line, raw, decision });
  }

  /** Takes the lines another reporter noted (a reader's attempt that is kept), one by one: a spread of many would overflow the stack. */
  takeFrom(other: Reporter): void {
    for (const line of other.lines) this.lines.push(line);
  }

  counts(): Partial<Record<ReportKind, number>> {
    const counts: Partial<Record<ReportKind, number>> = {};
    for (const { kind } of this.lines) counts[kind] = (counts[kind] ?? 0) + 1;
    return counts;
  }
}

// Test helper: hostile documents at the importer's size limits, and a wall-clock-free check that work grows linearly.
import { ImportError, importDocument, IMPORT_LIMITS } from '../../seeds';

/** The error code an import ends with, or 'ok'. */
export function outcome(doc: string, file = 'hostile.txt'): string {
  try {
    importDocument(doc, file);
    return 'ok';
  } catch (err) {
    if (err instanceof ImportError) return err.code;
    throw err;
  }
}

const bestOf = (runs: number, fn: () => void): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

/**
 * How much longer the input of size 4n takes than the one of size n (best of five runs each). Linear work gives
 * about 4, quadratic about 16: a bound of 12 separates them without asserting any wall-clock time (10 was met
 * by linear work at 10.3 once, on a loaded machine).
 */
export function growth(make: (n: number) => string, n: number): { ratio: number; small: number; large: number } {
  outcome(make(n)); // warm the code paths first
  const small = bestOf(5, () => outcome(make(n)));
  const large = bestOf(5, () => outcome(make(4 * n)));
  return { ratio: large / Math.max(small, 0.5), small, large };
}

/** Lines of CJK text as long as the line limit allows, as many as fit the document limit (3 bytes a character). */
export function linesAtLimit(line: (i: number) => string): string {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < IMPORT_LIMITS.documentBytes - 40_000; i += 1) {
    const l = line(i);
    lines.push(l);
    bytes += Buffer.byteLength(l) + 1;
  }
  return lines.join('\n');
}

/** `unit` repeated until the text reaches `chars` characters. */
export const fill = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

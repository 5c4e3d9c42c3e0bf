// A document written as lines, imported as a .txt, for the import specifications' examples (their roles in document order).
import { ImportError } from '../../seeds/errors';
import { importDocument, type ImportOptions } from '../../seeds/import';

/** Imports the lines joined as one text document (`spec.txt` unless a file name is given). */
export const readLines = (lines: readonly string[], options: ImportOptions & { file?: string } = {}) => {
  const { file = 'spec.txt', ...rest } = options;
  return importDocument(lines.join('\n'), file, rest);
};

/** Each task's [leadUnits, assistingUnits], in document order. */
export const rolesOf = (lines: readonly string[], options: ImportOptions & { file?: string } = {}) => readLines(lines, options).plan.tasks.map((t) => [t.leadUnits, t.assistingUnits]);

/** The ImportError a run is refused with; any other error is rethrown, and a run that is not refused fails the test. */
export function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected a refusal (ImportError)');
}

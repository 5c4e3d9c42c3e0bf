// IMPORT_LIMITS: the named bounds on a document, checked before any reader runs, so no input can make an import slow or huge.
import { ImportError } from './errors';

/**
 * Every limit the importer enforces. The gateway and CLI document these values; a document past one is
 * refused with the code beside it, naming the file, the line and the limit.
 */
export const IMPORT_LIMITS = {
  /** DOCUMENT_TOO_LARGE: bytes of the file as handed in (any format) */
  documentBytes: 2 * 1024 * 1024,
  /** LINE_TOO_LONG: characters of one line of text (or one cell of a table) */
  lineChars: 10_000,
  /** TOO_MANY_TASKS: tasks one plan may hold */
  tasks: 5_000,
} as const;

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

export function checkDocumentSize(bytes: number, file: string): void {
  if (bytes > IMPORT_LIMITS.documentBytes) {
    throw new ImportError('DOCUMENT_TOO_LARGE', file, null, `the document has ${bytes} bytes (${mib(bytes)}); the limit is ${IMPORT_LIMITS.documentBytes} bytes (${mib(IMPORT_LIMITS.documentBytes)})`);
  }
}

/** Refuses the first line (or cell) longer than IMPORT_LIMITS.lineChars, naming its 1-based line. */
export function checkLineLengths(texts: readonly { text: string; line: number }[], file: string): void {
  for (const { text, line } of texts) {
    if (text.length > IMPORT_LIMITS.lineChars) {
      throw new ImportError('LINE_TOO_LONG', file, line, `a line of ${text.length} characters; the limit is ${IMPORT_LIMITS.lineChars}`);
    }
  }
}

export function checkTaskCount(count: number, file: string, line: number | null): void {
  if (count > IMPORT_LIMITS.tasks) {
    throw new ImportError('TOO_MANY_TASKS', file, line, `more than ${IMPORT_LIMITS.tasks} tasks (the limit per plan)`);
  }
}

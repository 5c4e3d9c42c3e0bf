// ImportError: a document the importer cannot read, with a code a caller can act on and the file and line.
export const IMPORT_ERROR_CODES = [
  'EMPTY_DOCUMENT',
  'BINARY_DOCUMENT',
  'DOCUMENT_TOO_LARGE',
  'LINE_TOO_LONG',
  'TOO_MANY_TASKS',
  'UNSUPPORTED_FORMAT',
  'UNKNOWN_LAYOUT',
  'MISSING_COLUMN',
  'NO_LEAD_UNIT',
  'NO_ISSUE_DATE',
  'BAD_ROW',
  'BAD_OVERRIDE',
  'BAD_REBASE',
  'TOO_MANY_MEMBERS',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly line: number | null;

  /** The message names file and line and says what was wrong; the code travels beside it, not inside it. */
  constructor(code: ImportErrorCode, file: string, line: number | null, detail: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${detail}`);
    this.name = 'ImportError';
    this.code = code;
    this.file = file;
    this.line = line;
  }
}

/** What a refusal for unknown words or layout adds: the list's own words can be named once, in its overrides (guided import). */
export const NAME_THE_WORDS = '; if the list uses words of its own, name them in its overrides (reading.words, e.g. {"考核指标": "text", "实施部门": "assisting"})';

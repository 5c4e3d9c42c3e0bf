// ImportError: a document the importer cannot read, with a code a caller can act on and the file and line.
export type ImportErrorCode =
  | 'EMPTY_DOCUMENT'
  | 'BINARY_DOCUMENT'
  | 'UNKNOWN_LAYOUT'
  | 'MISSING_COLUMN'
  | 'NO_LEAD_UNIT'
  | 'BAD_ROW'
  | 'BAD_OVERRIDE'
  | 'BAD_REBASE';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly line: number | null;

  constructor(code: ImportErrorCode, file: string, line: number | null, detail: string) {
    super(`${code}: ${file}${line === null ? '' : `:${line}`}: ${detail}`);
    this.name = 'ImportError';
    this.code = code;
    this.file = file;
    this.line = line;
  }
}

// zod issues in one wording at every boundary: `field.path: message`, joined with '; ' (the path names the bad field).
import type { z } from 'zod';

type Issue = Pick<z.core.$ZodIssue, 'path' | 'message'>;

export interface IssueFormat {
  /** what an issue about the whole value is called, e.g. `(event)`; default `(value)` */
  root?: string;
  /** put before every path, e.g. `--` for CLI flags */
  prefix?: string;
}

/** `a.b.0: message` for one issue */
export function issueLine(issue: Issue, format: IssueFormat = {}): string {
  const path = issue.path.length === 0 ? (format.root ?? '(value)') : `${format.prefix ?? ''}${issue.path.map(String).join('.')}`;
  return `${path}: ${issue.message}`;
}

/** every issue of a failed parse, in field order, one line each joined with '; ' */
export function formatIssues(error: { issues: readonly Issue[] }, format: IssueFormat = {}): string {
  return error.issues.map((i) => issueLine(i, format)).join('; ');
}

// Exit codes of the `duban` CLI and how every failure maps to one.
import { CommanderError } from 'commander';
import { ImportError } from '../../seeds';
import { DubanError, toDubanError } from '../errors';

export const EXIT = { ok: 0, refused: 1, usage: 2, unavailable: 3, notFound: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const USAGE_CODES: ReadonlySet<string> = new Set(['BAD_PAYLOAD', 'BAD_TASK_ID', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN_PLAN']);
const NOT_FOUND_CODES: ReadonlySet<string> = new Set(['UNKNOWN_TASK', 'UNKNOWN_PLAN', 'UNKNOWN_ITEM']);

/** A bad command line or input the CLI itself refuses (exit 2). */
export class UsageError extends DubanError {
  constructor(message: string) {
    super('BAD_PAYLOAD', message);
    this.name = 'UsageError';
  }
}

export function exitCodeOf(err: DubanError): ExitCode {
  if (err.code === 'UNAVAILABLE') return EXIT.unavailable;
  if (NOT_FOUND_CODES.has(err.code)) return EXIT.notFound;
  if (USAGE_CODES.has(err.code) || err.status === 400) return EXIT.usage;
  return EXIT.refused; // the machine's (or the conference's) refusal; INTERNAL too
}

/** Prints the failure on stderr ("CODE: message") and returns the exit code for it. */
export function report(err: unknown, stderr: (text: string) => void): ExitCode {
  if (err instanceof CommanderError) {
    // commander printed its own message; --help and --version are not failures
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
  }
  const e = err instanceof ImportError ? new DubanError(err.code, err.message) : toDubanError(err, { notFound: 'UNKNOWN_TASK', context: {} });
  stderr(`${e.code}: ${e.message}\n`);
  return exitCodeOf(e);
}

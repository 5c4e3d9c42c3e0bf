// Running the cluster's helper programs: a command to completion with its output kept for the error, as another user.
import { execFile } from 'node:child_process';

export class ClusterError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'ClusterError';
  }
}

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user (Debian's package makes it). */
export const runningAsRoot = (): boolean => process.getuid?.() === 0;
export const POSTGRES_USER = 'postgres';

/** `[cmd, ...args]`, wrapped in `runuser` when the server must run as the postgres user */
export function asPostgresUser(cmd: string, args: string[]): [string, string[]] {
  return runningAsRoot() ? ['runuser', ['-u', POSTGRES_USER, '--', cmd, ...args]] : [cmd, args];
}

/**
 * Runs a program to its end; rejects with `code`, naming the command and the tail of its output, when it
 * fails or outlives `timeoutMs` (so a hang says which step hung).
 */
export function run(code: string, cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env: opts.env ?? process.env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!err) return resolve(output);
      const why = err.killed ? `did not finish within ${timeoutMs / 1000} s` : `failed (${err.code ?? err.signal})`;
      reject(new ClusterError(code, `${[cmd, ...args].join(' ')} ${why}\n${output.split('\n').slice(-25).join('\n')}`));
    });
  });
}

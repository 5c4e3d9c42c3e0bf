// The data folder of the embedded stack is private to its user: 0700, and its files (the Temporal database,
// tokens, reports) 0600 — including those an older version left readable to everyone.
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isFile() && (stat.mode & 0o077) !== 0) chmodSync(path, 0o600);
    else if (stat.isDirectory() && (stat.mode & 0o077) !== 0) chmodSync(path, 0o700);
  }
}

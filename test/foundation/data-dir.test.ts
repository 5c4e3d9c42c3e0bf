// The embedded stack's data folder is private: 0700, its files 0600, also when an older run left them open.
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePrivateDir } from '../../worker/data-dir';

const mode = (path: string): number => statSync(path).mode & 0o777;

describe('makePrivateDir', () => {
  it('creates the folder 0700', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'duban-private-')), 'data');
    makePrivateDir(dir);
    expect(mode(dir)).toBe(0o700);
  });

  it('closes a folder and files that were readable to everyone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-private-'));
    chmodSync(dir, 0o755);
    const db = join(dir, 'temporal.sqlite');
    writeFileSync(db, 'x', { mode: 0o644 });
    chmodSync(db, 0o644);
    makePrivateDir(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(db)).toBe(0o600);
  });
});

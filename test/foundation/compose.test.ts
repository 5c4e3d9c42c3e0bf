// docker-compose.yml is accepted by a Compose CLI (no engine runs here; `config` only validates).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const hasCompose =
  spawnSync('docker', ['compose', 'version']).status === 0 || spawnSync('docker-compose', ['version']).status === 0;

describe('docker-compose.yml', () => {
  it.runIf(hasCompose)('passes `compose config`', () => {
    expect(() => execFileSync('bash', ['scripts/check-compose.sh'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it('refuses to start without a database password rather than use a default one', () => {
    const text = readFileSync(new URL('docker-compose.yml', root), 'utf8');
    expect(text).toContain('${POSTGRES_PASSWORD:?');
    expect(text).not.toMatch(/POSTGRES_PASSWORD:\s*\w+\s*$/m);
  });

  it.runIf(hasCompose)('fails `compose config` when POSTGRES_PASSWORD is unset', () => {
    const env = { ...process.env, POSTGRES_PASSWORD: '' };
    const bin = spawnSync('docker', ['compose', 'version']).status === 0 ? ['docker', 'compose'] : ['docker-compose'];
    const r = spawnSync(bin[0]!, [...bin.slice(1), 'config', '-q'], { cwd: root, env });
    expect(r.status).not.toBe(0);
  });
});

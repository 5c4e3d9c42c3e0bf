// docker-compose.yml: accepted by a Compose CLI where one is installed, and production-shaped (no engine runs here).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const text = (file: string): string => readFileSync(new URL(file, root), 'utf8');
const compose = text('docker-compose.yml');
const bin = spawnSync('docker', ['compose', 'version']).status === 0 ? ['docker', 'compose'] : spawnSync('docker-compose', ['version']).status === 0 ? ['docker-compose'] : null;
const pinned = (name: string): string => {
  const value = new RegExp(`^${name}="([^"]+)"`, 'm').exec(text('scripts/lib.sh'))?.[1];
  if (!value) throw new Error(`no ${name} in scripts/lib.sh`);
  return value;
};

/** the services' blocks of a compose file, by name (two-space indented keys under `services:`) */
function services(yaml: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const body = yaml.slice(yaml.indexOf('\nservices:\n') + 1).split('\n').slice(1);
  let current: string | null = null;
  for (const line of body) {
    if (/^\S/.test(line)) break; // the next top-level key
    const name = /^ {2}([\w-]+):\s*$/.exec(line)?.[1];
    if (name) current = name;
    if (current) blocks.set(current, `${blocks.get(current) ?? ''}${line}\n`);
  }
  return blocks;
}

describe('docker-compose.yml', () => {
  it.runIf(bin !== null)('passes `compose config`, alone and with docker-compose.expose.yml', () => {
    expect(() => execFileSync('bash', ['scripts/check-compose.sh'], { cwd: root, stdio: 'pipe' })).not.toThrow();
    const env = { ...process.env, POSTGRES_PASSWORD: 'check-only' };
    const both = execFileSync(bin![0]!, [...bin!.slice(1), '-f', 'docker-compose.yml', '-f', 'docker-compose.expose.yml', 'config'], { cwd: root, env, encoding: 'utf8' });
    expect(both).toContain('127.0.0.1:7233:7233');
  });

  it('refuses to start without a database password rather than use a default one', () => {
    expect(compose).toContain('${POSTGRES_PASSWORD:?');
    expect(compose).not.toMatch(/POSTGRES_PASSWORD:\s*\w+\s*$/m);
  });

  it.runIf(bin !== null)('fails `compose config` when POSTGRES_PASSWORD is unset', () => {
    const r = spawnSync(bin![0]!, [...bin!.slice(1), 'config', '-q'], { cwd: root, env: { ...process.env, POSTGRES_PASSWORD: '' } });
    expect(r.status).not.toBe(0);
  });

  it('publishes the gateway alone; Temporal and the UI stay on the internal network unless expose is added', () => {
    const published = [...services(compose)].filter(([, block]) => /^ {4}ports:/m.test(block)).map(([name]) => name);
    expect(published).toEqual(['gateway']);
    expect(compose).toMatch(/^ {2}backend:\n {4}internal: true$/m);
    expect([...services(text('docker-compose.expose.yml')).keys()].sort()).toEqual(['temporal', 'temporal-ui']);
  });

  it('runs the versions that scripts/lib.sh pins for the native cluster, on the same deploy/temporal config', () => {
    const server = pinned('TEMPORAL_SERVER_VERSION');
    expect(compose).toContain(`temporalio/server:\${TEMPORAL_VERSION:-${server}}`);
    expect(compose).toContain(`temporalio/admin-tools:\${TEMPORAL_ADMIN_TOOLS_VERSION:-${server}-`);
    expect(compose).toContain(`temporalio/ui:\${TEMPORAL_UI_VERSION:-${pinned('TEMPORAL_UI_VERSION')}}`);
    expect(compose).toContain(`image: postgres:${pinned('POSTGRES_MAJOR')}`);
    expect(compose).not.toContain('auto-setup');
    const blocks = services(compose);
    for (const name of ['temporal', 'temporal-schema']) expect(blocks.get(name)).toContain('./deploy/temporal:/etc/duban/temporal:ro');
    expect(blocks.get('temporal')).toContain('"--config", "temporal", "--env", "duban"');
    expect(blocks.get('temporal-schema')).toContain('setup-schema.sh');
  });

  it('runs the UI read-only, with its OIDC settings passed through', () => {
    const ui = services(compose).get('temporal-ui')!;
    expect(ui).toContain('TEMPORAL_DISABLE_WRITE_ACTIONS: "true"');
    for (const v of ['TEMPORAL_AUTH_ENABLED', 'TEMPORAL_AUTH_PROVIDER_URL', 'TEMPORAL_AUTH_CLIENT_ID', 'TEMPORAL_AUTH_CLIENT_SECRET', 'TEMPORAL_AUTH_CALLBACK_URL']) expect(ui).toContain(v);
  });
});

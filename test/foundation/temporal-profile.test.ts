// The Temporal connection from a CLI profile (TOML) and TEMPORAL_* variables via @temporalio/envconfig, duban's older names kept.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig, onLocalServer } from '../../platform/config';
import { connectionOptionsOf } from '../../platform/connection';

const dir = mkdtempSync(join(tmpdir(), 'duban-profile-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const toml = file(
  'temporal.toml',
  `[profile.default]
address = "file-default.example:7233"
namespace = "from-file"

[profile.prod]
address = "prod.acct.tmprl.cloud:7233"
namespace = "prod.acct"
api_key = "file-key"
`,
);
const crt = file('client.pem', 'CLIENT CERT');
const key = file('client.key', 'CLIENT KEY');
const ca = file('ca.pem', 'PRIVATE CA');
const otherCa = file('other-ca.pem', 'OTHER CA');

describe('loadConfig: the Temporal connection', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads the profile TEMPORAL_PROFILE of the file TEMPORAL_CONFIG_FILE', () => {
    const c = loadConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'prod' });
    expect(c).toMatchObject({ TEMPORAL_ADDRESS: 'prod.acct.tmprl.cloud:7233', TEMPORAL_NAMESPACE: 'prod.acct', TEMPORAL_API_KEY: 'file-key' });
    // an API key means TLS, as the Temporal CLI connects
    expect(connectionOptionsOf(c)).toMatchObject({ address: 'prod.acct.tmprl.cloud:7233', apiKey: 'file-key', tls: true });
  });

  it('lets a TEMPORAL_* variable win over the profile', () => {
    const c = loadConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_ADDRESS: 'env.example:7233' });
    expect(c).toMatchObject({ TEMPORAL_ADDRESS: 'env.example:7233', TEMPORAL_NAMESPACE: 'from-file' });
  });

  it('finds the default file under HOME (~/.config/temporalio/temporal.toml)', () => {
    const home = mkdtempSync(join(tmpdir(), 'duban-home-'));
    mkdirSync(join(home, '.config', 'temporalio'), { recursive: true });
    writeFileSync(join(home, '.config', 'temporalio', 'temporal.toml'), '[profile.default]\naddress = "home.example:7233"\n');
    expect(loadConfig({ HOME: home }).TEMPORAL_ADDRESS).toBe('home.example:7233');
  });

  it('reads nothing but the variables it is given (not the process environment)', () => {
    vi.stubEnv('TEMPORAL_ADDRESS', 'process.example:7233');
    vi.stubEnv('TEMPORAL_CONFIG_FILE', toml);
    expect(loadConfig({})).toMatchObject({ TEMPORAL_ADDRESS: 'localhost:7233', TEMPORAL_NAMESPACE: 'default', temporalTls: undefined });
  });

  it("keeps duban's TEMPORAL_TLS_CERT_PATH / KEY_PATH / CA_PATH as names of the CLI's client cert, key and server CA", () => {
    const c = loadConfig({ TEMPORAL_TLS_CERT_PATH: crt, TEMPORAL_TLS_KEY_PATH: key, TEMPORAL_TLS_CA_PATH: ca, TEMPORAL_TLS_SERVER_NAME: 'temporal' });
    const tls = connectionOptionsOf(c).tls;
    expect(tls).toMatchObject({ serverNameOverride: 'temporal' });
    if (typeof tls !== 'object' || tls === null) throw new Error('TEST_EXPECTED_TLS: no TLS options');
    expect([tls.clientCertPair?.crt, tls.clientCertPair?.key, tls.serverRootCACertificate].map((b) => Buffer.isBuffer(b) && b.toString())).toEqual(['CLIENT CERT', 'CLIENT KEY', 'PRIVATE CA']);
  });

  it("lets the CLI's name win over duban's older one when both are set", () => {
    const tls = connectionOptionsOf(loadConfig({ TEMPORAL_TLS_CA_PATH: ca, TEMPORAL_TLS_SERVER_CA_CERT_PATH: otherCa })).tls;
    expect(typeof tls === 'object' && tls?.serverRootCACertificate?.toString()).toBe('OTHER CA');
  });

  it('turns TLS off with TEMPORAL_TLS=false even with an API key, and treats empty variables (compose) as unset', () => {
    expect(connectionOptionsOf(loadConfig({ TEMPORAL_API_KEY: 'k', TEMPORAL_TLS: 'false' })).tls).toBe(false);
    const compose = loadConfig({ TEMPORAL_TLS: '', TEMPORAL_TLS_CERT_PATH: '', TEMPORAL_TLS_KEY_PATH: '', TEMPORAL_TLS_CA_PATH: '', TEMPORAL_TLS_SERVER_NAME: '' });
    expect(connectionOptionsOf(compose).tls).toBeUndefined();
  });

  it("connects a stack's own server plainly, whatever the profile says for a remote one", () => {
    const local = onLocalServer(loadConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'prod', TEMPORAL_TLS_CA_PATH: ca }), '127.0.0.1:7233');
    expect(connectionOptionsOf(local)).toEqual({ address: '127.0.0.1:7233' });
    expect(local.TEMPORAL_NAMESPACE).toBe('prod.acct');
  });

  it.each([
    [{ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'staging' }, 'TEMPORAL_PROFILE'],
    [{ TEMPORAL_CONFIG_FILE: file('bad.toml', '[profile.default\naddress = 1') }, 'TEMPORAL_CONFIG_FILE'],
    [{ TEMPORAL_TLS_CLIENT_CERT_PATH: crt }, 'TEMPORAL_TLS_CLIENT_KEY_PATH'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

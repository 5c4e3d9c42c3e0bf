// deploy/temporal/duban.yaml as the server renders it: the settings the native cluster and compose both get.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deployDir, serverEnv } from '../../worker/cluster/temporal-server';
import { clusterBinPath } from '../support/servers';

const postgres = { host: 'postgresql', port: 5432, user: 'temporal', password: 'secret', stop: async () => undefined };

/** `temporal-server render-config`: the template rendered and validated, without a database */
function render(extra: NodeJS.ProcessEnv): string {
  const env = { PATH: process.env.PATH, ...serverEnv({ postgres, portBase: 7000 }), ...extra };
  return execFileSync(`${clusterBinPath()}/temporal-server`, ['--config', `${deployDir}temporal`, '--env', 'duban', 'render-config'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the Temporal server config template', () => {
  it('renders 16 history shards, PostgreSQL persistence and SQL visibility, and every port from the base', () => {
    const out = render({});
    expect(out).toMatch(/numHistoryShards: 16\b/);
    expect(out).toMatch(/defaultStore: postgres-default/);
    expect(out).toMatch(/visibilityStore: postgres-visibility/);
    expect(out).toMatch(/connectAddr: postgresql:5432/);
    expect(out.match(/pluginName: postgres12/g)).toHaveLength(2);
    for (const port of [7233, 7234, 7235, 7239, 7243, 7933]) expect(out).toContain(`: ${port}`);
    expect(out).toMatch(/requireClientAuth: false/);
  });

  it('requires client certificates on the frontend when the server’s TLS files are given', () => {
    const out = render({
      TEMPORAL_TLS_SERVER_CERT: '/tls/server.pem',
      TEMPORAL_TLS_SERVER_KEY: '/tls/server.key',
      TEMPORAL_TLS_CLIENT_CA: '/tls/clients-ca.pem',
      TEMPORAL_TLS_SERVER_CA: '/tls/server-ca.pem',
    });
    const frontend = out.slice(out.indexOf('frontend:', out.indexOf('tls:')));
    expect(frontend).toMatch(/certFile: \/tls\/server\.pem/);
    expect(frontend).toMatch(/requireClientAuth: true/);
    expect(frontend).toContain('- /tls/clients-ca.pem');
    expect(out).toMatch(/systemWorker:\s+certData: ""\s+certFile: \/tls\/server\.pem/);
  });
});

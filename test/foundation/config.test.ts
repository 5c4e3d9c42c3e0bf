// Configuration comes only from the environment and bad values are named.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config';
import { pollerOptions } from '../../worker/worker';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ TEMPORAL_ADDRESS: 'localhost:7233', TEMPORAL_NAMESPACE: 'default', DUBAN_TASK_QUEUE: 'duban', LOG_LEVEL: 'info' });
    expect(c.temporalTls).toBeUndefined();
  });

  it('reads a managed cluster setting', () => {
    const c = loadConfig({ TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', TEMPORAL_NAMESPACE: 'ns.acct', TEMPORAL_TLS: 'true', TEMPORAL_API_KEY: 'k' });
    expect(c).toMatchObject({ TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', TEMPORAL_TLS: true, TEMPORAL_API_KEY: 'k', temporalTls: { disabled: false } });
  });

  it('polls by the server\'s scaling hints unless a fixed maximum is set', () => {
    expect(pollerOptions(loadConfig({}).DUBAN_POLLERS).workflowTaskPollerBehavior).toEqual({ type: 'autoscaling', minimum: 1, maximum: 100, initial: 5 });
    expect(pollerOptions(loadConfig({ DUBAN_POLLERS: '8' }).DUBAN_POLLERS)).toEqual({
      workflowTaskPollerBehavior: { type: 'simple-maximum', maximum: 8 },
      activityTaskPollerBehavior: { type: 'simple-maximum', maximum: 8 },
    });
  });

  it.each([
    [{ TEMPORAL_ADDRESS: 'localhost' }, 'TEMPORAL_ADDRESS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DUBAN_GATEWAY_PORT: '70000' }, 'DUBAN_GATEWAY_PORT'],
    [{ TEMPORAL_TLS: 'yes' }, 'TEMPORAL_TLS'],
    [{ TEMPORAL_TLS_CERT_PATH: '/c.pem' }, 'TEMPORAL_TLS_KEY_PATH'],
    [{ DUBAN_WORKER_REPLICAS: '0' }, 'DUBAN_WORKER_REPLICAS'],
    [{ DUBAN_PG_PORT: 'pg' }, 'DUBAN_PG_PORT'],
    [{ DUBAN_POLLERS: 'many' }, 'DUBAN_POLLERS'],
    // a workflow worker with a cache needs two polls at least: one for its sticky queue, one for the shared one
    [{ DUBAN_POLLERS: '1' }, 'DUBAN_POLLERS'],
    // a Standard Webhooks secret is whsec_ + base64; a plain password is refused, not silently re-encoded
    [{ DUBAN_WEBHOOK_SECRET: 'a-plain-secret-of-32-characters!' }, 'DUBAN_WEBHOOK_SECRET'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

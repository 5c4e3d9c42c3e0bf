// The OpenAPI document is generated from the zod schemas, served at /openapi.json, and lists every route.
import { afterAll, describe, expect, it } from 'vitest';
import { gatewayWithFake } from './fake-port';

const { app } = gatewayWithFake();
afterAll(() => app.close());

const ROUTES: [string, string][] = [
  ['/tasks/{id}/events', 'post'],
  ['/tasks/{plan}/{no}/events', 'post'],
  ['/tasks', 'get'],
  ['/tasks/{id}', 'get'],
  ['/tasks/{plan}/{no}', 'get'],
  ['/conference/{plan}/agenda', 'get'],
  ['/conference/{plan}/sessions', 'post'],
  ['/conference/{plan}/resolutions', 'post'],
  ['/plans', 'post'],
  ['/healthz', 'get'],
  ['/reports/{plan}', 'get'],
];

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> }; security?: unknown }>>;
  components: { securitySchemes: Record<string, unknown> };
}

describe('OpenAPI', () => {
  it.each(ROUTES)('documents %s (%s)', async (path, method) => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDoc>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths[path]?.[method]).toBeDefined();
  });

  it('documents exactly those routes', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDoc>();
    const listed = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(listed.sort()).toEqual(ROUTES.map(([p, m]) => `${m} ${p}`).sort());
  });

  it('describes the event body with every event type a backend may send, from the machine’s schemas', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDoc>();
    const text = JSON.stringify(doc.paths['/tasks/{id}/events']?.post?.requestBody);
    for (const type of ['ISSUE_MEASURES', 'ACKNOWLEDGE', 'START', 'REPORT_PROGRESS', 'CONTRIBUTE', 'SUBMIT', 'VERIFY', 'RETURN', 'REQUEST_EXTENSION', 'DECIDE_EXTENSION', 'UPSTREAM_ISSUED', 'SET_DEADLINE']) {
      expect(text).toContain(`"${type}"`);
    }
    // timers are the workflow's own; decisions answer agenda items (POST /conference/{plan}/resolutions)
    expect(text).not.toContain('"REMIND"');
    expect(text).not.toContain('"RESOLVE"');
    expect(text).toContain('measures');
  });

  it('declares bearer auth', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDoc>();
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
    expect(doc.paths['/tasks']?.get?.security).toEqual([{ bearer: [] }]);
  });

  it('serves interactive docs at /docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});

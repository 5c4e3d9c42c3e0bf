// POST /plans: a seed document imported on a dry run (nothing started), canonical JSON, and who may load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanSchema } from '../../machines';
import { SEEDS_DIR } from '../../seeds/catalog';
import { seed } from '../support/seeds';
import { bearer, gatewayWithFake } from './fake-port';

const { app, port } = gatewayWithFake();
afterAll(() => app.close());
const qinzhou = readFileSync(join(SEEDS_DIR, 'qinzhou-2015.txt'), 'utf8');

describe('POST /plans', () => {
  it('imports a seed document on ?dryRun=true and returns { plan, report } like the importer', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-minzheng'), payload: { document: qinzhou, fileName: 'qinzhou-2015.txt' } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ plan: unknown; report: unknown }>();
    const plan = PlanSchema.parse(body.plan);
    expect(plan).toEqual(seed('qinzhou-2015').plan);
    expect(body.report).toEqual(JSON.parse(JSON.stringify(seed('qinzhou-2015').report)));
  });

  it('rebases on a dry run', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true&rebase=2025-03-01', headers: bearer('tok-qz-minzheng'), payload: { document: qinzhou, fileName: 'qinzhou-2015.txt' } });
    expect(res.json<{ plan: { issuedOn: string } }>().plan.issuedOn).toBe('2025-03-01');
  });

  it('answers an unreadable document with 400 and the importer’s code', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-minzheng'), payload: { document: 'hello\nworld', fileName: 'x.txt' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'UNKNOWN_LAYOUT' } });
  });

  it('loads canonical plan JSON with the plan’s supervisor token', async () => {
    const plan = seed('qinzhou-2015').plan;
    const res = await app.inject({ method: 'POST', url: '/plans', headers: bearer('tok-qz-office'), payload: plan });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ planId: 'qinzhou-2015', tasks: plan.tasks.length, started: plan.tasks.length, existing: 0, conference: 'started' });
    expect(port.sent).toEqual([]);
  });

  it('refuses to load with a unit token (403) or another plan’s token (403)', async () => {
    const plan = seed('qinzhou-2015').plan;
    expect((await app.inject({ method: 'POST', url: '/plans', headers: bearer('tok-qz-minzheng'), payload: plan })).json()).toMatchObject({ error: { code: 'FORBIDDEN_ACTOR' } });
    expect((await app.inject({ method: 'POST', url: '/plans', headers: bearer('tok-cz-minzheng'), payload: plan })).json()).toMatchObject({ error: { code: 'FORBIDDEN_PLAN' } });
  });

  it('refuses a body that is neither a plan nor a document with 400 BAD_PAYLOAD', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans', headers: bearer('tok-qz-office'), payload: { id: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_PAYLOAD' } });
  });
});

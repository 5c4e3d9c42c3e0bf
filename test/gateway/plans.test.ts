// POST /plans: a seed document imported on a dry run (nothing started), canonical JSON, and who may load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../machines';
import { SEEDS_DIR } from '../../seeds/catalog';
import { importOffThread } from '../../client/import-thread';
import { seedParts, toXlsx } from '../support/seed-formats';
import { seed } from '../support/seeds';
import { bearer, gatewayWithFake } from './fake-port';

const { app, port } = gatewayWithFake();
afterAll(() => app.close());
const qinzhou = readFileSync(join(SEEDS_DIR, 'qinzhou-2015.txt'), 'utf8');

describe('POST /plans', () => {
  it('imports a seed document on ?dryRun=true and returns { plan, report } like the importer', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-office'), payload: { document: qinzhou, fileName: 'qinzhou-2015.txt' } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ plan: unknown; report: unknown }>();
    const plan = PlanSchema.parse(body.plan);
    expect(plan).toEqual(seed('qinzhou-2015').plan);
    expect(body.report).toEqual(JSON.parse(JSON.stringify(seed('qinzhou-2015').report)));
  });

  it('imports an xlsx workbook sent in base64 to the same tasks as the text', async () => {
    const xlsx = await toXlsx(seedParts('qinzhou-2015.txt'));
    const res = await app.inject({
      method: 'POST',
      url: '/plans?dryRun=true',
      headers: bearer('tok-qz-office'),
      payload: { document: Buffer.from(xlsx).toString('base64'), encoding: 'base64', fileName: 'qinzhou-2015.xlsx' },
    });
    expect(res.statusCode).toBe(200);
    const leads = (p: { tasks: Array<{ no: string; leadUnits: string[] }> }) => p.tasks.map((t) => [t.no, t.leadUnits]);
    expect(leads(res.json<{ plan: Plan }>().plan)).toEqual(leads(seed('qinzhou-2015').plan));
  });

  it('rebases on a dry run', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true&rebase=2025-03-01', headers: bearer('tok-qz-office'), payload: { document: qinzhou, fileName: 'qinzhou-2015.txt' } });
    expect(res.json<{ plan: { issuedOn: string } }>().plan.issuedOn).toBe('2025-03-01');
  });

  it('answers an unreadable document with 400 and the importer’s code', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-office'), payload: { document: 'hello\nworld', fileName: 'x.txt' } });
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
    const other = { ...seed('changzhou-2015').plan };
    expect((await app.inject({ method: 'POST', url: '/plans', headers: bearer('tok-qz-office'), payload: other })).json()).toMatchObject({ error: { code: 'FORBIDDEN_PLAN' } });
  });

  it('refuses a dry run to a unit token, of its own plan or another’s (403): an import costs the server real work', async () => {
    for (const token of ['tok-qz-minzheng', 'tok-cz-minzheng']) {
      const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer(token), payload: { document: qinzhou, fileName: 'qinzhou-2015.txt' } });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN_ACTOR' } });
    }
  });

  it('imports off the event loop: other requests are answered while a document is read', async () => {
    const big = Array.from({ length: 40 }, () => qinzhou).join('\n');
    let imported = 0;
    const importing = app
      .inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-office'), payload: { document: big, fileName: 'qinzhou-2015.txt' } })
      .then((r) => {
        imported = Date.now();
        return r;
      });
    await new Promise((r) => setTimeout(r, 50));
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    const answered = Date.now();
    expect(health.statusCode).toBe(200);
    await importing;
    expect(imported).toBeGreaterThan(answered);
  });

  it('refuses a document over the importer’s size limit with 400 and its code, and a body over the route’s with 413', async () => {
    const over = { document: 'x'.repeat(2 * 1024 * 1024 + 1), fileName: 'big.txt' };
    const res = await app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-office'), payload: over });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'DOCUMENT_TOO_LARGE']);
    const huge = await app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-office'), payload: { document: 'x'.repeat(9 * 1024 * 1024), fileName: 'huge.txt' } });
    expect([huge.statusCode, huge.json().error.code]).toEqual([413, 'TOO_LARGE']);
  });

  it('stops an import that runs past its time limit with 422 IMPORT_TIMEOUT', async () => {
    await expect(importOffThread({ document: qinzhou, fileName: 'qinzhou-2015.txt' }, undefined, { timeoutMs: 1, maxHeapMb: 256 })).rejects.toMatchObject({ code: 'IMPORT_TIMEOUT', status: 422 });
  });

  it('reads a list of its own words with the overrides sent beside it (guided import), refusing it by name without them', async () => {
    const document = ['某市2015年督办事项清单', '序号\t督办事项\t主抓单位\t协抓单位\t办结时限', '1\t新建社区食堂20个。\t市民政局\t市财政局\t2015年9月底前'].join('\n');
    const send = (extra: object) => app.inject({ method: 'POST', url: '/plans?dryRun=true', headers: bearer('tok-qz-office'), payload: { document, fileName: 'qinzhou-2015.txt', ...extra } });
    const refused = await send({ overrides: { planId: 'qinzhou-2015' } });
    expect([refused.statusCode, refused.json().error.code, refused.json().error.message]).toEqual([400, 'MISSING_COLUMN', expect.stringContaining('reading.words')]);
    const read = await send({ overrides: { planId: 'qinzhou-2015', reading: { words: { 主抓单位: 'lead', 协抓单位: 'assisting' }, reason: '主抓、协抓即牵头、配合' } } });
    expect(read.statusCode).toBe(200);
    expect(read.json<{ plan: Plan }>().plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['市民政局'], ['市财政局']]]);
  });

  it('refuses a body that is neither a plan nor a document with 400 BAD_PAYLOAD', async () => {
    const res = await app.inject({ method: 'POST', url: '/plans', headers: bearer('tok-qz-office'), payload: { id: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_PAYLOAD' } });
  });
});

// GET /reports/{plan} through the gateway over an in-memory port (routing and auth only; the e2e suite uses a real server).
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildGateway } from '../../client/gateway/app';
import type { PageRequest, TaskPage, TaskRecord } from '../../client/duban-client';
import type { TaskFilters } from '../../client/visibility';
import { FakePort, bearer, silentLogger, tokenFile } from '../gateway/fake-port';
import { milestone, view } from './fixtures';

/** the fake port, listing its tasks by plan as visibility would */
class ListingPort extends FakePort {
  override async list(filters: TaskFilters, _page?: PageRequest): Promise<TaskPage> {
    const tasks = [...this.tasks.entries()]
      .filter(([, t]) => t.planId === filters.plan)
      .map(([id, t]) => ({ id, planId: t.planId, taskNo: t.taskNo, state: null, supervision: null, leadUnit: t.leadUnits[0] ?? null, leadUnits: t.leadUnits, assistingUnits: [], dueAt: null, status: 'RUNNING' }));
    return { tasks, nextPageToken: null };
  }
}

const record = (no: string, colour: 'red' | 'green'): [string, TaskRecord] => [
  `task:qinzhou-2015:${no}`,
  { ...view(no, { colour, milestones: [milestone('measures', '2015-12-31T23:59:59+08:00')] }), planId: 'qinzhou-2015', run: 1, workflowStatus: 'RUNNING' },
];

describe('GET /reports/{plan}', () => {
  const port = new ListingPort(new Map([record('1', 'red'), record('2', 'green')]));
  const app = buildGateway({ client: port, tokens: tokenFile(), logger: silentLogger(), taskQueue: 'test' });
  afterAll(() => app.close());
  const get = (url: string, token: string) => app.inject({ method: 'GET', url, headers: bearer(token) });

  it('refuses a unit token with 403', async () => {
    const res = await get('/reports/qinzhou-2015?format=md', 'tok-qz-minzheng');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN_ACTOR' } });
  });

  it('refuses a token of another plan with 403 and no token with 401', async () => {
    expect((await get('/reports/qinzhou-2015', 'tok-cz-minzheng')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/reports/qinzhou-2015' })).statusCode).toBe(401);
  });

  it('answers 400 for an unknown format or a bad date', async () => {
    expect((await get('/reports/qinzhou-2015?format=pdf', 'tok-qz-office')).statusCode).toBe(400);
    expect((await get('/reports/qinzhou-2015?asOf=2025-13-01', 'tok-qz-office')).statusCode).toBe(400);
  });

  it.each([
    ['md', 'text/markdown; charset=utf-8', '督查通报'],
    ['html', 'text/html; charset=utf-8', '<!DOCTYPE html>'],
    ['json', 'application/json; charset=utf-8', '"bulletin"'],
  ])('gives a supervisor the %s bulletin as %s', async (format, type, marker) => {
    const res = await get(`/reports/qinzhou-2015?format=${format}&asOf=2016-01-31`, 'tok-qz-office');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body).toContain(marker);
  });

  it('counts from the views it queried', async () => {
    const res = await get('/reports/qinzhou-2015?format=json&asOf=2016-01-31', 'tok-qz-office');
    const body = res.json<{ bulletin: { taskCount: number; byColour: { red: number }; overdue: { daysOverdue: number }[] } }>();
    expect(body.bulletin).toMatchObject({ taskCount: 2, byColour: { red: 1 } });
    expect(body.bulletin.overdue.map((o) => o.daysOverdue)).toEqual([31, 31]);
  });

  it('sends the ledger workbook as an xlsx attachment', async () => {
    const res = await get('/reports/qinzhou-2015?format=xlsx', 'tok-qz-office');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''qinzhou-2015-/);
    const wb = new ExcelJS.Workbook();
    const bytes = res.rawPayload;
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet('台账')?.rowCount).toBe(3);
  });
});

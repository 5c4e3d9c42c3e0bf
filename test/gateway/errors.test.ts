// Error mapping: every refusal code of the machine and the conference → a DubanError → an HTTP status and body.
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, describe, expect, it } from 'vitest';
import { RefusalCodeSchema, refuse, type RefusalCode } from '../../machines';
import { DubanError, statusOf, toDubanError, type DubanErrorCode } from '../../client/errors';
import { bearer, gatewayWithFake } from './fake-port';

const EXPECTED: Record<RefusalCode, number> = {
  BAD_PAYLOAD: 400,
  UNKNOWN_MILESTONE: 400,
  UNKNOWN_UNIT: 400,
  FORBIDDEN_ACTOR: 403,
  TRANSITION_NOT_ALLOWED: 409,
  ASSISTS_OUTSTANDING: 409,
  MILESTONE_PASSED: 409,
  MILESTONE_MET: 409,
  NO_DUE_DATE: 409,
  NOT_LATER: 409,
  EXTENSION_PENDING: 409,
  NO_EXTENSION_REQUEST: 409,
  NOT_AFTER_EVENT: 409,
  DEADLINE_ALREADY_SET: 409,
  STALE_TIMER: 409,
  DUPLICATE_EVENT: 409,
  TASK_CLOSED: 409,
  TOO_LARGE: 413,
  BAD_TEXT: 400,
  DATE_OUT_OF_RANGE: 400,
  NOT_ON_AGENDA: 403,
  UNKNOWN_ITEM: 404,
  ITEM_CLOSED: 409,
  ITEM_BUSY: 409,
};

/** what a refused `transition` Update looks like to the client */
const refusedUpdate = (code: string): WorkflowUpdateFailedError => {
  const refusal = refuse(code as RefusalCode, `不允许 ${code}`, `not allowed ${code}`);
  return new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: code, message: `${refusal.message_zh} / ${refusal.message_en}`, details: [refusal], nonRetryable: true }));
};

describe('toDubanError', () => {
  it('covers every refusal code of the machine', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...RefusalCodeSchema.options].sort());
  });

  it.each(Object.entries(EXPECTED))('maps a %s refusal to HTTP %i with the machine’s reason', (code, status) => {
    const err = toDubanError(refusedUpdate(code), { notFound: 'UNKNOWN_TASK', context: {} });
    expect(err).toMatchObject({ code, status, message: `不允许 ${code} / not allowed ${code}` });
  });

  it.each([
    ['UNKNOWN_ITEM', 404],
    ['ITEM_CLOSED', 409],
  ])('maps the conference’s %s to HTTP %i', (code, status) => {
    const failure = new WorkflowUpdateFailedError('failed', ApplicationFailure.create({ type: code, message: 'm' }));
    expect(toDubanError(failure, { notFound: 'UNKNOWN_PLAN', context: {} })).toMatchObject({ code, status, message: 'm' });
  });

  it('maps a missing workflow to UNKNOWN_TASK or UNKNOWN_PLAN (404)', () => {
    const missing = new WorkflowNotFoundError('not found', 'task:x:1', undefined);
    expect(toDubanError(missing, { notFound: 'UNKNOWN_TASK', context: { taskId: 'task:x:1' } })).toMatchObject({ code: 'UNKNOWN_TASK', status: 404 });
    expect(toDubanError(missing, { notFound: 'UNKNOWN_PLAN', context: {} })).toMatchObject({ code: 'UNKNOWN_PLAN', status: 404 });
  });

  it('maps gRPC UNAVAILABLE to UNAVAILABLE (503)', () => {
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: '', metadata: {} });
    expect(toDubanError(grpc, { notFound: 'UNKNOWN_TASK', context: {} })).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
  });

  it('maps gRPC UNIMPLEMENTED to UNSUPPORTED (501)', () => {
    const grpc = Object.assign(new Error('12 UNIMPLEMENTED: Method ListWorkflowExecutions is unimplemented'), { code: 12, details: '', metadata: {} });
    expect(toDubanError(grpc, { notFound: 'UNKNOWN_PLAN', context: {} })).toMatchObject({ code: 'UNSUPPORTED', status: 501 });
  });

  it('maps an unknown failure type to INTERNAL (500)', () => {
    expect(toDubanError(refusedUpdate('SOMETHING_ELSE'), { notFound: 'UNKNOWN_TASK', context: {} })).toMatchObject({ code: 'INTERNAL', status: 500 });
  });
});

describe('gateway error bodies', () => {
  const { app, port } = gatewayWithFake();
  afterAll(() => app.close());
  const codes: DubanErrorCode[] = [...RefusalCodeSchema.options, 'UNKNOWN_ITEM', 'UNAVAILABLE'];

  it.each(codes)('answers a %s refusal with its status and { error: { code, message } }', async (code) => {
    port.refuse = new DubanError(code, `原因 / reason ${code}`);
    const res = await app.inject({ method: 'POST', url: '/tasks/qinzhou-2015:7/events', headers: bearer('tok-qz-minzheng'), payload: { type: 'START' } });
    port.refuse = null;
    expect(res.statusCode).toBe(statusOf(code));
    expect(res.json()).toEqual({ error: { code, message: `原因 / reason ${code}` } });
  });

  it('answers 404 UNKNOWN_TASK for a task that does not exist', async () => {
    const res = await app.inject({ method: 'POST', url: '/tasks/task%3Aqinzhou-2015%3A999/events', headers: bearer('tok-qz-minzheng'), payload: { type: 'START' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'UNKNOWN_TASK' } });
  });

  it('answers 400 BAD_TASK_ID for something that is not a task id', async () => {
    const res = await app.inject({ method: 'GET', url: '/tasks/not%20a%20task', headers: bearer('tok-qz-minzheng') });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_TASK_ID' } });
  });

  it.each([
    ['an unknown event type', { type: 'FLY' }],
    ['a missing payload field', { type: 'ISSUE_MEASURES' }],
    ['a timer event only the workflow sends', { type: 'REMIND', milestone: 'complete', due: '2015-12-31T23:59:59+08:00' }],
  ])('answers 400 BAD_PAYLOAD to %s, naming the field', async (_what, payload) => {
    const res = await app.inject({ method: 'POST', url: '/tasks/qinzhou-2015:7/events', headers: bearer('tok-qz-minzheng'), payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_PAYLOAD', message: expect.stringMatching(/^body: \S+: /) } });
  });

  it('answers 400 BAD_PAYLOAD to a body that is not JSON', async () => {
    const res = await app.inject({ method: 'POST', url: '/tasks/qinzhou-2015:7/events', headers: { ...bearer('tok-qz-minzheng'), 'content-type': 'application/json' }, payload: '{nope' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BAD_PAYLOAD' } });
  });

  it('answers 404 NOT_FOUND in the same shape for an unknown route', async () => {
    const res = await app.inject({ method: 'GET', url: '/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('answers 503 on /healthz when Temporal is unreachable', async () => {
    port.reachable = false;
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    port.reachable = true;
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', temporal: { reachable: false } });
  });
});

// The foundation: both Temporal servers start from the project's own scripts and do real work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createWorker, startDevServer, startTimeSkipping, uniqueTaskQueue } from '../support/temporal';
import { sleeper, tagged } from '../support/probe-workflows';

const probes = new URL('../support/probe-workflows.ts', import.meta.url);
const DAY = 24 * 60 * 60 * 1000;

describe('time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await startTimeSkipping();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('completes a workflow with a 30-day timer in seconds of real time', async () => {
    const taskQueue = uniqueTaskQueue('probe');
    const worker = await createWorker(env, { taskQueue, workflowsUrl: probes });
    const started = performance.now();
    const result = await worker.runUntil(
      env.client.workflow.execute(sleeper, { taskQueue, workflowId: `sleeper-${taskQueue}`, args: [{ days: 30 }] }),
    );
    const realMs = performance.now() - started;
    expect(result.sleptMs).toBeGreaterThanOrEqual(30 * DAY);
    expect(realMs).toBeLessThan(30_000);
  });
});

describe('dev server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await startDevServer();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('finds a workflow by a custom search attribute in a visibility query', async () => {
    const taskQueue = uniqueTaskQueue('probe');
    const worker = await createWorker(env, { taskQueue, workflowsUrl: probes });
    const planId = `probe-${Date.now()}`;
    await worker.runUntil(async () => {
      await env.client.workflow.execute(tagged, { taskQueue, workflowId: `tagged-a-${planId}`, args: [{ planId, state: 'draft' }] });
      await env.client.workflow.execute(tagged, { taskQueue, workflowId: `tagged-b-${planId}`, args: [{ planId, state: 'verified' }] });
    });
    // Visibility is eventually consistent: poll briefly.
    let ids: string[] = [];
    for (let i = 0; i < 50 && ids.length === 0; i++) {
      ids = [];
      for await (const wf of env.client.workflow.list({ query: `PlanId = '${planId}' AND TaskState = 'verified'` })) ids.push(wf.workflowId);
      if (ids.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ids).toEqual([`tagged-b-${planId}`]);
  });
});

describe('time-skipping test server and search attributes', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await startTimeSkipping();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('accepts upserts of duban attributes once the harness registered them', async () => {
    const taskQueue = uniqueTaskQueue('probe');
    const worker = await createWorker(env, { taskQueue, workflowsUrl: probes });
    const id = await worker.runUntil(
      env.client.workflow.execute(tagged, { taskQueue, workflowId: `tagged-${taskQueue}`, args: [{ planId: 'p', state: 'draft' }] }),
    );
    expect(id).toBe(`tagged-${taskQueue}`);
    const described = await env.client.workflow.getHandle(id).describe();
    expect(described.typedSearchAttributes.getAll().map((p) => [p.key.name, p.value])).toEqual(
      expect.arrayContaining([['PlanId', 'p'], ['TaskState', 'draft']]),
    );
  });
});

// The vitest side of the workflow suites (kept apart so scripts can use test/support/duban.ts without vitest).
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll } from 'vitest';
import { createDubanWorker, type DubanWorker } from './duban';
import { startTimeSkipping } from './temporal';

/** One time-skipping server and one duban worker for a test file (started in beforeAll, torn down after). */
export function timeSkippingSuite(): { env: TestWorkflowEnvironment; duban: DubanWorker } {
  const suite = {} as { env: TestWorkflowEnvironment; duban: DubanWorker };
  beforeAll(async () => {
    suite.env = await startTimeSkipping();
    suite.duban = await createDubanWorker(suite.env);
  });
  afterAll(async () => {
    await suite.env?.teardown();
  });
  return suite;
}

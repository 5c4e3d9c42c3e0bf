// Fault drills in npm test: the dev server restarted on its SQLite file mid-flight, a worker SIGKILLed mid-flight.
import { describe, expect, it } from 'vitest';
import { runDrills } from '../support/drills';

describe('fault drills (test/support/drills.ts, on a dev server of their own)', () => {
  it('keeps every task’s state, timers and history across a server restart, and every Update across a worker SIGKILL', async () => {
    expect(await runDrills()).toBe(true);
  }, 300_000);
});

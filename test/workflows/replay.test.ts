// Recorded histories of every workflow type replay against today's workflow code without nondeterminism.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Worker } from '@temporalio/worker';
import protos from '@temporalio/proto';
import { bundle } from '../support/temporal';
import { workflowsUrl } from '../support/duban';

// one file per workflow type; until the first release tag there is one code path and no patched(), so they are
// re-recorded after a change of workflow logic (scripts/record-histories.ts); from that tag on, released
// histories are kept here and every one must keep replaying
const histories = readdirSync(new URL('../histories/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

function load(name: string) {
  const json: unknown = JSON.parse(readFileSync(new URL(`../histories/${name}.json`, import.meta.url), 'utf8'));
  return protos.temporal.api.history.v1.History.fromObject(json as Record<string, unknown>);
}

describe('replay of recorded histories (test/histories, made by scripts/record-histories.ts)', () => {
  it('has a recording of every workflow type', () => {
    for (const type of ['task', 'conference', 'rollup']) expect(histories).toContain(type);
  });

  it.each(histories)('%s replays without nondeterminism', async (name) => {
    const history = load(name);
    expect(history.events.length).toBeGreaterThan(10);
    const results = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle: await bundle(workflowsUrl) }, [{ workflowId: `recorded-${name}`, history }])) {
      results.push(r);
    }
    expect(results).toHaveLength(1);
    expect(results[0]?.error).toBeUndefined();
  });
});

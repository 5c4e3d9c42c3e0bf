// The layout's arrows (DESIGN §1) as lint sees them: a probe file linted in place under a folder, with the project's eslint.config.js.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// the probe exists only in memory, so the type-aware rules (which need it in the TS project) are off for it
const eslint = new ESLint({ cwd: root, overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }] });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('import boundaries (eslint-plugin-boundaries, DESIGN §1)', () => {
  it.each([
    ['a value import of activities/ into workflows/', 'workflows/probe.ts', "import { createActivities } from '../activities';\nexport const probe = createActivities;\n"],
    ['the same from deeper, through another relative path', 'workflows/sub/probe.ts', "import { createPublishReport } from '../../activities/publish-report';\nexport const probe = createPublishReport;\n"],
    ['activities/ reaching into client/', 'activities/probe.ts', "import { DubanClient } from '../client/duban-client';\nexport const probe = DubanClient;\n"],
    ['reports/ reaching into seeds/', 'reports/probe.ts', "import { loadSeedPlans } from '../seeds';\nexport const probe = loadSeedPlans;\n"],
    ['platform/ importing anything of duban', 'platform/probe.ts', "import { LIMITS } from '../machines';\nexport const probe = LIMITS;\n"],
    ['client/ reaching into worker/', 'client/probe.ts', "import { createWorkerActivities } from '../worker/activities';\nexport const probe = createWorkerActivities;\n"],
    ['a test importing bench/', 'test/probe.test.ts', "import { lifecycleEvents } from '../bench/harness';\nexport const probe = lifecycleEvents;\n"],
  ])('reports %s (%s)', async (_what, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringContaining('There is no policy allowing')]);
  });

  it.each([
    ['a type import of activities/ into workflows/', 'workflows/probe.ts', "import type { Activities } from '../activities';\nexport type Probe = Activities;\n"],
    ['activities/ using reports/', 'activities/probe.ts', "import { buildReport } from '../reports/model';\nexport const probe = buildReport;\n"],
    ['client/ using the message definitions', 'client/probe.ts', "import { transitionUpdate } from '../workflows/messages';\nexport const probe = transitionUpdate;\n"],
    ['worker/ wiring the client in', 'worker/probe.ts', "import { DubanClient } from '../client/duban-client';\nexport const probe = DubanClient;\n"],
  ])('allows %s (%s)', async (_what, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  it('refuses client/ the workflow internals beside the message definitions', async () => {
    expect(await boundaryErrors('client/probe.ts', "import { taskWorkflow } from '../workflows/task';\nexport const probe = taskWorkflow;\n")).toHaveLength(1);
  });
});

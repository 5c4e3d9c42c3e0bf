// Regenerates seeds/plans/<planId>.json and <planId>.report.json from the documents and overrides: `npx tsx seeds/generate.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, importSeed, PLANS_DIR, SEED_FILES } from './catalog';

mkdirSync(PLANS_DIR, { recursive: true });
for (const file of SEED_FILES) {
  const { plan, report } = importSeed(file);
  writeFileSync(join(PLANS_DIR, `${plan.id}.json`), canonicalJson(plan));
  writeFileSync(join(PLANS_DIR, `${plan.id}.report.json`), canonicalJson(report));
  process.stdout.write(`${plan.id}: ${plan.tasks.length} tasks, ${report.lines.length} report lines\n`);
}

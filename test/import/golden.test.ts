// Specification: the committed canonical plans and reports are exactly what the documents and overrides produce.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, loadSeedPlans, PLANS_DIR, SEED_FILES } from '../../seeds';
import { seed } from '../support/seeds';

const committed = (name: string): string => readFileSync(join(PLANS_DIR, name), 'utf8');

describe('golden canonical JSON (seeds/plans)', () => {
  it.each(SEED_FILES.map((f) => f.replace(/\.txt$/, '')))('regenerates %s.json and %s.report.json with no difference', (planId) => {
    const { plan, report } = seed(planId);
    expect(canonicalJson(plan)).toBe(committed(`${planId}.json`));
    expect(canonicalJson(report)).toBe(committed(`${planId}.report.json`));
  });

  it('loads the committed plans, each valid against PlanSchema', () => {
    const plans = loadSeedPlans();
    expect(plans.map((p) => [p.id, p.tasks.length])).toEqual([
      ['changzhou-2015', 37],
      ['liaoning-2020', 24],
      ['qinzhou-2015', 40],
      ['taobei', 77],
    ]);
  });
});

// The seed documents shipped in seeds/, their overrides, and the committed canonical plans (seeds/plans/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanSchema, type Plan } from '../machines/plan';
import { importDocument, type ImportResult } from './import';
import { planIdOf } from './metadata';

export const SEEDS_DIR = dirname(fileURLToPath(import.meta.url));
export const PLANS_DIR = join(SEEDS_DIR, 'plans');
export const SEED_FILES = ['qinzhou-2015.txt', 'liaoning-2020.txt', 'changzhou-2015.txt', 'taobei.txt'] as const;

/** The overrides file of a plan, parsed as JSON (validated by importDocument), or undefined when there is none. */
export function readOverridesFile(planId: string): unknown {
  const path = join(SEEDS_DIR, 'overrides', `${planId}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}

/** Imports one of the seed documents with its overrides. */
export function importSeed(file: string, rebase?: string): ImportResult {
  const overrides = readOverridesFile(planIdOf(file));
  return importDocument(readFileSync(join(SEEDS_DIR, file)), file, {
    ...(overrides === undefined ? {} : { overrides }),
    ...(rebase === undefined ? {} : { rebase }),
  });
}

/** Canonical JSON: two-space indent, keys in schema order, newline at the end. */
export const canonicalJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The committed canonical plans, validated. */
export function loadSeedPlans(dir: string = PLANS_DIR): Plan[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.report.json'))
    .sort()
    .map((f) => PlanSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

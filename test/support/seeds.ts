// Test helper: the four seed plans imported once per test file, by plan id.
import { importSeed, SEED_FILES, type ImportResult } from '../../seeds';

let cache: Map<string, ImportResult> | null = null;

export function seed(planId: string): ImportResult {
  cache ??= new Map(
    SEED_FILES.map((file) => {
      const result = importSeed(file);
      return [result.plan.id, result] as const;
    }),
  );
  const result = cache.get(planId);
  if (!result) throw new Error(`no seed plan ${planId}`);
  return result;
}

export function seedTask(planId: string, no: string): ImportResult['plan']['tasks'][number] {
  const task = seed(planId).plan.tasks.find((t) => t.no === no);
  if (!task) throw new Error(`no task ${no} in ${planId}`);
  return task;
}

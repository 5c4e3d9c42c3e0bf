// vitest: pure suites run in parallel; suites that start Temporal servers share one per file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Temporal servers and workers are heavy on a 2-core machine: at most two files at once.
    maxWorkers: 2,
    minWorkers: 1,
    pool: 'forks',
    onConsoleLog: () => false,
  },
});

// Lint: typed rules for all code; workflow and machine code may not touch Node, clients or activities.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'process', 'url', 'util', 'stream', 'events', 'timers', 'worker_threads', 'perf_hooks', 'dns', 'zlib', 'buffer'];
const banned = [
  ...nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]),
  'pino', 'pino-pretty', '@temporalio/client', '@temporalio/activity', '@temporalio/worker', '@temporalio/testing',
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'coverage/**', 'bench/results/**', 'client/bin.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'No default exports.' }],
    },
  },
  {
    // Deterministic code: the workflow sandbox and the pure machine.
    files: ['workflows/**/*.ts', 'machines/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: banned, patterns: ['node:*', '**/activities/*', '**/worker/*', '**/client/*'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Workflow code builds no schema: every schema lives in machines/, shared by all cached workflows
    // (workflows/shared.ts); one built per workflow would meet zod's expressions frozen by the SDK.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/shared.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...banned, { name: 'zod', message: 'schemas live in machines/ (see workflows/shared.ts)' }], patterns: ['node:*', 'zod/*', '**/activities/*', '**/worker/*', '**/client/*'] }],
    },
  },
  {
    files: ['machines/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...banned, '@temporalio/workflow', '@temporalio/common'], patterns: ['node:*', '**/workflows/*', '**/activities/*', '**/worker/*', '**/client/*', '**/seeds/*'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  { files: ['vitest.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);

// Lint: typed rules for all code; the layout's arrows (DESIGN §1); workflow and machine code may not touch Node, clients or activities.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'process', 'url', 'util', 'stream', 'events', 'timers', 'worker_threads', 'perf_hooks', 'dns', 'zlib', 'buffer'];
const banned = [
  ...nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]),
  'pino', 'pino-pretty', '@temporalio/client', '@temporalio/activity', '@temporalio/worker', '@temporalio/testing',
];

// DESIGN §1: one element per top-level folder. The `api` files of workflows/ are what its callers use:
// message definitions, deterministic ids, search attributes and the summaries a workflow is started with.
const folders = ['machines', 'workflows', 'reports', 'activities', 'platform', 'seeds', 'worker', 'client', 'test', 'bench', 'scripts'];
const elements = folders.map((type) => ({ type, pattern: type, partialMatch: false }));
const files = [{ category: 'api', pattern: 'workflows/{messages,ids,search-attributes,presentation}.ts' }];
const to = (name) => (name === 'workflow-api' ? { element: { type: 'workflows' }, file: { categories: 'api' } } : { element: { type: name } });
const may = (from, name) => ({ from: { element: { type: from } }, allow: { to: to(name) } });
const product = ['machines', 'workflows', 'reports', 'activities', 'platform', 'seeds', 'worker', 'client'];
const layering = [
  // workflows: the machines, and the activities' types only (proxyActivities<Activities>)
  may('workflows', 'machines'),
  { from: { element: { type: 'workflows' } }, allow: { to: { element: { type: 'activities' } }, dependency: { kind: 'type' } } },
  may('reports', 'machines'),
  // activities carry out the workflows' commands, so they use the messages and ids (a signal-with-start, an Update)
  ...['machines', 'reports', 'platform', 'workflow-api'].map((name) => may('activities', name)),
  may('seeds', 'machines'),
  ...['machines', 'reports', 'platform', 'workflow-api', 'seeds'].map((name) => may('client', name)),
  ...product.map((name) => may('worker', name)),
  // test: everything but bench/; bench/ and scripts/ (tooling around the product) everything
  ...[...product, 'test', 'scripts'].flatMap((name) => [may('test', name), may('bench', name), may('scripts', name)]),
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
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      // relative imports without extensions, and folders by their index.ts
      'import/resolver': { node: { extensions: ['.ts', '.mjs', '.js'] } },
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies: layering }] },
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

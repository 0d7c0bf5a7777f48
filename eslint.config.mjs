// ESLint: `npm run lint`, and part of `npm test` (test/lint.test.ts). What it is for, first:
// regular expressions that take more than linear time on hostile text (eslint-plugin-regexp's
// no-super-linear-backtracking and no-super-linear-move); then the mistakes the recommended sets
// of ESLint, typescript-eslint and eslint-plugin-regexp find without type information.
// Type-aware rules are left out: they need a full type-check on every run, which
// `npm run typecheck` already does, and would make the lint several times slower.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

// The core (server/src/core) is headless and layered; test/layering.test.ts checks the whole
// import graph, and these rules say the same in the editor as the code is typed. Layers, top
// first: a part may import its own layer and those below, never one above.
const CORE_LAYERS = [['service', 'project'], ['index'], ['features', 'report'], ['engine'], ['rules'], ['model'], ['parse', 'cards', 'catalogue', 'util', 'schema', 'text', 'types']];
const CORE_FILES = ['service', 'project', 'index', 'schema', 'text', 'types'];
const CORE_BANNED = [
  { regex: '^vscode(?:-languageserver(?:-[a-z]+)?)?(?:/|$)', message: 'The core is headless: the editor and the protocol belong to the adapters (lsp/, client/).' },
  { regex: '^(?:node:)?(?:fs|child_process|net)(?:/|$)', message: 'The core reaches files through the WorkspaceHost it is given, and never processes or the network.' },
];

/** The no-restricted-imports settings for one part of the core: the bans, and every part above it. */
function coreImports(part) {
  const layer = CORE_LAYERS.findIndex((l) => l.includes(part));
  const above = CORE_LAYERS.slice(0, layer).flat();
  const prefix = CORE_FILES.includes(part) ? '\\./' : '\\.\\./';
  const upward = above.map((p) => ({
    regex: CORE_FILES.includes(p) ? `^${prefix}${p}$` : `^${prefix}${p}/`,
    message: `${part} sits below ${p} in the core's layers (see test/layering.test.ts): move what it needs down instead.`,
  }));
  return ['error', { patterns: [...CORE_BANNED, ...upward] }];
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'test/golden/**', 'test-results/**', '.vscode-test/**', '**/*.generated.ts'],
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', 'eval/**/*.ts', 'test/**/*.ts', 'eslint.config.mjs'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, regexp.configs['flat/recommended']],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      // Not in the plugin's recommended set: a search that retries from every position of the
      // text, each time to its end, is quadratic however the expression backtracks.
      'regexp/no-super-linear-move': 'error',
      // The recommended set's rules that only restyle an expression, without changing what it
      // matches or how fast, are off: [a-zA-Z] with or without the `i` flag, \d for [0-9], \w,
      // [^] for [\s\S], \v for \x0b, unused or needless groups. Applied, they would rewrite
      // dozens of working expressions across the code for no change in behaviour.
      'regexp/use-ignore-case': 'off',
      'regexp/prefer-d': 'off',
      'regexp/prefer-w': 'off',
      'regexp/match-any': 'off',
      'regexp/control-character-escape': 'off',
      'regexp/no-unused-capturing-group': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/no-useless-character-class': 'off',
      // An argument named with a leading underscore is unused on purpose (an interface's shape).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...CORE_LAYERS.flat().map((part) => ({
    files: [CORE_FILES.includes(part) ? `server/src/core/${part}.ts` : `server/src/core/${part}/**/*.ts`],
    rules: { 'no-restricted-imports': coreImports(part) },
  })),
  {
    // The generator requires the modules it has just regenerated lazily, on purpose.
    files: ['scripts/generate.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Node's globals for the plain JavaScript scripts (TypeScript checks its own files).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', document: 'readonly', Buffer: 'readonly' } },
  },
);

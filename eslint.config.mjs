// ESLint: `npm run lint`, and part of `npm test` (test/lint.test.ts). What it is for, first:
// regular expressions that take more than linear time on hostile text (eslint-plugin-regexp's
// no-super-linear-backtracking and no-super-linear-move); then the mistakes the recommended sets
// of ESLint, typescript-eslint and eslint-plugin-regexp find without type information.
// Type-aware rules are left out: they need a full type-check on every run, which
// `npm run typecheck` already does, and would make the lint several times slower.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'test/golden/**', 'test-results/**', '.vscode-test/**', '**/*.generated.ts'],
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', 'test/**/*.ts', 'eslint.config.mjs'],
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

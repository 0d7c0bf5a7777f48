/**
 * ESLint over the sources, the scripts, the bench and the tests (eslint.config.mjs), through its
 * Node API: `npm test` fails, with each problem listed, where `npm run lint` would.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { repoRoot } from './helpers';

/**
 * Problems known and being fixed elsewhere, by file, rule and a piece of the line's text: the
 * empty-file check's expression in validate.ts, which backtracks exponentially, is rewritten on
 * main. Delete the entry once that is merged.
 */
const KNOWN: { file: string; rule: string; line: string }[] = [{ file: 'server/src/core/engine/validate.ts', rule: 'regexp/no-super-linear-backtracking', line: '/^(\\s*(#.*)?)*$/' }];

describe('lint', function () {
  this.timeout(120_000);
  it('ESLint finds no problem (eslint.config.mjs)', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const results = await eslint.lintFiles(['.']);
    const problems: string[] = [];
    for (const r of results) {
      const file = path.relative(repoRoot, r.filePath).split(path.sep).join('/');
      const lines = r.messages.length ? fs.readFileSync(r.filePath, 'utf8').split('\n') : [];
      for (const m of r.messages) {
        if (KNOWN.some((k) => k.file === file && k.rule === m.ruleId && lines[m.line - 1]?.includes(k.line))) continue;
        problems.push(`${file}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`);
      }
    }
    assert.ok(results.length > 100, `linted ${results.length} files`);
    assert.deepEqual(problems, [], `ESLint found ${problems.length} problems:\n${problems.join('\n')}`);
  });
});

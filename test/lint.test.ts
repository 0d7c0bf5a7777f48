/**
 * ESLint over the sources, the scripts, the bench and the tests (eslint.config.mjs), through its
 * Node API: `npm test` fails, with each problem listed, where `npm run lint` would.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { repoRoot } from './helpers';

describe('lint', function () {
  this.timeout(300_000);
  it('ESLint finds no problem (eslint.config.mjs)', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const results = await eslint.lintFiles(['.']);
    const problems: string[] = [];
    for (const r of results) {
      const file = path.relative(repoRoot, r.filePath).split(path.sep).join('/');
      for (const m of r.messages) {
        problems.push(`${file}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`);
      }
    }
    assert.ok(results.length > 100, `linted ${results.length} files`);
    assert.deepEqual(problems, [], `ESLint found ${problems.length} problems:\n${problems.join('\n')}`);
  });
});

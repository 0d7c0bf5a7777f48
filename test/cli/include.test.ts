/**
 * `check --include GLOB`: the core's glob matcher, as the editor's settings use it. A pattern that
 * hangs a backtracking matcher is answered at once (run as the built binary, so that a hang fails
 * the test instead of stopping the suite), and an invalid one exits 2 with one line naming it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CliRun } from './run-cli';
import { repoRoot } from '../helpers';

const TODAY = '2026-11-25';
const PATHOLOGICAL = '*a*a*a*a*a*a*a*a*a*a*a*b';

const cli = (args: string[], cwd: string): CliRun => runCli(args, { cwd });

describe('cli check --include', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-include-'));
    fs.writeFileSync(path.join(dir, `${'a'.repeat(40)}.md`), '# Notes\n');
    fs.writeFileSync(path.join(dir, `${'a'.repeat(200)}.md`), '# Notes\n');
    fs.writeFileSync(path.join(dir, `${'a'.repeat(40)}b`), '# A card named by the pattern\n');
    fs.mkdirSync(path.join(dir, 'cards'));
    fs.writeFileSync(path.join(dir, 'cards', 'extra.md'), '# An extra card\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`${PATHOLOGICAL} against 40- and 200-character names, as the built binary`, function () {
    const bin = path.join(repoRoot, 'dist', 'cli.js');
    if (!fs.existsSync(bin)) this.skip();
    // The time limit only turns a hang into a failure; the run takes a fraction of a second.
    const r = spawnSync(process.execPath, [bin, 'check', '--today', TODAY, '--format', 'json', '--include', PATHOLOGICAL, '--include', 'cards/*.md'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.signal, null, 'the run finished');
    assert.equal(r.stderr, '');
    const files = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(files, [`${'a'.repeat(40)}b`, 'cards/extra.md']);
  });

  it('an invalid pattern exits 2 with one line naming it; nothing is checked', () => {
    for (const [pattern, reason] of [
      ['{*.md', 'has a { with no matching } (write \\{ to match it)'],
      ['+(a|b).md', 'has an extglob such as +(a|b) or !(x), which is not supported; use braces {a,b}'],
      ['!docs/**', 'starts with !: negated patterns are not supported; list the files to include'],
    ]) {
      const r = cli(['check', '--today', TODAY, '--include', 'cards/*.md', '--include', pattern!], dir);
      assert.equal(r.code, 2, pattern);
      assert.equal(r.out, '');
      assert.equal(r.err, `ai-security: --include ${JSON.stringify(pattern)} ${reason}\n`);
    }
  });

  it('./ at the start is ignored, as before', () => {
    const r = cli(['check', '--today', TODAY, '--format', 'json', '--include', './cards/*.md'], dir);
    assert.deepEqual(JSON.parse(r.out).files.map((f: { path: string }) => f.path), ['cards/extra.md']);
  });
});

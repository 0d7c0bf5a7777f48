/** Shared helpers for the test suites. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';

export const repoRoot = path.resolve(__dirname, '..');
export const fixturesRoot = path.join(repoRoot, 'test', 'fixtures');
export const goldenRoot = path.join(repoRoot, 'test', 'golden');

/** The date fixtures are checked on unless they say otherwise (`# fixture-today: …`). */
export const FIXTURE_TODAY = '2026-06-01';

export const updateGolden = process.env.UPDATE_GOLDEN === '1';

/** Compares text with a golden file; with UPDATE_GOLDEN=1, writes it instead. */
export function assertGolden(relPath: string, actual: string): void {
  const file = path.join(goldenRoot, relPath);
  if (updateGolden || !fs.existsSync(file)) {
    if (!updateGolden) assert.fail(`golden file ${relPath} is missing; run with UPDATE_GOLDEN=1 to create it`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  const expected = fs.readFileSync(file, 'utf8');
  assert.equal(actual, expected, `output differs from golden ${relPath} (run with UPDATE_GOLDEN=1 to accept)`);
}

export function listFiles(dir: string, test: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out.push(...listFiles(p, test));
    else if (test(name)) out.push(p);
  }
  return out;
}

/** Posix path relative to a root. */
export function rel(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/');
}

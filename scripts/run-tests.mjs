// Runs every mocha suite in one process and ends with the line CI reads: "N passed, N failed".
// Usage: node scripts/run-tests.mjs [glob-ish folder filters...], e.g. `node scripts/run-tests.mjs core`.
import { createRequire } from 'node:module';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
require('tsx/cjs/api').register();
const Mocha = require('mocha');

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'fixtures' || name === 'golden' || name === 'vscode') continue;
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const files = testFiles(join(root, 'test'))
  .filter((f) => filters.length === 0 || filters.some((x) => relative(root, f).includes(x)))
  .sort();
const mocha = new Mocha({ reporter: process.env.MOCHA_REPORTER ?? 'spec', timeout: 30_000 });
for (const f of files) mocha.addFile(f);

const runner = mocha.run((failures) => {
  const { passes = 0, failures: failed = 0 } = runner.stats ?? {};
  console.log(`\n${passes} passed, ${failed} failed`);
  // Exit now, as mocha --exit does: an in-process server under test may leave handles open.
  process.exit(failures > 0 ? 1 : 0);
});

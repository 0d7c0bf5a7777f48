// Runs every suite and ends with the line CI reads: "N passed, N failed", totalled over the
// mocha suites (core, LSP, CLI, consistency) and the end-to-end suite in a real VS Code.
// Usage: node scripts/run-tests.mjs [filters...]   e.g. `node scripts/run-tests.mjs core lsp`
// A filter limits the mocha files by path; the end-to-end suite runs when there is no filter,
// or the filter "vscode". AI_SECURITY_SKIP_E2E=1 skips it (for quick local runs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
// Regular expressions compiled to machine code from their first run, as the CLI and the server
// run them (server/src/host/regexp-engine.ts): the suites test the engine users get. `npm test`
// gives the flag on node's command line; run directly, the runner sets it before tsx registers,
// that is before any expression has run (set after, V8 crashed: a fresh-clone CI run ended in a
// segmentation fault), and records it in execArgv as if given there, so that the host module,
// which the suites load, does not set it a second time once expressions have run.
if (!process.execArgv.includes('--no-regexp-tier-up')) {
  require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  process.execArgv.push('--no-regexp-tier-up');
}
require('tsx/cjs/api').register();
const Mocha = require('mocha');

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const runE2e = !process.env.AI_SECURITY_SKIP_E2E && (filters.length === 0 || filters.includes('vscode'));

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
// pre-commit comes from PyPI, not npm: installed once per machine by scripts/ci-deps.sh (it does
// nothing when it is there), as the real-VS-Code suite installs its browser, so that the README's
// test command needs nothing else. If it cannot, the pre-commit test fails and says what is missing.
// The OSCAL tests load their documents with compliance-trestle (PyPI), installed the same way.
if (files.some((f) => relative(root, f).startsWith(join('test', 'install', 'pre-commit')) || relative(root, f).startsWith(join('test', 'oscal')))) {
  spawnSync('bash', [join(root, 'scripts', 'ci-deps.sh')], { cwd: root, stdio: 'inherit' });
}
// A bound for hangs, not a speed limit: far beyond what a loaded machine takes (see WAIT_MS).
const mocha = new Mocha({ reporter: process.env.MOCHA_REPORTER ?? 'spec', timeout: 180_000 });
for (const f of files) mocha.addFile(f);

const runner = mocha.run(() => {
  let passed = runner.stats?.passes ?? 0;
  let failed = runner.stats?.failures ?? 0;
  if (runE2e) {
    console.log('\nEnd-to-end tests in a real VS Code (code-server):');
    const e2e = spawnSync(process.execPath, [join(root, 'scripts', 'e2e', 'run.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, AI_SECURITY_E2E_NESTED: '1' } });
    const resultsFile = join(root, 'test-results', 'vscode', 'results.json');
    if (existsSync(resultsFile)) {
      const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
      passed += r.passed;
      failed += r.failed;
    }
    if (e2e.status !== 0 && !existsSync(resultsFile)) failed += 1;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  // Exit now, as mocha --exit does: an in-process server under test may leave handles open.
  process.exit(failed > 0 ? 1 : 0);
});

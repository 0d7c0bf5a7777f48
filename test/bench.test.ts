/** The benchmark runs and writes valid results (no timings are asserted: `npm run bench` measures). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './helpers';

describe('bench', function () {
  this.timeout(300_000);
  it('npm run bench runs (quick mode) and writes well-formed results', function () {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'server.js'))) this.skip();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-bench-test-')), 'results.json');
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'bench', 'run.ts'), '--quick', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const res = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(res.validation.length, 6, 'three sizes, two variants');
    for (const row of res.validation) for (const k of ['oursMs', 'floorMs', 'peerMs', 'oursOverFloor', 'oursOverPeer']) assert.ok(Number.isFinite(row[k]) && row[k] > 0, `${row.size} ${row.variant} ${k}`);
    for (const k of ['didChangeToDiagnostics', 'hover', 'completion', 'codeAction']) assert.ok(res.editor[k].p50 > 0 && res.editor[k].p95 >= res.editor[k].p50, k);
    assert.ok(res.coldStart.spawnToInitializeMs > 0 && res.coldStart.extensionLoadMs > 0);
    assert.ok(res.memory.rssMb > 0 && res.memory.documents > 0);
    assert.ok(res.cli.files > 0 && res.cli.wallMs > 0);
    assert.ok(res.package.vsixKb > 0);
    assert.deepEqual(Object.keys(res.met).sort(), Object.keys(res.targets).sort());
  });
});

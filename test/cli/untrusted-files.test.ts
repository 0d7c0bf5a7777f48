/**
 * Files a cloned repository can plant for the CLI: FIFOs and devices where documents belong,
 * symbolic links where the CLI reads or writes. None may hang it, exhaust it, leak through it or
 * write through it. Cases that used to block for ever run the built CLI as a process, with a
 * timeout that only detects a hang.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mkfifo, repoRoot } from '../helpers';

const bin = path.join(repoRoot, 'dist', 'cli.js');
const TODAY = '2026-11-25';
const MANIFEST = ['version: 1', 'system: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }', ''].join('\n');

/** The built CLI as a process; fails (rather than hanging the suite) if it does not finish. */
function proc(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.signal, null, `ai-security ${args.join(' ')} did not finish (killed by ${r.signal}); stderr: ${r.stderr}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function oneLine(err: string): void {
  assert.match(err, /^ai-security: [^\n]*\n$/, `one line on stderr: ${JSON.stringify(err)}`);
}

describe('cli: untrusted files', function () {
  let ws: string;
  let outside: string;

  before(function () {
    if (!fs.existsSync(bin)) this.skip();
  });
  beforeEach(() => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-files-')));
    ws = path.join(base, 'ws');
    outside = path.join(base, 'outside');
    fs.mkdirSync(ws);
    fs.mkdirSync(outside);
  });
  afterEach(() => fs.rmSync(path.dirname(ws), { recursive: true, force: true }));

  describe('FIFOs', () => {
    it('a FIFO named on the command line exits 2 with one line, without blocking', () => {
      for (const name of ['ai-security.yaml', 'MODEL_CARD.md']) {
        mkfifo(path.join(ws, name));
        const r = proc(['check', name, '--today', TODAY], ws);
        assert.equal(r.code, 2, r.err);
        oneLine(r.err);
        assert.match(r.err, new RegExp(`${name.replace('.', '\\.')} cannot be read: it is not a regular file`));
        fs.rmSync(path.join(ws, name));
      }
    });

    it('a FIFO as evidence or as a model card is a finding that says what it is', () => {
      mkfifo(path.join(ws, 'plan.md'));
      mkfifo(path.join(ws, 'MODEL_CARD.md'));
      fs.writeFileSync(
        path.join(ws, 'ai-security.yaml'),
        MANIFEST + ['assets:', `  - { id: m, type: model, version: 1, sha256: ${'a'.repeat(64)}, modelCard: MODEL_CARD.md }`, 'provisions:', '  "2.2": { status: implemented, evidence: [plan.md] }', ''].join('\n'),
      );
      const r = proc(['check', '--today', TODAY, '--format', 'json'], ws);
      assert.equal(r.code, 1, r.err);
      const ds = (JSON.parse(r.out).files as { path: string; diagnostics: { code: string; message: string }[] }[]).flatMap((f) => f.diagnostics);
      const evidence = ds.find((d) => d.code === 'evidence-not-found');
      assert.match(evidence?.message ?? '', /"plan\.md" is not a regular file \(it is a FIFO, socket or device\); it was not read/);
      const card = ds.find((d) => d.code === 'model-card-not-found');
      assert.match(card?.message ?? '', /"MODEL_CARD\.md" is not a regular file/);
    });
  });
});

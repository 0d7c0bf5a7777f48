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
import { cli } from './sarif-schema';
import { mkfifo, repoRoot } from '../helpers';

const bin = path.join(repoRoot, 'dist', 'cli.js');
const TODAY = '2026-11-25';
const MANIFEST = ['version: 1', 'system: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }', ''].join('\n');

/** The built CLI as a process; fails (rather than hanging the suite) if it does not finish. */
function proc(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
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

  it('a folder named on the command line that links out of --root is not searched', () => {
    fs.writeFileSync(path.join(outside, 'ai-security.yaml'), MANIFEST);
    fs.symlinkSync(outside, path.join(ws, 'linked'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require('node:fs') as typeof fs;
    const readdirSync = nodeFs.readdirSync;
    const listed: string[] = [];
    nodeFs.readdirSync = ((p: fs.PathLike, ...rest: unknown[]) => (listed.push(String(p)), (readdirSync as (...a: unknown[]) => unknown)(p, ...rest))) as typeof readdirSync;
    try {
      const r = cli(['check', 'linked', '--today', TODAY], ws);
      assert.equal(r.code, 2);
      assert.equal(r.err, `ai-security: linked leads outside --root ${ws} through a symbolic link; it was not read\n`);
    } finally {
      nodeFs.readdirSync = readdirSync;
    }
    assert.deepEqual(listed, [], 'nothing was listed');
  });

  describe('--baseline', () => {
    beforeEach(() => fs.writeFileSync(path.join(ws, 'ai-security.yaml'), MANIFEST));

    it('a link to /dev/zero, a FIFO, or a link to /etc/passwd is refused: exit 2, one line, nothing of the file echoed', () => {
      fs.symlinkSync('/dev/zero', path.join(ws, 'zero.json'));
      fs.symlinkSync('/etc/passwd', path.join(ws, 'passwd.json'));
      mkfifo(path.join(ws, 'fifo.json'));
      for (const [file, why] of [
        ['zero.json', /leads outside --root .* through a symbolic link; it was not read/],
        ['passwd.json', /leads outside --root .* through a symbolic link; it was not read/],
        ['fifo.json', /cannot be read \(it is not a regular file/],
      ] as const) {
        const r = proc(['check', '--today', TODAY, '--baseline', file], ws);
        assert.equal(r.code, 2, `${file}: ${r.err}`);
        oneLine(r.err);
        assert.match(r.err, new RegExp(`^ai-security: --baseline ${file.replace('.', '\\.')} `));
        assert.match(r.err, why);
        assert.equal(r.out, '');
        assert.doesNotMatch(r.err, /root:|\\u0000/, 'nothing of the file is echoed');
      }
    });

    it('a baseline outside --root is refused; a malformed one is described without quoting it', () => {
      fs.writeFileSync(path.join(outside, 'b.json'), '{"version": 1, "findings": []}');
      const far = cli(['check', '--today', TODAY, '--baseline', path.join(outside, 'b.json')], ws);
      assert.equal(far.code, 2);
      assert.match(far.err, /is outside --root/);
      fs.writeFileSync(path.join(ws, 'secret.json'), 'SECRET-TOKEN-123 and more');
      const bad = cli(['check', '--today', TODAY, '--baseline', 'secret.json'], ws);
      assert.equal(bad.code, 2);
      assert.equal(bad.err, 'ai-security: --baseline secret.json is not a baseline written by --write-baseline: it is not JSON\n');
      fs.writeFileSync(path.join(ws, 'version.json'), '{"version": "SECRET-TOKEN-123"}');
      const version = cli(['check', '--today', TODAY, '--baseline', 'version.json'], ws);
      assert.equal(version.err, 'ai-security: --baseline version.json is not a baseline written by --write-baseline: it has no version number; this ai-security reads version 1\n');
    });
  });

  describe('writes: --write-baseline, report --output, init', () => {
    beforeEach(() => fs.writeFileSync(path.join(ws, 'ai-security.yaml'), MANIFEST));
    const victim = () => path.join(outside, 'victim.txt');

    it('--write-baseline through a planted link leaves the file it points at untouched', () => {
      fs.writeFileSync(victim(), 'precious\n');
      fs.symlinkSync(victim(), path.join(ws, 'baseline.json'));
      const r = cli(['check', '--today', TODAY, '--write-baseline', 'baseline.json'], ws);
      assert.equal(r.code, 2);
      assert.equal(r.err, 'ai-security: --write-baseline baseline.json was not written: it is a symbolic link; nothing is written through a link\n');
      assert.equal(fs.readFileSync(victim(), 'utf8'), 'precious\n');
      assert.equal(fs.readlinkSync(path.join(ws, 'baseline.json')), victim(), 'the link is left as it was');
    });

    it('report --output through a dangling link creates nothing', () => {
      fs.symlinkSync(path.join(outside, 'new.md'), path.join(ws, 'report.md'));
      const r = cli(['report', '--today', TODAY, '--output', 'report.md'], ws);
      assert.equal(r.code, 2);
      oneLine(r.err);
      assert.match(r.err, /--output report\.md was not written: it is a symbolic link/);
      assert.ok(!fs.existsSync(path.join(outside, 'new.md')));
    });

    it('nothing is written into a folder that a link inside the workspace leads to', () => {
      fs.symlinkSync(outside, path.join(ws, 'reports'));
      fs.mkdirSync(path.join(ws, 'sub'));
      fs.symlinkSync(outside, path.join(ws, 'sub', 'deeper'));
      for (const args of [
        ['check', '--write-baseline', 'reports/baseline.json'],
        ['report', '--output', 'reports/report.md'],
        ['report', '--output', 'sub/deeper/report.md'],
        ['init', 'reports'],
      ]) {
        const r = cli([...args, '--today', TODAY], ws);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
        oneLine(r.err);
        assert.match(r.err, /was not written: its folder (reports|sub\/deeper) is a symbolic link \(to .*outside\); nothing is written through a link/);
      }
      assert.deepEqual(fs.readdirSync(outside), [], 'nothing was written outside');
    });

    it('a FIFO or a folder as the target is refused without blocking', () => {
      mkfifo(path.join(ws, 'fifo.json'));
      const r = proc(['check', '--today', TODAY, '--write-baseline', 'fifo.json'], ws);
      assert.equal(r.code, 2, r.err);
      assert.equal(r.err, 'ai-security: --write-baseline fifo.json was not written: it is not a regular file (a FIFO, socket or device)\n');
      fs.mkdirSync(path.join(ws, 'folder.json'));
      assert.match(cli(['check', '--today', TODAY, '--write-baseline', 'folder.json'], ws).err, /folder\.json was not written: it is a folder, not a file/);
    });

    it('init never writes through a dangling link named ai-security.yaml', () => {
      const sub = path.join(ws, 'new');
      fs.mkdirSync(sub);
      fs.symlinkSync(path.join(outside, 'planted.yaml'), path.join(sub, 'ai-security.yaml'));
      const r = cli(['init', 'new', '--today', TODAY], ws);
      assert.equal(r.code, 2);
      assert.match(r.err, /already exists; init never overwrites a manifest/);
      assert.ok(!fs.existsSync(path.join(outside, 'planted.yaml')));
    });

    it('a file is replaced whole, keeping its permissions, and leaves no temporary file behind', () => {
      const file = path.join(ws, 'baseline.json');
      fs.writeFileSync(file, 'old');
      fs.chmodSync(file, 0o640);
      const r = cli(['check', '--today', TODAY, '--write-baseline', 'baseline.json'], ws);
      assert.equal(r.code, 0, r.err);
      assert.match(fs.readFileSync(file, 'utf8'), /^\{\n {2}"version": 1,/);
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(ws).sort(), ['ai-security.yaml', 'baseline.json']);
      const init = cli(['init', '--today', TODAY], outside);
      assert.equal(init.code, 0, init.err);
      assert.deepEqual(fs.readdirSync(outside), ['ai-security.yaml']);
    });
  });
});


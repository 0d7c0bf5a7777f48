/**
 * Path safety: evidence and model-card paths that leave the workspace — by `..`, an absolute path,
 * `~`, URL-encoded separators, Windows separators or a symbolic link — are findings, and the
 * files they point at are never opened. The file system is watched while the CLI and the server
 * run; the test fails if anything outside the workspace is read.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../../server/src/cli/main';
import { FULL_CAPABILITIES, TestClient } from '../lsp/client';

const HOSTILE = [
  '../outside/secret.md',
  '/etc/passwd',
  '~/.ssh/id_rsa',
  '%2e%2e%2foutside%2fsecret.md',
  '..%2Foutside%2Fsecret.md',
  '..\\outside\\secret.md',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\secret.md',
  'file:///etc/passwd',
  'docs/linked-secret.md',
  'linked-dir/secret.md',
];

describe('path safety', () => {
  let base: string;
  let ws: string;
  let outside: string;
  const opened: string[] = [];
  // The module object itself (not an import's namespace view of it), so that patching it is
  // seen by every module that reads through it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeFs = require('node:fs') as typeof fs;
  const originals = { openSync: nodeFs.openSync, readFileSync: nodeFs.readFileSync, createReadStream: nodeFs.createReadStream };

  before(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-paths-')));
    ws = path.join(base, 'workspace');
    outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(ws, 'docs'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.md'), '# secret\n');
    fs.writeFileSync(path.join(outside, 'card.md'), '# card\n\n## Hashes\n\n| f | ' + 'a'.repeat(64) + ' |\n');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(ws, 'docs', 'linked-secret.md'));
    fs.symlinkSync(outside, path.join(ws, 'linked-dir'));
    fs.symlinkSync(path.join(outside, 'card.md'), path.join(ws, 'MODEL_CARD.md'));
    fs.writeFileSync(
      path.join(ws, 'ai-security.yaml'),
      [
        'version: 1',
        'system: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }',
        'assets:',
        '  - { id: m, type: model, version: 1, sha256: ' + 'b'.repeat(64) + ', modelCard: linked-dir/card.md }',
        '  - { id: n, type: model, version: 1, sha256: ' + 'b'.repeat(64) + ', modelCard: MODEL_CARD.md }',
        'provisions:',
        `  "2.2": { status: implemented, evidence: [${HOSTILE.map((h) => JSON.stringify(h)).join(', ')}] }`,
        '',
      ].join('\n'),
    );
    // Watch every read: record the real path of whatever is opened.
    const record = (p: fs.PathOrFileDescriptor) => {
      if (typeof p === 'number') return;
      const abs = path.resolve(String(p instanceof URL ? p.pathname : p));
      try {
        opened.push(fs.realpathSync(abs));
      } catch {
        opened.push(abs);
      }
    };
    (nodeFs as { openSync: unknown }).openSync = (p: fs.PathLike, ...rest: unknown[]) => (record(p as string), (originals.openSync as (...a: unknown[]) => number)(p, ...rest));
    (nodeFs as { readFileSync: unknown }).readFileSync = (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => (record(p), (originals.readFileSync as (...a: unknown[]) => unknown)(p, ...rest));
    (nodeFs as { createReadStream: unknown }).createReadStream = (p: fs.PathLike, ...rest: unknown[]) => (record(p as string), (originals.createReadStream as (...a: unknown[]) => unknown)(p, ...rest));
  });

  after(() => {
    Object.assign(nodeFs, originals);
    fs.rmSync(base, { recursive: true, force: true });
  });

  const readOutside = () => opened.filter((p) => p.startsWith(outside) || p === '/etc/passwd' || p.includes('.ssh'));

  it('the CLI reports every hostile path and opens none of them', () => {
    opened.length = 0;
    let out = '';
    const code = run(['check', '--root', ws, ws, '--format', 'json', '--today', '2026-06-01'], { stdout: (s) => (out += s), stderr: () => undefined, cwd: ws, isTty: false, env: {} });
    assert.equal(code, 1);
    const manifest = JSON.parse(out).files.find((f: { kind: string }) => f.kind === 'manifest');
    const outsideFindings = manifest.diagnostics.filter((d: { code: string }) => d.code === 'evidence-outside-workspace');
    assert.equal(outsideFindings.length, HOSTILE.length + 2, JSON.stringify(manifest.diagnostics.map((d: { code: string; message: string }) => `${d.code}: ${d.message}`), null, 1));
    assert.ok(opened.length > 0, 'reads are being watched');
    assert.deepEqual(readOutside(), [], 'nothing outside the workspace was read');
  });

  it('the language server does the same', async () => {
    opened.length = 0;
    const client = TestClient.inProcess({ clock: { today: () => '2026-06-01' } });
    try {
      await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
      const uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
      await client.open(uri, fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8'));
      const ds = await client.diagnostics(uri, (p) => p.version === 1);
      assert.equal(ds.filter((d) => d.code === 'evidence-outside-workspace').length, HOSTILE.length + 2);
      await client.request('textDocument/documentLink', { textDocument: { uri } });
      assert.deepEqual(readOutside(), [], 'nothing outside the workspace was read');
    } finally {
      client.conn.dispose();
    }
  });
});

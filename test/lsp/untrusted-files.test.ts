/**
 * Files a cloned repository can plant for the language server: FIFOs where documents belong.
 * Reading one used to block the server's only thread for ever, so these run the built server as
 * a process; a generous deadline only detects a hang.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver/node';
import { mkfifo, repoRoot } from '../helpers';
import { TestClient } from './client';

const bin = path.join(repoRoot, 'dist', 'server.js');

describe('language server: untrusted files (dist/server.js over stdio)', function () {
  this.timeout(300_000);
  let ws: string;
  let child: ChildProcessWithoutNullStreams | undefined;
  let client: TestClient | undefined;
  let stderr = '';

  before(function () {
    if (!fs.existsSync(bin)) this.skip();
  });
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-lsp-files-')));
  });
  afterEach(() => {
    client?.conn.dispose();
    if (child && child.exitCode === null) child.kill();
    client = undefined;
    child = undefined;
    fs.rmSync(ws, { recursive: true, force: true });
  });

  async function start(): Promise<TestClient> {
    child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    client = TestClient.overStdio(child);
    await client.initialize({ workspace: { workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }, pathToFileURL(ws).toString(), { processId: process.pid });
    return client;
  }

  /** The server answers a request (before the deadline that detects a hang). */
  async function answers(c: TestClient): Promise<void> {
    const uri = pathToFileURL(path.join(ws, 'probe', 'ai-security.yaml')).toString();
    await c.open(uri, 'version: 1\nprovisions:\n  "6.4": { status: planned }\n');
    const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
    assert.ok(h, 'the server answers a hover');
    assert.equal(child!.exitCode, null, `the server is still running (stderr: ${stderr})`);
  }

  it('a FIFO named as a model card: the start-up scan reports it and the server keeps answering', async () => {
    mkfifo(path.join(ws, 'MODEL_CARD.md'));
    fs.writeFileSync(
      path.join(ws, 'ai-security.yaml'),
      ['version: 1', 'system: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }', 'assets:', `  - { id: m, type: model, version: 1, sha256: ${'a'.repeat(64)}, modelCard: MODEL_CARD.md }`, ''].join('\n'),
    );
    const c = await start();
    const ds = await c.diagnostics(pathToFileURL(path.join(ws, 'ai-security.yaml')).toString(), (p) => p.diagnostics.length > 0);
    assert.match(ds.find((d) => d.code === 'model-card-not-found')?.message ?? '', /is not a regular file/);
    await answers(c);
  });

  it('a FIFO reported by the file watcher, or closed in the editor, is not opened', async () => {
    const c = await start();
    const fifo = path.join(ws, 'model_card.md');
    mkfifo(fifo);
    const uri = pathToFileURL(fifo).toString();
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await answers(c);
    await c.open(uri, '# Card\n', 'markdown');
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await answers(c);
  });
});

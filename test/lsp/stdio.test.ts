/**
 * The built server as a child process over stdio, with a client that declares almost nothing:
 * no pull diagnostics, no snippets, no workspace folders, no configuration.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver/node';
import { catalogue } from '../../server/src/core/index';
import { repoRoot } from '../helpers';
import { TestClient } from './client';

describe('language server over stdio (dist/server.js)', () => {
  const bin = path.join(repoRoot, 'dist', 'server.js');

  it('initializes with minimal capabilities, publishes diagnostics, hovers, shuts down and exits 0', async function () {
    if (!fs.existsSync(bin)) this.skip();
    const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const client = TestClient.overStdio(child);
    try {
      const init = await client.initialize({}, null, { processId: process.pid });
      assert.ok(init.capabilities.hoverProvider);
      assert.equal(init.capabilities.diagnosticProvider, undefined, 'push diagnostics for a client without pull');
      const uri = pathToFileURL(path.join(repoRoot, 'examples', 'ai-security.yaml')).toString();
      const text = fs.readFileSync(path.join(repoRoot, 'examples', 'ai-security.yaml'), 'utf8');
      await client.open(uri, text);
      const ds = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.ok(ds.some((d) => d.code === '6.4'));
      const line = text.split('\n').findIndex((l) => l.startsWith('  "6.4":'));
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
      const value = (h.contents as { value: string }).value;
      assert.ok(value.includes(catalogue().byId.get('6.4')!.quote));
      await client.request('shutdown', null);
      await client.conn.sendNotification('exit');
      // No deadline of our own: one short enough to matter would fail on a loaded machine, and
      // mocha's timeout still stops a server that never exits.
      assert.equal(await exited, 0, `exit code (stderr: ${stderr})`);
    } finally {
      client.conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});

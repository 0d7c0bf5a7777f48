/**
 * The server reads only inside its workspace folders (and the files a manifest there names,
 * which are inside too). A client can name any URI: a coverage request, a watched-file change, a
 * document it opens and closes. Every file-system call the server makes is watched while it is
 * handed URIs outside the workspace, file:///etc/passwd among them; none may touch them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FULL_CAPABILITIES, TestClient } from './client';

const MANIFEST = ['version: 1', 'system: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }', 'provisions:', '  "2.2": { status: implemented, evidence: [secret.md] }', ''].join('\n');

describe('language server: reads stay inside the workspace folders', () => {
  let base: string;
  let ws: string;
  let outside: string;
  const touched: string[] = [];
  // The module object itself, so that every module reading through it sees the patches.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeFs = require('node:fs') as typeof fs;
  const names = ['openSync', 'readFileSync', 'statSync', 'lstatSync', 'existsSync', 'readdirSync', 'createReadStream'] as const;
  const originals = new Map<string, unknown>(names.map((n) => [n, nodeFs[n]]));
  const realpathNative = nodeFs.realpathSync.native;

  before(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-confine-')));
    ws = path.join(base, 'ws');
    outside = path.join(base, 'outside');
    fs.mkdirSync(ws);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(ws, 'ai-security.yaml'), MANIFEST);
    fs.writeFileSync(path.join(ws, 'secret.md'), '# inside\n');
    fs.writeFileSync(path.join(outside, 'ai-security.yaml'), MANIFEST);
    fs.writeFileSync(path.join(outside, 'secret.md'), '# outside\n');
    fs.writeFileSync(path.join(outside, 'MODEL_CARD.md'), '# card\n');
    const record = (p: unknown) => {
      if (typeof p === 'string') touched.push(path.resolve(p));
      else if (p instanceof URL) touched.push(p.pathname);
    };
    for (const n of names) {
      const original = originals.get(n) as (...a: unknown[]) => unknown;
      (nodeFs as unknown as Record<string, unknown>)[n] = (p: unknown, ...rest: unknown[]) => (record(p), original(p, ...rest));
    }
    nodeFs.realpathSync.native = ((p: fs.PathLike, ...rest: unknown[]) => (record(p), (realpathNative as (...a: unknown[]) => unknown)(p, ...rest))) as typeof realpathNative;
  });

  after(() => {
    for (const n of names) (nodeFs as unknown as Record<string, unknown>)[n] = originals.get(n);
    nodeFs.realpathSync.native = realpathNative;
    fs.rmSync(base, { recursive: true, force: true });
  });

  const strays = () => touched.filter((p) => p === '/etc/passwd' || p.startsWith(outside));

  for (const pull of [false, true]) {
    it(`coverage, coverageReport, watched files, didOpen and didClose (${pull ? 'pull' : 'push'} diagnostics)`, async () => {
      touched.length = 0;
      const client = TestClient.inProcess({ clock: { today: () => '2026-06-01' } });
      try {
        const caps = pull ? { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: {} } } : FULL_CAPABILITIES;
        await client.initialize(caps, pathToFileURL(ws).toString(), { processId: null });
        const far = pathToFileURL(path.join(outside, 'ai-security.yaml')).toString();
        const answers = [];
        for (const uri of ['file:///etc/passwd', far]) {
          answers.push(await client.request('aiSecurity/coverage', { uri }), await client.request('aiSecurity/coverageReport', { uri }));
        }
        assert.deepEqual(strays(), [], 'coverage and coverageReport touched nothing outside');
        assert.deepEqual(answers, [null, null, null, null]);

        const inside = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
        // The workspace's own manifest is still read from disk: the watch sees reads.
        assert.ok(await client.request('aiSecurity/coverage', { uri: inside }));
        assert.ok(touched.some((p) => p === path.join(ws, 'ai-security.yaml')), 'reads are being watched');

        const card = pathToFileURL(path.join(ws, 'MODEL_CARD.md')).toString();
        fs.writeFileSync(path.join(ws, 'MODEL_CARD.md'), '# card\n');
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [
            { uri: 'file:///etc/passwd', type: 2 },
            { uri: far, type: 2 },
            { uri: pathToFileURL(path.join(outside, 'MODEL_CARD.md')).toString(), type: 1 },
            { uri: pathToFileURL(path.join(outside, 'secret.md')).toString(), type: 2 },
            { uri: card, type: 1 },
          ],
        });
        // The changes are handled in order: once the workspace's card is analysed, so are the rest.
        if (pull) await client.request('aiSecurity/coverage', { uri: card });
        else await client.diagnostics(card);
        assert.deepEqual(strays(), [], 'watched-file changes touched nothing outside');

        // A document the client sends is analysed from its text, with nothing read around it.
        await client.open(far, MANIFEST);
        const ds = pull
          ? ((await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: far } })).items)
          : await client.diagnostics(far, (p) => p.version === 1);
        assert.ok(ds.length > 0, 'the open document is analysed');
        assert.ok(!ds.some((d) => String(d.code).startsWith('evidence-')), 'its evidence is not looked up');
        await client.request('textDocument/documentLink', { textDocument: { uri: far } });
        await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: far } });
        // didClose is handled before the next request is answered.
        await client.request('aiSecurity/coverage', { uri: inside });
        assert.deepEqual(strays(), [], 'didOpen, documentLink and didClose touched nothing outside');
      } finally {
        client.conn.dispose();
      }
    });
  }
});

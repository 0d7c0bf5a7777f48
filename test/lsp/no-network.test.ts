/**
 * No network access anywhere: every way Node opens a connection or looks up a name is replaced
 * by one that records the attempt, then a full run happens — the CLI over the examples in every
 * format, explain, and a language-server session with every feature. Nothing may try to connect.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../../server/src/cli/main';
import { repoRoot } from '../helpers';
import { FULL_CAPABILITIES, TestClient } from './client';

/* eslint-disable @typescript-eslint/no-require-imports */
const modules = { net: require('node:net'), tls: require('node:tls'), dns: require('node:dns'), http: require('node:http'), https: require('node:https') } as Record<string, Record<string, unknown>>;
const targets: [string, string][] = [
  ['net', 'connect'],
  ['net', 'createConnection'],
  ['tls', 'connect'],
  ['dns', 'lookup'],
  ['dns', 'resolve'],
  ['http', 'request'],
  ['http', 'get'],
  ['https', 'request'],
  ['https', 'get'],
];

describe('no network access', () => {
  const attempts: string[] = [];
  const saved = new Map<string, unknown>();
  let socketConnect: unknown;
  let fetchSaved: unknown;

  before(() => {
    for (const [m, f] of targets) {
      saved.set(`${m}.${f}`, modules[m]![f]);
      modules[m]![f] = (...args: unknown[]) => {
        attempts.push(`${m}.${f}(${JSON.stringify(args[0] ?? '').slice(0, 80)})`);
        throw new Error(`network access attempted: ${m}.${f}`);
      };
    }
    const Socket = (modules.net as { Socket: { prototype: { connect: unknown } } }).Socket;
    socketConnect = Socket.prototype.connect;
    Socket.prototype.connect = function (...args: unknown[]) {
      attempts.push(`net.Socket.connect(${JSON.stringify(args[0] ?? '').slice(0, 80)})`);
      throw new Error('network access attempted: net.Socket.connect');
    };
    fetchSaved = globalThis.fetch;
    globalThis.fetch = (async (input: unknown) => {
      attempts.push(`fetch(${String(input)})`);
      throw new Error('network access attempted: fetch');
    }) as typeof fetch;
  });

  after(() => {
    for (const [m, f] of targets) modules[m]![f] = saved.get(`${m}.${f}`);
    (modules.net as { Socket: { prototype: { connect: unknown } } }).Socket.prototype.connect = socketConnect;
    globalThis.fetch = fetchSaved as typeof fetch;
  });

  it('the trap is live: an attempt is recorded and refused', async () => {
    assert.throws(() => (require('node:https') as typeof import('node:https')).get('https://www.gov.uk/'));
    await assert.rejects(fetch('https://www.gov.uk/'));
    assert.equal(attempts.length, 2);
    attempts.length = 0;
  });

  it('a full run of the CLI and the language server makes no connection', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: repoRoot, isTty: false, env: {} };
    for (const format of ['text', 'json', 'sarif']) run(['check', 'examples', '--format', format, '--today', '2026-11-25'], io);
    run(['explain', '6.4'], io);

    const client = TestClient.inProcess({ clock: { today: () => '2026-11-25' } });
    try {
      const ws = path.join(repoRoot, 'examples');
      await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
      const uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
      const text = fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8');
      await client.open(uri, text);
      const ds = await client.diagnostics(uri, (p) => p.version === 1);
      const pos = { line: 119, character: 4 };
      await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
      await client.request('textDocument/completion', { textDocument: { uri }, position: pos });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0]!.range, context: { diagnostics: ds } });
      await client.request('textDocument/documentLink', { textDocument: { uri } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('aiSecurity/coverageReport', { uri });
      const card = pathToFileURL(path.join(ws, 'models', 'support-llm', 'README.md')).toString();
      await client.open(card, fs.readFileSync(path.join(ws, 'models', 'support-llm', 'README.md'), 'utf8'), 'markdown');
      await client.diagnostics(card, (p) => p.version === 1);
      await client.request('textDocument/hover', { textDocument: { uri: card }, position: { line: 84, character: 4 } });
    } finally {
      client.conn.dispose();
    }
    assert.deepEqual(attempts, [], 'network access attempted');
  });
});

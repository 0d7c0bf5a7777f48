/**
 * The settings `aiSecurity.files` and `aiSecurity.modelCards` as a cloned repository may set them:
 * a pattern that hangs a backtracking matcher on a 40-character file name, and patterns that do
 * not compile. Against the built server over stdio, so that a server that hangs fails the test
 * instead of stopping the suite: it must warn once per bad value and go on serving, with the good
 * patterns still applied.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver/node';
import { repoRoot } from '../helpers';
import { FULL_CAPABILITIES, TestClient, until } from './client';

const bin = path.join(repoRoot, 'dist', 'server.js');
const PATHOLOGICAL = '*a*a*a*a*a*a*a*a*a*a*a*b';
const BAD = { files: ['+(x|y).yaml', '{oops'], modelCards: ['{*.md'] };

describe('settings globs (dist/server.js over stdio)', function () {
  this.timeout(300_000);
  let ws: string;
  let child: ChildProcessWithoutNullStreams;
  let client: TestClient;
  let stderr = '';
  const uri = (rel: string) => pathToFileURL(path.join(ws, ...rel.split('/'))).toString();

  beforeEach(async function () {
    if (!fs.existsSync(bin)) this.skip();
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-globs-'));
    fs.cpSync(path.join(repoRoot, 'examples'), ws, { recursive: true });
    // Names a backtracking matcher takes minutes over: no "b" after the last "a".
    fs.writeFileSync(path.join(ws, `${'a'.repeat(40)}.md`), '# Notes\n');
    fs.mkdirSync(path.join(ws, 'notes'));
    fs.writeFileSync(path.join(ws, 'notes', `${'a'.repeat(200)}.md`), '# Notes\n');
    fs.mkdirSync(path.join(ws, 'cards'));
    fs.writeFileSync(path.join(ws, 'cards', 'extra.md'), '# An extra card\n');
    fs.mkdirSync(path.join(ws, 'security'));
    fs.copyFileSync(path.join(ws, 'ai-security.yaml'), path.join(ws, 'security', 'extra.yaml'));
    child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    client = TestClient.overStdio(child);
    client.settings = { files: [...BAD.files, 'security/*.yaml'], modelCards: [PATHOLOGICAL, ...BAD.modelCards, 'cards/*.md'] };
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: process.pid });
  });
  afterEach(() => {
    client?.conn.dispose();
    if (child && child.exitCode === null) child.kill();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('warns once per bad pattern, and still checks manifests and cards and answers hovers', async () => {
    // The start-up scan tries every Markdown name against the patterns, the long ones included.
    assert.ok((await client.diagnostics(uri('ai-security.yaml'), () => true, 120_000)).length > 0, 'the manifest is checked');
    assert.ok((await client.diagnostics(uri('cards/extra.md'), () => true, 120_000)).length > 0, 'cards/*.md still applies');
    await client.open(uri('ai-security.yaml'), fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8'));
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('ai-security.yaml') }, position: { line: 119, character: 4 } });
    assert.ok(h, 'the server answers a hover');

    await client.open(uri('security/extra.yaml'), fs.readFileSync(path.join(ws, 'security', 'extra.yaml'), 'utf8'));
    assert.ok((await client.diagnostics(uri('security/extra.yaml'), (p) => p.version === 1)).length > 0, 'security/*.yaml still applies');

    const expected = [...BAD.files.map((p) => ['aiSecurity.files', p]), ...BAD.modelCards.map((p) => ['aiSecurity.modelCards', p])];
    await until('a warning for each bad pattern', () => client.messages.length >= expected.length);
    for (const [setting, pattern] of expected) {
      const shown = client.messages.filter((m) => m.message.startsWith(`${setting}: the pattern ${JSON.stringify(pattern)} `));
      assert.equal(shown.length, 1, `one warning for ${setting} ${pattern}: ${JSON.stringify(client.messages)}`);
      assert.equal(shown[0]!.type, 2, 'a warning');
      assert.ok(client.logs.some((l) => l === shown[0]!.message), 'and the same line in the log');
    }

    // Reading the settings again, and opening more files, does not repeat the warnings.
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.open(uri(`${'a'.repeat(40)}.md`), '# Notes\n', 'markdown');
    const after = client.published.length;
    await client.change(uri('security/extra.yaml'), fs.readFileSync(path.join(ws, 'security', 'extra.yaml'), 'utf8') + '\n');
    await until('the edited manifest checked again', () => client.published.slice(after).some((p) => p.uri === uri('security/extra.yaml')));
    assert.equal(client.messages.length, expected.length, JSON.stringify(client.messages));

    // Names the pathological pattern does not match are not taken for cards.
    for (const rel of [`${'a'.repeat(40)}.md`, `notes/${'a'.repeat(200)}.md`]) {
      assert.ok(!client.published.some((p) => p.uri === uri(rel) && p.diagnostics.length > 0), `${rel} is not a card`);
    }
    assert.equal(child.exitCode, null, `the server is still running (stderr: ${stderr})`);
  });
});

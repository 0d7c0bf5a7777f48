/**
 * Protocol tests: text from the user reaches clients as text (hovers in both formats), and the
 * starter manifest request writes what it is given as YAML text or refuses it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { assertStarterReadsBack, HOSTILE_NAMES } from '../core/starter-cases';
import { FULL_CAPABILITIES, TestClient } from './client';

const clock = { today: () => '2026-11-25' };
const DUE = '![x](https://evil.example/x.png) [run](command:workbench.action.terminal.new) <img src=x onerror=y> `tick` a|b *c* back\\';
const MANIFEST = `version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\nprovisions:\n  "2.1": { status: planned, owner: a, due: ${JSON.stringify(DUE)} }\n`;

describe('language server: user text in hovers', function () {
  let ws: string;
  let client: TestClient;
  let uri: string;

  beforeEach(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-user-text-'));
    uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    client = TestClient.inProcess({ clock });
  });
  afterEach(() => {
    client.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('a Markdown client gets the value escaped; a plain-text client gets it as written', async () => {
    for (const format of ['markdown', 'plaintext'] as const) {
      client.conn.dispose();
      client = TestClient.inProcess({ clock });
      const caps = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, hover: { contentFormat: [format] } } };
      await client.initialize(caps, pathToFileURL(ws).toString(), { processId: null });
      await client.open(uri, MANIFEST);
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 4 } });
      const contents = h.contents as MarkupContent;
      assert.equal(contents.kind, format);
      if (format === 'plaintext') assert.ok(contents.value.includes(`Due ${DUE}.`), contents.value);
      else assert.ok(!contents.value.includes(DUE) && !/!\[|\]\(command:|<img/.test(contents.value.replace(/\\./g, '')), contents.value);
    }
  });
});

describe('language server: aiSecurity/starterManifest', function () {
  let client: TestClient;
  beforeEach(async () => {
    client = TestClient.inProcess({ clock });
    await client.initialize(FULL_CAPABILITIES, null, { processId: null });
  });
  afterEach(() => client.conn.dispose());

  it('writes any name and owner as YAML that reads back as exactly that text', async () => {
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      if (name.trim() === '') continue;
      const owner = HOSTILE_NAMES[HOSTILE_NAMES.length - 1 - i]!;
      const text = await client.request<string>('aiSecurity/starterManifest', { name, owner, roles: ['developer', 'system-operator'], lifecycle: 'development' });
      assertStarterReadsBack(text, name, owner);
    }
  });

  it('refuses a lifecycle stage, roles, a name or an owner it does not know, with InvalidParams', async () => {
    const good = { name: 'X', owner: 'x@example.org', roles: ['developer'], lifecycle: 'design' };
    for (const bad of [
      { lifecycle: 'design\nevil: 1' },
      { lifecycle: 'soon' },
      { lifecycle: 5 },
      { lifecycle: undefined },
      { roles: ['developer', 'root'] },
      { roles: ['developer\nevil: 1'] },
      { roles: [] },
      { roles: 'developer' },
      { name: 5 },
      { name: '' },
      { owner: { toString: 'x' } },
    ]) {
      await assert.rejects(
        client.request('aiSecurity/starterManifest', { ...good, ...bad }),
        (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidParams && /^aiSecurity\/starterManifest: /.test(e.message),
        JSON.stringify(bad),
      );
    }
    assert.match(await client.request<string>('aiSecurity/starterManifest', good), /^# How X meets/);
  });
});

/** Protocol tests: text from the user reaches clients as text (hovers in both formats). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
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

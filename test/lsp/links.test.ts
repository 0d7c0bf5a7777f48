/**
 * One address per provision over the protocol: a finding's `codeDescription.href`, the link in
 * the hover on its number and the target of "Open provision" (the provisions request the
 * client's command reads) are the same, for every provision a fresh manifest is missing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover } from 'vscode-languageserver/node';
import { ruleUrl } from '../../server/src/core/index';
import { FULL_CAPABILITIES, TestClient } from './client';

describe('links over the protocol', () => {
  let ws: string;
  let client: TestClient;
  beforeEach(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-links-'));
    client = TestClient.inProcess({ clock: { today: () => '2026-06-01' } });
  });
  afterEach(() => {
    client.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('a finding, the hover on its provision and Open provision go to the same address', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    const uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    const head = 'version: 1\nsystem:\n  name: S\n  owner: a@b.org\n  roles: [developer]\n  lifecycle: design\n  colour: red\nassets: []\nprovisions:\n';
    await client.open(uri, head);
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    const missing = ds.filter((d) => (d.data as { kind?: string }).kind === 'missing-provision');
    assert.ok(missing.length > 10);
    // Each missing provision written as a key, to hover on it.
    const text = head + missing.map((d) => `  "${String(d.code)}": { status: planned, owner: a@b.org, due: 2026-09-01 }\n`).join('');
    await client.change(uri, text);
    const targets = new Map((await client.request<{ id: string; url: string }[]>('aiSecurity/provisions', {})).map((p) => [p.id, p.url]));
    for (const [i, d] of missing.entries()) {
      const id = String(d.code);
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 9 + i, character: 4 } });
      const value = (h.contents as { value: string }).value;
      const link = new RegExp(`\\*\\*\\[${id.replace(/\./g, '\\.')}\\]\\(([^)]+)\\)\\*\\*`).exec(value)?.[1];
      assert.ok(link, `no link on ${id} in the hover:\n${value}`);
      assert.equal(link, d.codeDescription!.href, `${id}: hover and finding`);
      assert.equal(targets.get(id), d.codeDescription!.href, `${id}: Open provision and finding`);
      assert.match(link, /:~:text=/);
    }
    const unknown: Diagnostic | undefined = ds.find((d) => d.code === 'unknown-field');
    assert.equal(unknown?.codeDescription?.href, ruleUrl('unknown-field'));
  });
});

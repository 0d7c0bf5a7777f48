/**
 * Asset IDs over the protocol: hover, definition (and a modelCard to its card), references, and
 * rename with its prepare step: the WorkspaceEdit renames every place the id is written, against
 * the document's version, and a rename anywhere else is refused.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FULL_CAPABILITIES, TestClient } from './client';

const TEXT = [
  'version: 1',
  'system: { name: S, owner: a@b.org, roles: [developer], lifecycle: design }',
  'assets:',
  '  - id: base-model', // 3
  '    type: model',
  '    version: 2.1.0',
  '    shared: true',
  '    modelCard: cards/base.md', // 7
  '  - id: api', // 8
  '    type: api',
  '    dependsOn: [base-model]', // 10
  'provisions: {}',
  '',
].join('\n');

const r = (line: number, a: number, b: number): Range => ({ start: { line, character: a }, end: { line, character: b } });

describe('asset IDs over the protocol', () => {
  let ws: string;
  let client: TestClient;
  let uri: string;
  beforeEach(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-assets-'));
    fs.mkdirSync(path.join(ws, 'cards'));
    fs.writeFileSync(path.join(ws, 'cards', 'base.md'), '# Base model\n');
    client = TestClient.inProcess({ clock: { today: () => '2026-06-01' } });
    const caps = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, rename: { prepareSupport: true } } };
    const init = await client.initialize(caps, pathToFileURL(ws).toString(), { processId: null });
    assert.ok(init.capabilities.definitionProvider && init.capabilities.referencesProvider);
    assert.deepEqual(init.capabilities.renameProvider, { prepareProvider: true });
    uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    await client.open(uri, TEXT);
  });
  afterEach(() => {
    client.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });

  it('hover on an asset ID: its type, version and flags', async () => {
    const h = await client.request<Hover>('textDocument/hover', at(10, 20));
    const value = (h.contents as { value: string }).value;
    assert.match(value, /\*\*Asset `base-model`\*\* · model · version `2\.1\.0`/);
    assert.match(value, /shared: yes/);
    assert.deepEqual(h.range, r(10, 16, 26));
  });

  it('definition: dependsOn → the asset\u2019s id; modelCard → the card', async () => {
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', at(10, 18)), [{ uri, range: r(3, 8, 18) }]);
    const card = await client.request<Location[]>('textDocument/definition', at(7, 18));
    assert.deepEqual(card, [{ uri: pathToFileURL(path.join(ws, 'cards', 'base.md')).toString(), range: r(0, 0, 0) }]);
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', at(4, 10)), []);
  });

  it('references: the id and every dependsOn entry that names it', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at(3, 10), context: { includeDeclaration: true } });
    assert.deepEqual(refs, [{ uri, range: r(3, 8, 18) }, { uri, range: r(10, 16, 26) }]);
    const only = await client.request<Location[]>('textDocument/references', { ...at(3, 10), context: { includeDeclaration: false } });
    assert.deepEqual(only, [{ uri, range: r(10, 16, 26) }]);
  });

  it('rename: prepare on an asset ID only; the WorkspaceEdit renames it everywhere, at the document\u2019s version', async () => {
    assert.equal(await client.request('textDocument/prepareRename', at(4, 10)), null, 'refused on a type');
    assert.equal(await client.request('textDocument/prepareRename', at(1, 20)), null, 'refused on the system');
    assert.deepEqual(await client.request('textDocument/prepareRename', at(10, 18)), { range: r(10, 16, 26), placeholder: 'base-model' });
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(10, 18), newName: 'foundation-model' });
    const changes = edit.documentChanges as { textDocument: { uri: string; version: number }; edits: TextEdit[] }[];
    assert.deepEqual(changes.map((c) => c.textDocument), [{ uri, version: 1 }]);
    assert.deepEqual(changes[0]!.edits, [
      { range: r(3, 8, 18), newText: 'foundation-model' },
      { range: r(10, 16, 26), newText: 'foundation-model' },
    ]);
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, TEXT), changes[0]!.edits);
    assert.ok(after.includes('- id: foundation-model') && after.includes('dependsOn: [foundation-model]'));
    await assert.rejects(client.request('textDocument/rename', { ...at(10, 18), newName: 'api' }), /already has the id "api"/);
  });
});

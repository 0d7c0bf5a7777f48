/**
 * Protocol tests of the first edits a user makes: the outline while a key is half typed,
 * completion inside the quotes the editor closes, suggestions that follow an accepted key,
 * snippets only in checked files, a short quick-fix menu on a fresh manifest, and the fix of an
 * empty one.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Range, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MENU_LIMIT } from '../../server/src/lsp/handlers';
import { FULL_CAPABILITIES, TestClient } from './client';

const clock = { today: () => '2026-11-25' };
const HEAD = 'version: 1\nsystem:\n  name: X\n  owner: team@example.org\n  roles: [developer, system-operator]\n  lifecycle: deployment\n';

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'yaml', 0, text), edits);
}

/** Every symbol in the tree, with the names of its ancestors. */
function flatten(symbols: DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of symbols) {
    out.push(s);
    if (s.children) flatten(s.children, out);
  }
  return out;
}

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('editing in the language server', function () {
  let ws: string;
  let client: TestClient;
  let uri: string;

  beforeEach(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-editing-'));
    uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    client = TestClient.inProcess({ clock });
  });
  afterEach(() => {
    client.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  const vscodeLike = (commands = true) => client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null, clientInfo: { name: 'Visual Studio Code' }, ...(commands ? { initializationOptions: { commands: true } } : {}) });

  it('the outline never has a symbol without a name, whatever key or ID is half typed', async () => {
    await vscodeLike();
    const cases = [
      `${HEAD}provisions:\n  "":\n`,
      `${HEAD}provisions:\n  '':\n`,
      `${HEAD}provisions:\n  "1.1":\n    status: planned\n  "":\n  " ":\n`,
      `${HEAD}assets:\n  - id: ""\n    type: model\n  - id: ''\n`,
      `${HEAD}"":\nprovisions:\n  "":\n`,
      `"":\n`,
      `'': x\n"": y\n`,
    ];
    let v = 0;
    for (const text of cases) {
      if (v === 0) {
        await client.open(uri, text);
        v = 1;
      } else v = await client.change(uri, text);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const all = flatten(symbols);
      assert.ok(all.length > 0, text);
      for (const s of all) {
        assert.ok(s.name.trim() !== '', `a symbol with an empty name in:\n${text}`);
        assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection inside its range`);
      }
    }
    const symbols = flatten(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
    assert.ok(symbols.some((s) => s.name === '(empty key)'));
  });

  describe('completion of a provision key', () => {
    const line = 7;
    const base = (key: string) => `${HEAD}provisions:\n${key}\n  "1.1":\n    status: planned\n    owner: a@example.org\n    due: 2027-01-01\n`;
    // What is on the line, where the cursor is: inside quotes the editor closed, after an
    // opening quote, with no quotes, in a pair of quotes with nothing typed yet.
    const cases: [string, number][] = [
      ['  "2."', 5],
      ['  "2.', 5],
      ['  2.', 4],
      ['  ""', 3],
      ['  "2.":', 5],
    ];
    for (const [key, character] of cases) {
      it(`accepting 2.5 in ${JSON.stringify(key)} (cursor at ${character}) gives "2.5":, then its entry`, async () => {
        await vscodeLike();
        const text = base(key);
        await client.open(uri, text);
        const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
        const item = items.find((i) => i.label === '2.5')!;
        const edit = item.textEdit as TextEdit;
        assert.equal(edit.range.start.line, line);
        assert.equal(edit.range.end.line, line);
        assert.ok(edit.range.start.character <= character && character <= edit.range.end.character, 'the range holds the cursor');
        const after = apply(text, [edit]);
        assert.equal(after.split('\n')[line], '  "2.5":', 'no stray quote, no doubled colon');
        assert.equal(after.split('\n')[line + 1], '    ', 'the entry starts on the next line, one level in');
        assert.equal(item.insertTextMode, 1, 'inserted as it is: the core wrote the indentation');
        assert.deepEqual(item.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' }, 'suggestions for the entry follow');
        // The suggestions that follow: the entry's fields, status first; then its values.
        await client.change(uri, after);
        const fields = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: line + 1, character: 4 } });
        const status = fields.find((i) => i.label === 'status')!;
        assert.equal([...fields].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!.label, 'status');
        assert.ok(status.command, 'a field with values to pick asks for them');
        const withStatus = apply(after, [status.textEdit as TextEdit]);
        await client.change(uri, withStatus);
        const values = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: line + 1, character: 12 } });
        assert.deepEqual(values.map((i) => i.label), ['implemented', 'partial', 'planned', 'not-applicable', 'risk-accepted']);
      });
    }

    it('changing the key of an entry keeps the entry and the line as they were', async () => {
      await vscodeLike();
      const text = `${HEAD}provisions:\n  "2.": { status: planned, owner: a@example.org, due: 2027-01-01 }\n  "1.":\n    status: planned\n`;
      await client.open(uri, text);
      for (const [l, c, expected] of [
        [7, 5, '  "2.5": { status: planned, owner: a@example.org, due: 2027-01-01 }'],
        [8, 5, '  "1.1":'],
      ] as const) {
        const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: l, character: c } });
        const item = items.find((i) => i.label === (l === 7 ? '2.5' : '1.1'))!;
        const after = apply(text, [item.textEdit as TextEdit]);
        assert.equal(after.split('\n')[l], expected);
        assert.equal(after.split('\n').length, text.split('\n').length, 'no line added');
        assert.equal(item.command, undefined);
      }
    });
  });

  it('snippets: served in a manifest, in snippet syntax; none in a YAML file the server does not check, none for a client without snippets', async () => {
    await vscodeLike();
    const text = `${HEAD}provisions:\n  ai\n`;
    await client.open(uri, text);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 4 } });
    const planned = items.find((i) => i.label === 'ai-security-planned')!;
    assert.equal(planned.insertTextFormat, 2);
    assert.equal(planned.kind, 15, 'a snippet');
    assert.match((planned.textEdit as TextEdit).newText, /^"\$\{1:6\.4\}":\n {4}status: planned\n {4}owner: \$\{2:team@example\.org\}\n {4}due: \$\{3:2026-11-25\}\n {2}\$0$/);
    // docker-compose.yml is YAML, but no manifest: nothing of ours there.
    const compose = pathToFileURL(path.join(ws, 'docker-compose.yml')).toString();
    await client.open(compose, 'services:\n  web:\n    image: nginx\n  ai\n');
    for (const character of [0, 4]) {
      const there = await client.request<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: compose }, position: { line: 3, character } });
      assert.deepEqual(there ?? [], []);
    }
    // And the extension no longer contributes snippets to every YAML and Markdown file.
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { contributes: Record<string, unknown> };
    assert.equal(manifest.contributes.snippets, undefined);
    // A client that cannot insert snippets is not offered them.
    const plain = TestClient.inProcess({ clock });
    const caps = { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, completion: { completionItem: { documentationFormat: ['markdown' as const] } } } };
    await plain.initialize(caps, pathToFileURL(ws).toString(), { processId: null });
    await plain.open(uri, text);
    const plainItems = await plain.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 4 } });
    assert.ok(plainItems.length > 0 && !plainItems.some((i) => i.insertTextFormat === 2));
    plain.conn.dispose();
  });

  describe('the quick-fix menu on a fresh manifest', () => {
    const fresh = [
      ['with no entries', `${HEAD}provisions:\n`],
      ['with every requirement planned', null],
    ] as const;
    for (const [name, given] of fresh) {
      it(`${name}: at most ${MENU_LIMIT} entries on provisions:, the bulk fixes first; every single fix when quick fixes alone are asked for`, async () => {
        await vscodeLike();
        const text =
          given ??
          (await client.request<string>('aiSecurity/starterManifest', { name: 'X', owner: 'team@example.org', roles: ['developer', 'system-operator'], lifecycle: 'deployment' }));
        await client.open(uri, text);
        const ds = await client.diagnostics(uri, (p) => p.version === 1);
        const line = text.split('\n').findIndex((l) => l.startsWith('provisions:'));
        // As VS Code asks on Ctrl+. with the cursor on the line: every diagnostic there, no `only`.
        const here = ds.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
        const missing = here.filter((d) => (d.data as { kind?: string }).kind === 'missing-provision');
        assert.ok(missing.length >= 20, `${missing.length} missing provisions reported on provisions:`);
        const cursor = { start: { line, character: 3 }, end: { line, character: 3 } };
        const menu = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: cursor, context: { diagnostics: here, triggerKind: 1 } });
        const titles = menu.map((a) => a.title);
        assert.ok(menu.length <= MENU_LIMIT, `${menu.length} entries:\n${titles.join('\n')}`);
        const bulk = titles.filter((t) => /^Add all \d+ missing (requirements|recommendations) as planned$/.test(t));
        assert.deepEqual(titles.slice(0, bulk.length), bulk, 'bulk fixes first');
        assert.ok(titles.some((t) => /^Add all \d+ missing recommendations as planned$/.test(t)));
        if (!given) assert.ok(!titles.some((t) => /requirements/.test(t)), 'the starter plans every requirement');
        else assert.match(titles[0]!, /^Add all \d+ missing requirements as planned$/);
        assert.ok(menu.slice(0, bulk.length).every((a) => a.isPreferred) && menu.slice(bulk.length).every((a) => !a.isPreferred), 'only the bulk fixes are preferred, so that VS Code keeps them on top');
        // Applying the recommendations' bulk fix leaves none of them missing.
        const recs = menu.find((a) => /recommendations/.test(a.title))!;
        const after = apply(text, (recs.edit!.documentChanges as { edits: TextEdit[] }[])[0]!.edits);
        const v = await client.change(uri, after);
        const left = await client.diagnostics(uri, (p) => p.version === v);
        assert.deepEqual(left.filter((d: Diagnostic) => (d.data as { kind?: string }).kind === 'missing-provision' && d.severity === 2).map((d) => d.code), []);
        await client.change(uri, text);
        // The Problems panel (and any script) asks for quick fixes alone: the single fixes are there, after the bulk ones.
        const d = missing.find((x) => x.code === '6.6' || x.code === '12.2') ?? missing[0]!;
        const full = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: here, only: ['quickfix'] } });
        assert.deepEqual(full.slice(0, bulk.length).map((a) => a.title), bulk);
        assert.ok(full.some((a) => a.title === `Add ${d.code} as planned (owner and due date)`));
        // One diagnostic alone (a client that sends the one under the cursor): its own three fixes.
        const one = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        assert.ok(one.length <= MENU_LIMIT && one.some((a) => a.title === `Add ${d.code} as planned (owner and due date)`));
      });
    }
  });

  it('an empty manifest: its finding names the editor command, and its fix runs it on this file', async () => {
    await vscodeLike();
    for (const text of ['', '# to do\n', '---\n']) {
      if (text === '') await client.open(uri, text);
      const v = text === '' ? 1 : await client.change(uri, text);
      const ds = await client.diagnostics(uri, (p) => p.version === v);
      assert.equal(ds.length, 1, text);
      const d = ds[0]!;
      assert.match(d.message, /"AI Security: Create manifest"/);
      assert.equal((d.data as { kind?: string }).kind, 'empty-manifest');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.equal(actions.length, 1);
      assert.equal(actions[0]!.title, 'Create the manifest (AI Security: Create manifest)');
      assert.deepEqual(actions[0]!.command, { title: actions[0]!.title, command: 'aiSecurity.createManifest', arguments: [{ target: uri }] });
      assert.equal(actions[0]!.edit, undefined);
    }
    // A client that runs no commands of ours is not offered a fix it cannot run.
    const other = TestClient.inProcess({ clock });
    await other.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await other.open(uri, '');
    const [d] = await other.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(await other.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d!.range, context: { diagnostics: [d] } }), []);
    other.conn.dispose();
  });
});

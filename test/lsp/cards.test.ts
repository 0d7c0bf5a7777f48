/** Protocol tests for model cards: diagnostics, hover, completion, each quick fix, and the link to the manifest. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mock } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, Hover, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogue } from '../../server/src/core/index';
import { repoRoot } from '../helpers';
import { FULL_CAPABILITIES, TestClient } from './client';

const clock = { today: () => '2026-11-25' };
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
const editsOf = (a: CodeAction) => ((a.edit?.documentChanges ?? []) as { edits: TextEdit[] }[]).flatMap((c) => c.edits);

const BARE = `---
license: apache-2.0
datasets:
  - example/public-faq
pipeline_tag: text-generation
---

# Claims triage model

A model that sorts insurance claims into queues.

## Uses

Sorting incoming claims for human handlers.

## Training data

[More Information Needed]

## Contact

TBD

<!-- ai-security-ignore 9.3 -->
`;

describe('model cards over the protocol', () => {
  let ws: string;
  let client: TestClient;
  beforeEach(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-cards-'));
    fs.cpSync(path.join(repoRoot, 'examples'), ws, { recursive: true });
    client = TestClient.inProcess({ clock });
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
  });
  afterEach(() => {
    client.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('diagnostics for a card, with the manifest\u2019s facts applied; its digest gap is the manifest\u2019s finding alone', async () => {
    const uri = pathToFileURL(path.join(ws, 'models', 'support-llm', 'README.md')).toString();
    const card = fs.readFileSync(path.join(ws, 'models', 'support-llm', 'README.md'), 'utf8');
    // Without its hashes section: the manifest says the model is shared, so 8.1.2 applies.
    await client.open(uri, card.slice(0, card.indexOf('## Hashes')), 'markdown');
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(ds.map((d) => d.code), ['8.1.2']);
    await client.change(uri, card);
    const clean = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(clean.map((d) => d.code), [], 'no hash-mismatch here: the manifest reports it');
  });

  it('a change to the manifest revalidates the card it names, and a change to the card the manifest', async () => {
    const cardUri = pathToFileURL(path.join(ws, 'models', 'support-llm', 'README.md')).toString();
    const manUri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    const card = fs.readFileSync(path.join(ws, 'models', 'support-llm', 'README.md'), 'utf8');
    const manifest = fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8');
    await client.open(cardUri, card.slice(0, card.indexOf('## Hashes')), 'markdown');
    await client.open(manUri, manifest);
    await client.diagnostics(cardUri, (p) => p.diagnostics.some((d) => d.code === '8.1.2'));
    // The manifest now says the weights are not shared: the card's 8.1.2 goes.
    await client.change(manUri, manifest.replace('shared: true                    # partner', 'shared: false                   # partner'));
    await client.diagnostics(cardUri, (p) => !p.diagnostics.some((d) => d.code === '8.1.2'));
    // The card, edited (unsaved) to list the manifest's digest, clears the manifest's hash-mismatch.
    const before = client.published.length;
    await client.change(manUri, manifest);
    await client.diagnostics(cardUri, (p) => client.published.indexOf(p) >= before && p.diagnostics.some((d) => d.code === '8.1.2'));
    await client.diagnostics(manUri, (p) => p.version === 3 && p.diagnostics.some((d) => d.code === 'hash-mismatch'));
    const digest = /model\.safetensors \| ([0-9a-f]{64})/.exec(card)![1]!;
    const declared = /sha256: ([0-9a-f]{64})/.exec(manifest)![1]!;
    await client.change(cardUri, card.replace(digest, declared));
    await client.diagnostics(manUri, (p) => !p.diagnostics.some((d) => d.code === 'hash-mismatch'));
  });

  it('hover on a heading and on a front matter key quotes the provisions they serve', async () => {
    const uri = pathToFileURL(path.join(ws, 'MODEL_CARD.md')).toString();
    await client.open(uri, BARE, 'markdown');
    const lines = BARE.split('\n');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: lines.indexOf('## Training data'), character: 5 } });
    const v = (h.contents as { value: string }).value;
    for (const id of ['8.1.1', '8.2', '8.2.1']) assert.ok(v.includes(catalogue().byId.get(id)!.quote), id);
    assert.match(v, /Open Government Licence v3\.0/);
    const fm = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    assert.ok((fm.contents as { value: string }).value.includes(catalogue().byId.get('8.2.1')!.quote));
  });

  it('completion of section headings (missing first) and front matter keys', async () => {
    const uri = pathToFileURL(path.join(ws, 'MODEL_CARD.md')).toString();
    const text = BARE.replace('## Uses', '## \n\n## Uses');
    await client.open(uri, text, 'markdown');
    const line = text.split('\n').indexOf('## ');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 3 } });
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!;
    assert.match(first.detail!, /^missing/);
    assert.ok(items.some((i) => i.label === 'Out-of-scope use'));
    const fmText = BARE.replace('pipeline_tag: text-generation\n', 'pipeline_tag: text-generation\nba\n');
    await client.change(uri, fmText);
    const keys = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 2 } });
    assert.ok(keys.some((k) => k.label === 'base_model'));
    assert.ok(!keys.some((k) => k.label === 'license'), 'keys already there are not offered');
  });

  it('every quick fix on a card removes its finding', async () => {
    const uri = pathToFileURL(path.join(ws, 'MODEL_CARD.md')).toString();
    await client.open(uri, BARE, 'markdown');
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    const codes = ds.map((d) => d.code);
    for (const c of ['8.1.1', '8.1.2', '4.5', 'placeholder', 'invalid-waiver', '8.2']) assert.ok(codes.includes(c), `${c} reported`);
    let applied = 0;
    for (const d of ds) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      for (const a of actions) {
        const fixed = apply(BARE, editsOf(a));
        const v = await client.change(uri, fixed);
        const after = await client.diagnostics(uri, (p) => p.version === v);
        const same = (x: Diagnostic) => x.code === d.code && JSON.stringify(x.data) === JSON.stringify(d.data) && x.range.start.line === d.range.start.line;
        assert.ok(!after.some(same), `${a.title}: ${d.code} (${JSON.stringify(d.data)}) removed\n${fixed}`);
        assert.ok(!after.some((x) => x.code === 'front-matter-syntax'), `${a.title}: front matter still parses`);
        applied++;
        await client.change(uri, BARE);
      }
    }
    assert.ok(applied >= 8, `${applied} fixes exercised`);
  });
});

describe('model cards over the protocol (timers advanced by hand)', function () {
  this.timeout(300_000);
  const DEBOUNCE_MS = 10;
  let ws: string;
  let client: TestClient;
  beforeEach(async () => {
    // Only setTimeout: the streams between client and server run on setImmediate as usual.
    mock.timers.enable({ apis: ['setTimeout'] });
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-cards-'));
    fs.cpSync(path.join(repoRoot, 'examples'), ws, { recursive: true });
    client = TestClient.inProcess({ clock, debounceMs: DEBOUNCE_MS });
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
  });
  afterEach(() => {
    client.conn.dispose();
    mock.timers.reset();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  /** Runs every timer that falls due, round after round; each round ends once the server has handled all it was sent. */
  const run = async (rounds = 20) => {
    for (let i = 0; i < rounds; i++) {
      mock.timers.tick(DEBOUNCE_MS * 30);
      await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///nowhere.yaml' }, position: { line: 0, character: 0 } });
    }
  };

  it('a card and the manifest that names it, both open, are analysed again once per edit, not in turn for ever (each reads the other)', async () => {
    const cardUri = pathToFileURL(path.join(ws, 'models', 'support-llm', 'README.md')).toString();
    const manUri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    const card = fs.readFileSync(path.join(ws, 'models', 'support-llm', 'README.md'), 'utf8');
    const manifest = fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8');
    const published = () => client.published.filter((p) => p.uri === cardUri || p.uri === manUri).length;
    const latest = (uri: string) => client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.map((d) => d.code);
    await client.open(cardUri, card.slice(0, card.indexOf('## Hashes')), 'markdown');
    await client.open(manUri, manifest);
    await run();
    assert.ok(latest(cardUri).includes('8.1.2'));
    const opened = published();
    await run();
    assert.equal(published(), opened, 'nothing is analysed again while nothing changes');
    await client.change(manUri, manifest.replace('shared: true                    # partner', 'shared: false                   # partner'));
    await run();
    assert.ok(!latest(cardUri).includes('8.1.2'), 'the card takes the manifest\u2019s edit');
    assert.ok(published() - opened <= 3, `one analysis of the manifest and one of the card (and one of the manifest again, for the card), not ${published() - opened}`);
    const edited = published();
    await client.change(cardUri, card);
    await run();
    assert.deepEqual(latest(cardUri), []);
    await run();
    assert.ok(published() - edited <= 3, `one analysis of the card and one of the manifest it hashes, not ${published() - edited}`);
  });

  it('a request on the manifest that analyses its new version before its own publication (the editor asks for symbols and code actions at once) still passes the edit on to the card', async () => {
    const cardUri = pathToFileURL(path.join(ws, 'models', 'support-llm', 'README.md')).toString();
    const manUri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    const card = fs.readFileSync(path.join(ws, 'models', 'support-llm', 'README.md'), 'utf8');
    const manifest = fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8');
    const latest = (uri: string) => client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.map((d) => d.code);
    await client.open(cardUri, card.slice(0, card.indexOf('## Hashes')), 'markdown');
    await client.open(manUri, manifest);
    await run();
    assert.ok(latest(cardUri).includes('8.1.2'));
    await client.change(manUri, manifest.replace('shared: true                    # partner', 'shared: false                   # partner'));
    // Before the debounce falls due, a request analyses the new version of the manifest.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: manUri } });
    await run();
    assert.ok(!latest(cardUri).includes('8.1.2'), 'the card takes the manifest\u2019s edit');
  });
});

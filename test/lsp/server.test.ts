/** Protocol tests: the language server in process, over in-memory streams. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeManifest, catalogue, provisionUrl } from '../../server/src/core/index';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { repoRoot } from '../helpers';
import { KEEP_ANALYSES } from '../../server/src/lsp/server';
import { FULL_CAPABILITIES, TestClient, until } from './client';

const TODAY = '2026-11-25';
const clock = { today: () => TODAY };

function copyExamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-lsp-'));
  fs.cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
  return dir;
}

function codesOf(ds: Diagnostic[]): string[] {
  return ds.map((d) => String(d.code));
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'yaml', 0, text), edits);
}

function actionEdits(a: CodeAction): TextEdit[] {
  const changes = a.edit?.documentChanges as { edits: TextEdit[] }[] | undefined;
  return changes?.flatMap((c) => c.edits) ?? [];
}

describe('language server (in process)', function () {
  let ws: string;
  let client: TestClient;
  let uri: string;
  let text: string;

  beforeEach(async () => {
    ws = copyExamples();
    uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
    text = fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8');
    client = TestClient.inProcess({ clock });
  });
  afterEach(() => {
    client.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('initialize: declares its features; pull diagnostics only when the client has them', async () => {
    const r = await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    const c = r.capabilities;
    assert.ok(c.hoverProvider && c.completionProvider && c.codeActionProvider && c.documentSymbolProvider && c.codeLensProvider && c.documentLinkProvider && c.foldingRangeProvider);
    assert.equal(c.diagnosticProvider, undefined);
    const pull = TestClient.inProcess({ clock });
    const r2 = await pull.initialize({ ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: {} } }, pathToFileURL(ws).toString(), { processId: null });
    assert.ok(r2.capabilities.diagnosticProvider);
    pull.conn.dispose();
  });

  it('didOpen publishes the same findings as the CLI, with code, link, source and data', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    const expected = analyzeManifest(text, { path: 'ai-security.yaml', host: new NodeWorkspaceHost(ws), clock }).findings;
    assert.deepEqual(codesOf(ds), expected.map((f) => f.code));
    assert.deepEqual(ds.map((d) => d.range), expected.map((f) => f.range));
    for (const d of ds) {
      assert.equal(d.source, 'ai-security');
      // A provision links to the Code, a rule ID to its entry in the README.
      assert.match(d.codeDescription!.href, /^\d/.test(String(d.code)) ? /^https:\/\/www\.gov\.uk\/.*:~:text=/ : /^https:\/\/github\.com\/.*#[a-z-]+$/);
      assert.ok((d.data as { kind?: string }).kind, 'data for fixes');
    }
    assert.ok(codesOf(ds).includes('6.4') && codesOf(ds).includes('unknown-field'));
  });

  it('didChange publishes updated diagnostics; stale versions are never published after newer ones', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    // A burst of edits: only the last version's diagnostics must stand.
    let v = 0;
    for (let i = 0; i < 5; i++) v = await client.change(uri, text.replace('justifcation', i === 4 ? 'justification' : `justifcation${i}`));
    const ds = await client.diagnostics(uri, (p) => p.version === v);
    assert.ok(!codesOf(ds).includes('unknown-field'));
    assert.ok(!codesOf(ds).includes('missing-justification'));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'published in version order');
  });

  it('hover on every provision number quotes the catalogue text exactly, with attribution', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    const all = catalogue().provisions;
    const doc = `version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer, system-operator]\n  lifecycle: deployment\nprovisions:\n${all.map((p) => `  "${p.id}": { status: planned, owner: a, due: 2027-01-01 }`).join('\n')}\n`;
    const u = pathToFileURL(path.join(ws, 'all', 'ai-security.yaml')).toString();
    await client.open(u, doc);
    for (let i = 0; i < all.length; i++) {
      const p = all[i]!;
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 7 + i, character: 4 } });
      assert.ok(h, `hover on ${p.id}`);
      const value = (h.contents as { value: string }).value;
      assert.ok(value.includes(p.quote), `${p.id}: exact text`);
      assert.ok(value.includes('Open Government Licence v3.0'), `${p.id}: attribution`);
      assert.match(value, new RegExp(`ETSI EN 304 223 ${p.etsi.replace(/[.-]/g, '\\$&')}`));
      assert.ok(!value.includes('104 223'), `${p.id}: the EN, not the TS it replaced`);
      assert.ok(value.startsWith(`**[${p.id}](${provisionUrl(p.id)})** ${p.title} *(our short title)*`), `${p.id}: the title said to be ours, the number a link to the provision`);
      assert.match(value, /Short titles are ours; quoted text is the Code's\./);
      // Each sentence's own verb where the Code mixes them; the provision's verb elsewhere.
      if (p.parts) {
        assert.ok(value.includes('**Requirement** (*shall*) and **recommendation** (*should*)'), `${p.id}: both verbs`);
        for (const part of p.parts) assert.ok(value.includes(`- *${part.modal}* (${part.modal === 'shall' ? 'requirement' : 'recommendation'}): \u201c${part.text}\u201d`), `${p.id}: "${part.text}" under its verb`);
      } else assert.ok(value.includes(`(*${p.modal}*) · obliges`), `${p.id}: its verb`);
      // Who is obliged: named by the provision, or by the one it follows (never "implied by its principle").
      assert.ok(!/implied/.test(value), `${p.id}: no "implied"`);
      if (p.stakeholdersFrom) assert.ok(value.includes(`(${p.id} names no one; ${p.stakeholdersFrom}, which it follows, names them)`), `${p.id}: where its stakeholders are named`);
      assert.match(value, /\*\*Status:\*\* `planned`/);
    }
  });

  it('hover on a fact and on a status value', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, text);
    const lines = text.split('\n');
    const apiLine = lines.findIndex((l) => l.includes('exposesApi'));
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: apiLine, character: lines[apiLine]!.indexOf('exposesApi') + 2 } });
    const v = (h.contents as { value: string }).value;
    assert.match(v, /offers an API to external customers/);
    assert.ok(v.includes(catalogue().byId.get('6.2')!.quote));
    const statusLine = lines.findIndex((l) => /status: planned/.test(l));
    const hs = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: statusLine, character: lines[statusLine]!.indexOf('planned') + 1 } });
    assert.match((hs.contents as { value: string }).value, /Needs `owner` and `due`/);
  });

  it(`keeps full analyses for the ${KEEP_ANALYSES} most recently used files, and analyses the others again when asked`, async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    const lines = text.split('\n');
    const apiLine = lines.findIndex((l) => l.includes('exposesApi'));
    const at = { textDocument: { uri }, position: { line: apiLine, character: lines[apiLine]!.indexOf('exposesApi') + 2 } };
    const before = await client.request<Hover>('textDocument/hover', at);
    const lensBefore = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    // Enough other manifests to push the first one's analysis out.
    for (let i = 0; i < KEEP_ANALYSES + 4; i++) {
      const dir = path.join(ws, `other-${i}`);
      fs.mkdirSync(dir);
      const u = pathToFileURL(path.join(dir, 'ai-security.yaml')).toString();
      await client.open(u, 'version: 1\nsystem:\n  name: Other\n');
      await client.diagnostics(u, (p) => p.version === 1);
    }
    const after = await client.request<Hover>('textDocument/hover', at);
    assert.deepEqual(after, before, 'the same hover after the analysis was dropped and made again');
    assert.deepEqual(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), lensBefore);
    const ds = await client.diagnostics(uri);
    const target = ds.find((d) => d.code === '12.2')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    assert.ok(actions.length > 0, 'fixes still offered');
    const coverage = await client.request<{ applicable: number } | null>('aiSecurity/coverage', { uri });
    assert.equal(coverage?.applicable, 65);
  });

  it('completion offers applicable unaddressed provisions first, fields, enum values, asset IDs and paths', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    const withNew = text.replace('  # Principle 1: raise awareness\n', '  # Principle 1: raise awareness\n  12\n');
    await client.open(uri, withNew);
    const line = withNew.split('\n').findIndex((l) => l === '  12');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 4 } });
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    // The applicable provisions with no entry come first, requirements before recommendations.
    assert.deepEqual(sorted.slice(0, 2).map((i) => i.label), ['7.3', '12.2']);
    assert.match(sorted[1]!.detail!, /Log analysis/);
    assert.ok((sorted[1]!.documentation as { value: string }).value.includes(catalogue().byId.get('12.2')!.quote));
    assert.ok(!items.some((i) => i.label === '6.4'), 'provisions with an entry are not offered');

    const ask = async (doc: string, l: number, c: number) => {
      await client.change(uri, doc);
      return (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: l, character: c } })).map((i) => i.label);
    };
    const lines = text.split('\n');
    const statusLine = lines.findIndex((l) => l === '    status: planned');
    assert.deepEqual(await ask(text.replace('    status: planned', '    status: '), statusLine, 12), ['implemented', 'partial', 'planned', 'not-applicable', 'risk-accepted']);
    const wdLine = lines.findIndex((l) => l === '    wellDocumented: true');
    const fields = await ask(text.replace('    wellDocumented: true', '    wellDocumented: true\n    '), wdLine + 1, 4);
    assert.ok(fields.includes('evaluations') && fields.includes('sha256'), 'asset fields offered');
    assert.ok(!fields.includes('supplier') && !fields.includes('id'), 'existing keys are not offered');
    const depLine = lines.findIndex((l) => l.includes('dependsOn: [support-llm, faq-corpus]'));
    const deps = await ask(text.replace('dependsOn: [support-llm, faq-corpus]', 'dependsOn: [support-llm, '), depLine, lines[depLine]!.indexOf('support-llm, ') + 13);
    assert.ok(deps.includes('ticket-history') && deps.includes('base-model'));
    const evLine = lines.findIndex((l) => l.includes('"2.1": { status: implemented, evidence: [docs/risk-assessment.md] }'));
    const paths = await ask(text.replace('evidence: [docs/risk-assessment.md] }', 'evidence: [docs/'), evLine, lines[evLine]!.indexOf('[docs/') + 6);
    assert.ok(paths.includes('threat-model.md') && paths.includes('testing/'));
  });

  it('code actions: each fix, applied and revalidated, removes its finding and leaves valid YAML', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    let applied = 0;
    for (const d of ds) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      for (const a of actions.filter((x) => x.diagnostics?.length === 1)) {
        const fixed = applyEdits(text, actionEdits(a));
        const v = await client.change(uri, fixed);
        const after = await client.diagnostics(uri, (p) => p.version === v);
        assert.ok(!after.some((x) => x.code === 'yaml-syntax'), `${a.title}: valid YAML`);
        assert.ok(!after.some((x) => x.code === d.code && JSON.stringify((x.data as { path?: unknown }).path) === JSON.stringify((d.data as { path?: unknown }).path) && x.range.start.line === d.range.start.line && x.message === d.message), `${a.title}: finding ${d.code} removed`);
        applied++;
        await client.change(uri, text);
      }
    }
    assert.ok(applied >= 6, `exercised ${applied} fixes`);
  });

  it('code actions: the three ways to add a missing provision, and the bulk action (a quick fix, not fixAll)', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    const bare = 'version: 1\nsystem:\n  name: X\n  owner: team@example.org\n  roles: [system-operator]\n  lifecycle: design\n  humanOversightIsRiskControl: false\n  transferringOwnership: false\n  integrations: []\nprovisions:\n  "1.1":\n    status: planned\n    owner: a@example.org\n    due: 2027-01-01\n';
    const u = pathToFileURL(path.join(ws, 'bare', 'ai-security.yaml')).toString();
    await client.open(u, bare);
    const ds = await client.diagnostics(u, (p) => p.version === 1);
    const d = ds.find((x) => x.code === '2.2')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.slice(0, 3), ['Add 2.2 as planned (owner and due date)', 'Add 2.2 as implemented (with evidence)', 'Add 2.2 as not applicable (with a justification)']);
    assert.ok(actions.every((a) => a.kind === 'quickfix'));
    const planned = applyEdits(bare, actionEdits(actions[0]!));
    assert.match(planned, /"1\.1":\n {4}status: planned\n {4}owner: a@example.org\n {4}due: 2027-01-01\n {2}"2\.2":\n {4}status: planned\n {4}owner: team@example.org\n {4}due: 2027-02-23\n/, 'inserted in number order, with the file\u2019s indentation and the system owner');
    const bulk = actions.find((a) => /^Add all \d+ missing requirements as planned$/.test(a.title));
    assert.ok(bulk, 'bulk action offered');
    const all = applyEdits(bare, actionEdits(bulk));
    const v = await client.change(u, all);
    const after = await client.diagnostics(u, (p) => p.version === v);
    assert.deepEqual(after.filter((x) => (x.data as { kind?: string }).kind === 'missing-provision' && x.severity === 1), []);
  });

  it('snippet edits only for clients that accept them', async () => {
    await client.initialize({ ...FULL_CAPABILITIES, experimental: { snippetTextEdit: true } }, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    const d = ds.find((x) => x.code === '12.2')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const e = actionEdits(actions[0]!)[0] as TextEdit & { insertTextFormat?: number };
    assert.equal(e.insertTextFormat, 2);
    assert.match(e.newText, /\$\{1:ai-platform@fernhill-energy\.example\}/);
  });

  it('document symbols, coverage lens, links and folding', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null, initializationOptions: { commands: true } });
    await client.open(uri, text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['version', 'system', 'assets', 'provisions', 'policy']);
    const provisions = symbols.find((s) => s.name === 'provisions')!;
    assert.equal(provisions.children![0]!.name, 'Principle 1: Raise awareness of AI security threats and risks');
    assert.deepEqual(provisions.children![0]!.children!.map((c) => c.name), ['1.1', '1.1.1', '1.2', '1.2.1', '1.2.2']);
    const lens = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lens.length, 1);
    assert.match(lens[0]!.command!.title, /^38 of 42 requirements, 22 of 23 recommendations addressed$/);
    assert.equal(lens[0]!.command!.command, 'aiSecurity.showCoverage');
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.ok(links.some((l) => l.target === pathToFileURL(path.join(ws, 'docs', 'threat-model.md')).toString()));
    assert.ok(links.some((l) => l.target === 'https://www.fernhill-energy.example/privacy/assistant'));
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.length >= 10, 'one fold per principle group');
  });

  it('validates every manifest in the workspace at start, and revalidates when an evidence file appears', async () => {
    fs.rmSync(path.join(ws, 'docs', 'threat-model.md'));
    client.settings = { enable: true };
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    const before = await client.diagnostics(uri);
    assert.ok(codesOf(before).includes('evidence-not-found'), 'closed manifest validated on start');
    assert.equal(client.registrations.length, 1, 'watches files');
    fs.writeFileSync(path.join(ws, 'docs', 'threat-model.md'), '# Threat model\n');
    const n = client.published.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(ws, 'docs', 'threat-model.md')).toString(), type: 1 }] });
    // The start-up scan may still be publishing other files (the model card): wait for this one.
    const after = await until('the manifest republished', () => client.published.slice(n).find((p) => p.uri === uri));
    assert.ok(!codesOf(after.diagnostics).includes('evidence-not-found'));
  });

  it('settings per resource: severity overrides and enable', async () => {
    client.settings = { severity: { should: 'information', '6.4': 'off' } };
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    assert.ok(!codesOf(ds).includes('6.4'));
    assert.equal(ds.find((d) => d.code === '12.2')!.severity, 3);
    client.settings = { enable: false };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const v = await client.change(uri, text + '\n');
    assert.deepEqual(await client.diagnostics(uri, (p) => p.version === v), []);
  });

  it('pull diagnostics: document and workspace reports', async () => {
    await client.initialize({ ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: {} } }, pathToFileURL(ws).toString(), { processId: null });
    // The start-up scan ends by asking the client to pull again: after it, anything the server
    // would have pushed for the workspace's files has been pushed.
    await until('the workspace scan', () => client.refreshes > 0);
    await client.open(uri, text);
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.ok(codesOf(report.items).includes('6.4'));
    assert.equal(client.published.length, 0, 'no push diagnostics when the client pulls');
  });

  it('never fails on bad input: broken YAML, binary text, unopened documents, positions past the end', async () => {
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString(), { processId: null });
    await client.open(uri, 'version: [1\n\0\0garbage: {');
    const ds = await client.diagnostics(uri, (p) => p.version === 1);
    assert.ok(ds.length >= 1);
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///nope/ai-security.yaml' }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
    await client.change(uri, text);
    const far = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 99999 } });
    assert.equal(far, null);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 99999, character: 5 } });
    assert.ok(Array.isArray(items));
  });
});

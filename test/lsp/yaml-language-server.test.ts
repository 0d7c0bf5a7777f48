/**
 * The shipped JSON Schema (schemas/ai-security.schema.json) in yaml-language-server, the engine
 * of Red Hat's YAML extension: the peer users compare this tool with, and what most editors use
 * for YAML with a schema. It runs as a child process over stdio, configured as a user would
 * (`yaml.schemas` mapping the schema to the files, `yaml.validate: true`), and the test holds it
 * to one rule: every problem it reports on a manifest, this tool reports too, on the same line.
 * So the schema may say less than the tool (it cannot read a file, a date or a key's source
 * text), never something the tool calls clean. The shipped schema used to fail this on every
 * unquoted provision key (`1.1:`, which YAML reads as a number): "Incorrect type. Expected
 * string" on a manifest the tool reported clean.
 *
 * Waiting is by polling with WAIT_MS as the bound, never by sleeping.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver/node';
import { analyzeManifest, attribution, catalogue, type Finding } from '../../server/src/core/index';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { directive, FIXTURE_TODAY, fixturesRoot, listFiles, rel, repoRoot } from '../helpers';
import { TestClient, WAIT_MS } from './client';

const bin = path.join(repoRoot, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const schemaUri = pathToFileURL(path.join(repoRoot, 'schemas', 'ai-security.schema.json')).toString();
const manifestsRoot = path.join(fixturesRoot, 'manifests');
const examplesRoot = path.join(repoRoot, 'examples');

interface Case {
  name: string;
  file: string;
  /** This tool's findings on the file, as its fixture test or the examples' check sees them. */
  ours: () => Finding[];
}

const cases: Case[] = [
  ...listFiles(examplesRoot, (n) => /^ai-security\.ya?ml$/.test(n)).map((file) => ({
    name: `examples/${rel(examplesRoot, file)}`,
    file,
    // No clock: no date finding, so that no line is covered by one by chance.
    ours: () => analyzeManifest(fs.readFileSync(file, 'utf8'), { path: rel(examplesRoot, file), host: new NodeWorkspaceHost(examplesRoot) }).findings,
  })),
  ...listFiles(manifestsRoot, (n) => /\.ya?ml$/.test(n)).map((file) => ({
    name: `fixtures/manifests/${rel(manifestsRoot, file)}`,
    file,
    ours: () => {
      const text = fs.readFileSync(file, 'utf8');
      const today = directive(text, 'fixture-today') ?? FIXTURE_TODAY;
      return analyzeManifest(text, { path: rel(manifestsRoot, file), host: new NodeWorkspaceHost(manifestsRoot), clock: { today: () => today } }).findings;
    },
  })),
];

/** Documents that exist only in the test (completion, hover, readiness), under a folder that does not. */
const virtual = (name: string) => pathToFileURL(path.join(repoRoot, 'test-virtual', name)).toString();
const PROBE = virtual('probe/ai-security.yaml');
const HEAD = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';

/**
 * yaml-language-server's diagnostics that no finding of ours covers. A finding covers what is
 * reported on the line it starts on. Two cases are not the schema's and are covered otherwise:
 * - a YAML syntax error (source "YAML", from its parser): covered by any yaml-syntax finding of
 *   ours, which puts it where the author must act (an unclosed quote where it opens, not where
 *   the parser gave up; the yaml-syntax fixtures hold those positions);
 * - anything in a second YAML document: this tool reads one, and says that it did not analyse
 *   the other (a yaml-syntax finding on the `---`).
 */
function uncovered(theirs: Diagnostic[], ours: Finding[]): Diagnostic[] {
  const lines = new Set(ours.map((f) => f.range.start.line));
  const syntax = ours.some((f) => f.code === 'yaml-syntax');
  const second = ours.find((f) => f.code === 'yaml-syntax' && /another after "---"/.test(f.message))?.range.start.line ?? Infinity;
  return theirs.filter((d) => !lines.has(d.range.start.line) && !(d.source === 'YAML' && syntax) && d.range.start.line < second);
}

describe('the shipped JSON Schema in yaml-language-server (Red Hat YAML\u2019s engine)', () => {
  let child: ChildProcess;
  let client: TestClient;
  const published = new Map<string, Diagnostic[]>();

  before(async () => {
    // Not skipped when missing: it is a pinned devDependency, and CI must run this test.
    assert.ok(fs.existsSync(bin), `yaml-language-server is not installed at ${bin} (npm ci installs it)`);
    child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    client = TestClient.overStdio(child);
    const uris = [...cases.map((c) => pathToFileURL(c.file).toString()), PROBE, virtual('completion/ai-security.yaml'), virtual('hover/ai-security.yaml')];
    const settings: Record<string, unknown> = {
      yaml: { validate: true, hover: true, completion: true, schemas: { [schemaUri]: uris }, schemaStore: { enable: false } },
    };
    // The server pulls its settings by section ('yaml', 'http', '[yaml]', …): each its own.
    client.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => settings[i.section ?? ''] ?? null));
    await client.initialize(
      {
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } }, hover: { contentFormat: ['markdown', 'plaintext'] } },
      },
      pathToFileURL(repoRoot).toString(),
    );
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    // Ready when the server associates a document with the schema: only then are the settings
    // in effect, so that the first diagnostics of every file opened after are the schema's.
    await client.open(PROBE, HEAD);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const schemas = await client.request<{ uri: string }[]>('yaml/get/jsonSchema', PROBE);
      if (schemas.some((s) => s.uri === schemaUri)) break;
      if (Date.now() > deadline) throw new Error('timed out waiting for yaml-language-server to use the schema');
      await new Promise((r) => setTimeout(r, 5));
    }
  });

  after(async () => {
    if (!client) return;
    try {
      await client.shutdown();
    } finally {
      if (child.exitCode === null) child.kill();
    }
  });

  async function diagnosticsOf(file: string, text = fs.readFileSync(file, 'utf8')): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).toString();
    if (!published.has(uri)) {
      await client.open(uri, text);
      published.set(uri, await client.diagnostics(uri));
    }
    return published.get(uri)!;
  }

  for (const c of cases) {
    it(`${c.name}: nothing this tool does not report on the same line`, async () => {
      const theirs = await diagnosticsOf(c.file);
      const extra = uncovered(theirs, c.ours()).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
      assert.deepEqual(extra, [], `yaml-language-server reports what ai-security does not`);
    });
  }

  it('unquoted provision keys are provisions: a clean manifest stays clean, in both', async () => {
    const file = path.join(manifestsRoot, 'unquoted-keys', 'valid.yaml');
    assert.match(fs.readFileSync(file, 'utf8'), /^ {2}1\.1:$/m, 'the fixture writes its keys unquoted');
    assert.deepEqual(
      (await diagnosticsOf(file)).map((d) => d.message),
      [],
    );
  });

  it('reports the mistakes it can see, where this tool does (so that an empty schema cannot pass)', async () => {
    const file = path.join(manifestsRoot, 'unquoted-keys', 'invalid.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.startsWith(s));
    const theirs = await diagnosticsOf(file);
    const at = (s: string) => theirs.filter((d) => d.range.start.line === lineOf(s)).map((d) => d.message);
    // An unknown provision, unquoted or not; per-status required fields (if/then); fields of
    // another provision's entry; a provision schema's required field; a too-short justification.
    for (const where of [
      '  1.1:',
      '  6.4: { status: implemented }',
      '  5.3:',
      '  2.3: { status: risk-accepted',
      '    justification: Not',
      '  6.5:',
      '    logs: [system]',
      '  3.4: {',
      '  14.1:',
      '  "0.9":',
      '    14.1: error',
    ]) {
      assert.notDeepEqual(at(where), [], `nothing reported at "${where}" (line ${lineOf(where) + 1}); all: ${JSON.stringify(theirs.map((d) => `${d.range.start.line + 1}: ${d.message}`))}`);
    }
    // What a schema cannot see: unquoted, 4.10 is the number 4.1, which is a provision. This tool
    // reads the key's text, reports 4.10 as no provision, and says why the schema is silent.
    assert.deepEqual(at('  4.10:'), []);
    const ours = analyzeManifest(text, { path: 'unquoted-keys/invalid.yaml', host: new NodeWorkspaceHost(manifestsRoot) }).findings;
    const finding = ours.find((f) => f.range.start.line === lineOf('  4.10:'))!;
    assert.equal(finding.code, 'unknown-provision');
    assert.match(finding.message, /Unquoted, YAML reads it as the number 4\.1\b/);
  });

  it('completion at a provision key offers the provision numbers, each with the Code\u2019s words and their attribution', async () => {
    const uri = virtual('completion/ai-security.yaml');
    const text = `${HEAD}provisions:\n  \n`;
    await client.open(uri, text);
    const line = text.split('\n').length - 2;
    const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } });
    const items = Array.isArray(result) ? result : result.items;
    const byLabel = new Map(items.map((i) => [i.label, i]));
    for (const p of catalogue().provisions) assert.ok(byLabel.has(p.id), `no completion for ${p.id}; got ${[...byLabel.keys()].slice(0, 20).join(', ')}`);
    const doc = byLabel.get('6.4')!.documentation as MarkupContent;
    assert.equal(doc.kind, 'markdown');
    // The Code's words as our hover quotes them (Markdown-escaped), with the attribution and link.
    const quote = catalogue().byId.get('6.4')!.quote;
    assert.ok(doc.value.replace(/\\(.)/g, '$1').includes(quote), doc.value);
    assert.ok(doc.value.includes(attribution()), doc.value);
    assert.ok(doc.value.includes('https://www.gov.uk/'), doc.value);
  });

  it('hover on a provision key shows that provision (quoted: yaml-language-server hovers only keys that are text)', async () => {
    const uri = virtual('hover/ai-security.yaml');
    const text = `${HEAD}provisions:\n  "10.1":\n    status: planned\n    owner: x@example.org\n    due: 2026-09-01\n`;
    await client.open(uri, text);
    const line = text.split('\n').indexOf('  "10.1":');
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
    const value = (h?.contents as MarkupContent | undefined)?.value ?? '';
    assert.ok(value.replace(/\\(.)/g, '$1').includes(catalogue().byId.get('10.1')!.quote), value);
    assert.ok(value.includes(attribution()), value);
  });
});

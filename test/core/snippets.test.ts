/**
 * The snippets, expanded with their defaults, are valid manifests or valid manifest fragments;
 * and they are offered where they belong, only in the files the server checks.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest, analyzeModelCard, cardCompletionAt, completionAt } from '../../server/src/core/index';
import { ASSET_SNIPPET, MANIFEST_SKELETON, PROVISION_SNIPPETS } from '../../server/src/core/features/snippets';

const TODAY = '2026-06-01';

/** Expands a VS Code snippet body as a user accepting every default would get it. */
export function expandBody(body: string[]): string {
  const vars: Record<string, string> = { TODAY };
  let text = body.join('\n');
  const values = new Map<string, string>();
  // Choices take their first option; placeholders their default (which may name another tab stop).
  for (let i = 0; i < 5; i++) {
    text = text
      .replace(/\$\{(\d+)\|([^,|}]*)(?:[,|][^}]*)?\|\}/g, (_m, n: string, first: string) => (values.set(n, first), first))
      .replace(/\$\{(\d+)\}/g, (_m, n: string) => values.get(n) ?? '')
      .replace(/\$\{(\d+):([^{}]*)\}/g, (_m, n: string, def: string) => (values.set(n, def), def))
      .replace(/\$([A-Z_]+)/g, (m, v: string) => vars[v] ?? m)
      .replace(/\$(\d+)/g, (_m, n: string) => values.get(n) ?? '');
  }
  return text;
}

describe('snippets', () => {
  const snippets = Object.fromEntries([ASSET_SNIPPET, ...PROVISION_SNIPPETS].map((s) => [s.prefix, s]));

  it('the manifest skeleton is a manifest with no shape or syntax problems', () => {
    const text = expandBody(MANIFEST_SKELETON.body);
    const r = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => TODAY } });
    const shape = r.findings.filter((f) => ['yaml-syntax', 'unknown-field', 'invalid-value', 'missing-field', 'unknown-provision'].includes(f.code));
    assert.deepEqual(shape.map((f) => `${f.code}: ${f.message}`), []);
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`${name} fits in a manifest without problems of its own`, () => {
      const fragment = expandBody(s.body).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
      const head = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';
      const text = s.prefix === 'ai-security-asset' ? `${head}assets:\n${fragment}\n` : `${head}provisions:\n${fragment}\n`;
      const r = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => TODAY } });
      const own = r.findings.filter((f) => ['yaml-syntax', 'unknown-field', 'invalid-value', 'missing-field', 'unknown-provision', 'missing-justification'].includes(f.code));
      assert.deepEqual(own.map((f) => `${f.code}: ${f.message}`), []);
    });
  }

  /** The text a completion item leaves on its line, its snippet syntax expanded with the defaults. */
  const accept = (text: string, item: { range: { start: { line: number; character: number }; end: { character: number } }; insertText: string }) => {
    const lines = text.split('\n');
    const l = lines[item.range.start.line]!;
    lines[item.range.start.line] = l.slice(0, item.range.start.character) + expandBody([item.insertText]) + l.slice(item.range.end.character);
    return lines.join('\n');
  };
  const clock = { today: () => TODAY };
  const head = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';

  it('are served as completion items where they fit, indented for where they go', () => {
    // An empty manifest: the skeleton, and it makes a manifest.
    const empty = analyzeManifest('', { path: 'ai-security.yaml', clock });
    const skeleton = completionAt(empty.context, { line: 0, character: 0 }).find((i) => i.label === 'ai-security-manifest')!;
    assert.ok(skeleton.snippet && skeleton.kind === 'snippet');
    assert.ok(!accept('', skeleton).includes('$'), 'today\u2019s date is the analysis\u2019s');
    assert.deepEqual(analyzeManifest(accept('', skeleton), { path: 'ai-security.yaml', clock }).findings.filter((f) => ['yaml-syntax', 'unknown-field', 'invalid-value', 'missing-field'].includes(f.code)), []);
    // Under provisions: the entry forms, after the provision numbers, each a valid entry there.
    const text = `${head}provisions:\n  ai\n`;
    const under = completionAt(analyzeManifest(text, { path: 'ai-security.yaml', clock }).context, { line: 7, character: 4 });
    const forms = under.filter((i) => i.kind === 'snippet');
    assert.deepEqual(forms.map((i) => i.label), PROVISION_SNIPPETS.map((s) => s.prefix));
    assert.ok(under.findIndex((i) => i.kind === 'snippet') > under.findIndex((i) => i.kind === 'provision'));
    for (const f of forms) {
      const after = accept(text, f);
      assert.match(after, /\n {2}"[\d.]+":\n {4}status: /, f.label);
      const own = analyzeManifest(after, { path: 'ai-security.yaml', clock }).findings.filter((x) => ['yaml-syntax', 'unknown-field', 'invalid-value', 'missing-field', 'unknown-provision'].includes(x.code));
      assert.deepEqual(own.map((x) => x.message), [], f.label);
    }
    // An asset, on a line of its own or after "- ".
    for (const line of ['  a', '  - a']) {
      const t = `${head}assets:\n${line}\n`;
      const asset = completionAt(analyzeManifest(t, { path: 'ai-security.yaml', clock }).context, { line: 7, character: line.length }).find((i) => i.label === 'ai-security-asset')!;
      const after = accept(t, asset);
      assert.match(after, /\n {2}- id: asset-id\n {4}type: model\n {4}version: 1\.0\.0\n {4}dependsOn: \[\]/, line);
    }
    // Nowhere else: not the skeleton in a manifest that has a system, no snippet in its fields.
    const full = analyzeManifest(`${head}\n`, { path: 'ai-security.yaml', clock });
    assert.deepEqual(completionAt(full.context, { line: 6, character: 0 }).filter((i) => i.kind === 'snippet'), []);
    assert.deepEqual(completionAt(full.context, { line: 1, character: 2 }).filter((i) => i.kind === 'snippet'), []);
  });

  it('a model card is offered the sections it lacks, in its body only', () => {
    const card = '---\nlicense: mit\n---\n# Model\n\n## Training data\n\nTrained on our own support tickets from 2023.\n\n\n';
    const a = analyzeModelCard(card, { path: 'MODEL_CARD.md', links: [] });
    const lines = card.split('\n');
    const body = cardCompletionAt(a.context, { line: lines.length - 2, character: 0 }).filter((i) => i.kind === 'snippet');
    assert.ok(body.length > 3);
    assert.ok(!body.some((i) => i.label === 'ai-security-card-training-data'), 'a section it has is not offered');
    assert.ok(body.some((i) => i.label === 'ai-security-card-out-of-scope'));
    assert.match(body[0]!.insertText, /^## /);
    assert.deepEqual(cardCompletionAt(a.context, { line: 1, character: 0 }).filter((i) => i.kind === 'snippet'), [], 'not in the front matter');
  });
});

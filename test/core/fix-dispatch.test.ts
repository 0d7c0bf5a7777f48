/**
 * Quick fixes are looked up by the kind of a finding's data, in one table per kind of document
 * that the registry gathers from the rule modules. The compiler holds the tables to the union
 * of kinds (types.ts); these tests hold what the rules really report to the tables, and show
 * that a kind a client makes up finds nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { analyzeManifest, analyzeModelCard, cardFixesFor, fixesFor, type CardLink, type Finding } from '../../server/src/core/index';
import { cardFixes, manifestFixes } from '../../server/src/core/rules/index';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { FIXTURE_TODAY, fixturesRoot, listFiles, rel } from '../helpers';

const clock = { today: () => FIXTURE_TODAY };

/** What a card fixture says the manifest that names it says (see test/core/cards.test.ts). */
function linkDirective(text: string): CardLink[] {
  const m = /<!--\s*fixture-link:\s*(\{[\s\S]*?\})\s*-->/.exec(text);
  if (!m) return [];
  const j = JSON.parse(m[1]!) as Partial<CardLink>;
  return [{ manifest: 'ai-security.yaml', assetId: j.assetId ?? 'model', roles: j.roles, sha256: j.sha256, shared: j.shared, publicData: j.publicData ?? false }];
}

describe('quick fixes by kind', () => {
  it('every kind the rules report on the fixtures has its place in the table of its document kind', () => {
    const manifests = path.join(fixturesRoot, 'manifests');
    const seen = { manifest: new Set<string>(), card: new Set<string>() };
    for (const file of listFiles(manifests, (n) => /\.ya?ml$/.test(n))) {
      const r = analyzeManifest(fs.readFileSync(file, 'utf8'), { path: rel(manifests, file), host: new NodeWorkspaceHost(manifests), clock });
      for (const f of r.findings) if (f.data) seen.manifest.add(f.data.kind);
    }
    const cards = path.join(fixturesRoot, 'cards');
    for (const file of listFiles(cards, (n) => /\.md$/i.test(n) && n !== 'EXPECTED.md')) {
      const text = fs.readFileSync(file, 'utf8');
      for (const f of analyzeModelCard(text, { path: rel(cards, file), links: linkDirective(text) }).findings) if (f.data) seen.card.add(f.data.kind);
    }
    assert.deepEqual([...seen.manifest].filter((k) => !Object.hasOwn(manifestFixes, k)), []);
    assert.deepEqual([...seen.card].filter((k) => !Object.hasOwn(cardFixes, k)), []);
    assert.ok(seen.manifest.size > 25 && seen.card.size > 5, `the fixtures report many kinds (${seen.manifest.size}, ${seen.card.size})`);
  });

  it('a kind that is no kind of finding (as a client may send back) gets no fix and no exception', () => {
    const text = 'version: 1\nsystem: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }\n';
    const manifest = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    const card = analyzeModelCard('# Card\n', { path: 'MODEL_CARD.md' });
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'no-such-kind']) {
      const finding = { code: 'x', severity: 'error', message: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, href: '', data: { kind } } as unknown as Finding;
      assert.deepEqual(fixesFor(manifest.context, finding), [], kind);
      assert.deepEqual(cardFixesFor(card.context, finding), [], kind);
    }
  });

  it('a card finding gets no manifest fix, and a manifest finding no card fix', () => {
    const card = analyzeModelCard('# Card\n', { path: 'MODEL_CARD.md', links: [{ manifest: 'ai-security.yaml', assetId: 'm', roles: ['developer'], sha256: 'a'.repeat(64), shared: true, publicData: false }] });
    const section = card.findings.find((f) => f.data?.kind === 'missing-section')!;
    assert.ok(cardFixesFor(card.context, section).length > 0, 'the card offers its fix');
    const text = 'version: 1\nsystem: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }\n';
    const manifest = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    assert.deepEqual(fixesFor(manifest.context, section), []);
    const provision = manifest.findings.find((f) => f.data?.kind === 'missing-provision')!;
    assert.ok(fixesFor(manifest.context, provision).length > 0, 'the manifest offers its fix');
    assert.deepEqual(cardFixesFor(card.context, provision), []);
  });
});

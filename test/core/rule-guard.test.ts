/**
 * One guarded pipeline for both kinds of document: a rule that throws becomes one
 * `internal-error` finding naming it, and every other finding still appears, in a manifest and
 * in a model card alike; a fact of the model that throws does the same, and what depends on it
 * counts as not addressed. Rules are added through the engine's optional rule list (the
 * registry's by default), the test-only way in.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest, analyzeModelCard, cardRules, manifestRules, provisionState, type CardLink, type CardRule, type Finding, type ManifestRule } from '../../server/src/core/index';
import { buildContext } from '../../server/src/core/model/context';
import { nodeAt } from '../../server/src/core/model/paths';
import { parseYaml } from '../../server/src/core/parse/yaml';
import { LineIndex } from '../../server/src/core/text';

const clock = { today: () => '2026-06-01' };
const MANIFEST = [
  'version: 1',
  'system:',
  '  name: X',
  '  ownr: x@example.org',
  '  roles: [developer]',
  '  lifecycle: design',
  'provisions:',
  '  "1.2.1": { status: implemented, evidence: [https://example.org/training], channels: [intranet] }',
  '  "6.7": { status: planned, owner: a, due: 2026-07-01 }',
  '',
].join('\n');
const CARD = '# Model\n\n## Guardrails\n\nTODO\n\n## Contact\n\nTBD\n\n<!-- ai-security-ignore 9.3 -->\n';

const internalErrors = (fs: Finding[]) => fs.filter((f) => f.code === 'internal-error');
const others = (fs: Finding[]) => fs.filter((f) => f.code !== 'internal-error');
const throwing = <Ctx>(id: string): { id: string; codes: []; check(ctx: Ctx): void } => ({
  id,
  codes: [],
  check() {
    throw new Error('boom');
  },
});

describe('the guarded rule pipeline', () => {
  it('a manifest rule that throws is one internal-error finding naming it; the other findings are all there', () => {
    const plain = analyzeManifest(MANIFEST, { path: 'ai-security.yaml', clock });
    const rules: ManifestRule[] = [manifestRules[0]!, throwing('exploding-check'), ...manifestRules.slice(1)];
    const r = analyzeManifest(MANIFEST, { path: 'ai-security.yaml', clock }, rules);
    const errors = internalErrors(r.findings);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /^The "exploding-check" check failed on this file \(boom\); the other checks still ran\./);
    assert.deepEqual(errors[0]!.data, { kind: 'internal-error', rule: 'exploding-check' });
    assert.equal(errors[0]!.range.start.line, 0, 'on the first key, where findings about the whole file go');
    assert.deepEqual(others(r.findings), plain.findings);
    assert.ok(plain.findings.some((f) => f.code === 'unknown-field') && plain.findings.some((f) => f.code === 'unknown-provision'));
    assert.deepEqual(r.coverage, plain.coverage);
  });

  it('a model-card rule that throws is one internal-error finding naming it; the other findings are all there', () => {
    const plain = analyzeModelCard(CARD, { path: 'MODEL_CARD.md' });
    const rules: CardRule[] = [throwing('exploding-card-check'), ...cardRules];
    const r = analyzeModelCard(CARD, { path: 'MODEL_CARD.md' }, rules);
    const errors = internalErrors(r.findings);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /^The "exploding-card-check" check failed on this file \(boom\)/);
    assert.deepEqual(errors[0]!.data, { kind: 'internal-error', rule: 'exploding-card-check' });
    assert.equal(errors[0]!.range.start.line, 0, 'on the card\u2019s title');
    assert.deepEqual(others(r.findings), plain.findings);
    assert.ok(['placeholder', '8.1.1', '8.1.2', 'invalid-waiver'].every((c) => plain.findings.some((f) => f.code === c)), 'the card has findings of several rules');
  });

  it('a card check that throws on what it is given does not escape analyzeModelCard (before: the exception ended the CLI run)', () => {
    // What the manifest said about the card, with a public-data flag that cannot be read: the
    // sections check throws on it. Before the card checks ran under the guard, this threw out of
    // analyzeModelCard.
    const link = { manifest: 'ai-security.yaml', assetId: 'model', roles: undefined, shared: true, sha256: undefined } as unknown as CardLink;
    Object.defineProperty(link, 'publicData', {
      enumerable: true,
      get() {
        throw new Error('unreadable flag');
      },
    });
    const r = analyzeModelCard(CARD, { path: 'MODEL_CARD.md', links: [link] });
    const errors = internalErrors(r.findings);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /"card-sections" check failed on this file \(unreadable flag\)/);
    assert.ok(r.findings.some((f) => f.code === 'placeholder'), 'the other checks still ran');
    assert.ok(r.findings.some((f) => f.code === 'invalid-waiver'), 'the other checks still ran');
  });

  it('a fact of the model that throws is one internal-error finding, and the provision it decides counts as missing', () => {
    const text = MANIFEST.replace('  ownr:', '  owner:');
    const healthy = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    assert.equal(provisionState(healthy.context, '1.2.1'), 'addressed', 'one channel is a warning, not an error: the entry counts');

    // The same tree, with the channels list made unreadable where the 1.2.1 schema check reads it.
    const root = parseYaml(text).root;
    const channels = nodeAt(root, ['provisions', '1.2.1', 'channels'])!;
    Object.defineProperty(channels, 'range', {
      get() {
        throw new Error('unreadable range');
      },
    });
    const out: Finding[] = [];
    const ctx = buildContext({ text, lines: new LineIndex(text), path: 'ai-security.yaml', root, host: undefined, clock, out });
    assert.equal(ctx.schemaProblems, undefined, 'the fact is unknown');
    assert.deepEqual(
      out.map((f) => [f.code, f.data]),
      [['internal-error', { kind: 'internal-error', rule: 'provision-schemas' }]],
    );
    assert.equal(provisionState(ctx, '1.2.1'), 'missing', 'an implemented entry whose schema could not be checked is not counted');
    assert.notEqual(ctx.faults, undefined, 'the other facts were still worked out');
  });

  it('unknown asset faults count against the asset-met provisions', () => {
    const text = MANIFEST.replace('  ownr:', '  owner:').replace('lifecycle: design', 'lifecycle: deployment') + 'assets:\n  - { id: m, type: model, version: 1 }\n';
    const r = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    assert.equal(provisionState(r.context, '5.2'), 'addressed');
    assert.equal(provisionState({ ...r.context, faults: undefined }, '5.2'), 'missing');
  });

  it('the policy rule knows the rule IDs of the rules that run, handed over by the engine', () => {
    const text = MANIFEST.replace('  ownr:', '  owner:') + 'policy:\n  severity:\n    my-check: off\n';
    const unknownKeys = (fs: Finding[]) => fs.filter((f) => f.code === 'unknown-field' && f.data?.path?.[0] === 'policy');
    assert.equal(unknownKeys(analyzeManifest(text, { path: 'ai-security.yaml', clock }).findings).length, 1);
    const mine: ManifestRule = { id: 'mine', codes: [{ code: 'my-check', severity: 'warning', summary: 'A check of our own.' }], check: () => undefined };
    assert.deepEqual(unknownKeys(analyzeManifest(text, { path: 'ai-security.yaml', clock }, [...manifestRules, mine]).findings), []);
  });
});

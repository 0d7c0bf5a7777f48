/**
 * Each sentence of the Code keeps its own verb (issue 16): where a provision mixes "shall" and
 * "should" (2.7, 3.1, 3.2, 8.1), or is a "should" as a whole (1.2.1), what its "should" asks is a
 * recommendation — a warning that `policy.severity.should` sets — and never stops the provision
 * counting; the attacks 3.1 names after "such as" are examples, not a list to complete.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { analyzeManifest, catalogue, fixesFor, provision } from '../../server/src/core/index';
import { provisionState } from '../../server/src/core/model/state';
import { repoRoot } from '../helpers';

const clock = { today: () => '2026-06-01' };
const manifest = (entries: string, policy = '') =>
  `version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer, system-operator]\n  lifecycle: maintenance\nprovisions:\n${entries}${policy}`;

describe('sentences and their verbs', () => {
  it('3.1 implemented with evidence counts as addressed without reviewed or attacks: one warning for its second sentence', () => {
    const r = analyzeManifest(manifest('  "3.1":\n    status: implemented\n    evidence: [https://example.org/threat-model]\n'), { path: 'ai-security.yaml', clock });
    assert.equal(provisionState(r.context, '3.1'), 'addressed');
    const own = r.findings.filter((f) => f.data?.provision === '3.1');
    assert.deepEqual(
      own.map((f) => [f.code, f.severity, f.data?.kind, f.data?.modal, f.data?.missing]),
      [['3.1', 'warning', 'missing-field', 'should', ['reviewed', 'attacks']]],
    );
    // The fix still writes them, as the field fix does for any missing field.
    assert.ok(fixesFor(r.context, own[0]!).some((x) => x.title === 'Add "reviewed" and "attacks"'));
  });

  it('3.1 naming one AI-specific attack, not the three examples, counts, with a note (information) only', () => {
    const r = analyzeManifest(manifest('  "3.1":\n    status: implemented\n    evidence: [https://example.org/threat-model]\n    reviewed: 2026-03-01\n    attacks: [prompt-injection]\n'), { path: 'ai-security.yaml', clock });
    assert.equal(provisionState(r.context, '3.1'), 'addressed');
    const own = r.findings.filter((f) => f.data?.provision === '3.1');
    assert.deepEqual(own.map((f) => [f.severity, f.data?.kind]), [['information', 'missing-attacks']]);
    assert.match(own[0]!.message, /examples/);
  });

  it('1.2.1 (a should provision) implemented without channels counts, with a warning', () => {
    const r = analyzeManifest(manifest('  "1.2.1":\n    status: implemented\n    evidence: [https://example.org/updates]\n'), { path: 'ai-security.yaml', clock });
    assert.equal(provisionState(r.context, '1.2.1'), 'addressed');
    assert.deepEqual(
      r.findings.filter((f) => f.data?.provision === '1.2.1').map((f) => [f.code, f.severity]),
      [['1.2.1', 'warning']],
    );
  });

  it('what a shall asks for still stops the entry counting (1.1 reviewed, 12.1 logs)', () => {
    const r = analyzeManifest(manifest('  "1.1":\n    status: implemented\n    evidence: [https://example.org/t]\n  "12.1":\n    status: implemented\n    evidence: [https://example.org/l]\n'), { path: 'ai-security.yaml', clock });
    assert.equal(provisionState(r.context, '1.1'), 'missing');
    assert.equal(provisionState(r.context, '12.1'), 'missing');
    assert.deepEqual(r.findings.filter((f) => f.code === 'missing-field').map((f) => f.severity), ['error', 'error']);
  });

  it('policy.severity by verb goes by the sentence: should sets 3.1\u2019s second sentence, shall does not; a note on examples is never raised', () => {
    const entry = '  "3.1":\n    status: implemented\n    evidence: [https://example.org/threat-model]\n';
    const sev = (policy: string, e = entry) => analyzeManifest(manifest(e, `policy:\n  severity:\n${policy}`), { path: 'ai-security.yaml', clock }).findings.filter((f) => f.data?.provision === '3.1').map((f) => f.severity);
    assert.deepEqual(sev('    shall: error\n'), ['warning']);
    assert.deepEqual(sev('    should: error\n'), ['error']);
    assert.deepEqual(sev('    should: off\n'), []);
    assert.deepEqual(sev('    "3.1": hint\n'), ['hint']);
    const withAttacks = `${entry}    reviewed: 2026-03-01\n    attacks: [prompt-injection]\n`;
    assert.deepEqual(sev('    should: error\n', withAttacks), ['information']);
    assert.deepEqual(sev('    "3.1": off\n', withAttacks), []);
  });

  it('the catalogue splits exactly the provisions whose text has both verbs, into the Code\u2019s own words', () => {
    const ref = parse(fs.readFileSync(path.join(repoRoot, 'server/catalogue/code-of-practice-2025.yaml'), 'utf8')) as { principles: { provisions: { id: string; text: string; stakeholders: string[] }[] }[] };
    const all = ref.principles.flatMap((p) => p.provisions);
    const mixed = all.filter((v) => /\bshall\b/.test(v.text) && /\bshould\b/.test(v.text)).map((v) => v.id);
    assert.deepEqual(mixed, ['2.7', '3.1', '3.2', '8.1']);
    assert.deepEqual(catalogue().provisions.filter((p) => p.parts).map((p) => p.id), mixed);
    for (const id of mixed) {
      const p = provision(id)!;
      assert.equal(p.parts!.map((x) => x.text).join(' '), p.quote, id);
      assert.deepEqual([...new Set(p.parts!.map((x) => x.modal))].sort(), ['shall', 'should'], id);
    }
    assert.deepEqual(provision('3.2')!.parts!.map((x) => x.modal), ['shall', 'shall', 'should']);
    // Stakeholders: named by the provision itself, or taken from the one it follows.
    const unnamed = all.filter((v) => v.stakeholders.length === 0).map((v) => v.id);
    assert.deepEqual(unnamed, ['1.1.1', '1.2.1', '3.1.1', '8.2.1']);
    assert.deepEqual(catalogue().provisions.filter((p) => p.stakeholdersFrom).map((p) => [p.id, p.stakeholdersFrom]), [
      ['1.1.1', '1.1'],
      ['1.2.1', '1.2'],
      ['3.1.1', '3.1'],
      ['8.2.1', '8.2'],
    ]);
  });
});

/**
 * The schema is the one source of the facts about fields: which name documents (read by the
 * references rule, completion and links) and what a quick fix writes for each (read by the
 * fixes). These tests hold the derived readers to the schema: every reference field is checked
 * wherever the schema puts it, every value a fix writes is valid for its field, and none of it
 * leaks into the JSON Schema shipped for other editors.
 */
import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { analyzeManifest, completionAt, fixesFor, manifestJsonSchema, type WorkspaceHost } from '../../server/src/core/index';
import { STATUS_NEEDS } from '../../server/src/core/model/entries';
import { schemaFields, SCHEMA_PROVISIONS } from '../../server/src/core/model/provision-schemas';
import { fieldFactsAt, knownKeysAt, objectSchemaAt, referenceFieldNames, referenceFieldsAt, requiredKeysAt } from '../../server/src/core/schema';
import { parseYaml, toPlain } from '../../server/src/core/parse/yaml';
import { applyEdits } from '../helpers';

const clock = { today: () => '2026-06-01' };
/** A workspace where nothing exists: every path a manifest names is missing. */
const empty: WorkspaceHost = { stat: () => 'missing', readText: () => undefined };
const HEAD = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: deployment\n';

/** Every mapping path the schema has an object for, with a sample index for lists. */
const MAPPINGS: (string | number)[][] = [[], ['system'], ['system', 'integrations', 0], ['assets', 0], ['assets', 0, 'origin'], ['policy'], ['provisions', '6.4']];

describe('field facts from the schema', () => {
  it('the reference fields are the schema\u2019s, in each mapping and by name', () => {
    assert.deepEqual(referenceFieldsAt(['provisions', '6.4']), ['evidence', 'incidentPlan', 'recoveryPlan']);
    assert.deepEqual(referenceFieldsAt(['assets', 0]), ['riskAssessment', 'sharedWithEndUsers', 'evaluations']);
    assert.deepEqual(referenceFieldsAt(['assets', 0], 'model-card'), ['modelCard']);
    assert.deepEqual(referenceFieldsAt(['system', 'integrations', 0]), ['riskAssessment']);
    const byName = new Set(MAPPINGS.flatMap((p) => [...referenceFieldsAt(p), ...referenceFieldsAt(p, 'model-card')]));
    assert.deepEqual([...referenceFieldNames()].sort(), [...byName].sort());
  });

  it('the references rule checks every reference field wherever the schema puts it', () => {
    const lines: Record<string, string> = {
      'provisions.6.4.evidence': 'provisions:\n  "6.4": { status: implemented, evidence: [missing.md] }\n',
      'provisions.6.5.incidentPlan': 'provisions:\n  "6.5": { status: planned, owner: a, due: 2026-09-01, incidentPlan: missing.md }\n',
      'provisions.6.5.recoveryPlan': 'provisions:\n  "6.5": { status: planned, owner: a, due: 2026-09-01, recoveryPlan: missing.md }\n',
      'assets.0.riskAssessment': 'assets:\n  - { id: m, type: model, version: 1, riskAssessment: missing.md }\n',
      'assets.0.sharedWithEndUsers': 'assets:\n  - { id: m, type: model, version: 1, sharedWithEndUsers: missing.md }\n',
      'assets.0.evaluations': 'assets:\n  - { id: m, type: model, version: 1, evaluations: [missing.md] }\n',
      'assets.0.modelCard': 'assets:\n  - { id: m, type: model, version: 1, modelCard: missing.md }\n',
      'system.integrations.0.riskAssessment': '',
    };
    for (const [where, tail] of Object.entries(lines)) {
      const text = where.startsWith('system.') ? HEAD + '  integrations:\n    - { name: CRM, riskAssessment: missing.md }\n' : HEAD + tail;
      const r = analyzeManifest(text, { path: 'ai-security.yaml', host: empty, clock });
      const found = r.findings.filter((f) => f.code === 'evidence-not-found' || f.code === 'model-card-not-found').map((f) => f.data?.path?.slice(0, 4).join('.'));
      assert.ok(
        found.some((p) => p?.startsWith(where)),
        `${where}: ${JSON.stringify(found)}`,
      );
    }
    const fields = MAPPINGS.flatMap((p) => [...referenceFieldsAt(p), ...referenceFieldsAt(p, 'model-card')].map((f) => `${p.filter((s) => typeof s === 'string' && s !== '6.4').join('.')}.${f}`));
    assert.equal(fields.length, Object.keys(lines).length, 'every reference field of the schema has a case above');
  });

  it('every value a fix writes is valid for its field, and every field a fix adds has one', () => {
    // The fields the rules ask a fix to add: the required keys of every mapping, what each status
    // needs, each provision schema's fields, and the asset-met provisions' fields.
    const wanted: [(string | number)[], string][] = [
      ...MAPPINGS.flatMap((p) => requiredKeysAt(p).filter((k) => k !== 'system').map((k): [(string | number)[], string] => [p, k])),
      ...Object.values(STATUS_NEEDS).flatMap((fs) => fs.map((f): [(string | number)[], string] => [['provisions', '6.4'], f])),
      ...SCHEMA_PROVISIONS.flatMap((id) => schemaFields(id).map((f): [(string | number)[], string] => [['provisions', id], f])),
      [['provisions', '6.4'], 'evidence'],
      [['provisions', '6.4'], 'justification'],
      ...['version', 'justification', 'riskAssessment', 'sharedWithEndUsers', 'evaluations', 'sha256'].map((f): [(string | number)[], string] => [['assets', 0], f]),
      [['assets', 0, 'origin'], 'url'],
      [['assets', 0, 'origin'], 'obtained'],
    ];
    for (const [path, field] of wanted) {
      const example = fieldFactsAt(path, field)?.example;
      assert.ok(example, `${path.join('.')}.${field} has no example for fixes`);
      const written =
        'text' in example ? (example.quoted ? `"${example.text}"` : example.text) : 'literal' in example ? example.literal : 'list' in example ? `[${example.list.join(', ')}]` : 'date' in example ? '2026-06-01' : example.systemOwner;
      const value = toPlain(parseYaml(`v: ${written}\n`).root) as { v: unknown };
      const schema = objectSchemaAt(path)!.shape[field] as z.ZodType;
      assert.ok(schema.safeParse(value.v).success, `${path.join('.')}.${field}: ${written} is not valid for the field`);
    }
  });

  it('a manifest without its version is fixed with version: 1, the only version there is (it used to get 1.0.0, an asset\u2019s example)', () => {
    const text = 'system:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';
    const r = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    const missing = r.findings.find((f) => f.code === 'missing-field' && f.data?.missing?.[0] === 'version')!;
    const [fix] = fixesFor(r.context, missing);
    assert.equal(fix!.edits[0]!.newText, 'version: 1\n');
    const after = analyzeManifest(applyEdits(text, fix!.edits), { path: 'ai-security.yaml', clock });
    assert.deepEqual(after.findings.filter((f) => f.data?.path?.[0] === 'version' || f.data?.missing?.includes('version')), []);
  });

  it('a shared asset without its sha256 gets a quoted digest to replace, which YAML reads as text (it used to be the number 0)', () => {
    const text = HEAD + 'assets:\n  - id: m\n    type: model\n    version: 1\n    shared: true\n';
    const r = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    const fault = r.findings.find((f) => f.code === '8.1.2')!;
    const [fix] = fixesFor(r.context, fault);
    assert.match(fix!.edits[0]!.newText, /sha256: "0{64}"/);
    const after = analyzeManifest(applyEdits(text, fix!.edits), { path: 'ai-security.yaml', clock });
    // The digest is text (no invalid-hash or invalid-value), and a placeholder still to replace.
    assert.deepEqual(after.findings.filter((f) => f.data?.path?.[2] === 'sha256' || f.code === '8.1.2').map((f) => f.code), ['unchanged-placeholder']);
  });

  it('no field fact reaches the JSON Schema', () => {
    const json = JSON.stringify(manifestJsonSchema());
    assert.doesNotMatch(json, /"(reference|example)"/);
  });

  it('a key named like an Object property is no mapping of the schema (completion under it threw)', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.equal(objectSchemaAt([key]), undefined, key);
      assert.deepEqual(knownKeysAt([key]), [], key);
      assert.equal(fieldFactsAt([], key), undefined, key);
      const r = analyzeManifest(`version: 1\n${key}:\n  \n`, { path: 'ai-security.yaml', clock });
      assert.deepEqual(completionAt(r.context, { line: 2, character: 2 }), [], key);
    }
  });
});

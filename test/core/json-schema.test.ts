/**
 * The JSON Schema shipped for other editors (schemas/ai-security.schema.json, made by
 * features/json-schema.ts): a valid draft-07 schema for a strict validator; a property per
 * provision with the Code's words, their attribution and a link; the per-status requirements of
 * rules/entries.ts; and an $id from the links builder. test/lsp/yaml-language-server.test.ts
 * holds it to the tool's findings in yaml-language-server.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { analyzeManifest, attribution, catalogue, manifestJsonSchema, provisionUrl, schemaUrl, type WorkspaceHost } from '../../server/src/core/index';
import { STATUSES } from '../../server/src/core/schema';
import { STATUS_NEEDS } from '../../server/src/core/model/entries';
import { parseYaml, toPlain } from '../../server/src/core/parse/yaml';
import { fixturesRoot, repoRoot } from '../helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A strict draft-07 validator that knows the editors' annotation keywords (it rejects any other). */
function strictAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions', 'patternErrorMessage']);
  return ajv;
}

let compiled: ReturnType<Ajv['compile']> | undefined;
/** The shipped schema compiled once (a few seconds: it is large). */
const validator = () => (compiled ??= strictAjv().compile(shipped()));

const shipped = (): Json => JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'ai-security.schema.json'), 'utf8'));
const clock = { today: () => '2026-06-01' };
const empty: WorkspaceHost = { stat: () => 'missing', readText: () => undefined };
const HEAD = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: deployment\n';

describe('the manifest\u2019s JSON Schema', () => {
  it('is the generated one, a valid draft-07 schema that a strict validator compiles', () => {
    const schema = shipped();
    assert.deepEqual(schema, JSON.parse(JSON.stringify(manifestJsonSchema())));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const ajv = strictAjv();
    assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
    compiled = ajv.compile(schema);
  });

  it('has a stable $id from the links builder: the file in the repository the README links to', () => {
    assert.equal(shipped().$id, schemaUrl());
    assert.match(schemaUrl(), /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/main\/schemas\/ai-security\.schema\.json$/);
  });

  it('gives each of the 72 provisions a property with the Code\u2019s words, their attribution and a link', () => {
    const props = shipped().properties.provisions.properties as Record<string, Json>;
    const c = catalogue();
    assert.equal(c.provisions.length, 72);
    assert.deepEqual(Object.keys(props), c.provisions.map((p) => p.id));
    for (const p of c.provisions) {
      const s = props[p.id]!;
      for (const text of [s.description as string, (s.markdownDescription as string).replace(/\\(.)/g, '$1')]) {
        assert.ok(text.includes(p.quote), `${p.id}: the Code's words`);
        assert.ok(text.includes(attribution()), `${p.id}: the attribution`);
        assert.ok(text.includes(provisionUrl(p.id)), `${p.id}: the link`);
      }
    }
  });

  it('accepts what this tool reads as clean, keys quoted or not, and rejects unknown provisions, as it does', () => {
    const validate = validator();
    for (const name of ['complete/valid.yaml', 'unquoted-keys/valid.yaml']) {
      const text = fs.readFileSync(path.join(fixturesRoot, 'manifests', name), 'utf8');
      // The plain value, keys as text: what a validator of JSON sees.
      assert.ok(validate(toPlain(parseYaml(text).root)), `${name}: ${JSON.stringify(validate.errors)}`);
    }
    const unknown = toPlain(parseYaml(`${HEAD}provisions:\n  "14.1": { status: planned, owner: a, due: 2026-09-01 }\n`).root);
    assert.equal(validate(unknown), false);
    assert.ok(analyzeManifest(`${HEAD}provisions:\n  "14.1": { status: planned, owner: a, due: 2026-09-01 }\n`, { path: 'ai-security.yaml', host: empty, clock }).findings.some((f) => f.code === 'unknown-provision'));
  });

  it('asks of each status what the entries rule does: no more, no less', () => {
    const validate = validator();
    // Every field any status needs, so that a status's entry minus one field shows what it needs.
    const full: Json = { evidence: ['docs/e.md'], justification: 'It does not apply here.', approvedBy: 'ciso@example.org', expires: '2026-12-01', owner: 'a@example.org', due: '2026-12-01', notes: 'Half done.' };
    const needs: Record<string, string[]> = {};
    for (const status of STATUSES) {
      const ok = (entry: Json) => validate({ version: 1, system: { name: 'X', owner: 'x@example.org', roles: ['developer'], lifecycle: 'deployment' }, provisions: { '6.4': { status, ...entry } } });
      assert.ok(ok(full), `${status}: ${JSON.stringify(validate.errors)}`);
      needs[status] = Object.keys(full).filter((f) => !ok(Object.fromEntries(Object.entries(full).filter(([k]) => k !== f)))).sort();
    }
    const expected = (status: (typeof STATUSES)[number], ...own: string[]) => [...own, ...STATUS_NEEDS[status]].sort();
    assert.deepEqual(needs, {
      implemented: expected('implemented', 'evidence'),
      partial: expected('partial'),
      planned: expected('planned'),
      'not-applicable': expected('not-applicable', 'justification'),
      'risk-accepted': expected('risk-accepted', 'justification'),
    });
  });

  it('a justification of fewer than three words fails, as missing-justification says', () => {
    const validate = validator();
    const entry = (justification: string) => ({ version: 1, system: { name: 'X', owner: 'x@example.org', roles: ['developer'], lifecycle: 'deployment' }, provisions: { '6.6': { status: 'not-applicable', justification } } });
    for (const [j, ok] of [['Not ours', false], ['  Not  ours  ', false], ['Not ours here', true], [' We  do not\trun in a cloud ', true]] as const) {
      assert.equal(validate(entry(j)), ok, j);
      const r = analyzeManifest(`${HEAD}  usesCloud: true\nprovisions:\n  "6.6": { status: not-applicable, justification: ${JSON.stringify(j)} }\n`, { path: 'ai-security.yaml', host: empty, clock });
      assert.equal(r.findings.some((f) => f.code === 'missing-justification'), !ok, `ours on ${JSON.stringify(j)}`);
    }
  });
});

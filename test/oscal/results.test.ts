/**
 * `oscal component-definition` and `oscal assessment-results`: goldens of the examples
 * workspace, each validated against the vendored NIST schema and loaded by compliance-trestle;
 * a fixture with one entry of each status (implemented, evidence not found, not applicable,
 * planned, partial and overdue, a live and a lapsed waiver, met by the inventory, nothing) and
 * what each becomes; reruns byte-identical; hostile evidence (out of the workspace by `..`, an
 * absolute path, a file: URL, a symbolic link; odd file names; markup and controls in the
 * manifest's text) kept safe; the numbers equal to the report's.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cli/run-cli';
import { assertGolden, fixturesRoot, repoRoot } from '../helpers';
import { validateOscal, type OscalModel } from './validate';
import { spawnSync } from 'node:child_process';
import { trestleLoad, trestlePython } from './trestle';

const TODAY = '2026-11-25';
const FIXTURE = path.join(fixturesRoot, 'oscal', 'results');
const FIXTURE_DAY = '2026-06-01';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking parsed JSON

function oscal(args: string[], cwd = repoRoot, env: Record<string, string> = {}): string {
  const r = runCli(['oscal', ...args], { cwd, env });
  assert.equal(r.err, '', `ai-security oscal ${args.join(' ')}: ${r.err}`);
  assert.equal(r.code, 0);
  return r.out;
}

function valid(model: OscalModel, text: string): Json {
  const doc = JSON.parse(text) as Json;
  assert.deepEqual(validateOscal(model, doc), [], `${model} validates against the NIST schema`);
  return doc;
}

/** Every value under `key` anywhere in a document. */
function all(v: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(v)) for (const x of v) all(x, key, out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === key) out.push(x);
      all(x, key, out);
    }
  }
  return out;
}

/** Every string in a document, hrefs and uuids aside. */
function strings(v: unknown, key = '', out: string[] = []): string[] {
  if (typeof v === 'string' && !['href', 'uuid', 'ns'].includes(key)) out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, key, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) strings(x, k, out);
  return out;
}

const ownProp = (o: Json, name: string): string | undefined => (o.props as Json[] | undefined)?.find((p) => p.name === name && p.ns)?.value as string | undefined;

describe('oscal component-definition and assessment-results', function () {
  this.timeout(120_000);

  describe('examples (golden, NIST schema, compliance-trestle)', () => {
    const cd = oscal(['component-definition', 'examples']);
    const ar = oscal(['assessment-results', 'examples', '--today', TODAY]);

    it('component definition: golden', () => assertGolden('cli/oscal/examples.component-definition.json', cd));
    it('assessment results: golden', () => assertGolden('cli/oscal/examples.assessment-results.json', ar));

    it('both validate against the NIST OSCAL schemas', () => {
      valid('component-definition', cd);
      valid('assessment-results', ar);
    });

    it('both load in compliance-trestle', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-oscal-'));
      try {
        fs.writeFileSync(path.join(dir, 'component-definition.json'), cd);
        fs.writeFileSync(path.join(dir, 'assessment-results.json'), ar);
        trestleLoads('component-definition', path.join(dir, 'component-definition.json'));
        trestleLoads('assessment-results', path.join(dir, 'assessment-results.json'));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it("trestle's validators are live: a uuid declared twice is refused", () => {
      const doc = JSON.parse(ar) as Json;
      const findings = doc['assessment-results'].results[0].findings as Json[];
      findings[1]!.uuid = findings[0]!.uuid;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-oscal-'));
      try {
        fs.writeFileSync(path.join(dir, 'ar.json'), JSON.stringify(doc));
        const v = spawnSync(trestlePython, [path.join(__dirname, 'trestle_validate.py'), 'assessment-results', path.join(dir, 'ar.json')], { encoding: 'utf8' });
        assert.equal(v.status, 1);
        assert.match(v.stderr, /Duplicate detected/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it("target the catalog's own ids: every control and statement exists in oscal catalog", () => {
      const catalog = JSON.parse(oscal(['catalog'])) as Json;
      const ids = new Set(all(catalog, 'id').map(String));
      const targets = all(JSON.parse(ar), 'target-id').map(String);
      const controls = [...all(JSON.parse(ar), 'control-id'), ...all(JSON.parse(cd), 'control-id')].map(String);
      assert.ok(targets.length > 0 && controls.length > 0);
      assert.deepEqual([...targets, ...controls].filter((id) => !ids.has(id)), []);
    });

    it('count as the report does: one finding per applicable provision, a requirement per addressed or planned one', () => {
      const report = JSON.parse(runCli(['report', 'examples', '--today', TODAY, '--format', 'json']).out) as Json;
      const rows = (report.systems[0].principles as Json[]).flatMap((p) => p.provisions as Json[]);
      const result = JSON.parse(ar)['assessment-results'].results[0];
      assert.equal(result.findings.length, report.systems[0].coverage.all.applicable);
      assert.equal(result['reviewed-controls']['control-selections'][0]['include-controls'].length, rows.length);
      const reqs = JSON.parse(cd)['component-definition'].components[0]['control-implementations'][0]['implemented-requirements'] as Json[];
      assert.deepEqual(
        reqs.map((r) => ownProp(r, 'provision')),
        rows.filter((r) => r.state === 'addressed' || r.state === 'open').map((r) => r.id),
      );
      // 6.4 (a draft is no published policy), 3.1.2 (a misspelt justification) and 12.2 (no entry) are gaps, not requirements.
      for (const id of ['6.4', '3.1.2', '12.2']) assert.ok(!reqs.some((r) => ownProp(r, 'provision') === id), id);
    });
  });

  describe('one entry of each status (fixture)', () => {
    const cdDoc = valid('component-definition', oscal(['component-definition', '.'], FIXTURE));
    const arDoc = valid('assessment-results', oscal(['assessment-results', '.', '--today', FIXTURE_DAY], FIXTURE));
    const component = cdDoc['component-definition'].components[0] as Json;
    const reqs = new Map((component['control-implementations'][0]['implemented-requirements'] as Json[]).map((r) => [ownProp(r, 'provision'), r]));
    const result = arDoc['assessment-results'].results[0] as Json;
    const findings = new Map((result.findings as Json[]).map((f) => [ownProp(f, 'provision'), f]));
    const risks = new Map(((result.risks ?? []) as Json[]).map((r) => [ownProp(r, 'provision'), r]));
    const status = (r: Json) => (r.props as Json[]).find((p) => p.name === 'implementation-status' && !p.ns)?.value;

    it('component definition: a requirement per addressed or planned provision, its status in OSCAL terms', () => {
      assert.equal(component.type, 'software');
      assert.equal(component['control-implementations'][0].source, 'ai-security-catalog.json');
      const expected: [string, string][] = [
        ['1.1', 'implemented'],
        ['1.2', 'implemented'],
        ['2.1', 'planned'],
        ['2.2', 'partial'],
        ['3.1.2', 'not-applicable'],
        // A waiver is not implemented: planned, by its expiry (our own status prop says risk-accepted).
        ['4.1', 'planned'],
        // With no clock, a waiver's expiry is a property, not a verdict: 4.2 is in it too.
        ['4.2', 'planned'],
        ['5.1', 'implemented'],
        ['5.2', 'implemented'],
        ['7.3', 'implemented'],
      ];
      assert.deepEqual([...reqs.entries()].map(([id, r]) => [id, status(r)]), expected);
      assert.equal(ownProp(reqs.get('4.1')!, 'status'), 'risk-accepted');
      assert.equal(ownProp(reqs.get('5.1')!, 'status'), 'met-by-inventory');
      assert.ok(!reqs.has('1.2.1'), 'evidence that does not exist does not count');
      assert.ok(!reqs.has('2.3'), 'nothing addresses 2.3');
    });

    it('component definition: evidence as links, roles with their parties, the justification or waiver', () => {
      assert.deepEqual(reqs.get('1.1')!.links, [{ href: 'docs/training.md#by-role', rel: 'reference', text: 'Evidence: docs/training.md#by-role' }]);
      assert.deepEqual(reqs.get('1.2')!.links, [{ href: 'https://example.org/briefings', rel: 'reference', text: 'Evidence: https:\\//example.org/briefings' }]);
      const party = (name: string) => (cdDoc['component-definition'].metadata.parties as Json[]).find((p) => p.name === name)!.uuid;
      // 1.1 obliges Organisations; 2.1 Developers, planned by its own owner.
      assert.deepEqual(reqs.get('1.1')!['responsible-roles'], [{ 'role-id': 'organisation', 'party-uuids': [party('owner@example.org')] }]);
      assert.deepEqual(reqs.get('2.1')!['responsible-roles'], [{ 'role-id': 'developer', 'party-uuids': [party('planner@example.org')] }]);
      assert.deepEqual(reqs.get('2.2')!['responsible-roles'], [{ 'role-id': 'developer', 'party-uuids': [party('Platform team')] }]);
      assert.match(reqs.get('3.1.2')!.remarks, /^Justification: The model takes text only/);
      assert.match(reqs.get('4.1')!.remarks, /^Waiver: Human review of every action is out of scope/);
      assert.match(reqs.get('4.1')!.description, /risk is accepted by ciso\\@example\.org until 2027-01-31/);
      assert.equal(ownProp(reqs.get('4.1')!, 'expires'), '2027-01-31');
      assert.equal(ownProp(reqs.get('2.1')!, 'due'), '2026-12-01');
      assert.match(reqs.get('2.2')!.remarks, /^Notes: Half of the mitigations are in place\./);
    });

    it('assessment results: satisfied where addressed, not satisfied for each gap, a waiver not satisfied with reason other', () => {
      const state = (id: string) => {
        const t = findings.get(id)!.target;
        return [t.status.state, t.status.reason, t['implementation-status']?.state];
      };
      assert.deepEqual(state('1.1'), ['satisfied', 'pass', 'implemented']);
      assert.deepEqual(state('3.1.2'), ['satisfied', 'pass', 'not-applicable']);
      assert.deepEqual(state('5.1'), ['satisfied', 'pass', 'implemented']);
      assert.deepEqual(state('1.2.1'), ['not-satisfied', 'fail', undefined]);
      assert.deepEqual(state('2.1'), ['not-satisfied', 'fail', 'planned']);
      assert.deepEqual(state('2.2'), ['not-satisfied', 'fail', 'partial']);
      assert.deepEqual(state('2.3'), ['not-satisfied', 'fail', undefined]);
      assert.deepEqual(state('4.1'), ['not-satisfied', 'other', undefined]);
      assert.deepEqual(state('4.2'), ['not-satisfied', 'fail', undefined]);
      assert.equal(findings.get('1.1')!.target['target-id'], 'cop-1.1_smt');
      assert.equal(findings.get('1.1')!.target.type, 'statement-id');
    });

    it('assessment results: observations carry the evidence checked, the tool as origin, EXAMINE as method', () => {
      const tool = result['local-definitions']['assessment-assets'].components[0];
      assert.equal(tool.title, 'ai-security');
      assert.deepEqual(result['local-definitions']['assessment-assets']['assessment-platforms'][0]['uses-components'], [{ 'component-uuid': tool.uuid }]);
      const byUuid = new Map((result.observations as Json[]).map((o) => [o.uuid, o]));
      const obs = (id: string) => byUuid.get(findings.get(id)!['related-observations'][0]['observation-uuid'])!;
      for (const o of result.observations as Json[]) {
        assert.deepEqual(o.methods, ['EXAMINE']);
        assert.deepEqual(o.origins, [{ actors: [{ type: 'tool', 'actor-uuid': tool.uuid }] }]);
        assert.deepEqual(o.subjects, [{ 'subject-uuid': result['local-definitions'].components[0].uuid, type: 'component' }]);
        assert.equal(o.collected, `${FIXTURE_DAY}T00:00:00Z`);
      }
      assert.deepEqual(
        obs('1.1')['relevant-evidence'].map((e: Json) => e.href),
        ['ai-security.yaml', 'docs/training.md#by-role'],
      );
      assert.match(obs('1.2.1')['relevant-evidence'][1].description, /not found in the workspace/);
      assert.match(obs('1.2.1').remarks, /evidence-not-found \(error, line \d+\)/);
      assert.equal(obs('2.3')['relevant-evidence'], undefined, 'nothing to examine where nothing addresses it');
    });

    it('assessment results: plans and waivers are risks with their deadlines, and say whether they have passed', () => {
      const risk = (id: string) => {
        const r = risks.get(id)!;
        return [r.status, r.deadline, ownProp(r, 'deadline-passed'), ownProp(r, 'days-to-deadline'), r.remediations?.[0]?.lifecycle];
      };
      assert.deepEqual([...risks.keys()], ['2.1', '2.2', '4.1', '4.2']);
      assert.deepEqual(risk('2.1'), ['open', '2026-12-01T23:59:59Z', 'no', '183', 'planned']);
      assert.deepEqual(risk('2.2'), ['remediating', '2026-03-01T23:59:59Z', 'yes', '-92', 'planned']);
      assert.deepEqual(risk('4.1'), ['deviation-approved', '2027-01-31T23:59:59Z', 'no', '244', undefined]);
      assert.deepEqual(risk('4.2'), ['open', '2026-01-31T23:59:59Z', 'yes', '-121', undefined]);
      assert.deepEqual(findings.get('4.1')!['related-risks'], [{ 'risk-uuid': risks.get('4.1')!.uuid }]);
      assert.equal(findings.get('1.1')!['related-risks'], undefined);
      assert.match(risks.get('4.1')!.statement, /Waiver: Human review of every action/);
    });

    it('a risk keeps its uuid from one assessment to the next; findings and observations are of their day', () => {
      const later = JSON.parse(oscal(['assessment-results', '.', '--today', '2026-06-02'], FIXTURE))['assessment-results'].results[0] as Json;
      assert.deepEqual(later.risks.map((r: Json) => r.uuid), [...risks.values()].map((r) => r.uuid));
      assert.notEqual(later.findings[0].uuid, result.findings[0].uuid);
      assert.notEqual(later.uuid, result.uuid);
    });
  });

  describe('reruns', () => {
    it('write the same bytes; the document uuid follows the content', () => {
      const cd = oscal(['component-definition', 'examples']);
      assert.equal(oscal(['component-definition', 'examples']), cd);
      const ar = oscal(['assessment-results', 'examples', '--today', TODAY]);
      assert.equal(oscal(['assessment-results', 'examples', '--today', TODAY]), ar);
      const other = oscal(['assessment-results', 'examples', '--today', '2026-11-26']);
      assert.notEqual(JSON.parse(other)['assessment-results'].uuid, JSON.parse(ar)['assessment-results'].uuid);
      for (const doc of [JSON.parse(cd), JSON.parse(ar)]) {
        const uuids = all(doc, 'uuid').map(String);
        for (const uuid of uuids) assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        // trestle validate's duplicates check: every uuid declared once.
        assert.equal(new Set(uuids).size, uuids.length, 'no uuid twice');
        // Every reference resolves: to a uuid declared in the document, a role of its metadata, or a back-matter resource.
        const refs = ['actor-uuid', 'subject-uuid', 'observation-uuid', 'risk-uuid', 'component-uuid'].flatMap((k) => all(doc, k)).concat(all(doc, 'party-uuids').flat());
        assert.deepEqual(refs.filter((r) => !uuids.includes(String(r))), []);
        const roles = (Object.values(doc)[0] as Json).metadata.roles.map((r: Json) => r.id);
        assert.deepEqual(all(doc, 'role-id').filter((r) => !roles.includes(r)), []);
        const fragments = all(doc, 'href').map(String).filter((h) => h.startsWith('#'));
        for (const f of fragments) assert.ok(uuids.includes(f.slice(1)), f);
      }
    });

    it('the component definition does not depend on the day; its last-modified is --today, SOURCE_DATE_EPOCH, else the latest review', () => {
      const cd = JSON.parse(oscal(['component-definition', 'examples']))['component-definition'];
      assert.equal(cd.metadata['last-modified'], '2026-08-01T00:00:00Z', 'the latest reviewed date in the manifest');
      const dated = JSON.parse(oscal(['component-definition', 'examples', '--today', '2030-01-01']))['component-definition'];
      assert.equal(dated.metadata['last-modified'], '2030-01-01T00:00:00Z');
      assert.deepEqual(dated.components, cd.components, 'only the date moves');
      const epoch = JSON.parse(oscal(['component-definition', 'examples'], repoRoot, { SOURCE_DATE_EPOCH: '1767225600' }))['component-definition'];
      assert.equal(epoch.metadata['last-modified'], '2026-01-01T00:00:00Z');
      const ar = JSON.parse(oscal(['assessment-results', 'examples'], repoRoot, { SOURCE_DATE_EPOCH: '1767225600' }))['assessment-results'];
      assert.equal(ar.results[0].start, '2026-01-01T00:00:00Z');
      const bad = runCli(['oscal', 'assessment-results', 'examples'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
      assert.equal(bad.code, 2);
      assert.match(bad.err, /SOURCE_DATE_EPOCH must be a whole number of seconds/);
    });
  });

  describe('several manifests', () => {
    it('one component and one result each, in one document', () => {
      const fixture = path.relative(repoRoot, FIXTURE);
      const cd = valid('component-definition', oscal(['component-definition', 'examples', fixture]))['component-definition'];
      assert.deepEqual(cd.components.map((c: Json) => c.title), ['Fernhill Support Assistant', 'Fixture Assistant']);
      assert.match(cd.metadata.title, /^2 AI systems: /);
      const ar = valid('assessment-results', oscal(['assessment-results', 'examples', fixture, '--today', TODAY]))['assessment-results'];
      assert.deepEqual(ar.results.map((r: Json) => ownProp(r, 'manifest')), ['examples/ai-security.yaml', `${fixture}/ai-security.yaml`]);
      const uuids = all(ar, 'uuid');
      assert.equal(new Set(uuids).size, uuids.length);
    });
  });

  describe('--output', () => {
    it('links evidence relative to the file written, and says what it wrote', () => {
      const dir = fs.mkdtempSync(path.join(repoRoot, '.oscal-out-'));
      try {
        const out = path.join(dir, 'cd.json');
        const r = runCli(['oscal', 'component-definition', 'examples', '-o', out]);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, /^Wrote \.oscal-out-[^/]+\/cd\.json: 1 component, 61 implemented requirements\.\n$/);
        const doc = valid('component-definition', fs.readFileSync(out, 'utf8'));
        const hrefs = all(doc, 'href') as string[];
        assert.ok(hrefs.includes('../examples/docs/security-training.md'), hrefs.slice(0, 5).join(' '));
        const a = runCli(['oscal', 'assessment-results', 'examples', '--today', TODAY, '-o', path.join(dir, 'ar.json')]);
        assert.match(a.out, /: 1 result as of 2026-11-25, 6 findings not satisfied\.\n$/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('never writes through a symbolic link planted in the workspace it reads (--root), whatever the current folder', () => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-oscal-link-')));
    try {
      const ws = path.join(base, 'ws');
      const elsewhere = path.join(base, 'elsewhere');
      const victim = path.join(base, 'victim');
      fs.mkdirSync(elsewhere);
      fs.mkdirSync(victim);
      fs.cpSync(path.join(repoRoot, 'examples'), ws, { recursive: true });
      fs.writeFileSync(path.join(victim, 'precious.json'), 'keep me\n');
      fs.symlinkSync(victim, path.join(ws, 'reports'));
      for (const doc of ['component-definition', 'assessment-results']) {
        const r = runCli(['oscal', doc, ws, '--root', ws, '--today', TODAY, '-o', path.join(ws, 'reports', 'precious.json')], { cwd: elsewhere });
        assert.equal(r.code, 2, `${doc}: ${r.err}`);
        assert.match(r.err, /was not written: .*symbolic link/, doc);
        assert.equal(fs.readFileSync(path.join(victim, 'precious.json'), 'utf8'), 'keep me\n', doc);
      }
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });

  describe('hostile inputs', () => {
    let base: string;
    let ws: string;
    const SECRET = 'TOP-SECRET-CONTENT-OUTSIDE';

    before(() => {
      base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-oscal-hostile-')));
      ws = path.join(base, 'ws');
      fs.mkdirSync(path.join(ws, 'docs'), { recursive: true });
      fs.writeFileSync(path.join(base, 'secret.md'), SECRET);
      fs.symlinkSync(path.join(base, 'secret.md'), path.join(ws, 'docs', 'link.md'));
      for (const name of ['a b#c.md', 'ünïcode.md', '<img src=x>.md', '100%.md']) fs.writeFileSync(path.join(ws, 'docs', name), '# ok');
      fs.writeFileSync(
        path.join(ws, 'ai-security.yaml'),
        [
          'version: 1',
          'system:',
          '  name: "<script>alert(1)</script> **bold** \\u202eevil"',
          '  owner: "x@example.org\\n- injected"',
          '  roles: [developer]',
          '  lifecycle: design',
          'provisions:',
          '  "1.1":',
          '    status: implemented',
          '    reviewed: 2026-05-01',
          '    evidence: ["../secret.md", "/etc/passwd", "file:///etc/passwd", "javascript:alert(1)", "docs/link.md", "%2e%2e/secret.md", "docs/a b#c.md", "docs/ünïcode.md", "docs/<img src=x>.md", "docs/100%.md"]',
          '  "1.2":',
          '    status: not-applicable',
          '    justification: "[click](javascript:alert(1)) <b>html</b> `code` \\u202e and a\\nsecond line"',
          '  "2.1":',
          '    status: planned',
          '    owner: "ops"',
          '    due: 2026-12-01',
          '',
        ].join('\n'),
      );
    });
    after(() => fs.rmSync(base, { recursive: true, force: true }));

    for (const model of ['component-definition', 'assessment-results'] as const) {
      it(`${model}: valid, no link out of the workspace, nothing read from outside, text stays text`, () => {
        const text = oscal([model, '.', '--today', FIXTURE_DAY], ws);
        const doc = valid(model, text);
        assert.ok(!text.includes(SECRET), 'the file behind the link is never read');
        assert.ok(!/[\u202e\u2028\u2029]/.test(text), 'invisible controls are escaped in the JSON text');
        const hrefs = all(doc, 'href').map(String);
        for (const h of hrefs) {
          assert.ok(!/^(\/|file:|javascript:)/i.test(h) && !h.split('/').includes('..') && !/%2e%2e/i.test(h), `a safe href: ${h}`);
          assert.ok(URL.canParse(h, 'https://base.invalid/dir/'), h);
        }
        assert.ok(!hrefs.some((h) => h.includes('link.md')), 'a symbolic link out of the workspace is not linked');
        const files = hrefs.filter((h) => h.startsWith('docs/'));
        assert.deepEqual(files.sort(), ['docs/%3Cimg%20src%3Dx%3E.md', 'docs/100%25.md', 'docs/a%20b%23c.md', 'docs/%C3%BCn%C3%AFcode.md'].sort());
        // Markdown fields: the manifest's markup is escaped, never live.
        for (const v of strings(doc)) {
          assert.ok(!/(^|[^\\])[<[`]/.test(v), `no live markup in ${JSON.stringify(v)}`);
        }
        assert.ok(text.includes('\\\\<script\\\\>'), 'the name, escaped');
        // The owner's line break does not make a list item in the party's name or anywhere.
        assert.ok(!all(doc, 'name').some((n) => /\n/.test(String(n))));
        trestleLoadsText(model, text);
      });
    }

    it('says why each refused reference has no link', () => {
      const doc = JSON.parse(oscal(['assessment-results', '.', '--today', FIXTURE_DAY], ws))['assessment-results'];
      const obs = (doc.results[0].observations as Json[]).find((o) => ownProp(o, 'provision') === '1.1')!;
      const descriptions = (obs['relevant-evidence'] as Json[]).filter((e) => e.href === undefined).map((e) => e.description as string);
      assert.equal(descriptions.length, 6);
      assert.match(descriptions.join('\n'), /climbs out of the workspace/);
      assert.match(descriptions.join('\n'), /absolute path/);
      assert.match(descriptions.join('\n'), /symbolic link/);
    });
  });
});

/**
 * Loads a file with compliance-trestle's model for it, then runs the validators `trestle
 * validate` runs (no uuid twice, every responsible party's role declared); fails with trestle's
 * message.
 */
function trestleLoads(model: OscalModel, file: string): void {
  const r = trestleLoad(model, file);
  assert.ok(r.ok, `compliance-trestle refused the ${model}: ${r.error}`);
  assert.equal(r.summary?.model, model === 'component-definition' ? 'ComponentDefinition' : 'AssessmentResults');
  const v = spawnSync(trestlePython, [path.join(__dirname, 'trestle_validate.py'), model, file], { encoding: 'utf8' });
  assert.equal(v.status, 0, `trestle's validators refused the ${model}: ${v.stderr}${v.stdout}`);
  assert.deepEqual(JSON.parse(v.stdout), { DuplicatesValidator: true, RefsValidator: true, LinksValidator: true });
}

function trestleLoadsText(model: OscalModel, text: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-oscal-'));
  try {
    fs.writeFileSync(path.join(dir, `${model}.json`), text);
    trestleLoads(model, path.join(dir, `${model}.json`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `ai-security oscal catalog` and `oscal profile`: the Code as an OSCAL catalog that quotes all
 * 72 provisions exactly (against the shipped catalogue, the catalogue's YAML and the retrieved
 * text of the Code it was built from), valid against NIST's schemas, loaded by
 * compliance-trestle; profiles that select what the manifests' applicability selects, valid,
 * loaded, and resolved by trestle's own profile resolver to exactly those controls.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { catalogue, type Provision } from '../../server/src/core/catalogue/index';
import { applicability, ROLE_STAKEHOLDER } from '../../server/src/core/catalogue/applicability';
import { controlId, groupId, profileSelection, PROPS_NS, STAKEHOLDER_ROLE, type OscalCatalog, type OscalProfile } from '../../server/src/core/oscal/index';
import { LIFECYCLES, ROLES, type Lifecycle, type Role } from '../../server/src/core/schema';
import { runCli } from '../cli/run-cli';
import { assertGolden, repoRoot } from '../helpers';
import { trestleLoad, trestleResolve } from './trestle';
import { validateOscal } from './validate';

function catalogJson(): { text: string; doc: OscalCatalog } {
  const r = runCli(['oscal', 'catalog']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  return { text: r.out, doc: JSON.parse(r.out) as OscalCatalog };
}

function profileJson(args: string[]): { text: string; doc: OscalProfile } {
  const r = runCli(['oscal', 'profile', ...args]);
  assert.equal(r.code, 0, r.err);
  return { text: r.out, doc: JSON.parse(r.out) as OscalProfile };
}

const own = (props: { name: string; ns?: string; value: string }[] | undefined, name: string) => (props ?? []).filter((p) => p.name === name && p.ns === PROPS_NS).map((p) => p.value);
const selectedIds = (doc: OscalProfile) => doc.profile.imports[0]!['include-controls'][0]!['with-ids'];

describe('oscal catalog', () => {
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oscal-catalog-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('has the 13 principles as groups, with their phase, and the 72 provisions as controls, in the Code\u2019s order', () => {
    const { doc } = catalogJson();
    const cat = catalogue();
    assert.deepEqual(
      doc.catalog.groups.map((g) => [g.id, g.title, own(g.props, 'phase')[0]]),
      cat.principles.map((p) => [groupId(p.number), p.title, p.phase]),
    );
    const controls = doc.catalog.groups.flatMap((g) => g.controls);
    assert.equal(controls.length, 72);
    assert.deepEqual(
      controls.map((c) => c.id),
      cat.provisions.map((p) => controlId(p.id)),
    );
  });

  it('quotes all 72 provisions exactly: the shipped catalogue, the catalogue\u2019s YAML (and the shared reference copy), and the retrieved text of the Code', () => {
    const { doc } = catalogJson();
    const statement = new Map(doc.catalog.groups.flatMap((g) => g.controls).map((c) => [c.id, c.parts.filter((p) => p.name === 'statement')]));
    // The YAML the catalogue is generated from, read here on its own; and the reference copy in
    // shared/ where this checkout has one beside it (test/consistency.test.ts holds them equal).
    const yamlFiles = [path.join(repoRoot, 'server', 'catalogue', 'code-of-practice-2025.yaml'), path.join(repoRoot, '..', 'shared', 'reference', 'code-of-practice-2025.yaml')].filter((f) => fs.existsSync(f));
    const retrieved = fs.readFileSync(path.join(repoRoot, 'server', 'catalogue', 'agora-1962-code-of-practice-2025.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const file of yamlFiles) {
      const yaml = parse(fs.readFileSync(file, 'utf8')) as { principles: { provisions: { id: string; text: string; quoteWithoutFootnoteRef?: string }[] }[] };
      const provisions = yaml.principles.flatMap((p) => p.provisions);
      assert.equal(provisions.length, 72, file);
      for (const p of provisions) {
        const parts = statement.get(controlId(p.id));
        assert.equal(parts?.length, 1, `${p.id}: one statement`);
        const prose = parts[0]!.prose;
        assert.equal(prose, p.quoteWithoutFootnoteRef ?? p.text, `${p.id} as in ${path.relative(repoRoot, file)}`);
        assert.equal(prose, catalogue().byId.get(p.id)!.quote, `${p.id} as the catalogue quotes it`);
        // The text, footnote marker and all, as the Code was retrieved (whitespace runs collapsed, as the YAML says).
        assert.ok(retrieved.includes(p.text), `${p.id} is not in the retrieved text of the Code`);
      }
    }
  });

  it('gives each control its modal verb, the stakeholders it obliges and its ETSI EN 304 223 designator, and links it to the Code', () => {
    const { doc } = catalogJson();
    const codeResource = doc.catalog['back-matter'].resources.find((r) => r.rlinks?.some((l) => l.href === 'https://www.gov.uk/government/publications/ai-cyber-security-code-of-practice/code-of-practice-for-the-cyber-security-of-ai'));
    assert.ok(codeResource, 'a back-matter resource for the Code, at its gov.uk address');
    const byId = new Map(doc.catalog.groups.flatMap((g) => g.controls).map((c) => [c.id, c]));
    for (const p of catalogue().provisions) {
      const c = byId.get(controlId(p.id))!;
      assert.deepEqual(own(c.props, 'modal-verb'), [p.modal], p.id);
      assert.deepEqual(own(c.props, 'obliges'), p.stakeholders.map((s) => STAKEHOLDER_ROLE[s]), p.id);
      assert.deepEqual(own(c.props, 'etsi-en-304-223'), [p.etsi], p.id);
      assert.deepEqual(own(c.props, 'part-modal-verb'), (p.parts ?? []).map((x) => x.modal), p.id);
      assert.ok(c.links.some((l) => l.href === `#${codeResource.uuid}` && l.rel === 'reference'), p.id);
    }
    // The mixed provisions: each sentence's verb, with that sentence quoted.
    const mixed = byId.get(controlId('2.7'))!.props.filter((x) => x.name === 'part-modal-verb') as { value: string; remarks?: string }[];
    assert.deepEqual(
      mixed.map((x) => [x.value, x.remarks]),
      catalogue().byId.get('2.7')!.parts!.map((x) => [x.modal, x.text]),
    );
  });

  it('carries the attribution the Open Government Licence asks for, in the metadata and the back matter', () => {
    const { doc } = catalogJson();
    const src = catalogue().source;
    assert.ok(doc.catalog.metadata.remarks?.includes(`${src.copyright}. ${src.licence}.`), 'metadata remarks');
    const licence = doc.catalog['back-matter'].resources.find((r) => r.rlinks?.some((l) => l.href === src.licenceUrl));
    assert.ok(licence?.description?.includes(src.copyright) && licence.description.includes(src.licence), 'back-matter licence resource');
  });

  it('validates against the NIST OSCAL 1.1.3 catalog schema', () => {
    assert.deepEqual(validateOscal('catalog', catalogJson().doc), []);
  });

  it('loads in compliance-trestle, which reads the same 13 groups and 72 controls', () => {
    const file = path.join(tmp, 'ai-security-catalog.json');
    fs.writeFileSync(file, catalogJson().text);
    const r = trestleLoad('catalog', file);
    assert.ok(r.ok, r.error);
    assert.equal(r.summary?.['oscal-version'], '1.1.3');
    assert.deepEqual(r.summary?.groups, catalogue().principles.map((p) => groupId(p.number)));
    assert.deepEqual(r.summary?.controls, catalogue().provisions.map((p) => controlId(p.id)));
  });

  it('is the same bytes on every run, and matches its golden file', () => {
    const first = catalogJson().text;
    assert.equal(catalogJson().text, first);
    assertGolden('cli/oscal-catalog.json', first);
  });

  it('--output writes the file and says so', () => {
    const out = path.join(tmp, 'written.json');
    const r = runCli(['oscal', 'catalog', '--output', out], { cwd: tmp });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'Wrote written.json: OSCAL catalog, 72 controls in 13 groups.\n');
    assert.equal(fs.readFileSync(out, 'utf8'), catalogJson().text);
  });

  it('refuses operands: it reads no files', () => {
    const r = runCli(['oscal', 'catalog', 'examples']);
    assert.equal(r.code, 2);
    assert.match(r.err, /reads no files/);
  });
});

describe('oscal profile', () => {
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oscal-profile-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** What a provision's role test in applicability.ts says for these roles, read apart from its conditions and phase. */
  const obliges = (p: Provision, roles: Role[]) => p.stakeholders.includes('Organisation') || roles.some((r) => p.stakeholders.includes(ROLE_STAKEHOLDER[r]));

  it('selects, for each role, the provisions that oblige it (or Organisations), in the Code\u2019s order', () => {
    for (const role of ROLES) {
      const ids = selectedIds(profileJson(['--role', role]).doc);
      const expected = catalogue()
        .provisions.filter((p) => obliges(p, [role]))
        // The conditions on the roles themselves, as the manifests' applicability decides them:
        // 1.2.2 (training developers) not for an organisation that only holds the data; 2.1.1
        // only where one organisation is both developer and data custodian.
        .filter((p) => !(p.id === '1.2.2' && role === 'data-custodian') && p.id !== '2.1.1')
        .map((p) => controlId(p.id));
      // 10.1 and 10.2 oblige System Operators, and an external Developer in their second sentence.
      if (role === 'developer') expected.push(...['10.1', '10.2'].map(controlId).filter((id) => !expected.includes(id)));
      const order = catalogue().provisions.map((p) => controlId(p.id));
      expected.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      assert.deepEqual(ids, expected, role);
      assert.ok(ids.length > 0);
    }
  });

  it('--lifecycle keeps the provisions due by that stage, as the manifests\u2019 applicability decides', () => {
    const phaseFrom: Record<string, Lifecycle | undefined> = { 'Secure Design': 'design', 'Secure Development': 'development', 'Secure Deployment': 'deployment', 'Secure Maintenance': 'deployment', 'Secure End of Life': undefined };
    for (const stage of LIFECYCLES) {
      const ids = selectedIds(profileJson(['--role', 'developer', '--lifecycle', stage]).doc);
      const all = profileSelection(['developer']);
      const expected = all.filter((p) => {
        const from = phaseFrom[p.phase];
        return from === undefined || LIFECYCLES.indexOf(stage) >= LIFECYCLES.indexOf(from);
      });
      assert.deepEqual(ids, expected.map((p) => controlId(p.id)), stage);
      // And each is what applicability says for a developer's system at that stage.
      for (const p of expected) assert.ok(applicability(p, { roles: ['developer'], lifecycle: stage, assets: [] }).due || p.phase === 'Secure End of Life', `${p.id} at ${stage}`);
    }
    const design = selectedIds(profileJson(['--role', 'developer', '--lifecycle', 'design']).doc);
    assert.ok(design.includes(controlId('2.1')) && !design.includes(controlId('6.1')), 'Secure Design in, Secure Development not yet');
  });

  it('several roles: the union, and 2.1.1 where one organisation is both developer and data custodian', () => {
    const both = selectedIds(profileJson(['--role', 'developer,data-custodian']).doc);
    assert.ok(both.includes(controlId('2.1.1')));
    const union = new Set([...selectedIds(profileJson(['--role', 'developer']).doc), ...selectedIds(profileJson(['--role', 'data-custodian']).doc), controlId('2.1.1')]);
    assert.deepEqual(new Set(both), union);
  });

  it('validates against the NIST OSCAL 1.1.3 profile schema and loads in trestle, for every role and stage', () => {
    for (const role of ROLES) {
      for (const stage of [undefined, ...LIFECYCLES]) {
        const { text, doc } = profileJson(['--role', role, ...(stage ? ['--lifecycle', stage] : [])]);
        assert.deepEqual(validateOscal('profile', doc), [], `${role} ${stage ?? ''}`);
        if (stage === undefined || stage === 'deployment') {
          const file = path.join(tmp, `${role}-${stage ?? 'all'}.json`);
          fs.writeFileSync(file, text);
          const r = trestleLoad('profile', file);
          assert.ok(r.ok, r.error);
        }
      }
    }
  });

  it('trestle\u2019s profile resolver, in a trestle workspace, yields exactly the selected controls of the catalog (relative href and trestle:// href)', () => {
    // A trestle workspace as `trestle init` lays it out, the catalog where `trestle import -o
    // ai-security-cop` puts it, and the profile beside the catalog file in the root.
    const root = path.join(tmp, 'trestle');
    for (const d of ['.trestle', 'catalogs/ai-security-cop', 'profiles/developer']) fs.mkdirSync(path.join(root, d), { recursive: true });
    const catalogText = catalogJson().text;
    fs.writeFileSync(path.join(root, 'ai-security-catalog.json'), catalogText);
    fs.writeFileSync(path.join(root, 'catalogs', 'ai-security-cop', 'catalog.json'), catalogText);
    for (const [role, stage] of [['developer', 'deployment'], ['system-operator', undefined], ['data-custodian', 'design']] as const) {
      const args = ['--role', role, ...(stage ? ['--lifecycle', stage] : [])];
      const relative = profileJson(args);
      fs.writeFileSync(path.join(root, 'profile.json'), relative.text);
      const r = trestleResolve(root, 'profile.json');
      assert.ok(r.ok, r.error);
      const expected = selectedIds(relative.doc);
      assert.deepEqual(new Set(r.summary?.controls), new Set(expected), `${role} ${stage ?? ''}`);
      assert.equal(r.summary?.controls?.length, expected.length);
      // The groups kept are the principles of the selected controls.
      assert.deepEqual(new Set(r.summary?.groups), new Set(profileSelection([role], stage).map((p) => groupId(p.principle))));
      // The href the README gives for a catalog imported into trestle.
      const imported = profileJson([...args, '--catalog-href', 'trestle://catalogs/ai-security-cop/catalog.json']);
      fs.writeFileSync(path.join(root, 'profiles', 'developer', 'profile.json'), imported.text);
      const viaTrestle = trestleResolve(root, 'profiles/developer/profile.json');
      assert.ok(viaTrestle.ok, viaTrestle.error);
      assert.deepEqual(new Set(viaTrestle.summary?.controls), new Set(expected));
    }
  });

  it('is the same bytes on every run, and matches its golden files', () => {
    const a = profileJson(['--role', 'developer', '--lifecycle', 'deployment']).text;
    assert.equal(profileJson(['--role', 'developer', '--lifecycle', 'deployment']).text, a);
    assertGolden('cli/oscal-profile-developer-deployment.json', a);
    assertGolden('cli/oscal-profile-data-custodian.json', profileJson(['--role', 'data-custodian']).text);
    // The order of the roles given does not change the document.
    assert.equal(profileJson(['--role', 'data-custodian,developer']).text, profileJson(['--role', 'developer,data-custodian']).text);
  });

  it('refuses a missing or unknown role, an unknown stage and an href that is no URI reference', () => {
    const cases: [string[], RegExp][] = [
      [[], /needs --role/],
      [['--role', 'operator'], /--role must be developer, system-operator, data-custodian.*not "operator"/],
      [['--role', 'developer', '--lifecycle', 'retired'], /--lifecycle must be one of/],
      [['--role', 'developer', '--catalog-href', 'my catalog.json'], /--catalog-href must be a URI reference/],
    ];
    for (const [args, expected] of cases) {
      const r = runCli(['oscal', 'profile', ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, expected);
      assert.equal(r.out, '');
    }
  });
});

describe('the README\u2019s OSCAL section', () => {
  it('its ai-security oscal commands run as written, and the profiles they write resolve in trestle against the catalog they write', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## OSCAL\n'), readme.indexOf('\n## ', readme.indexOf('\n## OSCAL\n') + 1));
    const commands = section
      .replace(/\\\n\s*/g, '')
      .split('\n')
      .filter((l) => l.startsWith('ai-security oscal '));
    assert.ok(commands.length >= 4, commands.join('\n'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oscal-readme-'));
    try {
      // The component definition and the assessment results read a manifest: the examples'.
      fs.cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
      for (const c of commands) {
        const r = runCli(c.slice('ai-security '.length).split(/\s+/), { cwd: dir });
        assert.equal(r.code, 0, `${c}: ${r.err}`);
      }
      // The last profile written names the catalog where `trestle import -o ai-security-cop` puts it.
      fs.mkdirSync(path.join(dir, '.trestle'));
      fs.mkdirSync(path.join(dir, 'catalogs', 'ai-security-cop'), { recursive: true });
      fs.copyFileSync(path.join(dir, 'ai-security-catalog.json'), path.join(dir, 'catalogs', 'ai-security-cop', 'catalog.json'));
      const r = trestleResolve(dir, 'developer-profile.json');
      assert.ok(r.ok, r.error);
      assert.deepEqual(new Set(r.summary?.controls), new Set(profileSelection(['developer'], 'deployment').map((p) => controlId(p.id))));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

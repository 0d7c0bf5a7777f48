/** CLI golden runs: text, JSON and SARIF output and exit codes, in process and as a real process. */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findingHref } from '../../server/src/core/index';
import { runCli } from './run-cli';
import { assertGolden, repoRoot } from '../helpers';
import { validateSarif } from './sarif-schema';
import { assertStarterReadsBack, HOSTILE_NAMES } from '../core/starter-cases';

const TODAY = '2026-11-25';

const cli = runCli;

describe('cli', () => {
  describe('check examples', () => {
    it('text (golden), exit 1 on errors', () => {
      const r = cli(['check', 'examples', '--today', TODAY]);
      assert.equal(r.code, 1);
      assert.equal(r.err, '');
      assert.ok(!r.out.includes('\u001b['), 'no colour when not a terminal');
      assertGolden('cli/examples.txt', r.out);
    });

    it('json (golden) reports the deliberate gaps by code and range', () => {
      const r = cli(['check', 'examples', '--today', TODAY, '--format', 'json']);
      assert.equal(r.code, 1);
      const json = JSON.parse(r.out);
      assert.equal(json.version, 1);
      assert.equal(json.files[0].path, 'examples/ai-security.yaml');
      assert.equal(json.files[0].kind, 'manifest');
      const codes = json.files[0].diagnostics.map((d: { code: string }) => d.code);
      for (const gap of ['6.4', '7.3', '12.2', 'overdue', 'unknown-field']) assert.ok(codes.includes(gap), `gap ${gap} reported`);
      assert.deepEqual(Object.keys(json.summary), ['errors', 'warnings', 'information', 'hints']);
      const card = json.files.find((f: { kind: string }) => f.kind === 'model-card');
      assert.equal(card.path, 'examples/models/support-llm/README.md');
      // Its digest gap is reported once, on the manifest's sha256 (hash-mismatch above), not here too.
      assert.deepEqual(card.diagnostics.map((d: { code: string }) => d.code), []);
      assert.ok(codes.includes('hash-mismatch'));
      assert.equal(card.coverage, undefined);
      assertGolden('cli/examples.json', r.out);
    });

    it('sarif (golden): valid 2.1.0, one rule per code, helpUri to the provision or the rule\u2019s entry, a fingerprint per result', () => {
      const r = cli(['check', 'examples', '--today', TODAY, '--format', 'sarif']);
      const sarif = JSON.parse(r.out);
      assert.equal(sarif.version, '2.1.0');
      assert.deepEqual(validateSarif(sarif), []);
      const fingerprints = sarif.runs[0].results.map((res: { partialFingerprints: Record<string, string> }) => res.partialFingerprints['aiSecurityFinding/v1']);
      assert.equal(new Set(fingerprints).size, 7);
      const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
      const ruleIds = rules.map((x) => x.id);
      assert.equal(new Set(ruleIds).size, ruleIds.length);
      for (const res of sarif.runs[0].results) assert.equal(ruleIds[res.ruleIndex], res.ruleId);
      // A provision's rule links to it on the Code's page; a rule ID's to its entry in the README.
      for (const rule of rules) assert.equal(rule.helpUri, findingHref(rule.id));
      assertGolden('cli/examples.sarif', r.out.replace(/"version": "[^"]*",\n(\s*)"informationUri"/, '"version": "<version>",\n$1"informationUri"'));
    });

    it('colour on a terminal, and not with NO_COLOR', () => {
      assert.ok(cli(['check', 'examples', '--today', TODAY], { tty: true }).out.includes('\u001b['));
      assert.ok(!cli(['check', 'examples', '--today', TODAY], { tty: true, env: { NO_COLOR: '1' } }).out.includes('\u001b['));
    });
  });

  describe('exit codes', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-cli-'));
      fs.mkdirSync(path.join(dir, 'ok'));
      fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'ai-security.yaml'), 'not: [valid\n');
      // Design stage, Organisations' and developers' design provisions addressed: only a warning is left.
      const entries = ['1.1', '1.1.1', '1.2', '1.2.1', '1.2.2', '2.1', '2.2', '2.3', '2.5.1', '3.1', '3.1.1', '3.1.2', '3.2', '3.4', '4.1', '4.2', '4.4', '4.5']
        .map((id) => `  "${id}": { status: implemented, evidence: [https://example.org/${id}]${id === '1.1' || id === '3.1' ? ', reviewed: 2026-10-01' : ''}${id === '1.2.1' ? ', channels: [mail, wiki]' : ''}${id === '3.1' ? ', attacks: [data-poisoning, model-inversion, membership-inference]' : ''} }`)
        .filter((l) => !l.includes('"3.4"'))
        .join('\n');
      fs.writeFileSync(
        path.join(dir, 'ok', 'ai-security.yml'),
        `version: 1\nsystem:\n  name: Demo\n  owner: a@example.org\n  roles: [developer]\n  lifecycle: design\n  humanOversightIsRiskControl: false\n  transferringOwnership: false\n  integrations: []\nassets:\n  - { id: m, type: model, version: 1, confidential: false }\nprovisions:\n${entries}\n`,
      );
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('skips node_modules, finds .yml; a warning passes --fail-on error and fails --fail-on warning', () => {
      const r = cli(['check', '--today', TODAY, '--format', 'json'], { cwd: dir });
      const json = JSON.parse(r.out);
      assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['ok/ai-security.yml']);
      assert.deepEqual(json.files[0].diagnostics.map((d: { code: string }) => d.code), ['3.4']);
      assert.equal(r.code, 0);
      assert.equal(cli(['check', '--today', TODAY, '--fail-on', 'warning'], { cwd: dir }).code, 1);
      assert.equal(cli(['check', '--today', TODAY, '--fail-on', 'never'], { cwd: dir }).code, 0);
    });

    it('usage errors exit 2 with one line, the usage line after a mistake in the command line, and no stack trace', () => {
      for (const args of [['check', '--format', 'xml'], ['check', '--fail-on', 'sometimes'], ['check', '--bogus'], ['frobnicate'], ['check', 'no-such-dir'], ['check', '--today', '2026-02-30'], ['check', '/'], ['explain']]) {
        const r = cli(args, { cwd: dir });
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.out, '', 'nothing on standard output');
        assert.match(r.err, /^ai-security: [^\n]*\n(?:Usage: ai-security [^\n]*\n)?$/, r.err);
        assert.ok(!/\n[ \t]+at /.test(r.err), 'no stack trace');
      }
    });
  });

  describe('model cards', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-cards-'));
      fs.writeFileSync(path.join(dir, 'MODEL_CARD.md'), '# A card\n\n## Uses\n\n[More Information Needed]\n');
      fs.mkdirSync(path.join(dir, 'hub'));
      fs.writeFileSync(path.join(dir, 'hub', 'README.md'), '---\nlicense: mit\npipeline_tag: text-generation\n---\n\n# Hub model\n');
      fs.writeFileSync(path.join(dir, 'README.md'), '# Just a project README\n');
      fs.mkdirSync(path.join(dir, 'docs'));
      fs.writeFileSync(path.join(dir, 'docs', 'about-the-model.md'), '# About\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('finds cards by name and by Hugging Face front matter, not plain READMEs; --include adds globs', () => {
      const paths = (args: string[]) => JSON.parse(cli(['check', '--today', TODAY, '--format', 'json', ...args], { cwd: dir }).out).files.map((f: { path: string; kind: string }) => `${f.kind}:${f.path}`);
      assert.deepEqual(paths([]), ['model-card:MODEL_CARD.md', 'model-card:hub/README.md']);
      assert.deepEqual(paths(['--include', 'docs/*.md']), ['model-card:MODEL_CARD.md', 'model-card:docs/about-the-model.md', 'model-card:hub/README.md']);
    });
  });

  describe('init', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-init-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes a starter manifest (golden) that checks without shape problems', () => {
      const r = cli(['init', '--roles', 'developer,system-operator', '--lifecycle', 'development', '--name', 'Claims Assistant', '--owner', 'ai@example.org', '--today', TODAY], { cwd: dir });
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^Wrote ai-security\.yaml: \d+ requirements as planned/);
      const text = fs.readFileSync(path.join(dir, 'ai-security.yaml'), 'utf8');
      assertGolden('cli/init.yaml', text);
      const json = JSON.parse(cli(['check', '--today', TODAY, '--format', 'json'], { cwd: dir }).out);
      const codes = json.files[0].diagnostics.map((d: { code: string }) => d.code);
      for (const shape of ['yaml-syntax', 'unknown-field', 'invalid-value', 'missing-field', 'unknown-provision']) assert.ok(!codes.includes(shape), shape);
      assert.ok(!json.files[0].diagnostics.some((d: { severity: string; code: string }) => d.severity === 'error' && /^\d/.test(d.code) && d.code !== '5.1'), 'every applicable requirement has an entry');
    });

    it('writes any --name and --owner as YAML that reads back as exactly that text', () => {
      for (const [i, name] of HOSTILE_NAMES.entries()) {
        const sub = path.join(dir, String(i));
        fs.mkdirSync(sub);
        const owner = HOSTILE_NAMES[HOSTILE_NAMES.length - 1 - i]!;
        // --name=VALUE: a value may start with a dash.
        const r = cli(['init', `--name=${name}`, `--owner=${owner}`, '--today', TODAY], { cwd: sub });
        assert.equal(r.code, 0, r.err);
        assertStarterReadsBack(fs.readFileSync(path.join(sub, 'ai-security.yaml'), 'utf8'), name, owner);
      }
    });

    it('never overwrites a manifest, and refuses unknown roles or stages', () => {
      fs.writeFileSync(path.join(dir, 'ai-security.yml'), 'version: 1\n');
      const again = cli(['init'], { cwd: dir });
      assert.equal(again.code, 2);
      assert.match(again.err, /already exists; init never overwrites/);
      assert.equal(fs.readFileSync(path.join(dir, 'ai-security.yml'), 'utf8'), 'version: 1\n');
      assert.equal(cli(['init', '--roles', 'dev'], { cwd: fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-init-')) }).code, 2);
      assert.equal(cli(['init', '--lifecycle', 'soon'], { cwd: fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-init-')) }).code, 2);
    });
  });

  describe('explain', () => {
    it('prints the exact text, principle, verb, stakeholders and ETSI designator (golden)', () => {
      const r = cli(['explain', '6.4']);
      assert.equal(r.code, 0);
      assert.ok(r.out.replace(/\s+/g, ' ').includes('Developers and System Operators shall implement and publish a clear and accessible vulnerability disclosure policy.'));
      assertGolden('cli/explain-6.4.txt', r.out);
    });

    it('quotes without the footnote number', () => {
      const r = cli(['explain', '2.1', '--format', 'json']);
      const j = JSON.parse(r.out);
      assert.ok(j.text.endsWith('mitigation strategies.'));
      assert.equal(j.etsi, '5.1.2-1');
      assert.match(j.attribution, /Open Government Licence v3\.0/);
    });

    it('cites ETSI EN 304 223 and says the short title is ours', () => {
      const r = cli(['explain', '6.4']);
      assert.match(r.out, /^6\.4 {2}Published vulnerability disclosure policy {2}\(short title ours; the Code's words are quoted below\)\n/);
      assert.match(r.out, /; ETSI EN 304 223 5\.2\.2-4\n/);
      assert.ok(!r.out.includes('104 223'));
      const j = JSON.parse(cli(['explain', '6.4', '--format', 'json']).out);
      assert.equal(j.titleOurs, true);
      assert.equal(j.standard, 'ETSI EN 304 223 V2.1.1 (2025-12)');
      assert.equal(j.obligesNamed, true);
      assert.equal(j.obligesFrom, undefined);
    });

    it('1.1.1 and 1.2.1 name no one: Organisations are named by 1.1 and 1.2, not by their principle, in text and JSON', () => {
      for (const [id, from] of [
        ['1.1.1', '1.1'],
        ['1.2.1', '1.2'],
        ['3.1.1', '3.1'],
        ['8.2.1', '8.2'],
      ] as const) {
        const t = cli(['explain', id]).out;
        assert.ok(!t.includes('implied by its principle'), id);
        assert.ok(t.replace(/\s+/g, ' ').includes(`(${id} names no one; ${from}, which it follows, names them)`), id);
        const j = JSON.parse(cli(['explain', id, '--format', 'json']).out);
        assert.equal(j.obligesNamed, false, id);
        assert.equal(j.obligesFrom, from, id);
      }
      assert.deepEqual(JSON.parse(cli(['explain', '1.1.1', '--format', 'json']).out).obliges, ['Organisation']);
    });

    it('a provision that mixes shall and should gives each sentence its own verb, in text and JSON', () => {
      const t = cli(['explain', '3.1']).out;
      assert.match(t, /Requirement \(shall\) and recommendation \(should\), sentence by sentence; obliges/);
      assert.match(t, /Each sentence's own verb:\n {2}shall \(requirement\):\n {4}\u201cDevelopers and System Operators shall analyse threats/);
      assert.match(t, / {2}should \(recommendation\):\n {4}\u201cThreat modelling should include/);
      const j = JSON.parse(cli(['explain', '2.7', '--format', 'json']).out);
      assert.equal(j.modal, 'shall');
      assert.deepEqual(
        j.parts.map((x: { modal: string; meaning: string }) => [x.modal, x.meaning]),
        [
          ['shall', 'requirement'],
          ['should', 'recommendation'],
        ],
      );
      assert.equal(j.parts[1].text, 'and should ensure that the provider is adhering to this Code of Practice.');
      assert.equal(j.parts.map((x: { text: string }) => x.text).join(' '), j.text);
      // One part, the whole text, where the Code does not mix its verbs.
      assert.deepEqual(JSON.parse(cli(['explain', '6.4', '--format', 'json']).out).parts.length, 1);
    });

    it('an unknown number exits 2 with a suggestion', () => {
      const r = cli(['explain', '6.7']);
      assert.equal(r.code, 2);
      assert.match(r.err, /did you mean 6\.6/);
    });
  });

  describe('the built binary', () => {
    const bin = path.join(repoRoot, 'dist', 'cli.js');
    it('runs as a process with the same results', function () {
      if (!fs.existsSync(bin)) this.skip();
      const r = spawnSync(process.execPath, [bin, 'check', 'examples', '--today', TODAY, '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.deepEqual(JSON.parse(r.stdout), JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'json']).out));
      const bad = spawnSync(process.execPath, [bin, 'check', '--format', 'xml'], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.equal(bad.stderr, 'ai-security: --format must be text, json, sarif, github or junit, not "xml"\nUsage: ai-security check [paths...] [options]\n');
    });

    it('stops quietly, with the check\u2019s exit status, when its reader closes the pipe early (| head)', async function () {
      if (!fs.existsSync(bin)) this.skip();
      // A megabyte of JSON: the reader takes the first chunk and goes, as `head` does.
      const child = spawn(process.execPath, [bin, 'check', 'test/corpus/model-cards', '--include', '**/*.md', '--format', 'json', '--fail-on', 'never'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      assert.equal(err, '', 'nothing on stderr: no unhandled EPIPE, no stack trace');
      assert.equal(status, 0);
    });
  });
});

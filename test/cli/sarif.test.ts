/**
 * SARIF output against the SARIF 2.1.0 JSON schema (a fixture, with its provenance beside it),
 * what GitHub code scanning needs of it, and the README's CI workflow run as written.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { attribution, provision } from '../../server/src/core/index';
import { FINGERPRINT_NAME } from '../../server/src/cli/formatters/sarif';
import { fixturesRoot, listFiles, rel, repoRoot } from '../helpers';
import { cli, sarifSchemaDir, validateSarif } from './sarif-schema';

const TODAY = '2026-11-25';
const schemaDir = sarifSchemaDir;

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string; shortDescription: { text: string }; fullDescription?: { text: string }; help: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
      partialFingerprints: Record<string, string>;
      baselineState?: string;
    }[];
    automationDetails?: unknown;
    originalUriBaseIds: Record<string, { uri?: string }>;
  }[];
}

describe('sarif', () => {
  describe('the schema fixture', () => {
    it('is the file its README names, byte for byte', () => {
      const readme = fs.readFileSync(path.join(schemaDir, 'README.md'), 'utf8');
      const stated = /SHA-256 of the file: `([0-9a-f]{64})`/.exec(readme)?.[1];
      assert.ok(stated, 'the README states the digest');
      const actual = createHash('sha256').update(fs.readFileSync(path.join(schemaDir, 'sarif-schema-2.1.0.json'))).digest('hex');
      assert.equal(actual, stated);
    });

    it('rejects what SARIF 2.1.0 forbids, so a pass means something', () => {
      const log = JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'sarif']).out) as SarifLog;
      assert.deepEqual(validateSarif(log), []);
      const badLevel = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
      badLevel.runs[0]!.results[0]!.level = 'fatal';
      assert.notDeepEqual(validateSarif(badLevel), []);
      const noMessage = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
      delete noMessage.runs[0]!.results[0]!.message;
      assert.notDeepEqual(validateSarif(noMessage), []);
      assert.notDeepEqual(validateSarif({ ...log, version: '2.0.0' }), []);
    });
  });

  describe('output', () => {
    let log: SarifLog;
    before(() => {
      // Every fixture at once, named one by one (few are called ai-security.yaml): every code the
      // tool has, manifests and model cards, broken files too.
      const files = listFiles(fixturesRoot, (name) => /\.(ya?ml|md)$/.test(name)).map((f) => rel(fixturesRoot, f)).filter((f) => !f.startsWith('schemas/') && !fs.lstatSync(path.join(fixturesRoot, f)).isSymbolicLink());
      const r = cli(['check', ...files, '--root', fixturesRoot, '--today', TODAY, '--format', 'sarif', '--fail-on', 'never'], fixturesRoot);
      assert.equal(r.code, 0, r.err);
      log = JSON.parse(r.out) as SarifLog;
    });

    it('validates against the SARIF 2.1.0 schema, over every fixture', () => {
      assert.ok(log.runs[0]!.results.length > 1000, `${log.runs[0]!.results.length} results`);
      assert.deepEqual(validateSarif(log), []);
    });

    it('ruleId is the code; every rule has a helpUri and a one-line short description', () => {
      const rules = log.runs[0]!.tool.driver.rules;
      assert.ok(rules.length > 40);
      for (const res of log.runs[0]!.results) assert.equal(rules[res.ruleIndex]!.id, res.ruleId);
      for (const rule of rules) {
        assert.match(rule.helpUri, /^https:\/\//, rule.id);
        assert.ok(rule.shortDescription.text.length > 0 && rule.shortDescription.text.length <= 160 && !rule.shortDescription.text.includes('\n'), rule.id);
      }
    });

    it('quotes the Code exactly, with its attribution', () => {
      for (const rule of log.runs[0]!.tool.driver.rules) {
        const p = provision(rule.id);
        if (!p) continue;
        assert.equal(rule.fullDescription?.text, p.quote);
        assert.ok(rule.help.text.includes(p.quote) && rule.help.text.endsWith(attribution()), rule.id);
      }
    });

    it('gives every result its own fingerprint, under a versioned name and the one GitHub reads', () => {
      const seen = new Map<string, string>();
      for (const res of log.runs[0]!.results) {
        const fp = res.partialFingerprints[FINGERPRINT_NAME]!;
        assert.match(fp, /^[0-9a-f]{32}$/);
        assert.equal(res.partialFingerprints.primaryLocationLineHash, fp);
        const where = `${res.locations[0]!.physicalLocation.artifactLocation.uri} ${res.ruleId} ${res.message.text}`;
        assert.ok(!seen.has(fp), `${where} shares a fingerprint with ${seen.get(fp)}`);
        seen.set(fp, where);
      }
      assert.match(FINGERPRINT_NAME, /\/v\d+$/, 'a versioned hierarchical name (SARIF §3.27.17)');
    });

    it('locates results by URIs relative to the root that name real files, with no automationDetails', () => {
      const run0 = log.runs[0]!;
      assert.equal(run0.automationDetails, undefined, 'upload-sarif sets it from its category input only when absent');
      assert.deepEqual(Object.keys(run0.originalUriBaseIds), ['%SRCROOT%']);
      assert.equal(run0.originalUriBaseIds['%SRCROOT%']!.uri, undefined, 'no machine-specific absolute path');
      for (const res of run0.results) {
        const loc = res.locations[0]!.physicalLocation.artifactLocation;
        assert.equal(loc.uriBaseId, '%SRCROOT%');
        assert.doesNotMatch(loc.uri, /^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.(\/|$)|[#?]/i, loc.uri);
        assert.ok(fs.statSync(path.join(fixturesRoot, ...decodeURIComponent(loc.uri).split('/'))).isFile(), loc.uri);
      }
    });

    it('percent-encodes file names that would read as a fragment or a scheme', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-sarif-'));
      try {
        const odd = path.join(dir, 'a#b c:d');
        fs.mkdirSync(odd);
        fs.writeFileSync(path.join(odd, 'ai-security.yaml'), 'version: 1\n');
        const r = cli(['check', '--today', TODAY, '--format', 'sarif'], dir);
        const l = JSON.parse(r.out) as SarifLog;
        assert.equal(l.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'a%23b%20c%3Ad/ai-security.yaml');
        assert.deepEqual(validateSarif(l), []);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe("the README's Continuous integration section", () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Continuous integration'), readme.indexOf('\n## ', readme.indexOf('\n## Continuous integration') + 5));
    /** The code block that starts with `first` (and holds `holding`, when several start so). */
    const block = (first: string, holding = '') => {
      const re = new RegExp('```[a-z]*\\n(' + first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\n[\\s\\S]*?)```', 'g');
      const m = [...section.matchAll(re)].find((x) => x[1]!.includes(holding));
      assert.ok(m, `a code block starting with ${first}${holding ? ` and holding ${holding}` : ''}`);
      return m[1]!;
    };
    const bin = path.join(repoRoot, 'dist', 'cli.js');
    let ws: string;
    beforeEach(function () {
      // The workflow and hooks run the bundled CLI, as they would on a runner.
      if (!fs.existsSync(bin)) this.skip();
      ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-ci-'));
      fs.cpSync(path.join(repoRoot, 'examples'), ws, { recursive: true });
    });
    afterEach(() => {
      if (!ws) return;
      fs.rmSync(ws, { recursive: true, force: true });
      fs.rmSync(`${ws}-bin`, { recursive: true, force: true });
      fs.rmSync(`${ws}-tmp`, { recursive: true, force: true });
    });

    const sh = (script: string, env: Record<string, string> = {}) =>
      spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: ws, encoding: 'utf8', env: { ...process.env, ...env } });
    /** A folder outside the workspace with an `ai-security` command: the bundle, linked as the README installs it. */
    const onPath = () => {
      const dir = `${ws}-bin`;
      if (!fs.existsSync(dir)) {
        fs.mkdirSync(dir);
        fs.symlinkSync(bin, path.join(dir, 'ai-security'));
      }
      return { PATH: `${dir}${path.delimiter}${process.env.PATH}` };
    };
    /** The README's one command to adopt a baseline. */
    const adoptCommand = () => {
      const m = /^ *(ai-security check \. --write-baseline \.ai-security-baseline\.json)$/m.exec(section);
      assert.ok(m, 'the README says how to write the baseline');
      return m[1]!;
    };
    /** A new error-level gap: an implemented provision whose evidence does not exist. */
    const addGap = () => {
      const file = path.join(ws, 'ai-security.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"6.1": { status: implemented, evidence: [docs/architecture.md#access-control] }', '"6.1": { status: implemented, evidence: [docs/access-control.md] }'));
    };

    it('has a GitHub Actions workflow that builds the CLI at a pinned commit, uploads SARIF and gates on new gaps', () => {
      // The workflow that builds the tool from source (the Action's own has its section and test/install/action.test.ts).
      const wf = parseYaml(block('# .github/workflows/ai-security.yml', 'AI_SECURITY_REF')) as {
        on: Record<string, unknown>;
        permissions: Record<string, string>;
        env: Record<string, string>;
        jobs: Record<string, { steps: { name?: string; uses?: string; run?: string; with?: Record<string, string> }[] }>;
      };
      assert.ok('push' in wf.on && 'pull_request' in wf.on);
      assert.equal(wf.permissions['security-events'], 'write');
      assert.equal(wf.permissions.contents, 'read');
      assert.match(wf.env.AI_SECURITY_REF!, /^[0-9a-f]{40}$/, 'pinned to a full commit SHA');
      const steps = Object.values(wf.jobs)[0]!.steps;
      const build = steps.find((s) => s.run?.includes('npm run build'))!;
      const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      assert.equal(pkg.bin['ai-security'], 'dist/cli.js');
      assert.ok(pkg.scripts.build);
      assert.match(build.run!, /npm ci/);
      assert.match(build.run!, /AI_SECURITY=\$RUNNER_TEMP\/ai-security\/dist\/cli\.js" >> "\$GITHUB_ENV"/);
      assert.match(build.run!, /git fetch -q --depth 1 "\$AI_SECURITY_REPO" "\$AI_SECURITY_REF"/);
      const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
      assert.ok(upload > 0);
      // Written to the runner's temporary folder, outside the repository: `${{ runner.temp }}` is $RUNNER_TEMP.
      const sarifFile = steps[upload]!.with!.sarif_file!.replace('${{ runner.temp }}', '$RUNNER_TEMP');
      const produce = steps.findIndex((s) => s.run?.includes('--format sarif') && s.run.includes(`> "${sarifFile}"`));
      assert.ok(produce >= 0 && produce < upload, 'the SARIF is written before the upload');
      const gate = steps.findIndex((s) => s.run?.includes('--fail-on error'));
      assert.ok(gate > upload, 'the gate runs after the upload, so alerts are uploaded even when it fails');

      // Run the CLI steps as written, on a copy of examples/ standing for the repository.
      const runnerTemp = `${ws}-tmp`;
      fs.mkdirSync(runnerTemp, { recursive: true });
      const env = { AI_SECURITY: bin, RUNNER_TEMP: runnerTemp };
      assert.equal(sh(adoptCommand(), onPath()).status, 0);
      const s1 = sh(steps[produce]!.run!, env);
      assert.equal(s1.status, 0, s1.stderr);
      const log = JSON.parse(fs.readFileSync(sarifFile.replace('$RUNNER_TEMP', runnerTemp), 'utf8')) as SarifLog;
      assert.ok(log.runs[0]!.results.length >= 7);
      assert.deepEqual(validateSarif(log), []);
      const g1 = sh(steps[gate]!.run!, env);
      assert.equal(g1.status, 0, `known gaps pass the gate: ${g1.stdout}${g1.stderr}`);
      addGap();
      assert.equal(sh(steps[produce]!.run!, env).status, 0, 'the SARIF step never fails on findings');
      const g2 = sh(steps[gate]!.run!, env);
      assert.equal(g2.status, 1, 'a new error fails the gate');
      assert.match(g2.stdout, /evidence-not-found/);
      fs.rmSync(path.join(ws, '.ai-security-baseline.json'));
      assert.equal(sh(steps[gate]!.run!, env).status, 2, 'a missing baseline is an error, not a pass');
    });


    it('has a plain git hook that refuses a commit with a new error and accepts known gaps', () => {
      const hook = block('#!/bin/sh');
      const env = { ...onPath(), GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
      assert.equal(sh('git init -q . && git add -A', env).status, 0);
      fs.writeFileSync(path.join(ws, '.git', 'hooks', 'pre-commit'), hook, { mode: 0o755 });
      const commit = () => sh('git commit -q -m change', env);
      const refused = commit();
      assert.equal(refused.status, 1, 'errors and no baseline: the hook refuses');
      assert.match(refused.stdout + refused.stderr, /hash-mismatch/);
      assert.equal(sh(adoptCommand(), env).status, 0);
      assert.equal(sh('git add -A && git commit -q -m adopt', env).status, 0, 'with the baseline, known gaps pass');
      addGap();
      assert.equal(sh('git add -A', env).status, 0);
      assert.equal(commit().status, 1, 'a new error is refused');
      assert.equal(sh('git log --oneline | wc -l', env).stdout.trim(), '1');
    });
  });
});

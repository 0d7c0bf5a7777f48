/**
 * The GitHub Action (action.yml), proven by running its steps: the action's folder is a copy of
 * this repository's files, where the install step runs for real (`npm ci --ignore-scripts`, the
 * build); the workspace is a copy of the examples; each later run gives other inputs or another
 * event. The `uses:` steps (setup-node, upload-sarif) are not run: the test checks when they run,
 * with what, and that a failed upload leaves the decision to the check.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers';
import { evaluate, runAction, type ActionRun, type ActionStep, type ActionYaml, type RunOptions } from './action-runner';

const actionText = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
const action = parse(actionText) as ActionYaml;
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/**
 * The release each action is pinned to: its commit, read from the tags of the action's own
 * repository (a git mirror: `git rev-parse vX.Y.Z^{commit}`), the newest release of each major
 * at the time (checkout v7, setup-node v7, codeql-action v4). To update, take the new tag's
 * commit from the action's repository, never from a third party's workflow.
 */
const PINS: Record<string, [sha: string, release: string]> = {
  'actions/checkout': ['3d3c42e5aac5ba805825da76410c181273ba90b1', 'v7.0.1'],
  'actions/setup-node': ['820762786026740c76f36085b0efc47a31fe5020', 'v7.0.0'],
  'github/codeql-action/upload-sarif': ['8aad20d150bbac5944a9f9d289da16a4b0d87c1e', 'v4.36.2'],
};

/** Each `uses: owner/repo[/path]@ref # comment` in a YAML text (or YAML blocks of Markdown). */
function usesOf(text: string): { name: string; ref: string; comment: string; line: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/^- /, ''))
    .filter((l) => l.startsWith('uses: '))
    .map((line) => {
      const [spec = '', comment = ''] = line.slice('uses: '.length).split(' # ');
      const at = spec.indexOf('@');
      return { name: spec.slice(0, at), ref: spec.slice(at + 1).trim(), comment: comment.trim(), line };
    });
}

/** The files git would check out: tracked, or new and not ignored. */
function repoFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\0').filter((f) => f && fs.existsSync(path.join(repoRoot, f)) && fs.lstatSync(path.join(repoRoot, f)).isFile());
}

function copyInto(files: string[], from: string, to: string): void {
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    fs.copyFileSync(path.join(from, f), path.join(to, f));
  }
}

describe('the GitHub Action (action.yml)', function () {
  // npm ci of the whole lockfile and a build: a bound for hangs, far beyond a loaded machine.
  this.timeout(900_000);

  describe('its contract', () => {
    it('is a composite action whose run steps are bash', () => {
      assert.equal(action.runs.using, 'composite');
      for (const s of action.runs.steps) {
        assert.ok(s.name, 'every step has a name');
        assert.ok(!!s.run !== !!s.uses, `${s.name}: run or uses`);
        if (s.run) assert.equal(s.shell, 'bash', s.name);
      }
    });

    it('has the inputs paths, format, fail-on, baseline, sarif-upload, category, node-version, with their defaults', () => {
      assert.deepEqual(
        Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
        { paths: '.', format: 'text', 'fail-on': 'error', baseline: '', 'sarif-upload': 'true', category: 'ai-security', 'node-version': '' },
      );
      for (const [k, v] of Object.entries(action.inputs)) {
        assert.ok(v.description && v.description.length > 20, `${k} is described`);
        assert.notEqual(v.required, true, `${k} is optional`);
      }
    });

    it('has the outputs exit-code and sarif-file, from the check step', () => {
      assert.deepEqual(Object.keys(action.outputs), ['exit-code', 'sarif-file']);
      assert.equal(action.outputs['exit-code']!.value, '${{ steps.check.outputs.exit-code }}');
      assert.equal(action.outputs['sarif-file']!.value, '${{ steps.check.outputs.sarif-file }}');
    });

    it('writes no expression into a script: every input reaches the shell through env', () => {
      for (const s of action.runs.steps) {
        if (!s.run) continue;
        assert.ok(!s.run.includes('${{'), `${s.name} pastes an expression into its script`);
        for (const m of s.run.matchAll(/\$\{?(AI_SECURITY_\w+)/g)) assert.ok(s.env && m[1]! in s.env, `${s.name} uses ${m[1]} without setting it`);
        // Each variable is used inside double quotes: never split, globbed or re-read.
        for (const line of s.run.split('\n')) {
          for (const m of line.matchAll(/\$\{?AI_SECURITY_\w+\}?/g)) {
            assert.ok(line.slice(0, m.index).split('"').length % 2 === 0, `${s.name}: ${m[0]} unquoted in: ${line.trim()}`);
          }
        }
      }
      const inputsIn = (v: unknown) => JSON.stringify(v ?? {}).match(/inputs\.[\w-]+/g) ?? [];
      const used = new Set(action.runs.steps.flatMap((s) => [...inputsIn(s.env), ...inputsIn(s.with)]));
      assert.deepEqual([...used].sort(), Object.keys(action.inputs).map((k) => `inputs.${k}`).sort(), 'every input is used, through env or with');
    });

    it('pins every action it uses by a full commit SHA, with the release in a comment, the same as the README\u2019s workflows', () => {
      const inAction = usesOf(actionText);
      assert.deepEqual(inAction.map((u) => u.name).sort(), ['actions/setup-node', 'github/codeql-action/upload-sarif']);
      const inReadme = usesOf(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).filter((u) => u.name !== 'your-org/ai-security-cop');
      assert.ok(inReadme.some((u) => u.name === 'actions/checkout') && inReadme.some((u) => u.name === 'actions/setup-node'), 'the README pins checkout and setup-node');
      for (const u of [...inAction, ...inReadme]) {
        const pin = PINS[u.name];
        assert.ok(pin, `${u.line}: an action with no known pin`);
        assert.equal(`${u.ref} # ${u.comment}`, `${pin[0]} # ${pin[1]}`, u.line);
      }
    });

    it('sets up Node.js only for a version older than package.json\u2019s engines allow', () => {
      assert.equal(pkg.engines.node, '>=20.19.0');
      const probe = action.runs.steps.find((s) => s.id === 'node')!;
      assert.match(probe.run!, /a > 20 \|\| \(a === 20 && b >= 19\)/);
      const setup = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
      assert.equal(setup.if, "steps.node.outputs.setup == 'true'");
      assert.equal(setup.with?.['package-manager-cache'], false);
    });

    it('uploads only when there is SARIF, not on a fork\u2019s pull request, and never fails the job by it', () => {
      const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
      assert.equal(upload['continue-on-error'], true);
      const at = (github: Record<string, unknown>, sarif = '/tmp/x.sarif') =>
        evaluate(upload.if!, { steps: { check: { outputs: { 'sarif-file': sarif } } }, github: { repository: 'o/r', ...github } }, { failed: false });
      assert.equal(at({ event_name: 'push' }), true);
      assert.equal(at({ event_name: 'push' }, ''), false);
      assert.equal(at({ event_name: 'pull_request', event: { pull_request: { head: { repo: { full_name: 'o/r' } } } } }), true);
      assert.equal(at({ event_name: 'pull_request', event: { pull_request: { head: { repo: { full_name: 'fork/r' } } } } }), false);
      // The gate comes after the upload, and fails by the check's status alone.
      const names = action.runs.steps.map((s) => s.name);
      assert.ok(names.indexOf('Gate') > names.indexOf(upload.name!));
    });
  });

  describe('the README\u2019s workflows', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[^]*?)```/g)].map((m) => m[1]!);

    it('use least privilege: read-only contents, a checkout that keeps no token, no install scripts, no expression in a script', () => {
      assert.equal(workflows.length, 2, 'the Action\u2019s and the from-source workflow');
      for (const text of workflows) {
        const wf = parse(text) as { permissions: Record<string, string>; jobs: Record<string, { steps: ActionStep[] }> };
        assert.deepEqual(wf.permissions, { contents: 'read', 'security-events': 'write', actions: 'read' });
        const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
        const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
        assert.equal(checkout?.with?.['persist-credentials'], false);
        for (const s of steps.filter((x) => x.run)) {
          assert.ok(!s.run!.includes('${{'), `${s.name}: an expression pasted into a script`);
          if (/npm ci\b/.test(s.run!)) assert.match(s.run!, /npm ci --ignore-scripts/);
        }
      }
      assert.match(readme, /^- uses: your-org\/ai-security-cop@v0$/m, 'the one-line adoption');
      const repo = pkg.repository.url.replace(/\.git$/, '');
      assert.ok(readme.includes(`- uses: ${repo.replace('https://github.com/', '')}@`), 'the Action is named as package.json\u2019s repository');
    });
  });

  describe('its steps, run', () => {
    let tmp: string;
    let actionPath: string;
    let first: ActionRun & { workspace: string };
    const examples = repoFiles().filter((f) => f.startsWith('examples/')).map((f) => f.slice('examples/'.length));

    /** A fresh workspace (a copy of the examples) and runner temp for each run. */
    function run(opts: Partial<RunOptions> & { files?: Record<string, string> } = {}): ActionRun & { workspace: string } {
      const root = fs.mkdtempSync(path.join(tmp, 'job-'));
      const workspace = path.join(root, 'workspace');
      const runnerTemp = path.join(root, 'temp');
      fs.mkdirSync(runnerTemp, { recursive: true });
      copyInto(examples, path.join(repoRoot, 'examples'), workspace);
      for (const [f, text] of Object.entries(opts.files ?? {})) fs.writeFileSync(path.join(workspace, f), text);
      const r = runAction(action, { actionPath, workspace, runnerTemp, skip: ['Install ai-security'], ...opts });
      return Object.assign(r, { workspace });
    }
    const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [path.join(actionPath, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });

    before(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-action-'));
      actionPath = path.join(tmp, 'action');
      copyInto(repoFiles(), repoRoot, actionPath);
      // The install step runs for real, once; npm may take packages from its cache.
      first = run({ skip: [], env: { ...process.env, npm_config_prefer_offline: 'true' } });
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('installs the tool in its own folder with npm ci --ignore-scripts and builds it', () => {
      const install = first.step('Install ai-security');
      assert.equal(install.outcome, 'success', install.stderr);
      assert.match(install.step.run!, /npm ci --ignore-scripts/);
      assert.ok(fs.existsSync(path.join(actionPath, 'dist', 'cli.js')));
      assert.ok(!fs.existsSync(path.join(first.workspace, 'node_modules')), 'nothing installed in the workspace');
    });

    it('uses the runner\u2019s Node.js when it is new enough, and sets up one when asked or when it is too old', () => {
      assert.equal(first.step('Find Node.js').outputs.setup, 'false');
      assert.equal(first.step('Set up Node.js').skipped, true);
      const asked = run({ inputs: { 'node-version': '24' }, skip: ['Install ai-security', 'Check', 'Gate'] });
      assert.equal(asked.step('Set up Node.js').skipped, false);
      assert.equal(asked.step('Set up Node.js').with!['node-version'], '24');
      // A runner whose node is too old (here a stand-in that fails the probe): Node.js 22.
      const bin = fs.mkdtempSync(path.join(tmp, 'old-node-'));
      fs.writeFileSync(path.join(bin, 'node'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
      const old = run({ env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, skip: ['Install ai-security', 'Check', 'Gate'] });
      assert.equal(old.step('Find Node.js').outputs.setup, 'true');
      assert.equal(old.step('Set up Node.js').with!['node-version'], '22');
    });

    it('with the defaults: findings in the log, SARIF uploaded, and the job fails by the check (exit 1)', () => {
      const check = first.step('Check');
      assert.equal(check.outcome, 'success', 'the check step itself never fails: the gate does');
      assert.match(check.stdout, /hash-mismatch/);
      assert.match(check.stdout, /✖ \d+ problems/);
      assert.equal(first.outputs['exit-code'], '1');
      const sarifFile = first.outputs['sarif-file']!;
      assert.ok(sarifFile.startsWith(path.join(first.workspace, '..', 'temp')), 'the SARIF goes to RUNNER_TEMP, not the workspace');
      const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      const uris = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
      assert.ok(uris.includes('ai-security.yaml'), 'paths relative to the repository root');
      const upload = first.step('Upload to code scanning');
      assert.equal(upload.skipped, false);
      assert.deepEqual(upload.with, { sarif_file: sarifFile, category: 'ai-security' });
      assert.equal(first.step('Gate').exitCode, 1);
      assert.equal(first.result, 'failure');
    });

    it('the exit code follows fail-on, and the CLI run on the same files', () => {
      for (const failOn of ['error', 'warning', 'information', 'never']) {
        const r = run({ inputs: { 'fail-on': failOn, 'sarif-upload': 'false' } });
        const direct = cli(['check', '.', '--fail-on', failOn], r.workspace);
        assert.equal(r.outputs['exit-code'], String(direct.status), failOn);
        assert.equal(r.result, direct.status === 0 ? 'success' : 'failure', failOn);
      }
      assert.equal(run({ inputs: { 'fail-on': 'never' } }).result, 'success');
    });

    it('without sarif-upload: no SARIF, no upload, the same gate', () => {
      const r = run({ inputs: { 'sarif-upload': 'false' } });
      assert.equal(r.outputs['sarif-file'], '');
      assert.equal(r.step('Upload to code scanning').skipped, true);
      assert.equal(r.outputs['exit-code'], '1');
      assert.equal(r.result, 'failure');
      const bad = run({ inputs: { 'sarif-upload': 'yes' } });
      assert.equal(bad.outputs['exit-code'], '2', 'a sarif-upload that is neither true nor false is a usage error');
    });

    it('on a pull request from a fork: no upload, and the gate still decides', () => {
      const fork = { event_name: 'pull_request', repository: 'owner/repo', event: { pull_request: { head: { repo: { full_name: 'someone/repo' } } } } };
      const failing = run({ github: fork });
      assert.equal(failing.step('Upload to code scanning').skipped, true);
      assert.equal(failing.result, 'failure');
      assert.equal(run({ github: fork, inputs: { 'fail-on': 'never' } }).result, 'success');
      const own = run({ github: { ...fork, event: { pull_request: { head: { repo: { full_name: 'owner/repo' } } } } } });
      assert.equal(own.step('Upload to code scanning').skipped, false);
    });

    it('a refused upload (a token without security-events: write) does not decide the job', () => {
      const refused = { 'Upload to code scanning': 'failure' as const };
      const passing = run({ inputs: { 'fail-on': 'never' }, usesOutcome: refused });
      assert.equal(passing.step('Upload to code scanning').outcome, 'failure');
      assert.equal(passing.step('Gate').exitCode, 0, 'the gate runs after a refused upload');
      assert.equal(passing.result, 'success');
      const failing = run({ usesOutcome: refused });
      assert.equal(failing.step('Gate').exitCode, 1);
      assert.equal(failing.result, 'failure');
    });

    it('paths: one per line, spaces kept; a baseline gates on new findings only', () => {
      const two = run({ inputs: { paths: 'ai-security.yaml\n  models/support-llm  \n\n', 'sarif-upload': 'false' } });
      assert.equal(two.outputs['exit-code'], String(cli(['check', 'ai-security.yaml', 'models/support-llm'], two.workspace).status));
      assert.match(two.step('Check').stdout, /ai-security\.yaml/);
      const spaced = run({ inputs: { paths: 'a folder', 'sarif-upload': 'false', 'fail-on': 'never' }, files: {} });
      assert.match(spaced.step('Check').stderr, /a folder: no such file or folder/);
      assert.equal(spaced.outputs['exit-code'], '2');
      // The baseline, written as the README says, and committed: no new finding, a pass.
      const ws = run({ inputs: { 'fail-on': 'never', 'sarif-upload': 'false' } }).workspace;
      assert.equal(cli(['check', '.', '--write-baseline', 'ai-security-baseline.json'], ws).status, 0);
      const baseline = fs.readFileSync(path.join(ws, 'ai-security-baseline.json'), 'utf8');
      const gated = run({ inputs: { baseline: 'ai-security-baseline.json' }, files: { 'ai-security-baseline.json': baseline } });
      assert.equal(gated.outputs['exit-code'], '0');
      assert.equal(gated.result, 'success');
      const sarif = JSON.parse(fs.readFileSync(gated.outputs['sarif-file']!, 'utf8'));
      assert.ok(sarif.runs[0].results.length > 0 && sarif.runs[0].results.every((r: { baselineState: string }) => r.baselineState === 'unchanged'), 'the SARIF keeps every result, marked');
      assert.equal(run({ inputs: { baseline: 'missing.json' } }).outputs['exit-code'], '2');
    });

    it('format: the log in the format asked for, the SARIF for code scanning regardless', () => {
      const json = run({ inputs: { format: 'json', 'fail-on': 'never' } });
      assert.doesNotThrow(() => JSON.parse(json.step('Check').stdout));
      assert.ok(fs.existsSync(json.outputs['sarif-file']!));
      const unknown = run({ inputs: { format: 'no-such-format' } });
      assert.equal(unknown.outputs['exit-code'], '2');
      assert.equal(unknown.step('Gate').exitCode, 2);
    });

    it('a hostile input is data, never a command', () => {
      const hostile = ['$(touch pwned-1)', '`touch pwned-2`', '; touch pwned-3', '" && touch pwned-4 && "', "'; touch pwned-5; '", '-o/dev/null', '--format=$(touch pwned-6)'];
      const r = run({
        inputs: {
          paths: hostile.join('\n'),
          format: 'text; touch pwned-7',
          'fail-on': '$(touch pwned-8)',
          baseline: '$(touch pwned-9)',
          'sarif-upload': 'true$(touch pwned-10)',
          category: '$(touch pwned-11)',
        },
      });
      const pwned = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('pwned'));
      assert.deepEqual(pwned(r.workspace), []);
      assert.deepEqual(pwned(path.join(r.workspace, '..', 'temp')), []);
      assert.deepEqual(pwned(actionPath).filter((f) => !f.startsWith('node_modules')), []);
      assert.equal(r.outputs['exit-code'], '2', 'a usage error, not a run');
      // And each path is one operand, after `--`: a path that looks like an option is a path.
      const dashed = run({ inputs: { paths: '--help', 'sarif-upload': 'false' } });
      assert.match(dashed.step('Check').stderr, /--help: no such file or folder/);
    });
  });
});

/**
 * The pre-commit hook (.pre-commit-hooks.yaml), proven with pre-commit itself: `pre-commit
 * try-repo` on a fresh clone of this repository at HEAD installs the hook as pre-commit installs
 * any `language: node` hook (npm installs the package from git: its `prepare` builds dist/, and
 * .npmignore decides what is packed), with the system's Node.js, and runs it in a temporary git
 * repository. pre-commit comes from PyPI: scripts/ci-deps.sh (called by .ci/run) installs it; the
 * test fails, rather than skips, when it is not there.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers';

const PRE_COMMIT_VERSION = '4.6.2';
const preCommit =
  process.env.AI_SECURITY_PRE_COMMIT ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'ai-security-cop', `pre-commit-${PRE_COMMIT_VERSION}`, 'bin', 'pre-commit');

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function git(args: string[], cwd: string): string {
  const r = sh('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], cwd);
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

describe('the pre-commit hook (.pre-commit-hooks.yaml)', function () {
  // A fresh install: npm installs the repository's dependencies and builds it. A bound for hangs.
  this.timeout(900_000);

  const hooks = parse(fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  let tmp: string;
  let clone: string;
  let env: NodeJS.ProcessEnv;

  /** A git repository holding these files (staged, as --all-files reads the index). */
  function project(name: string, files: Record<string, string>): string {
    const dir = path.join(tmp, name);
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    git(['init', '-q'], dir);
    git(['add', '-A'], dir);
    return dir;
  }
  const examples = () => {
    const out: Record<string, string> = {};
    for (const f of fs.readdirSync(path.join(repoRoot, 'examples'), { recursive: true }).map(String)) {
      const p = path.join(repoRoot, 'examples', f);
      if (fs.statSync(p).isFile()) out[f] = fs.readFileSync(p, 'utf8');
    }
    return out;
  };

  before(() => {
    assert.ok(fs.existsSync(preCommit), `pre-commit ${PRE_COMMIT_VERSION} is not installed at ${preCommit}: run scripts/ci-deps.sh`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-pre-commit-'));
    clone = path.join(tmp, 'ai-security-cop');
    git(['clone', '-q', '--no-hardlinks', repoRoot, clone], tmp);
    // A store of its own, so that the hook is installed from scratch; npm may use its cache.
    env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'store'), PRE_COMMIT_COLOR: 'never', npm_config_prefer_offline: 'true' };
    delete env.GIT_DIR;
    delete env.GIT_INDEX_FILE;
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('declares one node hook that checks the repository, not the files passed', () => {
    assert.equal(hooks.length, 1);
    const h = hooks[0]!;
    assert.equal(h.id, 'ai-security');
    assert.equal(h.language, 'node');
    assert.equal(h.entry, 'ai-security check');
    assert.equal(h.pass_filenames, false);
    assert.equal(h.language_version, undefined, 'the default: the system Node.js where there is one');
    const files = new RegExp(h.files as string);
    for (const f of ['ai-security.yaml', 'svc/ai-security.yml', '.ai-security.yaml', '.ai-security-baseline.json', 'models/x/README.md', 'MODEL_CARD.md']) assert.match(f, files);
    for (const f of ['src/index.ts', 'package.json', 'ai-security.yaml.bak', 'notes.txt']) assert.doesNotMatch(f, files);
  });

  it('the README\u2019s config names this hook, from package.json\u2019s repository', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const m = /```yaml\n(# \.pre-commit-config\.yaml\n[^]*?)```/.exec(readme);
    assert.ok(m, 'README.md has a .pre-commit-config.yaml');
    const config = parse(m[1]!) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(config.repos[0]!.repo, pkg.repository.url.replace(/\.git$/, ''));
    assert.equal(typeof config.repos[0]!.rev, 'string');
    assert.deepEqual(config.repos[0]!.hooks.map((h) => h.id), hooks.map((h) => h.id));
  });

  const out = (r: SpawnSyncReturns<string>) => `${r.stdout}${r.stderr}`;
  /** `pre-commit run --all-files` with the README's config: this clone at its HEAD, pinned. */
  function runWithConfig(dir: string, args: string[] = []): SpawnSyncReturns<string> {
    const rev = git(['rev-parse', 'HEAD'], clone);
    const hook = ['      - id: ai-security', ...(args.length ? [`        args: [${args.join(', ')}]`] : [])];
    fs.writeFileSync(path.join(dir, '.pre-commit-config.yaml'), ['repos:', `  - repo: ${clone}`, `    rev: ${rev}`, '    hooks:', ...hook, ''].join('\n'));
    git(['add', '-A'], dir);
    return sh(preCommit, ['run', '--all-files'], dir, env);
  }

  // try-repo installs into a store of its own that it then deletes, and an install takes minutes
  // (npm installs the repository's dependencies to build it): it runs once, on the examples,
  // whose manifest has errors; the passing runs share one install in PRE_COMMIT_HOME.
  it('pre-commit try-repo installs it from a fresh clone and fails on a manifest with an error, saying which', () => {
    const dir = project('failing', examples());
    const r = sh(preCommit, ['try-repo', clone, 'ai-security', '--all-files'], dir, env);
    assert.equal(r.status, 1, out(r));
    assert.match(r.stdout, /ai-security check\.+Failed/);
    assert.match(r.stdout, /hash-mismatch/);
  });

  it('passes on a manifest without errors, installed with the system Node.js', () => {
    // A manifest as `ai-security init` writes it: planned work and warnings, no error.
    const initDir = fs.mkdtempSync(path.join(tmp, 'init-'));
    const init = sh(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'init', '--name', 'Starter'], initDir);
    assert.equal(init.status, 0, init.stderr);
    const dir = project('passing', { 'ai-security.yaml': fs.readFileSync(path.join(initDir, 'ai-security.yaml'), 'utf8'), 'src/app.py': 'print(1)\n' });
    const r = runWithConfig(dir);
    assert.equal(r.status, 0, out(r));
    assert.match(r.stdout, /ai-security check\.+Passed/);
    // nodeenv -n system: the system's node, so nothing came from nodejs.org.
    const envs = fs.readdirSync(path.join(tmp, 'store'), { recursive: true }).map(String).filter((f) => /(^|\/)node_env-[^/]+$/.test(f));
    assert.deepEqual(envs.map((f) => path.basename(f)), ['node_env-system']);
  });

  it('with args for a baseline, as the README shows: the examples\u2019 known gaps pass', () => {
    const dir = project('baseline', examples());
    const b = sh(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', '.', '--write-baseline', '.ai-security-baseline.json'], dir);
    assert.equal(b.status, 0, b.stderr);
    const r = runWithConfig(dir, ['--baseline', '.ai-security-baseline.json']);
    assert.equal(r.status, 0, out(r));
    assert.match(r.stdout, /ai-security check\.+Passed/);
  });
});

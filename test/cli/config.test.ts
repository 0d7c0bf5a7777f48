/**
 * The project configuration and the search's ignores, on the command line: a temporary workspace
 * with .gitignore files (at the root and nested), a virtual environment and build output holding
 * model cards, a configuration with include, exclude, modelCards, severity, failOn and baseline,
 * and configurations a hostile repository could hold (a path out of the root, a link out of it,
 * patterns too large to match, a file too large to read). Each is a usage error naming the file
 * and line, never a crash, and never a pass.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CliRun } from './run-cli';
import { repoRoot } from '../helpers';

const TODAY = '2026-11-25';
const MANIFEST = 'version: 1\nsystem: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }\n';
/** A Hugging Face card, as pip leaves them in site-packages: it has findings (no intended use, no data). */
const HF_CARD = '---\nlicense: mit\npipeline_tag: text-generation\n---\n# x\n';
const CARD = '# Model card\n';

const cli = (args: string[], cwd: string): CliRun => runCli(args, { cwd });

function files(r: { out: string; err: string }): string[] {
  assert.ok(r.out, `no output; stderr: ${r.err}`);
  return (JSON.parse(r.out) as { files: { path: string }[] }).files.map((f) => f.path);
}

function write(root: string, rel: string, text: string): void {
  const p = path.join(root, ...rel.split('/'));
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}

describe('cli: ignores (virtual environments, build output, .gitignore)', () => {
  let ws: string;
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-ignores-')));
    write(ws, 'ai-security.yaml', MANIFEST);
    write(ws, 'MODEL_CARD.md', CARD);
    write(ws, '.venv/lib/python3.11/site-packages/x/README.md', HF_CARD);
    write(ws, 'build/lib/MODEL_CARD.md', CARD);
    write(ws, 'dist/MODEL_CARD.md', CARD);
    // A virtual environment by its pyvenv.cfg, whatever its name.
    write(ws, 'env/pyvenv.cfg', 'home = /usr/bin\n');
    write(ws, 'env/lib/python3.11/site-packages/y/README.md', HF_CARD);
    write(ws, 'pkg.egg-info/MODEL_CARD.md', CARD);
    // Not an environment: `env` without pyvenv.cfg is searched.
    write(ws, 'envs/prod/MODEL_CARD.md', CARD);
    write(ws, '.gitignore', '# generated\nout/\n*.tmp.md\n');
    write(ws, 'out/MODEL_CARD.md', CARD);
    write(ws, 'docs/model_card.tmp.md', CARD);
    write(ws, 'sub/.gitignore', 'generated/\n!keep/\n');
    write(ws, 'sub/generated/MODEL_CARD.md', CARD);
    write(ws, 'sub/models/MODEL_CARD.md', CARD);
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('a search skips them: cards in .venv/…/site-packages, build/, dist/, a pyvenv.cfg folder and what .gitignore files ignore', () => {
    const r = cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never'], ws);
    assert.equal(r.err, '');
    assert.deepEqual(files(r), ['ai-security.yaml', 'envs/prod/MODEL_CARD.md', 'MODEL_CARD.md', 'sub/models/MODEL_CARD.md'].sort());
  });

  it('a card inside .venv no longer fails the gate', () => {
    fs.rmSync(path.join(ws, 'ai-security.yaml'));
    for (const f of ['MODEL_CARD.md', 'envs/prod/MODEL_CARD.md', 'sub/models/MODEL_CARD.md']) fs.rmSync(path.join(ws, ...f.split('/')));
    write(ws, 'ai-security.yaml', MANIFEST.replace('lifecycle: design', 'lifecycle: design\nprovisions: {}'));
    const venv = cli(['check', '--today', TODAY, '--format', 'json', '.venv/lib/python3.11/site-packages/x/README.md'], ws);
    assert.equal(venv.code, 1, 'the card itself has errors');
    const r = cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never'], ws);
    assert.ok(!files(r).some((f) => f.startsWith('.venv/')));
  });

  it('a path named on the command line is checked even if ignored; so is a folder, inside which its own .gitignore applies', () => {
    const named = cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never', '.venv/lib/python3.11/site-packages/x/README.md', 'out/MODEL_CARD.md'], ws);
    assert.deepEqual(files(named), ['.venv/lib/python3.11/site-packages/x/README.md', 'out/MODEL_CARD.md']);
    write(ws, 'build/.gitignore', 'lib/\n');
    write(ws, 'build/cards/MODEL_CARD.md', CARD);
    const folder = cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never', 'build'], ws);
    assert.deepEqual(files(folder), ['build/cards/MODEL_CARD.md']);
    // A nested folder to skip by name is still skipped inside a folder named on the command line.
    write(ws, 'out/node_modules/MODEL_CARD.md', CARD);
    write(ws, 'out/.venv/MODEL_CARD.md', CARD);
    assert.deepEqual(files(cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never', 'out'], ws)), ['out/MODEL_CARD.md']);
  });

  it('a card a manifest names is checked even in an ignored folder (explicit beats ignore)', () => {
    write(ws, 'ai-security.yaml', `${MANIFEST}assets:\n  - id: m\n    type: model\n    version: 1.0.0\n    modelCard: build/lib/MODEL_CARD.md\n`);
    const r = cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never'], ws);
    assert.ok(files(r).includes('build/lib/MODEL_CARD.md'));
    assert.ok(!files(r).includes('dist/MODEL_CARD.md'));
  });

  it('gitignore: false in the configuration turns .gitignore off (the default ignores stay)', () => {
    write(ws, '.ai-securityrc.yaml', 'gitignore: false\n');
    const r = cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never'], ws);
    assert.ok(files(r).includes('out/MODEL_CARD.md'));
    assert.ok(files(r).includes('sub/generated/MODEL_CARD.md'));
    assert.ok(!files(r).includes('build/lib/MODEL_CARD.md'));
  });

  it('a .gitignore line the matcher could take minutes over is not applied, and said; the run finishes (built binary)', function () {
    const bin = path.join(repoRoot, 'dist', 'cli.js');
    assert.ok(fs.existsSync(bin), 'dist/cli.js is built (npm run build)');
    // Six globstars: the `ignore` package's regular expression takes seconds per path at this depth.
    write(ws, '.gitignore', '**/a/**/a/**/a/**/a/**/a/**/b\nout/\n');
    write(ws, `${Array(60).fill('a').join('/')}/c/MODEL_CARD.md`, CARD);
    const r = spawnSync(process.execPath, [bin, 'check', '--today', TODAY, '--format', 'json', '--fail-on', 'never'], { cwd: ws, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.signal, null, 'the run finished');
    assert.equal(r.stderr, 'ai-security: warning: .gitignore:1: this line is not applied: it has more than 2 **, which the matcher could take too long over\n');
    assert.ok(files({ out: r.stdout, err: r.stderr }).includes(`${Array(60).fill('a').join('/')}/c/MODEL_CARD.md`));
    assert.ok(!files({ out: r.stdout, err: r.stderr }).includes('out/MODEL_CARD.md'), 'the other lines still apply');
  });
});

describe('cli: the project configuration', () => {
  let ws: string;
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-config-')));
    write(ws, 'ai-security.yaml', MANIFEST);
    write(ws, 'legacy/MODEL_CARD.md', CARD);
    write(ws, 'docs/cards/support.md', CARD);
    write(ws, 'models/MODEL_CARD.md', CARD);
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('exclude, modelCards (relative to the configuration) and severity apply; failOn gates; --fail-on wins', () => {
    const before = cli(['check', '--today', TODAY, '--format', 'json'], ws);
    assert.equal(before.code, 1);
    const codes = (JSON.parse(before.out) as { files: { path: string; diagnostics: { code: string; severity: string }[] }[] }).files.find((f) => f.path === 'ai-security.yaml')!.diagnostics;
    assert.ok(codes.some((d) => d.severity === 'error'));

    write(ws, '.ai-securityrc.yaml', 'exclude: [legacy/**]\nmodelCards: [docs/cards/*.md]\nseverity: { shall: warning }\nfailOn: warning\n');
    const r = cli(['check', '--today', TODAY, '--format', 'json'], ws);
    assert.deepEqual(files(r), ['ai-security.yaml', 'docs/cards/support.md', 'models/MODEL_CARD.md']);
    const diags = (JSON.parse(r.out) as { files: { path: string; diagnostics: { code: string; severity: string }[] }[] }).files.find((f) => f.path === 'ai-security.yaml')!.diagnostics;
    assert.ok(!diags.some((d) => /^\d/.test(d.code) && d.severity === 'error'), 'shall: warning applied');
    assert.equal(r.code, 1, 'failOn: warning gates on warnings');
    assert.equal(cli(['check', '--today', TODAY, '--fail-on', 'error'], ws).code, 0, '--fail-on wins over failOn');
    // A manifest's own policy.severity wins over the configuration.
    write(ws, 'ai-security.yaml', `${MANIFEST}policy: { severity: { shall: error } }\n`);
    assert.equal(cli(['check', '--today', TODAY, '--fail-on', 'error'], ws).code, 1);
  });

  it('include: only the files it matches are taken by a search', () => {
    write(ws, '.ai-securityrc.yml', 'include: ["ai-security.yaml", "models/**"]\n');
    assert.deepEqual(files(cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never'], ws)), ['ai-security.yaml', 'models/MODEL_CARD.md']);
  });

  it('found upward from the current folder to --root, in package.json too, and not past a .git folder', () => {
    write(ws, 'package.json', JSON.stringify({ name: 'x', 'ai-security': { exclude: ['legacy/**', 'models/**'] } }, null, 2));
    const fromRoot = cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never'], ws);
    assert.deepEqual(files(fromRoot), ['ai-security.yaml']);
    // From models/ with --root ..: the root's configuration, found upward; its globs stay relative to its folder.
    const fromSub = (cwd: string) => files(cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never', '--root', '..', '..'], path.join(ws, cwd)));
    assert.deepEqual(fromSub('models'), ['ai-security.yaml']);
    // A nearer configuration wins; a package.json without the key is passed over.
    write(ws, 'models/package.json', '{"name": "m"}');
    write(ws, 'models/.ai-securityrc.json', '{"exclude": ["MODEL_CARD.md"]}');
    assert.deepEqual(fromSub('models'), ['ai-security.yaml', 'legacy/MODEL_CARD.md'], 'its exclude is relative to models/');
    fs.rmSync(path.join(ws, 'models', '.ai-securityrc.json'));
    assert.deepEqual(fromSub('models'), ['ai-security.yaml']);
    // models/ is a repository of its own: the configuration above it is not its.
    fs.mkdirSync(path.join(ws, 'models', '.git'));
    assert.deepEqual(fromSub('models'), ['ai-security.yaml', 'legacy/MODEL_CARD.md', 'models/MODEL_CARD.md']);
  });

  it('the folder a search starts in is searched even if the configuration excludes it', () => {
    write(ws, '.ai-securityrc.yaml', 'exclude: [models/**]\n');
    assert.deepEqual(files(cli(['check', '--today', TODAY, '--format', 'json', '--fail-on', 'never', 'models'], ws)), ['models/MODEL_CARD.md']);
  });

  it('baseline: read from the configuration, relative to its folder', () => {
    assert.equal(cli(['check', '--today', TODAY, '--write-baseline', 'ci/baseline.json'], ws).code, 2, 'ci/ does not exist yet');
    fs.mkdirSync(path.join(ws, 'ci'));
    assert.equal(cli(['check', '--today', TODAY, '--write-baseline', 'ci/baseline.json'], ws).code, 0);
    write(ws, 'ci/.ai-securityrc.yaml', 'baseline: baseline.json\n');
    const r = cli(['check', '--today', TODAY], path.join(ws, 'ci'));
    // From ci/ (the root is ci/ too): the baseline was read (a bad one stops the run first), and
    // then there is nothing to check there, which is exit 2.
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^ai-security: no manifest or model card found in "\."/);
    write(ws, '.ai-securityrc.yaml', 'baseline: ci/baseline.json\n');
    const fromRoot = cli(['check', '--today', TODAY], ws);
    assert.equal(fromRoot.code, 0, fromRoot.err);
    assert.match(fromRoot.out, /known findings? in the baseline ci\/baseline\.json left out/);
  });

  describe('a bad or hostile configuration: exit 2, one line naming file:line:column, nothing checked', () => {
    const cases: [string, string, string, RegExp][] = [
      ['a key misspelt', '.ai-securityrc.yaml', 'exlude: [legacy/**]\n', /^ai-security: \.ai-securityrc\.yaml:1:1: unknown key "exlude"; did you mean "exclude"\?/],
      ['a baseline out of the root', '.ai-securityrc.yaml', 'failOn: error\nbaseline: ../../etc/passwd\n', /^ai-security: \.ai-securityrc\.yaml:2:11: baseline "\.\.\/\.\.\/etc\/passwd" leads outside the workspace/],
      ['an absolute baseline', '.ai-securityrc.yaml', 'baseline: /etc/passwd\n', /^ai-security: \.ai-securityrc\.yaml:1:11: baseline "\/etc\/passwd" must be a path relative/],
      ['a pattern that expands too far', '.ai-securityrc.yaml', `modelCards:\n  - "${'{a,b}'.repeat(12)}.md"\n`, /^ai-security: \.ai-securityrc\.yaml:2:5: modelCards: the pattern .* has braces that expand to more than 256 alternatives\n$/],
      ['a pattern too long', '.ai-securityrc.yaml', `exclude: ["${'a'.repeat(2000)}"]\n`, /^ai-security: \.ai-securityrc\.yaml:1:11: exclude: the pattern "a{100}…" is longer than 1024 characters\n$/],
      ['too many patterns', '.ai-securityrc.yaml', `include: [${Array(300).fill('"a"').join(', ')}]\n`, /^ai-security: \.ai-securityrc\.yaml:1:10: include holds 300 patterns; at most 256 are taken\n$/],
      ['a severity that is none', '.ai-securityrc.json', '{\n  "severity": { "stale-review": "fatal" }\n}\n', /^ai-security: \.ai-securityrc\.json:2:33: severity\.stale-review must be one of error, warning, information, hint, off, not the string "fatal"\n$/],
      ['JSON that is not', '.ai-securityrc.json', '{"exclude": [}\n', /^ai-security: \.ai-securityrc\.json:1:\d+: not valid JSON/],
      ['YAML that is not', '.ai-securityrc.yaml', 'exclude: [a\n', /^ai-security: \.ai-securityrc\.yaml:1:\d+: YAML syntax error/],
      ['several problems', 'package.json', '{"ai-security": {"failOn": "sometimes", "gitignore": "no"}}', /^ai-security: package\.json:1:28: failOn must be one of error, warning, information, never, not the string "sometimes" \(and 1 more problem in package\.json\)\n$/],
      ['a file too large', '.ai-securityrc.yaml', `# ${'x'.repeat(1024 * 1024)}\n`, /^ai-security: \.ai-securityrc\.yaml:1:1: it is larger than 1048576 bytes; it was not read\n$/],
    ];
    for (const [what, file, text, expected] of cases) {
      it(what, () => {
        write(ws, file, text);
        const r = cli(['check', '--today', TODAY, '--fail-on', 'never'], ws);
        assert.equal(r.code, 2, r.err);
        assert.equal(r.out, '');
        assert.match(r.err, expected);
        assert.equal(r.err.split('\n').length, 2, 'one line');
      });
    }

    it('a configuration that is a link out of the root is not read', () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-outside-'));
      try {
        fs.writeFileSync(path.join(outside, 'secret.yaml'), 'failOn: never\n');
        fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, '.ai-securityrc.yaml'));
        const r = cli(['check', '--today', TODAY], ws);
        assert.equal(r.code, 2);
        assert.equal(r.err, 'ai-security: .ai-securityrc.yaml:1:1: it leads outside the workspace through a symbolic link; it was not read\n');
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });

    it('a baseline in the configuration that is a link out of the root is not read', () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-outside-'));
      try {
        fs.writeFileSync(path.join(outside, 'b.json'), '{}');
        fs.symlinkSync(path.join(outside, 'b.json'), path.join(ws, 'b.json'));
        write(ws, '.ai-securityrc.yaml', 'baseline: b.json\n');
        const r = cli(['check', '--today', TODAY], ws);
        assert.equal(r.code, 2);
        assert.match(r.err, /^ai-security: --baseline b\.json leads outside --root .* through a symbolic link; it was not read\n$/);
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });
  });
});

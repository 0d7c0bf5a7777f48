/**
 * The conventions of the ecosystem's linters (ESLint, markdownlint-cli2, git): nothing to check is
 * an error, GitHub annotations and JUnit XML, -o/--output, one document from standard input,
 * --quiet, FORCE_COLOR, and the published schema of --format json.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { allRuleCodes } from '../../server/src/core/index';
import { visibleText } from '../../server/src/core/util/escape';
import { terminalText } from '../../server/src/cli/formatters/escape';
import { forceColorLevel, useColor } from '../../server/src/cli/color';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { runCli } from './run-cli';
import { assertGolden, fixturesRoot, listFiles, rel, repoRoot } from '../helpers';

const TODAY = '2026-11-25';

const cli = runCli;

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `ai-security-${prefix}-`));

/** A manifest whose quoted values carry what could end a workflow command, XML, or a line. */
const HOSTILE_MANIFEST =
  'version: 1\nsystem:\n  name: "a <b> & \\"c\\" ]]> \\ud800 \\x01"\n  roles: [developer]\n  lifecycle: "x%0A::error file=evil::forged\\r\\n::warning::y, z: w ]]> <x> &amp; \\u202e \\ud800"\nprovisions:\n  "6.4": { status: "%25\\n::error::forged" }\n';
/** A folder name with what ends a workflow command's property, starts a new one, or breaks a line. */
const HOSTILE_FOLDER = 'team,file=x:y%0A%25 \n<&>';

describe('cli conventions', () => {
  describe('nothing to check', () => {
    let dir: string;
    beforeEach(() => {
      dir = tmp('empty');
      fs.mkdirSync(path.join(dir, 'docs'));
      fs.writeFileSync(path.join(dir, 'docs', 'notes.md'), '# Notes\n');
      fs.writeFileSync(path.join(dir, 'README.md'), '# A project\n');
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('check exits 2 with one line naming the paths searched and --include (it printed "0 files checked" and exited 0)', () => {
      for (const format of ['text', 'json', 'sarif', 'github', 'junit']) {
        const r = cli(['check', '--format', format], { cwd: dir });
        assert.equal(r.code, 2, format);
        assert.equal(r.out, '', format);
        assert.equal(r.err.split('\n').length, 2, r.err);
        assert.match(r.err, /^ai-security: no manifest or model card found in "\." \(looked for ai-security\.yaml, ai-security\.yml, MODEL_CARD\.md/);
        assert.match(r.err, /--include GLOB\n$/);
      }
      const named = cli(['check', 'docs', '--include', 'other/*.md'], { cwd: dir });
      assert.equal(named.code, 2);
      assert.match(named.err, /found in "docs" \(.*files matching --include "other\/\*\.md"\)/);
      // --include that matches: a card, and the run goes on.
      assert.equal(cli(['check', 'docs', '--include', 'docs/*.md', '--fail-on', 'never'], { cwd: dir }).code, 0);
    });

    it('report says the same for manifests, in the same shape', () => {
      const r = cli(['report'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.equal(r.err, 'ai-security: no manifest found in "." (looked for ai-security.yaml and ai-security.yml); a report covers manifests: name one, or write one with ai-security init\n');
    });
  });

  describe('--format github', () => {
    it('one workflow command per finding on the examples (golden); columns only on one-line ranges', () => {
      const r = cli(['check', 'examples', '--today', TODAY, '--format', 'github']);
      assert.equal(r.code, 1);
      assert.equal(r.err, '');
      const json = JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'json']).out);
      const lines = r.out.trimEnd().split('\n');
      assert.equal(lines.length, json.summary.errors + json.summary.warnings + json.summary.information + json.summary.hints);
      for (const line of lines) assert.match(line, /^::(?:error|warning|notice) file=[^:,]+,line=\d+,endLine=\d+(?:,col=\d+,endColumn=\d+)?,title=ai-security [^:,]+::\S/);
      assertGolden('cli/examples.github.txt', r.out);
    });

    it('escapes data and properties as the runner unescapes them, for hostile file names and messages', () => {
      const dir = tmp('github');
      try {
        const folder = path.join(dir, HOSTILE_FOLDER);
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'ai-security.yaml'), HOSTILE_MANIFEST);
        const r = cli(['check', '--today', TODAY, '--format', 'github'], { cwd: dir });
        assert.equal(r.code, 1, r.err);
        const json = JSON.parse(cli(['check', '--today', TODAY, '--format', 'json'], { cwd: dir }).out);
        const findings = json.files.flatMap((f: { path: string; diagnostics: { message: string }[] }) => f.diagnostics.map((d) => ({ path: f.path, message: d.message })));
        const lines = r.out.trimEnd().split('\n');
        // No line break, forged command or control gets through: one line per finding, each a command.
        assert.equal(lines.length, findings.length);
        // eslint-disable-next-line no-control-regex -- control characters are what must not get through.
        assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/.test(r.out), 'no control characters');
        lines.forEach((line, i) => {
          const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
          assert.ok(m, line);
          const props = Object.fromEntries(m[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescapeProperty(p.slice(p.indexOf('=') + 1))]));
          assert.deepEqual(Object.keys(props).slice(0, 3), ['file', 'line', 'endLine']);
          // The runner gets the real path back, commas, colons, percent signs and line break included.
          assert.equal(props.file, findings[i].path);
          assert.equal(props.file, `${HOSTILE_FOLDER}/ai-security.yaml`);
          // The message as the text output shows it: its own "%0A" stays text, not a line break.
          assert.equal(unescapeData(m[3]!), terminalText(findings[i].message));
        });
        // The value's own "%0A" and "::error" reach the annotation as text.
        assert.ok(lines.some((l) => unescapeData(l.slice(l.indexOf('::', 2) + 2)).includes('"x%0A::error file=evil::forged\\r\\n::warning::y, z: w')));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('escapeProperty and escapeData, character by character', () => {
      // A line break in a message shows as its escape, as in the text output; `%` is escaped.
      assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done\\r\\nnext: a, b');
      assert.equal(escapeProperty('a,b:c%d\r\ne'), 'a%2Cb%3Ac%25d%0D%0Ae');
      // Anything else that acts on a log goes through terminalText.
      assert.equal(escapeData('\u001b[2J ##[error]x'), '\\x1b[2J \\x23#[error]x');
    });
  });

  describe('--format junit', () => {
    it('one testsuite per file, one testcase per finding, on the examples (golden), well-formed XML', () => {
      const r = cli(['check', 'examples', '--today', TODAY, '--format', 'junit']);
      assert.equal(r.code, 1);
      assertGolden('cli/examples.junit.xml', r.out);
      const suites = parseXml(r.out);
      const json = JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'json']).out);
      assert.deepEqual(
        suites.map((s) => s.name),
        json.files.map((f: { path: string }) => f.path),
      );
      suites.forEach((s, i) => {
        const diagnostics = json.files[i].diagnostics as { code: string; message: string; severity: string }[];
        if (diagnostics.length === 0) {
          assert.equal(s.cases.length, 1, 'a clean file is one passing testcase');
          assert.equal(s.cases[0]!.failure, null);
        } else assert.deepEqual(s.cases.map((c) => [c.name, c.failure?.message, c.failure?.type]), diagnostics.map((d) => [`org.ai-security.${d.code}`, d.message, d.severity]));
      });
    });

    it('escapes hostile file names and messages, removes what XML cannot hold, and stays well-formed', () => {
      const dir = tmp('junit');
      try {
        const folder = path.join(dir, HOSTILE_FOLDER);
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'ai-security.yaml'), HOSTILE_MANIFEST);
        const r = cli(['check', '--today', TODAY, '--format', 'junit'], { cwd: dir });
        assert.equal(r.code, 1, r.err);
        const suites = parseXml(r.out);
        const json = JSON.parse(cli(['check', '--today', TODAY, '--format', 'json'], { cwd: dir }).out);
        assert.equal(suites.length, 1);
        assert.equal(suites[0]!.name, `${HOSTILE_FOLDER}/ai-security.yaml`);
        const messages = json.files[0].diagnostics.map((d: { message: string }) => visibleText(d.message).replace(/[\ud800-\udfff]/g, ''));
        assert.ok(messages.some((m: string) => m.includes(']]>') && m.includes('<x>')), 'the hostile value reaches a message');
        assert.deepEqual(
          suites[0]!.cases.map((c) => c.failure?.message),
          messages,
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('-o/--output', () => {
    let dir: string;
    beforeEach(() => {
      dir = tmp('output');
      fs.cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes the whole output to the file, nothing to standard output, with the same exit status (as ESLint)', () => {
      for (const format of ['text', 'json', 'sarif', 'github', 'junit']) {
        const expected = cli(['check', 'examples', '--today', TODAY, '--format', format], { cwd: dir });
        const r = cli(['check', 'examples', '--today', TODAY, '--format', format, '-o', `out.${format}`], { cwd: dir, tty: true });
        assert.deepEqual({ code: r.code, out: r.out, err: r.err }, { code: expected.code, out: '', err: '' }, format);
        // No colour in a file, although standard output is a terminal.
        assert.equal(fs.readFileSync(path.join(dir, `out.${format}`), 'utf8'), expected.out, format);
      }
      // Outside the workspace: the command line is the user's own, so any folder it names.
      const elsewhere = tmp('output-elsewhere');
      try {
        const r = cli(['check', 'examples', '--today', TODAY, '--output', path.join(elsewhere, 'report.json'), '--format', 'json'], { cwd: dir });
        assert.equal(r.code, 1);
        assert.equal(JSON.parse(fs.readFileSync(path.join(elsewhere, 'report.json'), 'utf8')).version, 1);
      } finally {
        fs.rmSync(elsewhere, { recursive: true, force: true });
      }
    });

    it('never writes through a symbolic link planted in the workspace, as file or as folder', () => {
      const victim = path.join(tmp('victim'), 'precious.txt');
      fs.writeFileSync(victim, 'keep me\n');
      try {
        fs.symlinkSync(victim, path.join(dir, 'out.txt'));
        fs.symlinkSync(path.dirname(victim), path.join(dir, 'reports'));
        for (const target of ['out.txt', 'reports/precious.txt']) {
          const r = cli(['check', 'examples', '--today', TODAY, '-o', target], { cwd: dir });
          assert.equal(r.code, 2, target);
          assert.equal(r.out, '');
          assert.match(r.err, new RegExp(`^ai-security: --output ${target.replace('.', '\\.')} was not written: .*symbolic link`));
          assert.equal(fs.readFileSync(victim, 'utf8'), 'keep me\n', target);
        }
        assert.ok(fs.lstatSync(path.join(dir, 'out.txt')).isSymbolicLink(), 'the link itself is left alone');
      } finally {
        fs.rmSync(path.dirname(victim), { recursive: true, force: true });
      }
    });
  });

  describe('one document from standard input', () => {
    const manifest = fs.readFileSync(path.join(repoRoot, 'examples', 'ai-security.yaml'), 'utf8');

    it('with --stdin-filename: the same findings as the file, its evidence resolved from its folder', () => {
      const file = JSON.parse(cli(['check', 'examples/ai-security.yaml', '--today', TODAY, '--format', 'json']).out);
      const r = cli(['check', '-', '--stdin-filename', 'examples/ai-security.yaml', '--today', TODAY, '--format', 'json'], { stdin: manifest });
      assert.equal(r.code, 1, r.err);
      const piped = JSON.parse(r.out);
      assert.deepEqual(piped.files, file.files.filter((f: { path: string }) => f.path === 'examples/ai-security.yaml'));
      // Evidence paths are read from the named file's folder: none is "not found".
      assert.ok(!piped.files[0].diagnostics.some((d: { code: string }) => d.code === 'evidence-not-found'));
      // A Markdown name makes it a model card.
      const card = fs.readFileSync(path.join(repoRoot, 'examples', 'models', 'support-llm', 'README.md'), 'utf8');
      const c = JSON.parse(cli(['check', '-', '--stdin-filename', 'examples/models/support-llm/README.md', '--today', TODAY, '--format', 'json'], { stdin: card }).out);
      assert.equal(c.files[0].kind, 'model-card');
    });

    it('without it: "<stdin>", manifest or model card by content', () => {
      const m = JSON.parse(cli(['check', '-', '--today', TODAY, '--format', 'json'], { stdin: manifest }).out);
      assert.deepEqual([m.files[0].path, m.files[0].kind], ['<stdin>', 'manifest']);
      const c = JSON.parse(cli(['check', '-', '--today', TODAY, '--format', 'json'], { stdin: '# My model\n\n## Uses\n\nText classification.\n' }).out);
      assert.deepEqual([c.files[0].path, c.files[0].kind], ['<stdin>', 'model-card']);
      const text = cli(['check', '-', '--today', TODAY], { stdin: manifest });
      assert.match(text.out, /^\n<stdin>\n/);
    });

    it('binary or oversized input gets the finding a file would get, and the limit is --max-size', () => {
      const dir = tmp('stdin');
      try {
        const binary = Buffer.from('version: 1\n\u0000\u0001\u0002', 'utf8');
        fs.writeFileSync(path.join(dir, 'ai-security.yaml'), binary);
        const asFile = JSON.parse(cli(['check', '--format', 'json'], { cwd: dir }).out).files[0].diagnostics;
        const asStdin = JSON.parse(cli(['check', '-', '--stdin-filename', 'ai-security.yaml', '--format', 'json'], { cwd: dir, stdin: binary }).out).files[0].diagnostics;
        assert.deepEqual(asStdin, asFile);
        assert.equal(asFile[0].code, 'binary-file');
        const big = Buffer.alloc(5000, 'a');
        fs.writeFileSync(path.join(dir, 'ai-security.yaml'), big);
        const bigFile = JSON.parse(cli(['check', '--max-size', '4096', '--format', 'json'], { cwd: dir }).out).files[0].diagnostics;
        const bigStdin = JSON.parse(cli(['check', '-', '--stdin-filename', 'ai-security.yaml', '--max-size', '4096', '--format', 'json'], { cwd: dir, stdin: big }).out).files[0].diagnostics;
        assert.deepEqual(bigStdin, bigFile);
        assert.equal(bigFile[0].code, 'file-too-large');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('usage errors: "-" with other paths, --stdin-filename without "-" or outside --root', () => {
      for (const args of [
        ['check', '-', 'examples'],
        ['check', '--stdin-filename', 'a.yaml'],
        ['check', '-', '--stdin-filename', '/elsewhere/a.yaml'],
      ]) {
        const r = cli(args, { stdin: manifest });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.err, /^ai-security: [^\n]*\nUsage: ai-security check \[paths\.\.\.\] \[options\]\n$/, r.err);
      }
    });

    it('the built binary reads a pipe, and a large one is counted to its end, not kept', function () {
      const bin = path.join(repoRoot, 'dist', 'cli.js');
      if (!fs.existsSync(bin)) this.skip();
      const r = spawnSync(process.execPath, [bin, 'check', '-', '--stdin-filename', 'examples/ai-security.yaml', '--today', TODAY, '--format', 'json'], { cwd: repoRoot, input: manifest, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), JSON.parse(cli(['check', '-', '--stdin-filename', 'examples/ai-security.yaml', '--today', TODAY, '--format', 'json'], { stdin: manifest }).out));
      const huge = Buffer.alloc(3 * 1024 * 1024 + 7, 'x');
      const h = spawnSync(process.execPath, [bin, 'check', '-', '--max-size', '1048576', '--format', 'json'], { cwd: repoRoot, input: huge, encoding: 'utf8' });
      const d = JSON.parse(h.stdout).files[0].diagnostics;
      assert.equal(d[0].code, 'file-too-large');
      assert.match(d[0].message, new RegExp(`This file is ${huge.length} bytes`));
    });
  });

  describe('--quiet', () => {
    it('reports errors only, in every format, and gates on them alone (as ESLint)', () => {
      const all = JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'json']).out);
      const quiet = cli(['check', 'examples', '--today', TODAY, '--format', 'json', '--quiet']);
      const q = JSON.parse(quiet.out);
      assert.equal(quiet.code, 1);
      assert.ok(all.summary.warnings + all.summary.information > 0, 'the examples have more than errors');
      assert.deepEqual(q.summary, { errors: all.summary.errors, warnings: 0, information: 0, hints: 0 });
      for (const format of ['text', 'sarif', 'github', 'junit']) {
        const out = cli(['check', 'examples', '--today', TODAY, '--format', format, '--quiet']).out;
        assert.ok(!/warning|\bnote\b|notice|\binfo\b/.test(out.replace(/"warnings?"|Warning/g, '')) || format === 'text', format);
      }
      assert.doesNotMatch(cli(['check', 'examples', '--today', TODAY, '--quiet']).out, / warning /);
      // A manifest with a warning alone: --fail-on warning fails, unless --quiet leaves it out.
      const dir = tmp('quiet');
      try {
        fs.copyFileSync(path.join(fixturesRoot, 'cards', 'checks', 'invalid-8.2.1.md'), path.join(dir, 'MODEL_CARD.md'));
        const loud = JSON.parse(cli(['check', '--format', 'json', '--today', TODAY], { cwd: dir }).out);
        assert.ok(loud.summary.warnings > 0 && loud.summary.errors === 0, JSON.stringify(loud.summary));
        assert.equal(cli(['check', '--fail-on', 'warning', '--today', TODAY], { cwd: dir }).code, 1);
        assert.equal(cli(['check', '--fail-on', 'warning', '--quiet', '--today', TODAY], { cwd: dir }).code, 0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('colour', () => {
    const coloured = (env: Record<string, string>, tty: boolean, flags: string[] = []) => cli(['check', 'examples', '--today', TODAY, ...flags], { env, tty }).out.includes('\u001b[');

    it('FORCE_COLOR wins over everything, --no-color included, as in supports-color; then the flags, NO_COLOR, TERM=dumb, the terminal', () => {
      const cases: [Record<string, string>, boolean, string[], boolean][] = [
        [{}, true, [], true],
        [{}, false, [], false],
        [{ FORCE_COLOR: '0' }, true, [], false],
        [{ FORCE_COLOR: 'false' }, true, [], false],
        [{ FORCE_COLOR: '' }, false, [], true],
        [{ FORCE_COLOR: '1' }, false, [], true],
        [{ FORCE_COLOR: '2' }, false, [], true],
        [{ FORCE_COLOR: '3' }, false, [], true],
        [{ FORCE_COLOR: 'true' }, false, [], true],
        [{ FORCE_COLOR: '1' }, false, ['--no-color'], true],
        [{ FORCE_COLOR: '0' }, true, ['--color'], false],
        [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, [], true],
        [{ FORCE_COLOR: 'yes' }, false, [], false],
        [{ FORCE_COLOR: 'yes' }, true, [], true],
        [{}, false, ['--color'], true],
        [{}, true, ['--no-color'], false],
        [{ NO_COLOR: '1' }, true, [], false],
        [{ NO_COLOR: '1' }, false, ['--color'], true],
        [{ NO_COLOR: '' }, true, [], true],
        [{ TERM: 'dumb' }, true, [], false],
        [{ TERM: 'dumb' }, false, ['--color'], true],
      ];
      for (const [env, tty, flags, want] of cases) assert.equal(coloured(env, tty, flags), want, `${JSON.stringify(env)} tty=${tty} ${flags.join(' ')}`);
    });

    it('reads FORCE_COLOR as supports-color does', () => {
      assert.deepEqual(
        ['', 'true', 'false', '0', '1', '2', '3', '7', 'yes', undefined].map(forceColorLevel),
        [1, 1, 0, 0, 1, 2, 3, 3, undefined, undefined],
      );
      assert.equal(useColor({ noColor: true }, { FORCE_COLOR: '2' }, false), true);
    });
  });

  describe('the JSON output and its published schema', () => {
    const schemaFile = path.join(repoRoot, 'schemas', 'ai-security-output.schema.json');
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const errors = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

    it('has an $id in the repository, and the README links it', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      const repo = String(pkg.repository.url).replace(/^https:\/\/github\.com\//, '').replace(/\.git$/, '');
      assert.equal(schema.$id, `https://raw.githubusercontent.com/${repo}/main/schemas/ai-security-output.schema.json`);
      assert.ok(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8').includes('schemas/ai-security-output.schema.json'));
    });

    it('the examples, the model-card corpus, and a finding of every rule validate against it', () => {
      const runs: [string, string[], string][] = [
        ['examples', ['check', 'examples'], repoRoot],
        ['corpus', ['check', 'test/corpus/model-cards', '--include', '**/*.md'], repoRoot],
        // Every fixture, named one by one: a YAML file named on the command line is read as a manifest.
        ['fixtures', ['check', ...listFiles(fixturesRoot, (n) => /\.(?:ya?ml|md)$/.test(n)).map((f) => rel(repoRoot, f)).filter((f) => !f.includes('/schemas/') && !f.includes('/grammars/'))], repoRoot],
        ['stdin', ['check', '-'], repoRoot],
      ];
      const codes = new Set<string>();
      for (const [name, args, cwd] of runs) {
        const r = cli([...args, '--today', TODAY, '--format', 'json', '--fail-on', 'never'], { cwd, stdin: 'version: 1\n' });
        assert.equal(r.code, 0, `${name}: ${r.err}`);
        const doc = JSON.parse(r.out);
        assert.deepEqual(errors(doc), [], name);
        for (const f of doc.files) for (const d of f.diagnostics) codes.add(d.code);
      }
      // The findings no file in the repository yields, made here.
      const dir = tmp('schema');
      try {
        fs.writeFileSync(path.join(dir, 'ai-security.yaml'), 'version: 1\n'.repeat(200));
        fs.mkdirSync(path.join(dir, 'bin'));
        fs.writeFileSync(path.join(dir, 'bin', 'ai-security.yaml'), Buffer.from([0, 1, 2, 3]));
        const r = cli(['check', '--format', 'json', '--max-size', '100', '--fail-on', 'never'], { cwd: dir });
        const doc = JSON.parse(r.out);
        assert.deepEqual(errors(doc), []);
        for (const f of doc.files) for (const d of f.diagnostics) codes.add(d.code);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      // Every rule but the one that reports the tool's own failure.
      const missing = allRuleCodes.map((r) => r.code).filter((c) => !codes.has(c) && c !== 'internal-error');
      assert.deepEqual(missing, [], 'rules no validated output showed');
      assert.ok([...codes].some((c) => /^\d/.test(c)), 'provision gaps too');
    });

    it('rejects what is not the format', () => {
      const good = JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'json']).out);
      assert.deepEqual(errors(good), []);
      const bad = structuredClone(good);
      bad.files[0].diagnostics[0].severity = 'fatal';
      delete bad.summary.hints;
      bad.files[0].kind = 'readme';
      assert.equal(errors(bad).length, 3);
    });
  });
});

/** What the runner makes of a property value (actions/runner's ActionCommand unescaping). */
function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

interface Suite {
  name: string;
  cases: { name: string; classname: string; failure: { message: string; type: string; text: string } | null }[];
}

/**
 * Parses JUnit XML with Python's expat, a conforming XML parser that rejects what is not
 * well-formed (a stray `<`, an unescaped `&`, a character XML 1.0 excludes). Python is there
 * wherever the tests run (pre-commit needs it too); a machine without it fails this test.
 */
function parseXml(xml: string): Suite[] {
  const script = [
    'import sys, json, xml.dom.minidom as m',
    'd = m.parseString(sys.stdin.buffer.read())',
    'def t(n): return "".join(c.data for c in n.childNodes if c.nodeType == c.TEXT_NODE)',
    'out = []',
    'for s in d.getElementsByTagName("testsuite"):',
    '  cases = []',
    '  for c in s.getElementsByTagName("testcase"):',
    '    f = c.getElementsByTagName("failure")',
    '    cases.append({"name": c.getAttribute("name"), "classname": c.getAttribute("classname"), "failure": {"message": f[0].getAttribute("message"), "type": f[0].getAttribute("type"), "text": t(f[0])} if f else None})',
    '  out.append({"name": s.getAttribute("name"), "cases": cases})',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  assert.equal(r.error, undefined, `python3 is needed to parse the JUnit XML: ${String(r.error)}`);
  assert.equal(r.status, 0, `not well-formed XML: ${r.stderr}`);
  return JSON.parse(r.stdout) as Suite[];
}

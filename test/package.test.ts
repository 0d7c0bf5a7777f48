/**
 * The install routes, run as a user runs them, and what each artefact holds:
 * - the npm package: `npm pack` (which runs `prepare`, the build), its file list, `npm install -g`
 *   of the tarball into a temporary prefix and `npx` of it, both with --offline and an empty cache
 *   (the package has no dependencies: its bundles hold everything), then `ai-security --version`
 *   and `check` on a copy of examples/;
 * - from git: a repository of this working tree without dist/, packed by `npm pack git+file://…`,
 *   which installs the devDependencies (from the npm cache, or the registry) and runs `prepare`;
 * - the .vsix: `vsce package` as `npm run package` runs it, listed: no CLI, no tests or sources,
 *   the Marketplace README as its readme;
 * - package.json: activation only where a manifest or card is, no runtime dependencies, the
 *   repository links, and THIRD_PARTY_NOTICES.md current for what the bundles hold.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import picomatch from 'picomatch';
import { MODEL_CARD_NAMES } from '../server/src/core/cards/detect';
import { repoRoot } from './helpers';

interface Pkg {
  name: string;
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  activationEvents: string[];
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  contributes: { commands: { command: string; title: string; category: string }[]; configuration: { properties: Record<string, unknown> }[] };
}
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Pkg;
const tarballName = `${pkg.name}-${pkg.version}.tgz`;

/** npm and node without the npm_* variables of the `npm test` that may run this: each command says what it means. */
function env(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: env(), maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} exited ${r.status}\n${String(r.stdout).slice(-4000)}\n${String(r.stderr).slice(-4000)}`);
  return String(r.stdout);
}

/** `npm pack` of a folder or a spec into dir; the tarball's path and its file list. */
function npmPack(spec: string, dir: string, cwd: string, extra: string[] = []): { tarball: string; files: string[] } {
  const out = run('npm', ['pack', spec, '--pack-destination', dir, '--json', '--no-audit', '--no-fund', ...extra], { cwd });
  // npm prints the JSON last; lifecycle scripts may print before it.
  const json = JSON.parse(out.slice(out.indexOf('[\n'))) as { filename: string; files: { path: string }[] }[];
  return { tarball: path.join(dir, json[0]!.filename), files: json[0]!.files.map((f) => f.path).sort() };
}

/** The entries of a zip file (the .vsix), read from its central directory, each with a reader. */
function zipEntries(file: string): Map<string, () => string> {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, `${file} is not a zip file`);
  const entries = new Map<string, () => string>();
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = buf.readUInt16LE(at + 28);
    const [method, size, local] = [buf.readUInt16LE(at + 10), buf.readUInt32LE(at + 20), buf.readUInt32LE(at + 42)];
    entries.set(buf.toString('utf8', at + 46, at + 46 + nameLength), () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** The bundles esbuild wrote (dist/meta.json): outputs and what each requires at run time. */
interface Meta {
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}
function meta(): Meta {
  const file = path.join(repoRoot, 'dist', 'meta.json');
  assert.ok(fs.existsSync(file), 'dist/meta.json is missing: run npm run build');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Meta;
}

/** The files of a test/, a source or a fixture, which no package may hold. */
const DEVELOPMENT = /(^|\/)(test|tests|fixtures|client|server\/src|scripts|bench|eval|examples|node_modules)\/|\.ts$|\.map$|(^|\/)tsconfig|\.vsix$|meta\.json$/;

describe('package', function () {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-pkg-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('the npm package, packed, installed and run', function () {
    this.timeout(600_000);
    let packed: { tarball: string; files: string[] };
    before(() => {
      packed = npmPack('.', tmp, repoRoot);
      assert.equal(path.basename(packed.tarball), tarballName);
    });

    it('holds the CLI and every bundle it loads, the language server, the schemas, LICENSE, notices, README and CHANGELOG, and nothing else', () => {
      // What the CLI and the server need at run time, from the bundler's record.
      const bundles = Object.keys(meta().outputs).filter((o) => /^dist\/(cli\.js|cli\/[^/]+\.js|server\.js)$/.test(o));
      assert.ok(bundles.includes('dist/cli/check.js') && bundles.includes('dist/server.js'), bundles.join(', '));
      for (const b of bundles) assert.ok(packed.files.includes(b), `${b} is not in the package`);
      for (const f of ['package.json', 'LICENSE', 'THIRD_PARTY_NOTICES.md', 'README.md', 'CHANGELOG.md', 'schemas/ai-security.schema.json']) {
        assert.ok(packed.files.includes(f), `${f} is not in the package`);
      }
      const allowed = /^(package\.json|LICENSE|THIRD_PARTY_NOTICES\.md|README\.md|CHANGELOG\.md|schemas\/[^/]+\.json|dist\/(cli\.js|cli\/[^/]+\.js|server\.js|(cli\/)?[^/]+\.LEGAL\.txt))$/;
      assert.deepEqual(packed.files.filter((f) => !allowed.test(f) || DEVELOPMENT.test(f)), []);
      assert.ok(!packed.files.includes('dist/extension.js'), 'the extension client is for the .vsix only');
    });

    it('installs globally from the tarball with no network and no cache, and `ai-security` runs', () => {
      const prefix = path.join(tmp, 'prefix');
      run('npm', ['install', '-g', '--prefix', prefix, packed.tarball, '--offline', '--cache', path.join(tmp, 'cache-g'), '--no-audit', '--no-fund'], { cwd: tmp });
      const bin = path.join(prefix, 'bin', Object.keys(pkg.bin)[0]!);
      assert.equal(run(bin, ['--version'], { cwd: tmp }).trim(), pkg.version);
      const examples = path.join(tmp, 'examples');
      fs.cpSync(path.join(repoRoot, 'examples'), examples, { recursive: true });
      const out = run(bin, ['check', 'examples', '--fail-on', 'never'], { cwd: tmp });
      assert.match(out, /hash-mismatch/);
      assert.match(out, /coverage {2}\d+ of \d+ applicable provisions addressed/);
      // A command that loads the report bundle and one that loads explain's.
      assert.match(run(bin, ['report', 'examples', '--format', 'json'], { cwd: tmp }), /"applicable"/);
      assert.match(run(bin, ['explain', '6.4'], { cwd: tmp }), /vulnerability disclosure policy/);
    });

    it('runs with npx from the tarball, offline', () => {
      const out = run('npx', ['--yes', '--offline', '--cache', path.join(tmp, 'cache-npx'), '--package', packed.tarball, '--', 'ai-security', '--version'], { cwd: tmp });
      assert.equal(out.trim(), pkg.version);
    });
  });

  describe('from git: prepare builds what a clone does not have', function () {
    // npm installs the devDependencies of a git package before it runs prepare: hundreds of
    // megabytes out of the npm cache. A bound for hangs, not a time this must meet.
    this.timeout(1_200_000);

    it('`npm pack git+file://…` of a repository without dist/ gives a package with the CLI, which installs and runs', () => {
      // A repository of this working tree as it is (tracked and new files, not the ignored ones: no dist/, no node_modules/).
      const src = path.join(tmp, 'src');
      const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot }).split('\0').filter(Boolean);
      for (const f of listed) {
        const from = path.join(repoRoot, f);
        if (!fs.existsSync(from) || fs.lstatSync(from).isSymbolicLink() || !fs.statSync(from).isFile()) continue;
        fs.mkdirSync(path.dirname(path.join(src, f)), { recursive: true });
        fs.copyFileSync(from, path.join(src, f));
      }
      assert.ok(!fs.existsSync(path.join(src, 'dist')), 'the copy has no dist/');
      const git = (...args: string[]) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: src });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'snapshot');
      const dest = path.join(tmp, 'from-git');
      fs.mkdirSync(dest);
      // --prefer-offline: the devDependencies come from the npm cache when they are there.
      const packed = npmPack(`git+file://${src}`, dest, tmp, ['--prefer-offline']);
      assert.ok(packed.files.includes('dist/cli.js') && packed.files.includes('dist/cli/check.js'), packed.files.join(', '));
      assert.deepEqual(packed.files.filter((f) => DEVELOPMENT.test(f)), []);
      const prefix = path.join(tmp, 'prefix-git');
      run('npm', ['install', '-g', '--prefix', prefix, packed.tarball, '--offline', '--cache', path.join(tmp, 'cache-git'), '--no-audit', '--no-fund'], { cwd: tmp });
      assert.equal(run(path.join(prefix, 'bin', 'ai-security'), ['--version'], { cwd: tmp }).trim(), pkg.version);
    });
  });

  describe('the .vsix', function () {
    this.timeout(600_000);
    let entries: string[];
    let readme: string;
    before(() => {
      // vsce's arguments as `npm run package` passes them, into a folder of our own.
      const m = /\bvsce (package\b.*?) --out \S+/.exec(pkg.scripts.package!);
      assert.ok(m, `npm run package does not run vsce package … --out: ${pkg.scripts.package}`);
      const vsix = path.join(tmp, 'test.vsix');
      const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
      run(process.execPath, [vsce, ...m[1]!.split(/\s+/), '--out', vsix], { cwd: repoRoot });
      const zip = zipEntries(vsix);
      entries = [...zip.keys()].sort();
      // The readme as vsce rewrote it.
      readme = (zip.get('extension/readme.md') ?? assert.fail(`no extension/readme.md: ${entries.join(', ')}`))();
    });

    it('holds the extension and the server, not the CLI, tests or sources', () => {
      for (const f of ['extension/dist/extension.js', 'extension/dist/server.js', 'extension/package.json', 'extension/THIRD_PARTY_NOTICES.md', 'extension/LICENSE.txt']) {
        assert.ok(entries.includes(f), `${f} is not in the .vsix: ${entries.join(', ')}`);
      }
      assert.deepEqual(entries.filter((e) => /^extension\/dist\/cli(\.js|\/)/.test(e)), [], 'the CLI is in the .vsix');
      assert.deepEqual(entries.filter((e) => DEVELOPMENT.test(e.replace(/^extension\//, ''))), []);
    });

    it('has one readme, the Marketplace page, whose links vsce made absolute from the repository', () => {
      assert.deepEqual(entries.filter((e) => /^extension\/readme/i.test(e)), ['extension/readme.md'], 'a second readme would collide on a case-insensitive disk');
      const source = fs.readFileSync(path.join(repoRoot, 'MARKETPLACE.md'), 'utf8');
      assert.equal(readme.split('\n')[0], source.split('\n')[0]);
      const repo = pkg.repository.url.replace(/\.git$/, '');
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((x) => x[1]!);
      assert.ok(images.length >= 2, 'the page shows screenshots');
      for (const url of images) {
        assert.ok(url.startsWith(`${repo}/raw/HEAD/`), `${url} is not an image of the repository`);
        assert.ok(fs.existsSync(path.join(repoRoot, url.slice(`${repo}/raw/HEAD/`.length))), `${url}: no such file in the repository`);
      }
      for (const [, url] of readme.matchAll(/\]\(([^)]+)\)/g)) assert.match(url!, /^https:\/\//, `${url}: the Marketplace needs https links`);
    });
  });

  describe('package.json', () => {
    it('activates where a manifest or a model card is, or on a command: not on every YAML or Markdown file', () => {
      assert.deepEqual(pkg.activationEvents.filter((e) => !e.startsWith('workspaceContains:')), []);
      const patterns = pkg.activationEvents.map((e) => e.slice('workspaceContains:'.length));
      const matches = (p: string) => patterns.some((g) => picomatch(g)(p));
      for (const name of ['ai-security.yaml', 'ai-security.yml', ...MODEL_CARD_NAMES, ...MODEL_CARD_NAMES.map((n) => n.replace(/\.md$/, '').toUpperCase() + '.md')]) {
        assert.ok(matches(name) && matches(`some/folder/${name}`), `no activation for ${name}`);
      }
      for (const name of ['docker-compose.yml', 'README.md', 'docs/notes.md']) assert.ok(!matches(name), `activates on ${name}`);
    });

    it('has no runtime dependencies: the CLI and the server require only Node\'s modules and their own files', () => {
      assert.deepEqual(pkg.dependencies ?? {}, {});
      const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
      for (const [out, { imports }] of Object.entries(meta().outputs)) {
        if (!/^dist\/(cli|server)/.test(out) || !out.endsWith('.js')) continue;
        const outside = imports.filter((i) => i.external && !builtins.has(i.path) && !i.path.startsWith('./'));
        assert.deepEqual(outside.map((i) => i.path), [], out);
      }
    });

    it('names the repository once: homepage, bugs and the links in the code are its URL', () => {
      const repo = pkg.repository.url.replace(/\.git$/, '');
      assert.match(repo, /^https:\/\/github\.com\/[^/]+\/[^/]+$/);
      assert.equal(pkg.homepage, `${repo}#readme`);
      assert.equal(pkg.bugs.url, `${repo}/issues`);
      // The Marketplace page has no absolute link to the repository: vsce makes its relative links absolute from package.json.
      assert.ok(!fs.readFileSync(path.join(repoRoot, 'MARKETPLACE.md'), 'utf8').includes(repo), 'MARKETPLACE.md: link relatively');
    });

    it('the Marketplace page lists every command and setting', () => {
      const page = fs.readFileSync(path.join(repoRoot, 'MARKETPLACE.md'), 'utf8');
      for (const c of pkg.contributes.commands) assert.ok(page.includes(`${c.category}: ${c.title}`), c.command);
      for (const s of pkg.contributes.configuration.flatMap((c) => Object.keys(c.properties))) assert.ok(page.includes(`\`${s}\``), s);
    });

    it('THIRD_PARTY_NOTICES.md lists what the bundles hold (npm run notices)', () => {
      meta();
      run(process.execPath, [path.join(repoRoot, 'scripts', 'notices.mjs'), '--check'], { cwd: repoRoot });
    });
  });
});

/**
 * What each bundle holds (dist/meta.json, which `npm run build` writes). The CLI's entry,
 * dist/cli.js, holds the command line and the help but no analysis; `check` and `init` load a
 * bundle without the report renderers; `explain` loads the catalogue alone. The `yaml` package,
 * the Markdown scanner and the cards' key sentences are files of their own, which the core
 * requires when it needs them (and a check of manifests alone never does). The extension holds
 * none of the server's code but the protocol's types, the launch flags and the glob matcher.
 * What a bundle holds is read from the bundler's own record, so no timing is measured here.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './helpers';

interface Meta {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }>; imports: { path: string; external?: boolean }[] }>;
}

describe('bundles', function () {
  const file = path.join(repoRoot, 'dist', 'meta.json');
  let meta: Meta;
  before(function () {
    if (!fs.existsSync(file)) this.skip();
    meta = JSON.parse(fs.readFileSync(file, 'utf8')) as Meta;
  });
  /** The source files a bundle holds code of. */
  const inputs = (out: string) =>
    Object.entries(meta.outputs[out]?.inputs ?? assert.fail(`${out} was not built`))
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([p]) => p);

  it('the entry holds no analysis, and requires each command from its bundle', () => {
    const held = inputs('dist/cli.js');
    assert.deepEqual(
      // suggest: "did you mean" for a misspelt command or option, told before any command loads;
      // host/regexp-engine: a V8 flag, safe only when set before any expression has run.
      held.filter((p) => !/^server\/src\/cli\/(main|commands|options|io|suggest|formatters\/escape)\.ts$|^server\/src\/core\/(types|util\/escape|util\/suggest)\.ts$|^server\/src\/host\/regexp-engine\.ts$/.test(p)),
      [],
    );
    const required = meta.outputs['dist/cli.js']!.imports.filter((i) => i.path.startsWith('./')).map((i) => i.path);
    assert.deepEqual([...new Set(required)].sort(), ['./cli/check.js', './cli/explain.js', './cli/oscal.js', './cli/report.js']);
  });

  it('check and init load no report renderer; report does', () => {
    const report = (p: string) => p.startsWith('server/src/core/report/');
    assert.deepEqual(inputs('dist/cli/check.js').filter(report), []);
    assert.ok(inputs('dist/cli/report.js').some((p) => p === 'server/src/core/report/cyclonedx.ts'));
  });

  it('check and report hold neither the yaml package, markdown-it nor the cards\' key sentences: they require them from files of their own when the core first needs them', () => {
    for (const out of ['dist/cli/check.js', 'dist/cli/report.js']) {
      assert.deepEqual(
        inputs(out).filter((p) => /^node_modules\/(yaml|markdown-it)\/|^server\/src\/core\/parse\/markdown\.ts$|^server\/src\/core\/cards\/sentences\.ts$/.test(p)),
        [],
        out,
      );
      const required = meta.outputs[out]!.imports.filter((i) => i.path.startsWith('./')).map((i) => i.path);
      assert.deepEqual([...new Set(required)].sort(), ['./markdown.js', './sentences.js', './yaml.js'], out);
    }
    assert.ok(inputs('dist/cli/yaml.js').some((p) => p.startsWith('node_modules/yaml/')));
    assert.ok(inputs('dist/cli/markdown.js').includes('server/src/core/parse/markdown.ts'));
    assert.ok(inputs('dist/cli/markdown.js').some((p) => p.startsWith('node_modules/markdown-it/')));
    assert.deepEqual(inputs('dist/cli/sentences.js').filter((p) => !p.startsWith('cli-part:')), ['server/src/core/cards/sentences.ts']);
  });

  it('check loads the card parts only when a workspace has a card: on manifests alone, none of them', () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-parts-'));
    try {
      // What the process loaded, written as it exits (a preload, so the CLI runs as its bin does).
      const preload = path.join(ws, 'loaded.cjs');
      fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache))));\n");
      const loaded = () => {
        const r = spawnSync(process.execPath, ['--require', preload, path.join(repoRoot, 'dist', 'cli.js'), 'check', ws, '--root', ws, '--fail-on', 'never', '--format', 'json'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED ')) ?? assert.fail(r.stderr);
        return (JSON.parse(line.slice('LOADED '.length)) as string[]).filter((f) => f.startsWith(path.join(repoRoot, 'dist'))).map((f) => path.relative(repoRoot, f).split(path.sep).join('/'));
      };
      fs.writeFileSync(path.join(ws, 'ai-security.yaml'), fs.readFileSync(path.join(repoRoot, 'examples', 'ai-security.yaml')));
      assert.deepEqual(loaded().sort(), ['dist/cli.js', 'dist/cli/check.js']);
      // The bundled workspace: its manifest, and the model card and documents it names.
      fs.cpSync(path.join(repoRoot, 'examples'), ws, { recursive: true });
      assert.deepEqual(loaded().sort(), ['dist/cli.js', 'dist/cli/check.js', 'dist/cli/markdown.js', 'dist/cli/sentences.js']);
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  it('the CLI\'s entry and check bundle are ASCII: one other character and Node holds the whole file as a two-byte string', () => {
    for (const out of ['dist/cli.js', 'dist/cli/check.js']) {
      const text = fs.readFileSync(path.join(repoRoot, out), 'utf8');
      // eslint-disable-next-line no-control-regex -- anything outside ASCII
      const at = text.search(/[^\x00-\x7f]/);
      assert.equal(at, -1, `${out}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
    }
  });

  it('explain loads the catalogue, not the analysis', () => {
    assert.deepEqual(
      inputs('dist/cli/explain.js').filter((p) => !/^server\/src\/(cli\/(commands\/explain|io|options|commands)|core\/(catalogue\/(index|data\.generated)|util\/suggest|types))\.ts$/.test(p) && !p.startsWith('cli-bundle:')),
      [],
    );
  });

  it('the extension takes of the server only the protocol, the launch flags and the glob matcher', () => {
    const allowed = ['server/src/core/util/glob.ts', 'server/src/lsp/launch.ts', 'server/src/protocol.ts'];
    const held = inputs('dist/extension.js');
    assert.deepEqual(
      held.filter((p) => p.startsWith('server/') && !allowed.includes(p)),
      [],
    );
    assert.ok(held.includes('server/src/protocol.ts'), 'the typed requests');
  });
});

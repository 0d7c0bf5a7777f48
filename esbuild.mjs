// Bundles the entry points into dist/: the VS Code extension (client), the language server and
// the CLI. `tsc -b` type-checks; esbuild only strips types and bundles.
//
// The CLI is a small entry, dist/cli.js (the command line, help, version), and bundles in
// dist/cli/ that it requires when a command runs: check.js (check and init), report.js,
// explain.js and oscal.js. So `check` starts without compiling the report renderers, and `--version` and
// `explain` without the analysis. Each bundle holds what it needs, tree-shaken statement by
// statement; esbuild's code splitting would share the core between them, but it assigns whole
// files to chunks, and the core's index, which the commands import, reaches the renderers.
//
// Three parts of the core that most runs never reach are files of their own in dist/cli/, which
// the core requires when it first needs them: the `yaml` package (yaml.js), for texts the fast
// reader leaves, and, for model cards, the Markdown block scanner with markdown-it (markdown.js)
// and the cards' key sentences (sentences.js, most of the card checks' bytes). So `check` on
// manifests alone compiles none of them. The server and the extension are built apart,
// with these parts inside: their start does not wait on them.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Four of markdown-it's dependencies are replaced by small modules of our own: linkify-it and
// uc.micro, which block parsing never reaches; punycode.js, whose answer cannot change what block
// parsing finds; and the entities package's table of references, of which it needs the few that
// can change a link's scheme. Each module says why it is enough; test/core/markdown.test.ts
// bundles the scanner with these aliases and checks it against markdown-it as it comes.
const alias = JSON.parse(readFileSync(new URL('./server/src/core/parse/markdown-stubs/aliases.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = !process.argv.includes('--dev');

/** Each CLI bundle, by the commands it holds. */
const CLI_BUNDLES = { check: ['check', 'init'], report: ['report'], explain: ['explain'], oscal: ['oscal'] };
const bundleOf = Object.fromEntries(Object.entries(CLI_BUNDLES).flatMap(([bundle, commands]) => commands.map((c) => [c, bundle])));

/** The files the CLI's bundles require when the core first needs them: what each holds, and the core's module that requires it. */
const CLI_PARTS = {
  yaml: { contents: "module.exports = require('yaml');", loader: 'js', spec: 'yaml', importer: 'server/src/core/parse/yaml-package.ts' },
  markdown: { contents: "export { scanMarkdown } from './server/src/core/parse/markdown';", loader: 'ts', spec: './markdown', importer: 'server/src/core/parse/model-card.ts' },
  sentences: { contents: "export { SENTENCES } from './server/src/core/cards/sentences';", loader: 'ts', spec: './sentences', importer: 'server/src/core/cards/sections.ts' },
};

/**
 * The entry's `require('./commands/init')` names the bundle that holds the command,
 * dist/cli/check.js; each bundle's entry re-exports its commands. The core's `require('yaml')`,
 * `require('./markdown')` and `require('./sentences')` name dist/cli/yaml.js, markdown.js and
 * sentences.js.
 */
const cliBundles = {
  name: 'cli-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[a-z]+$/ }, (args) => {
      const bundle = bundleOf[args.path.slice('./commands/'.length)];
      if (!args.importer.endsWith('server/src/cli/main.ts') || !bundle) return undefined;
      return { path: `./cli/${bundle}.js`, external: true };
    });
    for (const [part, { spec, importer }] of Object.entries(CLI_PARTS)) {
      build.onResolve({ filter: new RegExp(`^${spec.replace(/[./]/g, '\\$&')}$`) }, (args) =>
        args.kind === 'require-call' && args.importer.endsWith(importer) ? { path: `./${part}.js`, external: true } : undefined,
      );
    }
    build.onResolve({ filter: /^cli-(bundle|part):/ }, (args) => {
      const [namespace, path] = args.path.split(':');
      return { path, namespace };
    });
    build.onLoad({ filter: /.*/, namespace: 'cli-bundle' }, (args) => ({
      contents: CLI_BUNDLES[args.path].map((c) => `export { ${c} } from './server/src/cli/commands/${c}';`).join('\n'),
      resolveDir: '.',
      loader: 'ts',
    }));
    build.onLoad({ filter: /.*/, namespace: 'cli-part' }, (args) => ({ contents: CLI_PARTS[args.path].contents, resolveDir: '.', loader: CLI_PARTS[args.path].loader }));
  },
};

const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  alias,
  minify: production,
  sourcemap: production ? false : 'inline',
  legalComments: 'linked',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  // What each bundle holds, for test/bundles.test.ts.
  metafile: !watch,
};
const builds = [
  {
    ...common,
    entryPoints: [
      { in: 'client/src/extension.ts', out: 'extension' },
      { in: 'server/src/lsp/main.ts', out: 'server' },
    ],
  },
  {
    ...common,
    entryPoints: [
      { in: 'server/src/cli/main.ts', out: 'cli' },
      ...Object.keys(CLI_BUNDLES).map((b) => ({ in: `cli-bundle:${b}`, out: `cli/${b}` })),
      ...Object.keys(CLI_PARTS).map((p) => ({ in: `cli-part:${p}`, out: `cli/${p}` })),
    ],
    plugins: [cliBundles],
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching');
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const meta = { inputs: {}, outputs: {} };
  for (const { metafile } of results) {
    Object.assign(meta.inputs, metafile.inputs);
    Object.assign(meta.outputs, metafile.outputs);
  }
  writeFileSync('dist/meta.json', JSON.stringify(meta));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
}

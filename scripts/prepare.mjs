// npm's `prepare`: builds dist/ when the package is installed from git (npm installs its
// dependencies, runs this, then packs by .npmignore) and after `npm ci` in a checkout.
//
// A global install from git (`npm install -g git+…`, which is how pre-commit installs a node hook)
// prepares the clone with npm_config_global=true still set, so npm installs the clone's
// dependencies nowhere and the build cannot find esbuild (npm/cli#8440; fixed in pacote by passing
// --global=false, not yet in the npm that Node.js 20 and 22 ship). Then install them here,
// locally and without running their scripts (esbuild needs none), and build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const resolvable = (name) => {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
};

if (!resolvable('esbuild') && process.env.npm_config_global === 'true') {
  const env = { ...process.env };
  delete env.npm_config_global;
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const r = spawnSync(npm[0], [...npm[1], 'install', '--global=false', '--no-save', '--ignore-scripts', '--include=dev', '--no-audit', '--no-fund'], { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const build = spawnSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
process.exit(build.status ?? 1);

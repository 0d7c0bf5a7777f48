// Installs what the end-to-end tests need, once per machine: Debian's Chromium, ripgrep and
// libkrb5-dev (as root, with apt-get), and code-server 4.100.3 (the newest release that runs on
// Node 20) in .vscode-test/code-server, which the project ignores and later runs reuse.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const root = new URL('../..', import.meta.url).pathname;
export const codeServerDir = join(root, '.vscode-test', 'code-server');
export const codeServerBin = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = '/usr/bin/chromium';

function log(s) {
  process.stderr.write(`[e2e setup] ${s}\n`);
}

function installed(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

export function ensureAptPackages() {
  const wanted = ['chromium', 'ripgrep', 'libkrb5-dev'].filter((p) => !installed(p));
  if (wanted.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages ${wanted.join(', ')}: install them as root (apt-get install -y ${wanted.join(' ')})`);
  log(`apt-get install ${wanted.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...wanted], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureCodeServer() {
  if (existsSync(codeServerBin) && existsSync(join(codeServerDir, '.installed'))) return;
  log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerDir} (about a minute, once)`);
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  // @vscode/ripgrep downloads its binary unless its cache already holds the archive: put
  // Debian's rg there (offline machines cannot download it).
  const tmp = process.env.TMPDIR || tmpdir();
  const cache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(cache, { recursive: true });
  const archive = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!existsSync(archive)) {
    const d = mkdtempSync(join(tmp, 'rg-'));
    copyFileSync('/usr/bin/rg', join(d, 'rg'));
    execFileSync('tar', ['-czf', archive, '-C', d, 'rg']);
  }
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'code-server-host', private: true }, null, 2));
  // code-server's own install scripts build its native modules and install VS Code's
  // dependencies; npm 11 blocks dependency scripts unless allowed, and code-server insists on
  // unsafe-perm as root. This is a test tool in a folder of its own, not a project dependency.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: codeServerDir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true', npm_config_dangerously_allow_all_scripts: 'true' },
  });
  if (!existsSync(codeServerBin)) throw new Error('code-server did not install');
  writeFileSync(join(codeServerDir, '.installed'), CODE_SERVER_VERSION);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureAptPackages();
  ensureCodeServer();
  log('ready');
}

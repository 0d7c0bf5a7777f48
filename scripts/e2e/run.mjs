// `npm run test:vscode`: the extension in a real VS Code. Builds and packages the .vsix,
// installs it into code-server, opens a copy of the examples workspace, runs the extension-host
// suite (test/vscode/suite.ts) and then UI checks with Playwright in Debian's Chromium, saving
// screenshots. Prints "N passed, N failed" and writes test-results/vscode/results.json.
//   --electron   run the same extension-host suite under @vscode/test-electron (VS Code desktop)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, codeServerBin, ensureAptPackages, ensureCodeServer } from './setup.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const outDir = join(root, 'test-results', 'vscode');
const electron = process.argv.includes('--electron');
const results = [];
const log = (s) => process.stdout.write(`${s}\n`);

async function until(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Bundles the extension-host suite with the paths it needs baked in. */
async function buildSuite(resultsFile) {
  const esbuild = require('esbuild');
  const outfile = join(outDir, 'suite', 'index.js');
  await esbuild.build({
    entryPoints: [join(root, 'test', 'vscode', 'suite.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // mocha is loaded from the project at run time, not bundled (it requires its own files).
    external: ['vscode', require.resolve('mocha')],
    define: { __MOCHA_PATH__: JSON.stringify(require.resolve('mocha')), __RESULTS_FILE__: JSON.stringify(resultsFile) },
    logLevel: 'warning',
  });
  return outfile;
}

function record(title, state, error, kind) {
  results.push({ title, state, kind, ...(error ? { error } : {}) });
  log(`  ${state === 'passed' ? '\u2714' : '\u2716'} ${title}${error ? `\n      ${String(error).split('\n').slice(0, 6).join('\n      ')}` : ''}`);
}

function finish() {
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.length - passed;
  writeFileSync(join(outDir, 'results.json'), JSON.stringify({ passed, failed, results }, null, 2));
  log(`\nscreenshots and logs: ${outDir}`);
  // Under the full test run, the total line is the runner's; say this one differently.
  log(process.env.AI_SECURITY_E2E_NESTED ? `end-to-end: ${passed} of ${passed + failed} passed` : `${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || results.length === 0 ? 1 : 0);
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'ai-security-e2e-'));
  const ws = join(work, 'workspace');
  cpSync(join(root, 'examples'), ws, { recursive: true });
  const resultsFile = join(work, 'host-results.json');
  const suite = await buildSuite(resultsFile);

  if (electron) {
    const { runTests } = require('@vscode/test-electron');
    execFileSync('node', [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
    try {
      await runTests({ extensionDevelopmentPath: root, extensionTestsPath: suite, launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'] });
    } catch (e) {
      record('extension host suite (electron)', 'failed', String(e), 'host');
    }
    if (existsSync(resultsFile)) for (const r of JSON.parse(readFileSync(resultsFile, 'utf8')).results) record(r.title, r.state, r.error, 'host');
    finish();
    return;
  }

  ensureAptPackages();
  ensureCodeServer();
  log('[e2e] packaging the extension');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = join(root, 'ai-security-cop.vsix');
  const extDir = join(work, 'extensions');
  const userDir = join(work, 'user-data');
  mkdirSync(join(userDir, 'User'), { recursive: true });
  // A quiet editor: no welcome page, no git prompts, no network.
  writeFileSync(
    join(userDir, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'git.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'security.workspace.trust.enabled': false,
      'editor.hover.delay': 100,
    }),
  );
  const env = { ...process.env, XDG_CONFIG_HOME: join(work, 'config'), XDG_DATA_HOME: join(work, 'data') };
  execFileSync(process.execPath, [codeServerBin, '--extensions-dir', extDir, '--user-data-dir', userDir, '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = readdirSync(extDir).find((d) => d.startsWith('aisec-tools.ai-security-cop-'));
  if (!installed) throw new Error('the .vsix did not install');
  const extPath = join(extDir, installed);

  const port = await freePort();
  const server = spawn(
    process.execPath,
    [codeServerBin, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--extensions-dir', extDir, '--user-data-dir', userDir, ws],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const base = `http://127.0.0.1:${port}`;
  const { chromium } = require('playwright-core');
  let browser;
  try {
    await until('code-server', async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.ok, 180_000);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });

    // 1. The extension-host suite, with the installed extension as the development path.
    log('[e2e] extension-host suite');
    const host = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${extPath}`],
      ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${suite}`],
    ];
    await host.goto(`${base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    try {
      await until('the extension-host suite to finish', () => existsSync(resultsFile), 900_000);
      for (const r of JSON.parse(readFileSync(resultsFile, 'utf8')).results) record(r.title, r.state, r.error, 'host');
    } catch (e) {
      record('extension-host suite', 'failed', String(e), 'host');
      await host.screenshot({ path: join(outDir, 'host-timeout.png') }).catch(() => undefined);
    }
    await host.close();
    // The suite edited the copy; start the UI checks from a fresh one.
    rmSync(ws, { recursive: true, force: true });
    cpSync(join(root, 'examples'), ws, { recursive: true });

    // 2. UI checks: what a person sees.
    log('[e2e] UI checks');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 180_000 });
    const ui = await import('./ui-checks.mjs');
    for (const check of ui.checks) {
      try {
        // Each check takes its screenshot at the moment that shows what it checked.
        await check.run(page, { shot: () => page.screenshot({ path: join(outDir, `${check.id}.png`) }) });
        record(check.title, 'passed', undefined, 'ui');
      } catch (e) {
        await page.screenshot({ path: join(outDir, `${check.id}-failed.png`) }).catch(() => undefined);
        record(check.title, 'failed', e instanceof Error ? e.message : String(e), 'ui');
      }
    }
  } finally {
    if (results.some((r) => r.state === 'failed')) dumpLogs(userDir, serverLog);
    await browser?.close().catch(() => undefined);
    server.kill();
  }
  finish();
}

/** On failure, show what the editor showed: the server's output channel and code-server's log. */
function dumpLogs(userDir, serverLog) {
  writeFileSync(join(outDir, 'code-server.log'), serverLog);
  const logs = join(userDir, 'logs');
  const walk = (d) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)])) : []);
  for (const f of walk(logs).filter((f) => f.includes('aisec-tools.ai-security-cop'))) {
    const text = readFileSync(f, 'utf8');
    writeFileSync(join(outDir, 'extension-output.log'), text, { flag: 'a' });
    log(`\n--- ${f} (last lines) ---\n${text.split('\n').slice(-40).join('\n')}`);
  }
}

main().catch((e) => {
  record('end-to-end run', 'failed', e instanceof Error ? e.stack : String(e), 'setup');
  finish();
});

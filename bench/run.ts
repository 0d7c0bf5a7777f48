/**
 * `npm run bench`: the benchmark. Prints a table and writes bench/results.json. Timings are
 * medians of repeated runs after warm-up, taken side by side in one process, and comparisons are
 * ratios: full validation ÷ the `yaml` parse floor, and ours ÷ yaml-language-server validating
 * the same files against our JSON Schema; the model-card checks over the real cards of the corpus
 * and over cards written to be slow ÷ the markdown-it parse floor. Then the editor's latencies
 * through the real server over stdio, cold start, memory, CLI throughput, CLI start-up ÷ bare
 * Node, and package sizes.
 * The arithmetic (medians, ratios, targets) is in `summary.ts`, which the unit suite tests; this
 * file only measures.
 *   --quick   few iterations, to check by hand that the bench still runs; writes to --out
 *   --out F   where to write the results (default bench/results.json)
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import MarkdownIt from 'markdown-it';
import { analyzeManifest, analyzeModelCard, manifestJsonSchema } from '../server/src/core/index';
import { BUNDLED_CORPUS, readCorpus } from '../eval/cards';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/launch';
import { TestClient } from '../test/lsp/client';
import { hostileCards, manifest, modelCard, type Size } from './generate';
import { median, percentile, ratio, round, TARGETS, targetsMet } from './summary';

const root = path.join(__dirname, '..');
const quick = process.argv.includes('--quick');
const outArg = process.argv.indexOf('--out');
const outFile = outArg > 0 ? path.resolve(process.argv[outArg + 1]!) : path.join(__dirname, 'results.json');
const clock = { today: () => '2026-11-25' };

async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * Runs the measurements in turn, A B C A B C …, so drift hits each alike. A measurement that has
 * used up its time budget (a slow peer on a large file) stops repeating; it keeps at least one run.
 */
async function sideBySide(fns: (() => Promise<unknown> | unknown)[], runs: number, warmup: number, budgetMs = quick ? 5_000 : 30_000): Promise<number[][]> {
  const spent = fns.map(() => 0);
  for (let i = 0; i < warmup; i++) {
    for (let j = 0; j < fns.length; j++) {
      if (spent[j]! > budgetMs / 4) continue;
      const t0 = performance.now();
      await fns[j]!();
      spent[j]! += performance.now() - t0;
    }
  }
  const out = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < fns.length; j++) {
      if (out[j]!.length > 0 && spent[j]! > budgetMs) continue;
      const t0 = performance.now();
      await fns[j]!();
      const ms = performance.now() - t0;
      out[j]!.push(ms);
      spent[j]! += ms;
    }
  }
  return out;
}

async function validation() {
  const schema = manifestJsonSchema();
  const ls = getLanguageService({
    schemaRequestService: async (uri: string) => (uri === 'file:///ai-security.schema.json' ? JSON.stringify(schema) : Promise.reject(new Error(`no schema ${uri}`))),
    workspaceContext: { resolveRelativePath: (rel: string, res: string) => new URL(rel, res).toString() },
  } as Parameters<typeof getLanguageService>[0]);
  ls.configure({ validate: true, hover: false, completion: false, schemas: [{ uri: 'file:///ai-security.schema.json', fileMatch: ['*ai-security.yaml'], schema }] });
  const rows: ({ size: Size; variant: string; oursOverFloor: number; oursOverPeer: number } & Record<string, unknown>)[] = [];
  const runs: Record<Size, number> = quick ? { S: 3, M: 2, L: 1 } : { S: 200, M: 40, L: 10 };
  const peerSlow = new Set<string>();
  for (const size of ['S', 'M', 'L'] as Size[]) {
    for (const anchors of [false, true]) {
      const text = manifest(size, anchors);
      const variant = anchors ? 'anchors+merge' : 'plain';
      if (peerSlow.has(variant) && size === 'L') {
        // The peer took over a second on the M file of this variant and grows quadratically: one
        // run in a child process, cut off after two minutes, instead of minutes per run here.
        const file = path.join(os.tmpdir(), `ai-security-bench-${size}-${variant}.yaml`);
        fs.writeFileSync(file, text);
        const [ours, floor] = await sideBySide([() => analyzeManifest(text, { path: 'ai-security.yaml', clock }), () => parseDocument(text)], runs[size], 2);
        const limit = quick ? 10_000 : 120_000;
        const child = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'peer-once.ts'), file], { encoding: 'utf8', timeout: limit });
        fs.rmSync(file, { force: true });
        const peerMs = child.status === 0 ? Number(child.stdout.trim()) : limit;
        const row = {
          size,
          variant,
          lines: text.split('\n').length,
          oursMs: round(median(ours!)),
          floorMs: round(median(floor!)),
          peerMs: round(peerMs),
          peerTimedOut: child.status !== 0,
          oursOverFloor: ratio(median(ours!), median(floor!)),
          oursOverPeer: ratio(median(ours!), peerMs),
          runs: { ours: ours!.length, floor: floor!.length, peer: 1 },
        };
        rows.push(row);
        console.log(`  ${size} ${variant.padEnd(13)} ${String(row.lines).padStart(6)} lines  ours ${String(row.oursMs).padStart(8)} ms  parse ${String(row.floorMs).padStart(8)} ms  yaml-language-server ${row.peerTimedOut ? `> ${limit}` : String(row.peerMs).padStart(8)} ms  ours/parse ${row.oursOverFloor}  ours/peer ${row.peerTimedOut ? '<' : ''}${row.oursOverPeer}`);
        continue;
      }
      const doc = TextDocument.create(`file:///ws/${size}${anchors ? 'a' : ''}/ai-security.yaml`, 'yaml', 1, text);
      // Sanity: the peer really validates (it reports at least the schema's view of the file).
      await ls.doValidation(doc, false);
      // A new version each time: the peer caches parsed documents by URI and version.
      let version = 1;
      const [ours, floor, peer] = await sideBySide(
        [() => analyzeManifest(text, { path: 'ai-security.yaml', clock }), () => parseDocument(text), () => ls.doValidation(TextDocument.create(doc.uri, 'yaml', ++version, text), false)],
        runs[size],
        quick ? 1 : Math.max(2, Math.round(runs[size] / 5)),
      );
      const row = {
        size,
        variant: anchors ? 'anchors+merge' : 'plain',
        lines: text.split('\n').length,
        oursMs: round(median(ours!)),
        floorMs: round(median(floor!)),
        peerMs: round(median(peer!)),
        oursOverFloor: ratio(median(ours!), median(floor!)),
        oursOverPeer: ratio(median(ours!), median(peer!)),
        runs: { ours: ours!.length, floor: floor!.length, peer: peer!.length },
      };
      if (row.peerMs > 1000) peerSlow.add(row.variant);
      rows.push(row);
      console.log(`  ${size} ${row.variant.padEnd(13)} ${String(row.lines).padStart(6)} lines  ours ${String(row.oursMs).padStart(8)} ms  parse ${String(row.floorMs).padStart(8)} ms  yaml-language-server ${String(row.peerMs).padStart(8)} ms  ours/parse ${row.oursOverFloor}  ours/peer ${row.oursOverPeer}`);
    }
  }
  return rows;
}

/**
 * Model cards: the checks over every real card of the corpus, and over cards written to be slow,
 * against the floor of parsing the same Markdown with markdown-it (what the checks parse with).
 */
async function cards() {
  const md = new MarkdownIt();
  // The cards the evaluation reads, found the way it finds them.
  const real = readCorpus(BUNDLED_CORPUS).cards.map((c) => fs.readFileSync(c.file, 'utf8'));
  const rows: { name: string; cards: number; kb: number; oursMs: number; floorMs: number; oursOverFloor: number }[] = [];
  const measure = async (name: string, texts: string[], runs: number) => {
    const [ours, floor] = await sideBySide(
      [() => texts.forEach((t) => analyzeModelCard(t, { path: 'README.md' })), () => texts.forEach((t) => md.parse(t, {}))],
      runs,
      quick ? 1 : 2,
    );
    const row = { name, cards: texts.length, kb: round(texts.reduce((n, t) => n + t.length, 0) / 1024), oursMs: round(median(ours!)), floorMs: round(median(floor!)), oursOverFloor: ratio(median(ours!), median(floor!)) };
    rows.push(row);
    console.log(`  ${name.padEnd(32)} ${String(row.cards).padStart(5)} cards ${String(row.kb).padStart(7)} KB  ours ${String(row.oursMs).padStart(9)} ms  markdown-it ${String(row.floorMs).padStart(8)} ms  ours/parse ${row.oursOverFloor}`);
  };
  await measure('every card of the corpus', real, quick ? 1 : 5);
  for (const [name, text] of Object.entries(hostileCards())) await measure(name, [text], quick ? 1 : 5);
  return rows;
}

function serverProcess() {
  // Started as the VS Code client starts it, with the same Node flags.
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  return { child, client: TestClient.overStdio(child) };
}

async function editorLatency(ws: string) {
  const file = path.join(ws, 'ai-security.yaml');
  const text = manifest('M', false);
  fs.writeFileSync(file, text);
  const { child, client } = serverProcess();
  const n = quick ? 10 : 200;
  try {
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } }, pathToFileURL(ws).toString(), { processId: process.pid });
    const uri = pathToFileURL(file).toString();
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1, 30_000);
    const lines = text.split('\n');
    const provLine = lines.findIndex((l) => l.startsWith('  "6.4"'));
    const change: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const v = await client.change(uri, i % 2 ? text : text.replace('# Generated', '# generated'));
      await client.diagnostics(uri, (p) => p.version === v, 30_000);
      change.push(performance.now() - t0);
    }
    const pos = { line: provLine, character: 4 };
    const hover = await timeAsync(() => client.request('textDocument/hover', { textDocument: { uri }, position: pos }), n, 5);
    const completion = await timeAsync(() => client.request('textDocument/completion', { textDocument: { uri }, position: { line: provLine, character: 2 } }), n, 5);
    const ds = await client.diagnostics(uri);
    const target = ds.find((d) => (d.data as { kind?: string })?.kind === 'open') ?? ds[0]!;
    const codeAction = await timeAsync(() => client.request('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } }), n, 5);
    await client.request('shutdown', null);
    const stat = (xs: number[]) => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)) });
    return { operations: n, lines: lines.length, didChangeToDiagnostics: stat(change), hover: stat(hover), completion: stat(completion), codeAction: stat(codeAction) };
  } finally {
    client.conn.dispose();
    child.kill();
  }
}

async function coldStart() {
  const times: number[] = [];
  for (let i = 0; i < (quick ? 2 : 10); i++) {
    const t0 = performance.now();
    const { child, client } = serverProcess();
    await client.initialize({}, null, { processId: process.pid });
    times.push(performance.now() - t0);
    client.conn.dispose();
    child.kill();
  }
  // The client's own start: loading and evaluating dist/extension.js, with a stand-in `vscode`.
  const load = spawnSync(
    process.execPath,
    [
      '-e',
      `const M=require('module');const o=M._load;M._load=function(r,...a){if(r==='vscode')return new Proxy({}, {get:()=>new Proxy(function(){},{get:()=>()=>({}),apply:()=>({})})});return o.call(this,r,...a)};const t=process.hrtime.bigint();require(${JSON.stringify(path.join(root, 'dist', 'extension.js'))});console.log(Number(process.hrtime.bigint()-t)/1e6)`,
    ],
    { encoding: 'utf8' },
  );
  return { spawnToInitializeMs: round(median(times)), extensionLoadMs: round(Number(load.stdout.trim())) };
}

async function memory(ws: string) {
  const n = quick ? 10 : 100;
  const { child, client } = serverProcess();
  try {
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } }, pathToFileURL(ws).toString(), { processId: process.pid });
    const uris: string[] = [];
    for (let i = 0; i < n; i++) {
      const dir = path.join(ws, `sys-${i}`);
      fs.mkdirSync(dir, { recursive: true });
      const m = pathToFileURL(path.join(dir, 'ai-security.yaml')).toString();
      const c = pathToFileURL(path.join(dir, 'MODEL_CARD.md')).toString();
      await client.open(m, manifest('S', i % 2 === 1, i));
      await client.open(c, modelCard(i), 'markdown');
      uris.push(m, c);
    }
    for (const u of uris) await client.diagnostics(u, (p) => p.version === 1, 60_000);
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
    // At once, and settled: what the server holds while the user works, 15 s later, once its
    // idle collection has run and V8 has handed the freed pages back (it does so lazily).
    const peak = rss();
    let settled = peak;
    for (let i = 0; i < (quick ? 2 : 30); i++) {
      await new Promise((r) => setTimeout(r, 500));
      settled = Math.min(settled, rss());
    }
    await client.request('shutdown', null);
    return { documents: uris.length, rssMb: round(settled, 1), rssAtOnceMb: round(peak, 1) };
  } finally {
    client.conn.dispose();
    child.kill();
  }
}

function cliThroughput(ws: string) {
  const n = quick ? 20 : 500;
  for (let i = 0; i < n; i++) {
    const dir = path.join(ws, `sys-${i}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'ai-security.yaml'), manifest('S', i % 2 === 1, i));
    fs.writeFileSync(path.join(dir, 'MODEL_CARD.md'), modelCard(i));
  }
  const times: number[] = [];
  let files = 0;
  for (let r = 0; r < (quick ? 1 : 3); r++) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', ws, '--root', ws, '--format', 'json', '--fail-on', 'never', '--today', '2026-11-25'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
    files = JSON.parse(res.stdout).files.length;
  }
  return { files, wallMs: round(median(times)) };
}

/**
 * The CLI's start-up: `ai-security check` on a workspace of one small manifest, against bare
 * Node (`node -e 0`) and `--version`, run in turn so that whatever else loads the machine
 * slows each alike; the target is on the ratio of the medians, not on either time.
 */
function cliStartup(ws: string) {
  fs.writeFileSync(path.join(ws, 'ai-security.yaml'), manifest('S', false));
  const cli = path.join(root, 'dist', 'cli.js');
  const commands: Record<'node' | 'version' | 'check', string[]> = {
    node: ['-e', '0'],
    version: [cli, '--version'],
    check: [cli, 'check', ws, '--root', ws, '--fail-on', 'never', '--today', '2026-11-25'],
  };
  const times = { node: [] as number[], version: [] as number[], check: [] as number[] };
  const runs = quick ? 5 : 40;
  for (let i = 0; i < runs + 3; i++) {
    for (const [k, args] of Object.entries(commands) as [keyof typeof commands, string[]][]) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${k}: exit ${r.status}: ${r.stderr}`);
      // The first runs warm the file cache.
      if (i >= 3) times[k].push(ms);
    }
  }
  return {
    runs,
    nodeMs: round(median(times.node)),
    versionMs: round(median(times.version)),
    checkMs: round(median(times.check)),
    versionOverNode: ratio(median(times.version), median(times.node)),
    checkOverNode: ratio(median(times.check), median(times.node)),
  };
}

function packageSizes() {
  const vsix = path.join(root, 'ai-security-cop.vsix');
  if (!quick || !fs.existsSync(vsix)) spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'ignore' });
  const kb = (f: string) => (fs.existsSync(f) ? round(fs.statSync(f).size / 1024, 1) : null);
  return { vsixKb: kb(vsix), extensionJsKb: kb(path.join(root, 'dist', 'extension.js')), serverJsKb: kb(path.join(root, 'dist', 'server.js')), cliJsKb: kb(path.join(root, 'dist', 'cli.js')), cliCheckJsKb: kb(path.join(root, 'dist', 'cli', 'check.js')), cliReportJsKb: kb(path.join(root, 'dist', 'cli', 'report.js')) };
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-bench-'));
  try {
    console.log(`Benchmark (${quick ? 'quick' : 'full'}), node ${process.version}, ${os.cpus().length} cores\n\nValidation, median per file:`);
    const rows = await validation();
    console.log('\nModel cards, median of the whole set:');
    const cardRows = await cards();
    console.log('\nEditor latency through the server over stdio (M manifest):');
    fs.mkdirSync(path.join(tmp, 'edit'));
    const editor = await editorLatency(path.join(tmp, 'edit'));
    console.log(`  ${JSON.stringify(editor)}`);
    const cold = await coldStart();
    console.log(`\nCold start: ${JSON.stringify(cold)}`);
    fs.mkdirSync(path.join(tmp, 'mem'));
    const mem = await memory(path.join(tmp, 'mem'));
    console.log(`Memory: ${JSON.stringify(mem)}`);
    fs.mkdirSync(path.join(tmp, 'cli'));
    const cli = cliThroughput(path.join(tmp, 'cli'));
    console.log(`CLI: ${JSON.stringify(cli)}`);
    fs.mkdirSync(path.join(tmp, 'startup'));
    const startup = cliStartup(path.join(tmp, 'startup'));
    console.log(`CLI start-up: ${JSON.stringify(startup)}`);
    const pkg = packageSizes();
    console.log(`Package: ${JSON.stringify(pkg)}`);
    const met = targetsMet({ validation: rows, editor, coldStart: cold, memory: mem, cli, cliStartup: startup, package: pkg });
    const results = { version: 1, quick, node: process.version, cpus: os.cpus().length, date: new Date().toISOString().slice(0, 10), validation: rows, cards: cardRows, editor, coldStart: cold, memory: mem, cli, cliStartup: startup, package: pkg, targets: TARGETS, met };
    fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
    console.log(`\nTargets: ${Object.entries(met).map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`).join(', ')}`);
    console.log(`Wrote ${path.relative(process.cwd(), outFile)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

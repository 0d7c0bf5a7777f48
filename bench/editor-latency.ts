/**
 * didChange → publishDiagnostics latency through the real server over stdio, on the examples
 * manifest: the median and p95 of N edits, each waited for before the next.
 * Run: npx tsx bench/editor-latency.ts [edits]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../test/lsp/client';

export async function measureEditLatency(file: string, edits: number): Promise<number[]> {
  const server = path.join(__dirname, '..', 'dist', 'server.js');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = TestClient.overStdio(child);
  try {
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } }, pathToFileURL(path.dirname(file)).toString(), { processId: process.pid });
    const uri = pathToFileURL(file).toString();
    const text = fs.readFileSync(file, 'utf8');
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1, 10_000);
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      // Alternate a real change (a comment's text) so every version differs.
      const started = performance.now();
      const v = await client.change(uri, text.replace('# How the', `# How ${i % 2 ? 'the' : 'our'}`));
      await client.diagnostics(uri, (p) => p.version === v, 10_000);
      times.push(performance.now() - started);
    }
    await client.request('shutdown', null);
    return times;
  } finally {
    client.conn.dispose();
    child.kill();
  }
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 50);
  void measureEditLatency(path.join(__dirname, '..', 'examples', 'ai-security.yaml'), n).then((t) => {
    console.log(`didChange → publishDiagnostics on examples/ai-security.yaml, ${n} edits: median ${percentile(t, 50).toFixed(1)} ms, p95 ${percentile(t, 95).toFixed(1)} ms`);
  });
}

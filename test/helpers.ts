/** Shared helpers for the test suites. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { LineIndex, type Finding, type TextEdit } from '../server/src/core/index';

export const repoRoot = path.resolve(__dirname, '..');
export const fixturesRoot = path.join(repoRoot, 'test', 'fixtures');
export const goldenRoot = path.join(repoRoot, 'test', 'golden');

/** The date fixtures are checked on unless they say otherwise (`# fixture-today: …`). */
export const FIXTURE_TODAY = '2026-06-01';

export const updateGolden = process.env.UPDATE_GOLDEN === '1';

/** Compares text with a golden file; with UPDATE_GOLDEN=1, writes it instead. */
export function assertGolden(relPath: string, actual: string): void {
  const file = path.join(goldenRoot, relPath);
  if (updateGolden || !fs.existsSync(file)) {
    if (!updateGolden) assert.fail(`golden file ${relPath} is missing; run with UPDATE_GOLDEN=1 to create it`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  const expected = fs.readFileSync(file, 'utf8');
  assert.equal(actual, expected, `output differs from golden ${relPath} (run with UPDATE_GOLDEN=1 to accept)`);
}

export function listFiles(dir: string, test: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out.push(...listFiles(p, test));
    else if (test(name)) out.push(p);
  }
  return out;
}

/** Posix path relative to a root. */
export function rel(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/');
}

/** Inline expectations: the codes a fixture expects on each line. */
export interface Expectation {
  line: number;
  code: string;
}

export function readMarkers(text: string, marker: RegExp): Expectation[] {
  const out: Expectation[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = marker.exec(line);
    if (!m) return;
    for (const code of (m[1] ?? m[2]!).split(',').map((s) => s.trim()).filter(Boolean)) out.push({ line: i, code });
  });
  return out;
}

export function directive(text: string, name: string): string | undefined {
  const m = new RegExp(`^#\\s*${name}:\\s*(.+)$`, 'm').exec(text);
  return m?.[1]?.trim();
}

export function compareMarkers(expected: Expectation[], findings: Finding[], ignoreKinds: string[]): void {
  const actual = findings
    .filter((f) => !ignoreKinds.includes(String(f.data?.kind)))
    .map((f) => `${f.range.start.line + 1}: ${f.code}`)
    .sort();
  const want = expected.map((e) => `${e.line + 1}: ${e.code}`).sort();
  assert.deepEqual(actual, want, 'findings (line: code) differ from the # expect markers');
}

export function goldenJson(findings: Finding[]): string {
  return (
    JSON.stringify(
      findings.map((f) => ({ code: f.code, severity: f.severity, range: `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`, message: f.message })),
      null,
      1,
    ) + '\n'
  );
}


/** Applies text edits to a text, as an editor would. */
export function applyEdits(text: string, edits: { range: TextEdit['range']; newText: string }[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A snippet with every placeholder replaced by its default, as a client would insert it untouched. */
export function expandSnippet(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) out += s[++i];
    else if (c === '$' && s[i + 1] === '{') {
      const colon = s.indexOf(':', i);
      i = colon;
    } else if (c === '}' ) continue;
    else out += c;
  }
  return out;
}


/** Makes a FIFO (a named pipe) at `p`: opening it for reading blocks until a writer comes. */
export function mkfifo(p: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const r = (require('node:child_process') as typeof import('node:child_process')).spawnSync('mkfifo', [p]);
  if (r.status !== 0) throw new Error(`mkfifo ${p} failed: ${String(r.stderr)}`);
}

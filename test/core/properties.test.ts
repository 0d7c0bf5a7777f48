/**
 * Property tests (fast-check, fixed seeds): for random YAML-like text, random mutations of valid
 * manifests and model cards, and random bytes, the core never throws, every range lies inside
 * the document, results are deterministic, and every quick fix it offers yields a document that
 * still parses and no longer has the finding it targeted.
 *
 * FUZZ_RUNS=5000 (npm run test:fuzz) runs longer; FUZZ_SEED picks another seed. A failing case
 * found here is kept as a regression fixture under test/fixtures/regressions/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeManifest, analyzeModelCard, cardFixesFor, decodeText, fixesFor, type Finding } from '../../server/src/core/index';
import { applyEdits, fixturesRoot, listFiles, repoRoot } from '../helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const clock = { today: () => '2026-06-01' };

const manifestSeeds = [
  fs.readFileSync(path.join(repoRoot, 'examples', 'ai-security.yaml'), 'utf8'),
  fs.readFileSync(path.join(fixturesRoot, 'manifests', 'complete', 'valid.yaml'), 'utf8'),
  fs.readFileSync(path.join(fixturesRoot, 'manifests', 'yaml-syntax', 'valid.yaml'), 'utf8'),
];
const regressions = path.join(fixturesRoot, 'regressions');
const cardSeeds = [
  fs.readFileSync(path.join(repoRoot, 'examples', 'models', 'support-llm', 'README.md'), 'utf8'),
  fs.readFileSync(path.join(fixturesRoot, 'cards', 'realistic', 'hf-template-unfilled', 'README.md'), 'utf8'),
  fs.readFileSync(path.join(fixturesRoot, 'cards', 'checks', 'valid.md'), 'utf8'),
];

/** Characters that matter to YAML and Markdown, with letters, digits and line ends. */
const yamlChar = fc.constantFrom(...'abcxyz01269.:-_ \n\r\t[]{},#&*!|>\'"%@`?<=~\\'.split(''), 'status', 'evidence', 'provisions', '6.4', '<<', '---', '\u00e9', '\u{1F600}');
const yamlText = fc.array(yamlChar, { maxLength: 300 }).map((a) => a.join(''));

/** An edit to a text: delete, insert or duplicate a slice, or change a line's indentation. */
const mutation = fc.record({ kind: fc.constantFrom('delete', 'insert', 'duplicate', 'indent', 'swap'), at: fc.nat(), len: fc.nat({ max: 40 }), text: yamlText });
function mutate(text: string, ms: { kind: string; at: number; len: number; text: string }[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % t.length : 0;
    if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.len);
    else if (m.kind === 'insert') t = t.slice(0, at) + m.text.slice(0, 20) + t.slice(at);
    else if (m.kind === 'duplicate') t = t.slice(0, at) + t.slice(at, at + m.len) + t.slice(at);
    else if (m.kind === 'indent') {
      const ls = t.split('\n');
      const i = at % Math.max(1, ls.length);
      ls[i] = (m.len % 2 ? ' ' : '') + (ls[i] ?? '').replace(/^ {0,2}/, m.len % 3 === 0 ? '' : '    ');
      t = ls.join('\n');
    } else {
      const ls = t.split('\n');
      const i = at % Math.max(1, ls.length);
      const j = (at + m.len) % Math.max(1, ls.length);
      [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
      t = ls.join('\n');
    }
  }
  return t;
}

function assertInside(text: string, findings: Finding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${f.code}: line ${p.line} outside (${lines.length} lines)`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `${f.code}: character ${p.character} outside line ${p.line}`);
    }
    assert.ok(p2n(f.range.start) <= p2n(f.range.end), `${f.code}: range ends before it starts`);
  }
}
const p2n = (p: { line: number; character: number }) => p.line * 1e7 + p.character;

const syntaxCount = (fs: Finding[]) => fs.filter((f) => f.code === 'yaml-syntax' || f.code === 'duplicate-key' || f.code === 'front-matter-syntax').length;
const same = (a: Finding, b: Finding) => a.code === b.code && JSON.stringify(a.data) === JSON.stringify(b.data);

function checkManifest(text: string): void {
  const r = analyzeManifest(text, { path: 'ai-security.yaml', clock });
  assertInside(text, r.findings);
  assert.deepEqual(JSON.stringify(analyzeManifest(text, { path: 'ai-security.yaml', clock }).findings), JSON.stringify(r.findings), 'deterministic');
  for (const f of r.findings) {
    for (const fix of fixesFor(r.context, f)) {
      if (fix.command) continue; // what the editor command writes is tested in the real VS Code
      const fixed = applyEdits(text, fix.edits);
      const after = analyzeManifest(fixed, { path: 'ai-security.yaml', clock });
      assert.ok(syntaxCount(after.findings) <= syntaxCount(r.findings), `"${fix.title}" broke the YAML:\n${fixed}`);
      assert.ok(!after.findings.some((x) => same(x, f)), `"${fix.title}" left ${f.code}:\n${fixed}`);
    }
  }
}

function checkCard(text: string): void {
  const r = analyzeModelCard(text, { path: 'MODEL_CARD.md' });
  assertInside(text, r.findings);
  assert.deepEqual(JSON.stringify(analyzeModelCard(text, { path: 'MODEL_CARD.md' }).findings), JSON.stringify(r.findings), 'deterministic');
  for (const f of r.findings) {
    for (const fix of cardFixesFor(r.context, f)) {
      const fixed = applyEdits(text, fix.edits);
      const after = analyzeModelCard(fixed, { path: 'MODEL_CARD.md' });
      assert.ok(syntaxCount(after.findings) <= syntaxCount(r.findings), `"${fix.title}" broke the front matter:\n${fixed}`);
      assert.ok(!after.findings.some((x) => same(x, f)), `"${fix.title}" left ${f.code}:\n${fixed}`);
    }
  }
}

describe(`properties (fast-check, seed ${SEED}, ${RUNS} runs each)`, function () {
  this.timeout(600_000);

  it('random YAML-like text: never throws, ranges inside, deterministic, fixes hold', () => {
    fc.assert(fc.property(yamlText, (t) => checkManifest(t)), params);
  });

  it('random mutations of valid manifests', () => {
    fc.assert(fc.property(fc.constantFrom(...manifestSeeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, ms) => checkManifest(mutate(seed, ms))), params);
  });

  it('random mutations of model cards', () => {
    fc.assert(fc.property(fc.constantFrom(...cardSeeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, ms) => checkCard(mutate(seed, ms))), params);
  });

  it('every case these properties once failed on (test/fixtures/regressions/)', () => {
    const files = listFiles(regressions, (n) => /\.(ya?ml|md)$/.test(n));
    assert.ok(files.length >= 3);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (f.endsWith('.md')) checkCard(text);
      else checkManifest(text);
    }
  });

  it('random bytes: decoded or refused, never thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const d = decodeText(bytes);
        if (d.notText) return;
        checkManifest(d.text);
        checkCard(d.text);
      }),
      params,
    );
  });
});

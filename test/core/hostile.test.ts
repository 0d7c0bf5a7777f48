/**
 * Hostile inputs: each gets a clear finding, with every range inside the document. Times are
 * measured and printed at the end of the suite, never asserted: how long a run takes depends on
 * the machine and its load. That the time grows linearly with the input is checked, as a ratio
 * of times, in complexity.test.ts, and mocha's timeout still stops a hang.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest, analyzeModelCard, decodeText, DEFAULT_MAX_SIZE, type Finding } from '../../server/src/core/index';
import { MAX_SUGGESTIONS } from '../../server/src/core/rules/provision-keys';

const clock = { today: () => '2026-06-01' };
const HEAD = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';
const times: [string, number][] = [];

function timed<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  times.push([name, performance.now() - t0]);
  return r;
}

const manifest = (text: string) => analyzeManifest(text, { path: 'ai-security.yaml', clock });
const codes = (fs: Finding[]) => [...new Set(fs.map((f) => f.code))];
const inside = (text: string, fs: Finding[]) => {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of fs) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside the document`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `character ${p.character} outside line ${p.line}`);
    }
  }
};

describe('hostile inputs', () => {
  after(() => {
    const width = Math.max(...times.map(([n]) => n.length));
    console.log(`\n      measured times:\n${times.map(([n, ms]) => `        ${n.padEnd(width)}  ${ms.toFixed(1).padStart(7)} ms`).join('\n')}`);
  });

  it('a YAML alias bomb ("billion laughs")', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (const [p, c] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) text += `${c}: &${c} [${Array(9).fill(`*${p}`).join(',')}]\n`;
    const r = timed('alias bomb (9^9 values)', () => manifest(text));
    assert.ok(r.findings.some((f) => f.code === 'yaml-syntax' && /aliases/.test(f.message)));
    inside(text, r.findings);
  });

  it('100,000-deep nesting', () => {
    const text = 'a: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n';
    const r = timed('100,000-deep flow nesting', () => manifest(text));
    assert.deepEqual(codes(r.findings), ['yaml-syntax']);
    inside(text, r.findings);
    const block = HEAD + 'x:\n' + Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n') + ' 1\n';
    const b = timed('2,000-deep block nesting', () => manifest(block));
    assert.ok(b.findings.some((f) => /nests more than/.test(f.message)));
  });

  it('a 20 MB manifest is reported once and not analysed', () => {
    const text = HEAD + 'provisions:\n' + '  # padding\n'.repeat(Math.ceil((20 * 1024 * 1024) / 12));
    const r = timed('20 MB manifest', () => manifest(text));
    assert.deepEqual(r.findings.map((f) => f.code), ['file-too-large']);
    assert.ok(text.length > DEFAULT_MAX_SIZE);
  });

  it('a 1 MB single line', () => {
    const text = HEAD + 'assets:\n  - { id: m, type: model, version: "1", notes: "' + 'x'.repeat(1024 * 1024) + '" }\n';
    const r = timed('1 MB single line', () => manifest(text));
    inside(text, r.findings);
    assert.ok(!r.findings.some((f) => f.code === 'yaml-syntax'));
  });

  it('NUL bytes, invalid UTF-8, a byte-order mark', () => {
    const nul = timed('NUL bytes', () => manifest(HEAD + '\0\0\0'));
    assert.deepEqual(nul.findings.map((f) => f.code), ['binary-file']);
    assert.equal(decodeText(new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a])).notText, 'invalid-utf8');
    const bom = decodeText(new TextEncoder().encode('\uFEFF' + HEAD));
    assert.equal(bom.text, HEAD);
    const r = timed('byte-order mark in text', () => manifest('\uFEFF' + HEAD));
    assert.ok(!r.findings.some((f) => f.code === 'yaml-syntax'));
  });

  it('CRLF, lone CR and tabs', () => {
    const text = HEAD + 'provisions:\n  "6.7": { status: planned }\n';
    for (const [name, t] of [
      ['CRLF', text.replace(/\n/g, '\r\n')],
      ['lone CR', text.replace(/\n/g, '\r')],
    ] as const) {
      const r = timed(name, () => manifest(t));
      inside(t, r.findings);
      const u = r.findings.find((f) => f.code === 'unknown-provision');
      assert.ok(u, `${name}: the unknown provision is found`);
      assert.equal(u.range.start.line, 7, `${name}: on its line`);
    }
    const tabs = HEAD + 'provisions:\n\t"6.4": { status: planned }\n';
    const r = timed('tab indentation', () => manifest(tabs));
    assert.ok(r.findings.some((f) => f.code === 'yaml-syntax' && /tab/i.test(f.message)));
    inside(tabs, r.findings);
  });

  it('__proto__ and constructor keys, and duplicate keys', () => {
    const text = HEAD + '__proto__: { admin: true }\nconstructor: { prototype: 1 }\nsystem: { name: again }\n';
    const r = timed('__proto__, constructor, duplicates', () => manifest(text));
    assert.equal(({} as Record<string, unknown>).admin, undefined, 'no prototype pollution');
    assert.ok(codes(r.findings).includes('unknown-field'));
    assert.ok(codes(r.findings).includes('duplicate-key'));
  });

  it('10,000 provision entries', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `  "${1 + (i % 13)}.${i}": { status: planned, owner: a, due: 2027-01-01 }`).join('\n');
    const text = HEAD + 'provisions:\n' + entries + '\n';
    const r = timed('10,000 provisions entries', () => manifest(text));
    const unknown = r.findings.filter((f) => f.code === 'unknown-provision');
    assert.ok(unknown.length > 9000);
    // The first ones get their nearest number; the rest say what the numbers are.
    assert.match(unknown[0]!.message, /Did you mean/);
    assert.equal(unknown.filter((f) => f.data?.suggestion !== undefined || /Did you mean/.test(f.message)).length <= MAX_SUGGESTIONS, true);
    assert.match(unknown.at(-1)!.message, /Provision numbers run from 1\.1 to 13\.2/);
    inside(text, r.findings);
  });

  it('20,000 unknown fields, at the top and inside an asset', () => {
    const fields = (indent: string) => Array.from({ length: 20_000 }, (_, i) => `${indent}field${i}: 1`).join('\n');
    const top = timed('20,000 unknown top-level fields', () => manifest(HEAD + fields('') + '\n'));
    assert.equal(top.findings.filter((f) => f.code === 'unknown-field').length, 20_000);
    const nested = timed('20,000 unknown fields in an asset', () => manifest(HEAD + 'assets:\n  - id: m\n    type: model\n' + fields('    ') + '\n'));
    assert.equal(nested.findings.filter((f) => f.code === 'unknown-field').length, 20_000);
    inside(HEAD + fields('') + '\n', top.findings);
  });

  it('a model card with 50,000 headings', () => {
    const text = '# Card\n\n' + Array.from({ length: 50_000 }, (_, i) => `## Section ${i}\n\nText ${i}.\n`).join('\n');
    const r = timed('model card, 50,000 headings', () => analyzeModelCard(text, { path: 'MODEL_CARD.md' }));
    assert.ok(r.findings.some((f) => f.code === '8.1.1'));
    inside(text, r.findings);
    const nested = '# Card\n' + Array.from({ length: 50_000 }, (_, i) => `${'#'.repeat(2 + (i % 5))} H${i}\n`).join('');
    timed('model card, 50,000 nested headings', () => analyzeModelCard(nested, { path: 'MODEL_CARD.md' }));
  });

  it('a model card with 10,000 code blocks, and headings in block quotes and lists', () => {
    // Each line used to be checked against every code block: about 5 s for this card.
    const code = '# Card\n\n' + Array.from({ length: 10_000 }, (_, i) => `## Example ${i}\n\n\`\`\`\n# not a heading ${i}\n\`\`\`\n`).join('\n');
    const r = timed('model card, 10,000 code blocks', () => analyzeModelCard(code, { path: 'MODEL_CARD.md' }));
    assert.equal(r.context.card.headings.length, 10_001);
    assert.ok(r.findings.some((f) => f.code === '8.1.1'));
    inside(code, r.findings);
    const containers = '# Card\n\n' + Array.from({ length: 5_000 }, (_, i) => `> ## Quote ${i}\n> text\n\n- ## Item ${i}\n  more\n`).join('\n');
    const c = timed('model card, 10,000 headings in quotes and lists', () => analyzeModelCard(containers, { path: 'MODEL_CARD.md' }));
    assert.equal(c.context.card.headings.length, 10_001);
    inside(containers, c.findings);
  });
});

/**
 * Hostile inputs: each gets a clear finding, with every range inside the document. Times are
 * measured and printed at the end of the suite, never asserted: how long a run takes depends on
 * the machine and its load. That the time grows linearly with the input is checked, as a ratio
 * of times, in complexity.test.ts, and mocha's timeout still stops a hang.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest, analyzeModelCard, decodeText, DEFAULT_MAX_SIZE, type Finding } from '../../server/src/core/index';
import { MAX_SUGGESTIONS } from '../../server/src/core/rules/provision-keys';
import * as hostile from './hostile-inputs';

const clock = { today: () => '2026-06-01' };
const HEAD = hostile.HEAD;
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
    const text = hostile.aliasBomb(8);
    const r = timed('alias bomb (9^9 values)', () => manifest(text));
    assert.ok(r.findings.some((f) => f.code === 'yaml-syntax' && /aliases/.test(f.message)));
    inside(text, r.findings);
  });

  it('100,000-deep nesting', () => {
    const text = hostile.flowNesting(100_000);
    const r = timed('100,000-deep flow nesting', () => manifest(text));
    assert.deepEqual(codes(r.findings), ['yaml-syntax']);
    inside(text, r.findings);
    const block = hostile.blockNesting(2000);
    const b = timed('2,000-deep block nesting', () => manifest(block));
    assert.ok(b.findings.some((f) => /nests more than/.test(f.message)));
  });

  it('a 20 MB manifest is reported once and not analysed', () => {
    const text = hostile.paddedManifest(Math.ceil((20 * 1024 * 1024) / 12));
    const r = timed('20 MB manifest', () => manifest(text));
    assert.deepEqual(r.findings.map((f) => f.code), ['file-too-large']);
    assert.ok(text.length > DEFAULT_MAX_SIZE);
  });

  it('a 1 MB single line', () => {
    const text = hostile.longLine(1024 * 1024);
    const r = timed('1 MB single line', () => manifest(text));
    inside(text, r.findings);
    assert.ok(!r.findings.some((f) => f.code === 'yaml-syntax'));
  });

  it('NUL bytes, invalid UTF-8, a byte-order mark', () => {
    const nul = timed('NUL bytes', () => manifest(hostile.nulBytes(3)));
    assert.deepEqual(nul.findings.map((f) => f.code), ['binary-file']);
    assert.equal(decodeText(new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a])).notText, 'invalid-utf8');
    const bom = decodeText(new TextEncoder().encode('\uFEFF' + HEAD));
    assert.equal(bom.text, HEAD);
    const r = timed('byte-order mark in text', () => manifest('\uFEFF' + HEAD));
    assert.ok(!r.findings.some((f) => f.code === 'yaml-syntax'));
  });

  it('CRLF, lone CR and tabs', () => {
    for (const [name, t] of [
      ['CRLF', hostile.lineEnds(1, '\r\n')],
      ['lone CR', hostile.lineEnds(1, '\r')],
    ] as const) {
      const r = timed(name, () => manifest(t));
      inside(t, r.findings);
      const u = r.findings.find((f) => f.code === 'unknown-provision');
      assert.ok(u, `${name}: the unknown provision is found`);
      assert.equal(u.range.start.line, 7, `${name}: on its line`);
    }
    const tabs = hostile.tabIndented(1);
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
    const text = hostile.provisionEntries(10_000);
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
    const top = timed('20,000 unknown top-level fields', () => manifest(hostile.unknownTopFields(20_000)));
    assert.equal(top.findings.filter((f) => f.code === 'unknown-field').length, 20_000);
    const nested = timed('20,000 unknown fields in an asset', () => manifest(hostile.unknownAssetFields(20_000)));
    assert.equal(nested.findings.filter((f) => f.code === 'unknown-field').length, 20_000);
    inside(hostile.unknownTopFields(20_000), top.findings);
  });

  it('a model card with 50,000 headings', () => {
    const text = hostile.cardHeadings(50_000);
    const r = timed('model card, 50,000 headings', () => analyzeModelCard(text, { path: 'MODEL_CARD.md' }));
    assert.ok(r.findings.some((f) => f.code === '8.1.1'));
    inside(text, r.findings);
    const nested = hostile.cardNestedHeadings(50_000);
    timed('model card, 50,000 nested headings', () => analyzeModelCard(nested, { path: 'MODEL_CARD.md' }));
  });

  it('a model card with 10,000 code blocks, and headings in block quotes and lists', () => {
    // Each line used to be checked against every code block: about 5 s for this card.
    const code = hostile.cardCodeBlocks(10_000);
    const r = timed('model card, 10,000 code blocks', () => analyzeModelCard(code, { path: 'MODEL_CARD.md' }));
    assert.equal(r.context.card.headings.length, 10_001);
    assert.ok(r.findings.some((f) => f.code === '8.1.1'));
    inside(code, r.findings);
    const containers = hostile.cardContainers(5_000);
    const c = timed('model card, 10,000 headings in quotes and lists', () => analyzeModelCard(containers, { path: 'MODEL_CARD.md' }));
    assert.equal(c.context.card.headings.length, 10_001);
    inside(containers, c.findings);
  });
});

/** Broken input gets a clear finding, never an exception, and the rest of the file still counts. */
import * as assert from 'node:assert/strict';
import { analyzeManifest, decodeText, fileProblem, type Finding } from '../../server/src/core/index';

const clock = { today: () => '2026-06-01' };
const analyze = (text: string) => analyzeManifest(text, { path: 'ai-security.yaml', clock });
const codes = (fs: Finding[]) => fs.map((f) => f.code);
const at = (f: Finding) => `${f.range.start.line}:${f.range.start.character}`;

const HEADER = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';

describe('broken input', () => {
  it('a YAML syntax error is reported at its place, and later findings still appear', () => {
    const r = analyze(HEADER + 'assets: [a, b\nprovisions:\n  "9.9": { status: planned }\n');
    const syntax = r.findings.filter((f) => f.code === 'yaml-syntax');
    assert.ok(syntax.length >= 1);
    assert.match(syntax[0]!.message, /^YAML syntax error: /);
    assert.equal(syntax[0]!.severity, 'error');
  });

  it('one typo does not hide the other findings', () => {
    const r = analyze(HEADER.replace('owner', 'ownr') + 'provisions:\n  "6.7": { status: planned, owner: a, due: 2026-07-01 }\n');
    const c = codes(r.findings);
    assert.ok(c.includes('unknown-field'));
    assert.ok(c.includes('missing-field'));
    assert.ok(c.includes('unknown-provision'));
    assert.ok(c.includes('2.2'), 'missing provisions are still reported');
  });

  it('a file that is not a mapping', () => {
    for (const text of ['- a\n- b\n', 'just text\n', '42\n']) {
      const r = analyze(text);
      assert.deepEqual(codes(r.findings), ['invalid-value'], text);
      assert.match(r.findings[0]!.message, /must be a YAML mapping/);
    }
  });

  it('an empty file, or one of comments only', () => {
    for (const text of ['', '\n\n', '# nothing yet\n']) {
      const r = analyze(text);
      assert.deepEqual(codes(r.findings), ['missing-field'], JSON.stringify(text));
      assert.match(r.findings[0]!.message, /empty/);
      assert.equal(at(r.findings[0]!), '0:0');
    }
  });

  it('a file that states nothing (a bare "---", "~", "null", a directive alone) fails like an empty one', () => {
    for (const text of ['---\n', '--- ~\n', '~\n', 'null\n', '...\n', '%YAML 1.2\n', '%YAML 1.2\n---\n', '# a\n---\n# b\n']) {
      const r = analyze(text);
      assert.deepEqual(codes(r.findings), ['missing-field'], JSON.stringify(text));
      assert.equal(r.findings[0]!.severity, 'error');
      assert.match(r.findings[0]!.message, /states nothing/);
    }
  });

  it('many comment lines before "---" are read in one pass (the old test of emptiness was exponential)', () => {
    // Before: 20 comment lines took 4 s and each one more doubled it; 500 would never finish.
    const r = analyze('# a comment\n'.repeat(500) + '---\n');
    assert.deepEqual(codes(r.findings), ['missing-field']);
    assert.match(r.findings[0]!.message, /states nothing/);
  });

  it('a multi-document file: the second document is reported, the first analysed', () => {
    const r = analyze(HEADER + '---\nversion: 2\n');
    const extra = r.findings.filter((f) => f.code === 'yaml-syntax');
    assert.equal(extra.length, 1);
    assert.equal(extra[0]!.range.start.line, 6);
    assert.match(extra[0]!.message, /one YAML document/);
    assert.ok(codes(r.findings).includes('2.2'), 'the first document is analysed');
  });

  it('duplicate keys, including 6.4 and "6.4"', () => {
    const r = analyze(HEADER + 'provisions:\n  6.4: { status: planned, owner: a, due: 2026-07-01 }\n  "6.4": { status: implemented }\nversion: 1\n');
    const dups = r.findings.filter((f) => f.code === 'duplicate-key');
    assert.deepEqual(dups.map(at), ['8:2', '9:0']);
  });

  it('a binary file is reported once and not analysed', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]);
    const d = decodeText(bytes);
    assert.equal(d.notText, 'nul');
    const f = fileProblem('binary-file', bytes.length, 1000, d.notText);
    assert.equal(f.code, 'binary-file');
    // Even if a binary string reaches the analyser, it says so and stops.
    const r = analyze('version: 1\0\0\0');
    assert.deepEqual(codes(r.findings), ['binary-file']);
  });

  it('invalid UTF-8 is not text; a byte-order mark is dropped', () => {
    assert.equal(decodeText(new Uint8Array([0x61, 0xc3, 0x28])).notText, 'invalid-utf8');
    const bom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]));
    assert.equal(bom.notText, undefined);
    assert.equal(bom.text, 'a: 1');
  });

  it('an alias bomb is stopped with a finding, quickly', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const r = analyze(text);
    const f = r.findings.find((x) => x.code === 'yaml-syntax');
    assert.ok(f, 'reported');
    assert.match(f.message, /aliases/);
  });

  it('unquoted keys are read by their source text: 12.10 is not 12.1', () => {
    const r = analyze(HEADER + 'provisions:\n  12.10: { status: planned, owner: a, due: 2026-07-01 }\n');
    const u = r.findings.find((f) => f.code === 'unknown-provision');
    assert.ok(u);
    assert.match(u.message, /no provision 12\.10/);
  });

  it('keys such as __proto__ and constructor are plain data', () => {
    const r = analyze(HEADER + '__proto__: { polluted: true }\nconstructor: 1\n');
    assert.deepEqual(r.findings.filter((f) => f.code === 'unknown-field').map((f) => f.message.split('"')[1]), ['__proto__', 'constructor']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('tabs, CRLF and lone CR line ends keep ranges right', () => {
    const crlf = analyze((HEADER + 'provisions:\n  "6.7": { status: planned }\n').replace(/\n/g, '\r\n'));
    assert.equal(crlf.findings.find((f) => f.code === 'unknown-provision')!.range.start.line, 7);
    const tab = analyze(HEADER + 'provisions:\n\t"6.4": x\n');
    assert.ok(tab.findings.some((f) => f.code === 'yaml-syntax'));
  });
});

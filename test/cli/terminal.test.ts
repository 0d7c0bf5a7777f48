/**
 * User text reaches the terminal as text: file names, manifest values quoted in messages, and
 * arguments echoed in errors are printed with their controls visibly escaped, and no line the
 * CLI prints can be read by a CI runner as a workflow command (`::add-mask::…` at the start of a
 * line, `##[error]…` anywhere in one). Property tests (fast-check, fixed seed) and the cases
 * that were reported.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeManifest, type Finding } from '../../server/src/core/index';
import { runCli, type CliRun } from './run-cli';
import { formatText } from '../../server/src/cli/formatters/text';
import type { FileResult } from '../../server/src/cli/formatters/types';
import { validateSarif } from './sarif-schema';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const TODAY = '2026-06-01';

/** The colour sequences the text formatter writes itself. */
// eslint-disable-next-line no-control-regex -- the escape character starts every colour sequence.
const OWN_SGR = /\u001b\[\d+m/g;
/** What must never reach the terminal raw: controls other than the newline, DEL, C1, bidi controls, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function assertInert(out: string, colour = false): void {
  if (!colour) assert.ok(!out.includes('\u001b'), `no escape character without colour: ${JSON.stringify(out)}`);
  const text = out.replace(OWN_SGR, '');
  const bad = CONTROL.exec(text);
  assert.equal(bad, null, `U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} printed raw in ${JSON.stringify(out)}`);
  for (const line of text.split('\n')) {
    assert.ok(!/^\s*::/.test(line), `a line a GitHub runner would run as a command: ${JSON.stringify(line)}`);
    assert.ok(!/##[A-Za-z]*\[/.test(line), `a legacy CI command in a line: ${JSON.stringify(line)}`);
  }
}

/** Characters that act on a terminal, reorder text or start a CI command, mixed with any others. */
const hostileUnit = fc.oneof(
  fc.constantFrom('\u001b', '\u001b[2J', '\u001b]0;title\u0007', '\u0007', '\u0000', '\u009b', '\u0085', '\u007f', '\u202e', '\u2066', '\u200f', '\u061c', '\u2028', '\u2029', '\n', '\r', '\t', '::', '::add-mask::', '##[error]', '##vso[', '#', '[', ' ', '\\', '"', '\ud800'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const hostile = fc.string({ unit: hostileUnit, maxLength: 12 });

/** A YAML double-quoted scalar that reads back as the string, whatever it holds. */
function yamlQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp > 0xffff) out += `\\U${cp.toString(16).padStart(8, '0')}`;
    else out += `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

function finding(message: string, code = 'invalid-value'): Finding {
  return { code, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, href: 'https://example.org' };
}

const cli = (args: string[], cwd: string): CliRun => runCli(args, { cwd });

describe(`terminal output prints user text as text (fast-check, seed ${SEED}, ${RUNS} runs)`, () => {
  it('the text formatter, for any file name, message and code, with and without colour', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, fc.boolean(), (file, message, code, color) => {
        const files: FileResult[] = [{ path: file, kind: 'manifest', findings: [finding(message, code), finding('plain')] }];
        assertInert(formatText(files, { color }), color);
      }),
      params,
    );
  });

  it('the text formatter, for any value in a manifest that its messages quote', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (value, color) => {
        const q = yamlQuoted(value);
        const text = `version: 1\nsystem:\n  name: ${q}\n  roles: [developer, ${q}]\n  lifecycle: ${q}\n  ${q}: 1\nassets:\n  - { id: ${q}, type: ${q} }\nprovisions:\n  ${q}: { status: planned }\n  "6.4": { status: ${q} }\n  "1.2": { status: risk-accepted, justification: ${q} }\n`;
        const analysis = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => TODAY } });
        assertInert(formatText([{ path: 'ai-security.yaml', kind: 'manifest', findings: analysis.findings }], { color }), color);
      }),
      params,
    );
  });

  it('usage errors on stderr, for any argument they echo: one line each, then the usage line for a mistake in the command line', () => {
    // An empty folder of its own: should an argument ever be valid, nothing else is read or written.
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-usage-'));
    try {
      fc.assert(
        fc.property(hostile, fc.constantFrom(['check', '--format'], ['check', '--fail-on'], ['check', '--today'], ['report', '--format'], ['explain'], ['init', '--lifecycle'], []), (arg, before) => {
          const r = cli([...before, arg], cwd);
          assert.equal(r.code, 2);
          assert.equal(r.out, '');
          assertInert(r.err);
          assert.match(r.err, /^ai-security: [^\n]*\n(?:Usage: ai-security [^\n]*\n)?$/, `one line, and the usage line: ${JSON.stringify(r.err)}`);
        }),
        params,
      );
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe('terminal output: the reported cases', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-terminal-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check: a folder named with a title-setting sequence, values that clear the screen or run a workflow command', () => {
    const folder = path.join(dir, 'team\u001b]0;owned\u0007');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'ai-security.yaml'),
      'version: 1\nsystem:\n  name: X\n  roles: [developer]\n  lifecycle: "\\e[2J"\nprovisions:\n  "::add-mask::error": { status: planned }\n  "6.4": { status: "x\\n::error::forged" }\n  "1.2": { status: planned, owner: "##[error]forged" }\n',
    );
    const r = cli(['check', '--today', TODAY], dir);
    assert.equal(r.code, 1, r.err);
    assertInert(r.out);
    assert.ok(r.out.includes('team\\x1b]0;owned\\x07/ai-security.yaml'), 'the folder name, visibly escaped');
    assert.ok(r.out.includes('system.lifecycle is "\\x1b[2J"'), 'the value, visibly escaped');
    assert.ok(r.out.includes('is "x\\n::error::forged"'), 'a line break in a value is shown, not printed');
  });

  it('a usage error echoes a hostile --format as text', () => {
    const r = cli(['check', '--format', '\u001b[2J'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'ai-security: --format must be text, json, sarif, github or junit, not "\\x1b[2J"\nUsage: ai-security check [paths...] [options]\n');
  });

  it('Node\u2019s own multi-line messages about arguments are printed as one line of sentences', () => {
    const r = cli(['init', '--name', '-x'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^ai-security: Option '--name' argument is ambiguous\. Did you forget to specify the option argument for '--name'\? To specify/);
    assert.ok(!r.err.includes('\\n'), r.err);
  });

  it('explain echoes the number it was given as text', () => {
    const r = cli(['explain', '6.4\u001b[2J\n::error::x'], dir);
    assert.equal(r.code, 2);
    assertInert(r.err);
    assert.match(r.err, /no provision 6\.4\\x1b\[2J\\n::error::x/);
  });

  it('report and init: the one-line summary names the file as text', () => {
    fs.writeFileSync(path.join(dir, 'ai-security.yaml'), 'version: 1\nsystem:\n  name: X\n  roles: [developer]\n  lifecycle: design\n');
    const r = cli(['report', '--today', TODAY, '--output', '::notice::\u001b[2J.md'], dir);
    assert.equal(r.code, 0, r.err);
    assertInert(r.out);
    assert.match(r.out, /^Wrote \\x3a:notice::\\x1b\[2J\.md: 1 system/);
    const sub = path.join(dir, 'new\u001b[2J');
    fs.mkdirSync(sub);
    const init = cli(['init', 'new\u001b[2J', '--today', TODAY], dir);
    assert.equal(init.code, 0, init.err);
    assertInert(init.out);
    assert.match(init.out, /^Wrote new\\x1b\[2J\/ai-security\.yaml: /);
  });

  it('the baseline line names the baseline file as text', () => {
    fs.writeFileSync(path.join(dir, 'ai-security.yaml'), 'version: 1\nsystem:\n  name: X\n  roles: [developer]\n  lifecycle: design\n');
    const r = cli(['check', '--today', TODAY, '--write-baseline', 'base\u001b[2J.json'], dir);
    assert.equal(r.code, 0, r.err);
    assertInert(r.out);
    assert.match(r.out, /in the baseline base\\x1b\[2J\.json left out/);
  });
});

describe('JSON and SARIF carry user text as data', () => {
  let dir: string;
  // DEL, C1 (CSI), bidi override, line separator: JSON.stringify leaves each raw.
  const value = 'x\u007f\u009b2J\u202e\u2028[link](1) back\\slash';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-json-'));
    fs.writeFileSync(path.join(dir, 'ai-security.yaml'), `version: 1\nsystem:\n  name: ${yamlQuoted(value)}\n  roles: [developer]\n  lifecycle: ${yamlQuoted(value)}\n`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const expected = `system.lifecycle is "${value}"`;

  it('JSON: every such character as a \\u escape, and the message parses back exactly', () => {
    const r = cli(['check', '--today', TODAY, '--format', 'json'], dir);
    assertInert(r.out);
    const messages: string[] = JSON.parse(r.out).files[0].diagnostics.map((d: { message: string }) => d.message);
    assert.ok(messages.some((m) => m.startsWith(expected)), 'the message as the check wrote it');
  });

  it('SARIF: the message as text, with controls shown and brackets escaped (§3.11.6), so it cannot embed a link', () => {
    const r = cli(['check', '--today', TODAY, '--format', 'sarif'], dir);
    assertInert(r.out);
    const sarif = JSON.parse(r.out);
    assert.deepEqual(validateSarif(sarif), []);
    const texts: string[] = sarif.runs[0].results.map((res: { message: { text: string } }) => res.message.text);
    assert.ok(texts.includes(`system.lifecycle is "x\\\\x7f\\\\x9b2J\\\\u202e\\\\u2028\\[link\\](1) back\\\\slash"; expected one of: design, development, deployment, maintenance, end-of-life.`), texts.join('\n'));
  });

  it('report JSON and CycloneDX: the name parses back exactly', () => {
    for (const format of ['json', 'cyclonedx']) {
      const r = cli(['report', '--today', TODAY, '--format', format], dir);
      assert.equal(r.code, 0, r.err);
      assertInert(r.out);
      const doc = JSON.parse(r.out);
      assert.equal(format === 'json' ? doc.systems[0].system.name : doc.declarations.targets.components[0].name, value, format);
    }
  });
});

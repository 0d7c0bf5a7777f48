/**
 * Baselines and fingerprints: a finding keeps its identity across runs while the files around it
 * change, a baseline round-trips, and `--baseline` reports and gates on new findings only.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeManifest, analyzeModelCard, findingKeys, type Finding } from '../../server/src/core/index';
import type { YNode } from '../../server/src/core/parse/yaml';
import { FINGERPRINT_NAME } from '../../server/src/cli/formatters/sarif';
import { cardNestedHeadings, duplicatesInItem } from '../core/hostile-inputs';
import { cli, validateSarif } from './sarif-schema';
import { assertGolden, directive, FIXTURE_TODAY, fixturesRoot, listFiles, rel, repoRoot } from '../helpers';

const TODAY = '2026-11-25';
const BASELINE = 'baseline.json';

interface JsonOut {
  files: { path: string; diagnostics: { code: string; message: string }[] }[];
}
interface SarifOut {
  runs: { results: { ruleId: string; message: { text: string }; baselineState?: string; partialFingerprints: Record<string, string> }[] }[];
}

describe('baseline', () => {
  let ws: string;
  const manifest = () => path.join(ws, 'examples', 'ai-security.yaml');
  const card = () => path.join(ws, 'examples', 'models', 'support-llm', 'README.md');
  const edit = (file: string, from: string | RegExp, to: string) => {
    const text = fs.readFileSync(file, 'utf8');
    const next = text.replace(from, to);
    assert.notEqual(next, text, `edit ${String(from)} applies`);
    fs.writeFileSync(file, next);
  };
  const check = (...args: string[]) => cli(['check', 'examples', '--today', TODAY, ...args], ws);
  const json = (...args: string[]) => JSON.parse(check('--format', 'json', ...args).out) as JsonOut;
  const sarif = (...args: string[]) => JSON.parse(check('--format', 'sarif', ...args).out) as SarifOut;
  const codes = (out: JsonOut) => out.files.flatMap((f) => f.diagnostics.map((d) => d.code));
  /** Each SARIF result by fingerprint: its rule and message. */
  const byFingerprint = (log: SarifOut) => new Map(log.runs[0]!.results.map((r) => [r.partialFingerprints[FINGERPRINT_NAME]!, `${r.ruleId}: ${r.message.text}`]));

  beforeEach(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-baseline-'));
    fs.cpSync(path.join(repoRoot, 'examples'), path.join(ws, 'examples'), { recursive: true });
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('round-trips: write, then check against it, leaves no new finding and exits 0 in every format', () => {
    const written = check('--write-baseline', BASELINE);
    assert.equal(written.code, 0, written.err);
    assert.equal(check().code, 1, 'the examples fail without it');
    const text = check('--baseline', BASELINE);
    assert.equal(text.code, 0, text.out);
    assert.match(text.out, /no problems/);
    assert.match(text.out, /^7 known findings in the baseline baseline\.json left out\.$/m);
    assert.deepEqual(codes(json('--baseline', BASELINE)), []);
    assert.equal(check('--format', 'json', '--baseline', BASELINE).code, 0);
    const log = sarif('--baseline', BASELINE);
    assert.equal(log.runs[0]!.results.length, 7, 'SARIF keeps the known results');
    assert.ok(log.runs[0]!.results.every((r) => r.baselineState === 'unchanged'));
    assert.deepEqual(validateSarif(log), []);
    assert.equal(check('--fail-on', 'information', '--baseline', BASELINE).code, 0);
  });

  it('is a stable, sorted, versioned file: fingerprint, code, path, location and message, no timestamps', () => {
    check('--write-baseline', BASELINE);
    const first = fs.readFileSync(path.join(ws, BASELINE), 'utf8');
    // Inserted lines move every finding; the file must not change.
    edit(manifest(), /^/, '# Reviewed by the security team.\n\n');
    check('--write-baseline', BASELINE);
    assert.equal(fs.readFileSync(path.join(ws, BASELINE), 'utf8'), first);
    const b = JSON.parse(first);
    assert.deepEqual(Object.keys(b), ['version', 'tool', 'findings']);
    assert.equal(b.version, 1);
    assert.equal(b.findings.length, 7);
    const order = (e: { path: string; code: string; location: string }) => [e.path, e.code, e.location];
    for (let i = 1; i < b.findings.length; i++) {
      const [x, y] = [order(b.findings[i - 1]), order(b.findings[i])];
      assert.ok(JSON.stringify(x) < JSON.stringify(y) || x.join('\u0000') < y.join('\u0000'), `sorted at ${i}`);
    }
    for (const e of b.findings) {
      assert.deepEqual(Object.keys(e), ['fingerprint', 'code', 'path', 'location', 'message']);
      assert.match(e.fingerprint, /^[0-9a-f]{32}$/);
    }
    assert.doesNotMatch(first, /\d{4}-\d{2}-\d{2}T\d{2}:/, 'no timestamps');
    assert.ok(first.split('\n').length > 8 * 5, 'one field a line: diffs show what changed');
    const locations = b.findings.map((e: { location: string }) => e.location);
    for (const l of ['provisions[\'6.4\'].evidence', "assets[id='base-model']", "provisions['12.2']", "provisions['5.3'].due", "provisions['3.1.2'].justifcation"]) assert.ok(locations.includes(l), `${l} in ${locations.join(', ')}`);
  });

  it('writes a bidi control or a C1 control from a manifest as an escape, so a reviewer sees it', () => {
    edit(manifest(), 'justifcation:', 'justifcation\u202e\u0085:');
    assert.equal(check('--write-baseline', BASELINE).code, 0);
    const text = fs.readFileSync(path.join(ws, BASELINE), 'utf8');
    assert.doesNotMatch(text, /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.match(text, /\\u202e\\u0085/);
    assert.equal(check('--baseline', BASELINE).code, 0, 'it still reads back as the same findings');
  });

  it('lines and comments inserted above findings leave no new finding, and keep every SARIF fingerprint', () => {
    check('--write-baseline', BASELINE);
    const before = byFingerprint(sarif());
    edit(manifest(), /^/, '# Owner: the platform team.\n# Reviewed quarterly.\n\n');
    edit(manifest(), '  - id: base-model\n', '  # The foundation model we fine-tune.\n  - id: base-model\n');
    edit(manifest(), '  "6.4":\n', '  # Disclosure policy: see SECURITY.md once published.\n\n  "6.4":\n');
    edit(manifest(), '  "3.1.2":\n', '  # Reviewed 2026-10.\n  "3.1.2":\n');
    edit(card(), '## Hashes\n', '## Release notes\n\nNothing notable.\n\n## Hashes\n');
    const r = check('--baseline', BASELINE);
    assert.equal(r.code, 0, r.out);
    assert.deepEqual(codes(json('--baseline', BASELINE)), []);
    const after = byFingerprint(sarif());
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    for (const [fp, what] of before) assert.equal(after.get(fp), what, `${fp} still names the same finding`);
  });

  it('a new gap, even one that shifts the others in its list, is the one new finding (exit 1)', () => {
    check('--write-baseline', BASELINE);
    const before = byFingerprint(sarif());
    // A new external model first in the inventory: base-model moves from index 1 to 2.
    edit(manifest(), 'assets:\n', 'assets:\n  - id: guard-model\n    type: model\n    version: 1.0.0\n    external: true\n    supplier: Guard Ltd\n    source: https://guard.example/model\n    wellDocumented: true\n');
    const r = check('--baseline', BASELINE);
    assert.equal(r.code, 1);
    assert.match(r.out, /External model "guard-model" has no evaluations/);
    assert.doesNotMatch(r.out, /base-model/);
    const fresh = json('--baseline', BASELINE);
    assert.deepEqual(codes(fresh), ['7.3']);
    const log = sarif('--baseline', BASELINE);
    assert.deepEqual(validateSarif(log), []);
    assert.deepEqual(log.runs[0]!.results.filter((x) => x.baselineState === 'new').map((x) => x.ruleId), ['7.3']);
    const after = byFingerprint(log);
    assert.equal(after.size, before.size + 1);
    for (const [fp, what] of before) assert.equal(after.get(fp), what);
  });

  it('a fixed gap is fine: the entry is no longer found, and the text says so', () => {
    check('--write-baseline', BASELINE);
    edit(manifest(), 'justifcation:', 'justification:');
    const r = check('--baseline', BASELINE);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^5 known findings in the baseline baseline\.json left out; 2 of its findings no longer found \(fixed\)\.$/m);
    assert.deepEqual(codes(json('--baseline', BASELINE)), []);
  });

  it('--fail-on gates on new findings only', () => {
    check('--write-baseline', BASELINE);
    edit(manifest(), 'evidence: [docs/monitoring.md]', 'evidence: [http://monitoring.fernhill-energy.example/dashboards]');
    assert.deepEqual(codes(json('--baseline', BASELINE)), ['insecure-evidence-url']);
    assert.equal(check('--baseline', BASELINE).code, 0, 'a new warning passes --fail-on error');
    assert.equal(check('--baseline', BASELINE, '--fail-on', 'warning').code, 1);
    assert.equal(check('--baseline', BASELINE, '--fail-on', 'never').code, 0);
  });

  it('a run over part of the workspace calls only its own entries fixed', () => {
    // Two systems under one baseline; a run over one of them says nothing of the other's gaps.
    fs.cpSync(path.join(ws, 'examples'), path.join(ws, 'other'), { recursive: true });
    assert.equal(cli(['check', 'examples', 'other', '--today', TODAY, '--write-baseline', BASELINE], ws).code, 0);
    assert.equal(JSON.parse(fs.readFileSync(path.join(ws, BASELINE), 'utf8')).findings.length, 14);
    const r = check('--baseline', BASELINE);
    assert.equal(r.code, 0);
    assert.match(r.out, /^7 known findings in the baseline baseline\.json left out\.$/m);
  });

  it('an unreadable or malformed baseline exits 2 with one line', () => {
    const cases: [string, string | undefined, RegExp][] = [
      ['missing.json', undefined, /--baseline missing\.json cannot be read \(ENOENT\)/],
      ['dir', 'DIR', /--baseline dir cannot be read \(EISDIR\)/],
      ['garbage.json', '{"version": 1, "findings": [', /is not a baseline written by --write-baseline: it is not JSON/],
      ['list.json', '[]', /it is not a JSON object/],
      ['v2.json', '{"version": 2, "findings": []}', /it has version 2; this ai-security reads version 1/],
      ['nolist.json', '{"version": 1}', /it has no "findings" list/],
      ['nofp.json', '{"version": 1, "findings": [{"code": "6.4", "path": "examples/ai-security.yaml"}]}', /findings\[0\] has no "fingerprint"/],
    ];
    for (const [file, content, message] of cases) {
      if (content === 'DIR') fs.mkdirSync(path.join(ws, file));
      else if (content !== undefined) fs.writeFileSync(path.join(ws, file), content);
      for (const format of ['text', 'json', 'sarif']) {
        const r = check('--baseline', file, '--format', format);
        assert.equal(r.code, 2, `${file} ${format}`);
        assert.equal(r.out, '', 'nothing on standard output');
        assert.equal(r.err.trim().split('\n').length, 1, r.err);
        assert.match(r.err, /^ai-security: /);
        assert.match(r.err, message);
      }
    }
    const unwritable = check('--write-baseline', path.join('no-such-folder', BASELINE));
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.err, /^ai-security: --write-baseline no-such-folder\/baseline\.json cannot be written \(ENOENT\)\n$/);
  });

  it('both options are in the help and the README', () => {
    const help = cli(['--help']).out;
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const option of ['--baseline FILE', '--write-baseline FILE']) {
      assert.ok(help.includes(option), `help: ${option}`);
      assert.ok(readme.includes(`[${option}]`), `README usage: ${option}`);
      assert.ok(readme.includes(`\`${option}\``), `README text: ${option}`);
    }
  });

  describe('identity in the core', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples', 'ai-security.yaml'), 'utf8');
    const analyze = (t: string) => analyzeManifest(t, { path: 'ai-security.yaml', clock: { today: () => TODAY } });

    it('does not depend on the message or the line', () => {
      const a = analyze(text);
      const moved: Finding[] = a.findings.map((f) => ({ ...f, message: `${f.message} (reworded)`, range: { start: { line: f.range.start.line + 7, character: 0 }, end: { line: f.range.end.line + 7, character: 1 } } }));
      assert.deepEqual(findingKeys('ai-security.yaml', moved, undefined), findingKeys('ai-security.yaml', a.findings, undefined));
      const keys = findingKeys('ai-security.yaml', a.findings, a);
      const shifted = analyze(`# moved\n\n${text}`);
      assert.deepEqual(findingKeys('ai-security.yaml', shifted.findings, shifted), keys);
    });

    it('tells apart two findings of one code on one line, and keeps each when the other is fixed', () => {
      const both = analyze('version: 1\nsystem: { name: S }\n');
      const missing = both.findings.filter((f) => f.code === 'missing-field');
      assert.ok(missing.length >= 3, missing.map((f) => f.message).join('\n'));
      assert.equal(new Set(missing.map((f) => f.range.start.line)).size, 1, 'all on one line');
      const keys = findingKeys('m.yaml', both.findings, both).filter((k) => k.code === 'missing-field');
      assert.equal(new Set(keys.map((k) => k.location)).size, keys.length, keys.map((k) => k.location).join(', '));
      const owner = keys.find((k) => k.location === 'system.owner')!;
      const fixed = analyze('version: 1\nsystem: { name: S, roles: [developer] }\n');
      const after = findingKeys('m.yaml', fixed.findings, fixed);
      assert.ok(after.some((k) => k.code === 'missing-field' && k.location === owner.location && k.ordinal === owner.ordinal));
      assert.ok(!after.some((k) => k.location === 'system.roles'));
    });

    it('numbers findings that share code and location in document order', () => {
      const dup = analyze('version: 1\nversion: 1\nversion: 1\n');
      const keys = findingKeys('m.yaml', dup.findings, dup).filter((k) => k.code === 'duplicate-key');
      assert.deepEqual(keys.map((k) => [k.location, k.ordinal]), [['version', 0], ['version', 1]]);
    });

    it('keeps every fingerprint of the model-card fixtures and the examples (golden)', () => {
      // The fingerprints as a baseline records them, over every model-card fixture checked on its
      // own and over the examples' manifest and card. Written by the recipe as it stood before
      // model-card locations were found by binary search; a change here changes users' baselines.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-fingerprints-'));
      try {
        const cards = listFiles(path.join(fixturesRoot, 'cards'), (n) => /\.md$/i.test(n) && n !== 'EXPECTED.md').map((f) => rel(fixturesRoot, f));
        const runs: [string[], string][] = [
          [['check', ...cards, '--root', fixturesRoot], fixturesRoot],
          [['check', 'examples'], repoRoot],
        ];
        const entries: { fingerprint: string; code: string; path: string; location: string }[] = [];
        runs.forEach(([args, cwd], i) => {
          const file = path.join(dir, `baseline-${i}.json`);
          const r = cli([...args, '--today', TODAY, '--fail-on', 'never', '--write-baseline', file], cwd);
          assert.equal(r.code, 0, r.err);
          for (const e of JSON.parse(fs.readFileSync(file, 'utf8')).findings) entries.push({ fingerprint: e.fingerprint, code: e.code, path: e.path, location: e.location });
        });
        assert.ok(entries.length > 60, `${entries.length} findings`);
        assert.ok(entries.filter((e) => e.location.startsWith('under(')).length > 20, 'findings placed by the headings they are under');
        assertGolden('cli/fingerprints.jsonl', entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('keeps every fingerprint of the manifest fixtures (golden)', () => {
      // The fingerprints as a baseline records them, over every manifest fixture with the root and
      // the date its fixture test uses (and the cards they name). Written by the recipe as it stood
      // before a finding without a path was placed through an index of the tree; a change here
      // changes users' baselines.
      const root = path.join(fixturesRoot, 'manifests');
      const byDay = new Map<string, string[]>();
      for (const f of listFiles(root, (n) => /\.ya?ml$/.test(n))) {
        const today = directive(fs.readFileSync(f, 'utf8'), 'fixture-today') ?? FIXTURE_TODAY;
        byDay.set(today, [...(byDay.get(today) ?? []), rel(root, f)]);
      }
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-fingerprints-'));
      try {
        const entries: { fingerprint: string; code: string; path: string; location: string }[] = [];
        [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).forEach(([today, files], i) => {
          const file = path.join(dir, `baseline-${i}.json`);
          const r = cli(['check', ...files, '--root', root, '--today', today, '--fail-on', 'never', '--write-baseline', file], root);
          assert.equal(r.code, 0, r.err);
          for (const e of JSON.parse(fs.readFileSync(file, 'utf8')).findings) entries.push({ fingerprint: e.fingerprint, code: e.code, path: e.path, location: e.location });
        });
        assert.ok(byDay.size > 1, 'fixtures checked on their own dates');
        assert.ok(entries.length > 500, `${entries.length} findings`);
        assert.equal(new Set(entries.map((e) => e.fingerprint)).size, entries.length, 'every finding has its own fingerprint');
        // Findings placed by where they are in the tree rather than by a path in their data.
        const dupes = entries.filter((e) => e.code === 'duplicate-key');
        assert.ok(dupes.length >= 4 && dupes.some((e) => /[.[]/.test(e.location)), `nested duplicate keys: ${dupes.map((e) => e.location).join(', ')}`);
        assert.ok(entries.filter((e) => e.code === 'yaml-syntax' && e.location.includes('@')).length >= 3, 'syntax errors placed by their line');
        assertGolden('cli/manifest-fingerprints.jsonl', entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    describe('on a manifest', () => {
      /** Documents with what the fixtures have little of: aliases, merge keys, flow pairs, odd keys, errors. */
      const odd: [string, string][] = [
        [
          'aliases and merge keys',
          'version: 1\ndefaults: &d\n  status: planned\n  owner: a\n  due: 2027-01-01\nprovisions:\n  "6.4":\n    <<: *d\n    status: implemented\n  "5.3": *d\n  "5.4": { <<: *d, notes: x }\n  "5.5": { <<: [*d, { extra: 1 }], owner: b }\n' +
            'assets:\n  - &m { id: m1, type: model }\n  - *m\n  - name: n\n    id: ""\n  - plain\n  - ""\n  - - nested\n    - list\n  - [flow, list]\n  -\n  - id: "quoted \'id\'"\n    name: ignored\nlist: &l [1, 2]\nagain: *l\nredefined: &d { status: x }\nlater: *d\n',
        ],
        ['flow pairs and complex keys', 'version: 1\npairs: [a: 1, b: { c: 2 }, : 3, plain]\n? [x, y]\n: complex\n? z\nempty:\nnull: ~\n"quoted key": { "a b": [ { id: q }, { name: r } ] }\n'],
        ['block scalars, comments and CRLF', 'version: 1\r\n# a comment\r\nsystem:\r\n  name: |\r\n    line one\r\n\r\n    line three\r\n  owner: >-\r\n    folded\r\n  # between\r\n  roles: [developer]   # trailing\r\n\r\nassets:\r\n- id: a\r\n  type: model\r\n- id: b\r\n'],
        ['a syntax error in a nested list', 'version: 1\nassets:\n  - id: a\n    tags: [one, two\n  - id: b\n    notes: "unclosed\nprovisions: {}\n'],
        ['tabs and a second document', 'version: 1\nx:\n\ty: 1\n---\nsecond: 2\n'],
        ['deep nesting', 'version: 1\n' + Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:\n${'  '.repeat(i + 1)}- item${i}\n`).join('')],
      ];
      const documents = (): [string, string, boolean][] => [
        ...listFiles(path.join(fixturesRoot, 'manifests'), (n) => /\.ya?ml$/.test(n)).map((f): [string, string, boolean] => [rel(fixturesRoot, f), fs.readFileSync(f, 'utf8'), false]),
        ['examples/ai-security.yaml', text, false],
        ...odd.map(([name, t]): [string, string, boolean] => [name, t, true]),
      ];

      it('places a finding without a path, at every offset, and with every path, as before (golden)', () => {
        // Findings made up for the purpose: one at each offset of each document, placed by the
        // node it starts in (the recipe for a duplicate key, which adds the key); then one for
        // each path into the odd documents' trees, and a step beyond each (the fixtures' paths are
        // in the golden above). Runs of offsets placed alike are one line. Written by the recipe
        // as it stood before it searched an index of the tree.
        const out: string[] = [];
        let placed = 0;
        for (const [name, t, withPaths] of documents()) {
          const a = analyze(t);
          const at = (o: number): Finding => ({ code: 'duplicate-key', severity: 'error', message: '', href: '', range: { start: a.context.lines.positionAt(o), end: a.context.lines.positionAt(o) }, data: { kind: 'duplicate-key', key: 'K' } });
          const offsets = Array.from({ length: t.length + 1 }, (_, o) => o);
          const keys = findingKeys(name, offsets.map(at), a);
          out.push(`# ${name}`);
          let from = 0;
          for (let o = 1; o <= offsets.length; o++) {
            if (o < offsets.length && keys[o]!.location === keys[from]!.location) continue;
            out.push(`${from}-${o - 1} ${keys[from]!.location}`);
            if (keys[from]!.location !== '.K' && keys[from]!.location !== 'K') placed++;
            from = o;
          }
          if (!withPaths) continue;
          const paths: (string | number)[][] = [];
          const walk = (n: YNode | undefined, p: (string | number)[]) => {
            if (paths.length > 2000 || p.length > 60) return;
            paths.push(p);
            if (n?.kind === 'map') n.entries.forEach((e) => walk(e.value, [...p, e.key]));
            else if (n?.kind === 'seq') n.items.forEach((item, i) => walk(item, [...p, i]));
            else paths.push([...p, 'beyond'], [...p, 0]);
          };
          walk(a.context.root, []);
          const byPath: Finding[] = paths.map((p) => ({ ...at(0), code: 'unknown-field', data: { kind: 'unknown-field', path: p } }));
          findingKeys(name, byPath, a).forEach((k, i) => out.push(`${JSON.stringify(paths[i])} ${k.location}`));
        }
        assert.ok(placed > 1000, `${placed} runs of offsets placed in the tree`);
        assertGolden('cli/manifest-locations.txt', out.join('\n') + '\n');
      });

      it('fingerprints a manifest with 20,000 duplicate keys', () => {
        // 20,000 duplicate keys in a list item, each placed by the entry it is in: once a scan of
        // the item's entries for each of them (2 × 10^8 comparisons, seconds). That the time
        // grows linearly is checked in test/core/complexity.test.ts; here, that each is placed.
        const n = 20_000;
        const r = analyze(duplicatesInItem(n));
        assert.equal(r.findings.filter((f) => f.code === 'duplicate-key').length, n);
        const keys = findingKeys('ai-security.yaml', r.findings, r);
        const dupes = keys.filter((k) => k.code === 'duplicate-key').map((k) => `${k.location} ${k.ordinal}`);
        const want = Array.from({ length: n }, (_, i) => `extra[id='big'].k${i} 0`);
        // The first that differs, not a diff of 20,000 lines.
        const wrong = dupes.findIndex((d, i) => d !== want[i]);
        assert.equal(dupes.length, n);
        assert.equal(wrong, -1, `${dupes[wrong]} where ${want[wrong]} was expected`);
        assert.equal(new Set(keys.map((k) => `${k.code}\u0000${k.location}\u0000${k.ordinal}`)).size, keys.length, 'every finding has its own identity');
      });
    });

    describe('on a model card', () => {
      const quote = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;
      /** The headings a finding is under, found the slow, obvious way: every heading whose section holds its line. */
      const naiveUnder = (r: ReturnType<typeof analyzeModelCard>, f: Finding) => {
        const line = f.range.start.line;
        const chain = r.context.card.headings.filter((h) => h.line <= line && line < h.sectionEnd).map((h) => quote(h.text.trim()));
        return chain.length ? `under(${chain.join(' > ')})` : '';
      };

      it('names the headings a finding is under, as every heading whose section holds it', () => {
        // Levels that skip and come back, setext headings, headings in quotes and lists, code
        // that looks like a heading, front matter, and findings before the first heading.
        const parts = ['---\nlicense: mit\n---\n', 'TODO before any heading\n\n'];
        for (let i = 0; i < 400; i++) {
          const level = [1, 3, 6, 2, 4, 4, 5, 2, 6, 3][i % 10]!;
          if (i % 7 === 3) parts.push(`Setext ${i}\n${level === 1 ? '===' : '---'}\n\n`);
          else if (i % 11 === 5) parts.push(`> ${'#'.repeat(level)} Quoted ${i}\n\n`);
          else if (i % 13 === 6) parts.push(`- ${'#'.repeat(level)} Listed ${i}\n\n`);
          else parts.push(`${'#'.repeat(level)} H${i}\n\n`);
          if (i % 3 === 0) parts.push(`TODO ${i}\n\n`);
          if (i % 17 === 0) parts.push('```\n# not a heading\nTODO in code\n```\n\n');
          if (i % 19 === 0) parts.push(`<!-- ai-security-ignore 8.1.1 -->\n\n`);
        }
        const text = parts.join('');
        const r = analyzeModelCard(text, { path: 'MODEL_CARD.md' });
        const keys = findingKeys('MODEL_CARD.md', r.findings, r);
        const placed = keys.filter((k) => k.location.startsWith('under(') || k.location.startsWith('@'));
        assert.equal(r.context.card.headings.length, 400);
        assert.ok(placed.length > 250, `${placed.length} findings placed by heading or line`);
        keys.forEach((k, i) => {
          const f = r.findings[i]!;
          if (!(k.location.startsWith('under(') || k.location.startsWith('@') || k.location === '')) return;
          const under = naiveUnder(r, f);
          assert.ok(k.location === under || k.location.startsWith(under ? `${under} @` : '@'), `line ${f.range.start.line}: ${k.location} is not under ${under || 'no heading'}`);
        });
        assert.ok(keys.some((k) => k.location.startsWith('@')), 'a finding before the first heading is under none');
      });

      it('fingerprints a card with 50,000 nested headings', () => {
        // About 10,000 empty sections, each placed by the headings it is under: once a scan of
        // every heading per finding (5 × 10^8 comparisons). That the time grows linearly is
        // checked in test/core/complexity.test.ts; here, that each is named.
        const nested = cardNestedHeadings(50_000);
        const r = analyzeModelCard(nested, { path: 'MODEL_CARD.md' });
        const keys = findingKeys('MODEL_CARD.md', r.findings, r);
        const under = keys.filter((k) => k.location.startsWith('under('));
        assert.ok(under.length >= 10_000, `${under.length} findings under headings`);
        const last = keys.findIndex((k) => k.location.includes("'H49999'"));
        assert.ok(last >= 0, 'the last heading is named');
        assert.equal(keys[last]!.location, naiveUnder(r, r.findings[last]!) + " @'###### H49999'");
        assert.equal(new Set(keys.map((k) => `${k.code}\u0000${k.location}\u0000${k.ordinal}`)).size, keys.length, 'every finding has its own identity');
      });
    });
  });
});

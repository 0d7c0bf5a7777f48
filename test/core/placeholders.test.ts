/**
 * Placeholders the tool writes are findings until the user replaces them. Every quick fix on
 * every fixture (manifests, the examples, model cards) is applied in its snippet form with each
 * tab stop left at its default, as a user who presses Esc leaves it, and the file analysed again:
 * each default that is a placeholder of the shared table (util/placeholders.ts), or of a card
 * section's template, carries an `unchanged-placeholder` finding on exactly its text. A default
 * that is not in the table must be a value a user may rightly keep (an allowed value, a date, a
 * path the evidence checks look for, the system's own owner): a new placeholder text cannot slip
 * in unclassified. The starter manifest and the CLI's init default are held to the same table.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { addAllMissingRequirements, analyzeManifest, analyzeModelCard, cardFixesFor, fixesFor, LineIndex, starterManifest, type Finding, type Range, type TextEdit } from '../../server/src/core/index';
import { ASSET_TYPES, LIFECYCLES, ROLES, STATUSES } from '../../server/src/core/schema';
import { PLACEHOLDERS, placeholderOf, placeholderTexts, templateSlots, unchangedSlots } from '../../server/src/core/placeholders';
import { CARD_SECTIONS } from '../../server/src/core/cards/sections';
import { get, str } from '../../server/src/core/parse/yaml';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { FIXTURE_TODAY, fixturesRoot, listFiles, rel, repoRoot } from '../helpers';
import { linkDirective } from './cards.test';

/** A snippet as a client inserts it untouched, with where each tab stop's default ends up. */
export function expandWithStops(s: string): { text: string; stops: { start: number; end: number; text: string }[] } {
  let text = '';
  const stops: { start: number; end: number; text: string }[] = [];
  let open: number | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) text += s[++i];
    else if (c === '$' && s[i + 1] === '{') {
      i = s.indexOf(':', i);
      open = text.length;
    } else if (c === '}' && open !== undefined) {
      stops.push({ start: open, end: text.length, text: text.slice(open) });
      open = undefined;
    } else text += c;
  }
  return { text, stops };
}

/** Applies edits (snippet forms expanded) and says where each tab stop's default is in the result. */
function applyWithStops(original: string, edits: TextEdit[]): { text: string; stops: { start: number; end: number; text: string }[] } {
  const lines = new LineIndex(original);
  const sorted = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), ...expandWithStops(e.snippet ?? e.newText.replace(/[\\$}]/g, (c) => `\\${c}`)) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  const stops: { start: number; end: number; text: string }[] = [];
  for (const e of sorted) {
    out += original.slice(at, e.start);
    for (const s of e.stops) stops.push({ start: out.length + s.start, end: out.length + s.end, text: s.text });
    out += e.text;
    at = e.end;
  }
  return { text: out + original.slice(at), stops };
}

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** Values a fix may leave in place: a user may rightly keep each as it is. */
function mayStand(value: string, systemOwner: string | undefined): boolean {
  const allowed: readonly string[] = [...ROLES, ...LIFECYCLES, ...ASSET_TYPES, ...STATUSES];
  if (allowed.includes(value)) return true;
  // A date from today (reviewed, obtained, tested) or so many days on (due, expires).
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  // A path: the evidence checks report it until the file is there.
  if (/^(?:docs\/[a-z-]+\.md|SECURITY\.md)$/.test(value)) return true;
  // The system's own owner, copied into an entry.
  return value === systemOwner;
}

const seen = new Set<string>();

describe('placeholders the tool writes are findings until replaced', () => {
  const manifestCases = [
    ...listFiles(path.join(fixturesRoot, 'manifests'), (n) => /\.ya?ml$/.test(n)).map((f) => ({ file: f, root: path.join(fixturesRoot, 'manifests') })),
    { file: path.join(repoRoot, 'examples', 'ai-security.yaml'), root: path.join(repoRoot, 'examples') },
  ];
  let checked = 0;

  for (const c of manifestCases) {
    const relPath = rel(c.root, c.file);
    it(`manifest ${relPath}: every fix's placeholders are reported where they stand`, () => {
      const host = new NodeWorkspaceHost(c.root);
      const clock = { today: () => FIXTURE_TODAY };
      const text = fs.readFileSync(c.file, 'utf8');
      const before = analyzeManifest(text, { path: relPath, host, clock });
      const owner = str(get(get(before.context.root, 'system'), 'owner'));
      const fixes = before.findings.flatMap((f) => fixesFor(before.context, f));
      const bulk = addAllMissingRequirements(before.context);
      if (bulk) fixes.push(bulk);
      for (const fix of fixes) {
        const applied = applyWithStops(text, fix.edits);
        const after = analyzeManifest(applied.text, { path: relPath, host, clock });
        if (after.findings.some((f) => f.code === 'yaml-syntax')) continue; // the fixes test reports that
        const lines = new LineIndex(applied.text);
        for (const stop of applied.stops) {
          const label = `"${fix.title}" left "${stop.text}"`;
          if (placeholderOf(stop.text)) {
            seen.add(stop.text);
            const range = lines.range(stop.start, stop.end);
            assert.ok(
              after.findings.some((f) => f.code === 'unchanged-placeholder' && sameRange(f.range, range)),
              `${label} at ${range.start.line + 1}:${range.start.character + 1} with no unchanged-placeholder finding there:\n${applied.text}`,
            );
            checked++;
          } else {
            assert.ok(mayStand(stop.text, owner), `${label}: a placeholder that is neither in the shared table nor a value that may stand`);
          }
        }
      }
    });
  }

  it('fixes that add a system, an asset id and a field with no example write table placeholders too', () => {
    // Fields the fixtures do not lack: a manifest without a system, and an asset without an id.
    const text = 'version: 1\nassets:\n  - type: model\n    version: "1"\nprovisions: {}\n';
    const before = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => FIXTURE_TODAY } });
    // A field the schema gives no example for gets TODO: asked for through a finding's data, as
    // an editor client may send it.
    const noExample: Finding = { ...before.findings[0]!, code: 'missing-field', data: { kind: 'missing-field', path: ['assets', 0], missing: ['supplier'] } };
    for (const finding of [...before.findings.filter((f) => f.code === 'missing-field'), noExample]) {
      for (const fix of fixesFor(before.context, finding)) {
        const applied = applyWithStops(text, fix.edits);
        const after = analyzeManifest(applied.text, { path: 'ai-security.yaml', clock: { today: () => FIXTURE_TODAY } });
        const lines = new LineIndex(applied.text);
        for (const stop of applied.stops.filter((s) => placeholderOf(s.text))) {
          seen.add(stop.text);
          assert.ok(after.findings.some((f) => f.code === 'unchanged-placeholder' && sameRange(f.range, lines.range(stop.start, stop.end))), `"${stop.text}" not reported:\n${applied.text}`);
        }
      }
    }
  });

  it('the starter manifest writes the owner placeholder only when given no owner, and it is reported', () => {
    // No owner given (an empty answer, init without --owner): the table's placeholder.
    const text = starterManifest({ name: 'Triage', owner: ' ', roles: ['developer'], lifecycle: 'design', today: FIXTURE_TODAY });
    assert.equal(text, starterManifest({ name: 'Triage', owner: PLACEHOLDERS.owner.text, roles: ['developer'], lifecycle: 'design', today: FIXTURE_TODAY }));
    const found = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => FIXTURE_TODAY } }).findings.filter((f) => f.code === 'unchanged-placeholder');
    const owners = text.split('\n').filter((l) => l.trim() === `owner: ${PLACEHOLDERS.owner.text}`).length;
    assert.ok(owners > 5);
    assert.equal(found.length, owners + 1, 'every owner, and the version of the starter inventory');
    seen.add(PLACEHOLDERS.owner.text).add(PLACEHOLDERS.version.text);
    const own = starterManifest({ name: 'Triage', owner: 'triage@example.gov.uk', roles: ['developer'], lifecycle: 'design', today: FIXTURE_TODAY });
    const left = analyzeManifest(own, { path: 'ai-security.yaml', clock: { today: () => FIXTURE_TODAY } }).findings.filter((f) => f.code === 'unchanged-placeholder');
    assert.deepEqual(left.map((f) => f.message), [`"${PLACEHOLDERS.version.text}" is a placeholder the tool wrote: replace it with the version in use.`]);
  });

  const cardsRoot = path.join(fixturesRoot, 'cards');
  for (const file of listFiles(cardsRoot, (n) => /\.md$/i.test(n) && n !== 'EXPECTED.md')) {
    const name = rel(cardsRoot, file);
    it(`model card ${name}: every fix's placeholders are reported where they stand`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const links = linkDirective(text);
      const before = analyzeModelCard(text, { path: name, links });
      for (const finding of before.findings) {
        for (const fix of cardFixesFor(before.context, finding)) {
          const applied = applyWithStops(text, fix.edits);
          const after = analyzeModelCard(applied.text, { path: name, links });
          const lines = new LineIndex(applied.text);
          for (const stop of applied.stops) {
            // The file a digest is of: a name most models' files have, kept beside a real digest.
            if (stop.text === 'model.safetensors') continue;
            // The manifest's own digest, which the fix copies.
            if (/^[0-9a-f]{64}$/i.test(stop.text) && !placeholderOf(stop.text)) continue;
            const range = lines.range(stop.start, stop.end);
            // The all-zero digest is template text the `placeholder` check reports already.
            const ok = after.findings.some((f: Finding) => (f.code === 'unchanged-placeholder' || f.code === 'placeholder') && sameRange(f.range, range));
            assert.ok(ok, `"${fix.title}" left "${stop.text}" at ${range.start.line + 1} with no finding there:\n${applied.text}`);
            if (placeholderOf(stop.text)) seen.add(stop.text);
            checked++;
          }
        }
      }
    });
  }

  it('every placeholder of the table was written by some fix or the starter, and reported', () => {
    assert.ok(checked > 50, `only ${checked} placeholders checked`);
    assert.deepEqual(placeholderTexts().filter((t) => !seen.has(t)), []);
  });
});

describe('template lines', () => {
  it('a line is the template only as the fix wrote it (trailing spaces aside)', () => {
    const t = templateSlots('| ${1:model.safetensors} | ${2:abc} |')!;
    assert.deepEqual(unchangedSlots('| model.safetensors | abc |', t).map((s) => s.text), ['model.safetensors', 'abc']);
    assert.deepEqual(unchangedSlots('| model.safetensors | 3f2a |', t), []);
    assert.deepEqual(unchangedSlots('| model.safetensors | abc | x |', t), []);
    assert.equal(templateSlots('no placeholders'), undefined);
  });

  it('every card template has placeholders the rule can read', () => {
    for (const s of CARD_SECTIONS) assert.ok(s.template.some((l) => templateSlots(l)), s.key);
  });
});

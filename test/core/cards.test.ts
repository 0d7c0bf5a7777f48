/**
 * Model-card fixtures with inline expectations: a line carrying `<!-- expect: CODE[, CODE…] -->`
 * must have exactly those findings (by the line their range starts on), and no other line any;
 * then the output is compared with its golden file in test/golden/cards/.
 *
 * What the manifest that names a card says is given in a directive comment:
 *   <!-- fixture-link: {"roles": ["system-operator"], "sha256": "…", "shared": true, "publicData": true} -->
 * Without one, the card is read as no manifest names it (a Developer's document).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { analyzeModelCard, cardFixesFor, type CardLink, type Finding } from '../../server/src/core/index';
import { applyEdits, assertGolden, compareMarkers, expandSnippet, fixturesRoot, goldenJson, listFiles, readMarkers, rel } from '../helpers';

const cardsRoot = path.join(fixturesRoot, 'cards');

/**
 * `<!-- expect: CODE -->` in Markdown; `# expect: CODE` at the end of a front matter line;
 * `<!-- expect-line N: CODE -->` anywhere, for a line that cannot carry a marker.
 */
export const CARD_MARKER = /(?:<!--\s*expect:([^>]*)-->|\s#\s*expect:([^#]*)$)/;

/** `<!-- expect-line N: CODE -->`, for a line that cannot carry a marker (a front matter fence). */
function lineMarkers(text: string): { line: number; code: string }[] {
  return [...text.matchAll(/<!--\s*expect-line\s+(\d+):([^>]*)-->/g)].flatMap((m) => m[2]!.split(',').map((c) => ({ line: Number(m[1]) - 1, code: c.trim() })));
}

export function linkDirective(text: string): CardLink[] {
  const m = /<!--\s*fixture-link:\s*(\{[\s\S]*?\})\s*-->/.exec(text);
  if (!m) return [];
  const j = JSON.parse(m[1]!) as Partial<CardLink>;
  return [{ manifest: 'ai-security.yaml', assetId: j.assetId ?? 'model', roles: j.roles, sha256: j.sha256, shared: j.shared, publicData: j.publicData ?? false }];
}

describe('model-card fixtures', () => {
  const files = fs.existsSync(cardsRoot) ? listFiles(cardsRoot, (n) => /\.md$/i.test(n) && n !== 'EXPECTED.md') : [];
  for (const file of files) {
    const name = rel(cardsRoot, file);
    it(name, () => {
      const text = fs.readFileSync(file, 'utf8');
      const result = analyzeModelCard(text, { path: name, links: linkDirective(text) });
      compareMarkers([...readMarkers(text, CARD_MARKER), ...lineMarkers(text)], result.findings, []);
      assertGolden(`cards/${name.replace(/\.md$/i, '.json')}`, goldenJson(result.findings));
    });
  }
});

describe('quick fixes on model cards (core)', () => {
    const files = fs.existsSync(cardsRoot) ? listFiles(cardsRoot, (n) => /\.md$/i.test(n) && n !== 'EXPECTED.md') : [];
    let total = 0;
    after(() => {
      if (files.length) assert.ok(total > 20, `only ${total} fixes exercised`);
    });
    for (const file of files) {
      const name = rel(cardsRoot, file);
      it(`${name}: every fix removes its finding and keeps the front matter valid`, () => {
        const text = fs.readFileSync(file, 'utf8');
        const links = linkDirective(text);
        const before = analyzeModelCard(text, { path: name, links });
        const fmErrors = (fs: Finding[]) => fs.filter((f) => f.code === 'front-matter-syntax').length;
        for (const finding of before.findings) {
          for (const fix of cardFixesFor(before.context, finding)) {
            for (const form of ['plain', 'snippet'] as const) {
              const edits = fix.edits.map((e) => ({ range: e.range, newText: form === 'plain' ? e.newText : expandSnippet(e.snippet ?? e.newText) }));
              const fixed = applyEdits(text, edits);
              const after = analyzeModelCard(fixed, { path: name, links });
              const label = `${finding.code} at ${finding.range.start.line + 1} — "${fix.title}" (${form})`;
              assert.ok(fmErrors(after.findings) <= fmErrors(before.findings), `${label} broke the front matter:\n${fixed}`);
              assert.ok(!after.findings.some((f) => f.code === finding.code && JSON.stringify(f.data) === JSON.stringify(finding.data)), `${label} did not remove the finding:\n${fixed}`);
              total++;
            }
          }
        }
      });
    }
  });

/** The section a missing-section finding is about, if it is one. */
const sectionOf = (f: Finding) => (f.data?.kind === 'missing-section' ? f.data.section : undefined);

describe('model-card sections and placeholders', () => {
  // The parser skips per-line and per-section placeholder tests when the body as a whole has
  // none; a comment inside a word must still not hide one ("TO<!-- -->DO" reads "TODO").
  it('a placeholder split by a comment still empties its section (one gap, one finding: on the heading)', () => {
    const text = '# Card\n\n## Guardrails\n\nTO<!-- note -->DO\n\n## Data retention\n\nKept for 30 days.\n';
    const r = analyzeModelCard(text, { path: 'MODEL_CARD.md' });
    assert.ok(!r.findings.some((f) => f.code === 'placeholder'));
    assert.ok(r.findings.some((f) => f.code === '8.1.1' && sectionOf(f) === 'guardrails' && f.range.start.line === 2));
    assert.ok(!r.findings.some((f) => f.code === '8.1.1' && sectionOf(f) === 'retention'));
  });

  it('the first heading that counts for a section is the one findings point at', () => {
    const text = '# Card\n\n## Guardrails\n\n## Safeguards\n\n## Data retention\n\nKept for 30 days.\n';
    const r = analyzeModelCard(text, { path: 'MODEL_CARD.md' });
    const guardrails = r.findings.find((f) => f.code === '8.1.1' && sectionOf(f) === 'guardrails');
    assert.equal(guardrails?.range.start.line, 2);
    assert.match(guardrails!.message, /Write the "Guardrails" section/);
    assert.equal(r.context.present.get('retention')?.line, 6);
  });
});

/**
 * Fixture manifests with inline expectations. A line ending in `# expect: CODE[, CODE…]` must
 * carry exactly those findings (by the line their range starts on), and no other line may carry
 * any; then the whole output is compared with its golden file in test/golden/manifests/.
 *
 * Directives in a fixture's leading comments:
 *   # fixture-today: YYYY-MM-DD       the clock (default 2026-06-01)
 *   # fixture-ignore: KIND[, KIND…]   finding kinds (data.kind) left out of the marker check,
 *                                     e.g. missing-provision, so a fixture about one check need
 *                                     not list every provision it leaves unaddressed
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { analyzeManifest, type Finding } from '../../server/src/core/index';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { assertGolden, FIXTURE_TODAY, fixturesRoot, listFiles, rel } from '../helpers';

const manifestsRoot = path.join(fixturesRoot, 'manifests');

export interface Expectation {
  line: number;
  code: string;
}

export function readMarkers(text: string, marker: RegExp): Expectation[] {
  const out: Expectation[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = marker.exec(line);
    if (!m) return;
    for (const code of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push({ line: i, code });
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

describe('manifest fixtures', () => {
  const host = new NodeWorkspaceHost(manifestsRoot);
  const files = listFiles(manifestsRoot, (n) => /\.ya?ml$/.test(n));

  it('has fixtures', () => assert.ok(files.length > 0));

  for (const file of files) {
    const name = rel(manifestsRoot, file);
    it(name, () => {
      const text = fs.readFileSync(file, 'utf8');
      const today = directive(text, 'fixture-today') ?? FIXTURE_TODAY;
      const ignore = (directive(text, 'fixture-ignore') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const result = analyzeManifest(text, { path: name, host, clock: { today: () => today } });
      compareMarkers(readMarkers(text, /#\s*expect:\s*([^#]+?)\s*$/), result.findings, ignore);
      assertGolden(`manifests/${name.replace(/\.ya?ml$/, '.json')}`, goldenJson(result.findings));
    });
  }
});

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
import { analyzeManifest } from '../../server/src/core/index';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { assertGolden, compareMarkers, directive, FIXTURE_TODAY, fixturesRoot, goldenJson, listFiles, readMarkers, rel } from '../helpers';

const manifestsRoot = path.join(fixturesRoot, 'manifests');

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
      compareMarkers(readMarkers(text, /#\s*expect:([^#]*)$/), result.findings, ignore);
      assertGolden(`manifests/${name.replace(/\.ya?ml$/, '.json')}`, goldenJson(result.findings));
    });
  }
});

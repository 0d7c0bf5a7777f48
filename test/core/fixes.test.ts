/**
 * Every quick fix the core offers, on every fixture and the examples, applied and revalidated:
 * the finding it targets is gone and the YAML still parses. Both the plain form and the snippet
 * form (with its placeholders filled by their defaults) are checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { addAllMissingRequirements, analyzeManifest, fixesFor, provision, type Finding } from '../../server/src/core/index';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { applyEdits, expandSnippet, FIXTURE_TODAY, fixturesRoot, listFiles, rel, repoRoot } from '../helpers';

/** The same finding after a fix: same code, kind and place in the YAML. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.code === b.code && a.data?.kind === b.data?.kind && JSON.stringify(a.data?.path ?? null) === JSON.stringify(b.data?.path ?? null) && (a.data?.provision ?? null) === (b.data?.provision ?? null);
}

const cases: { name: string; file: string; root: string }[] = [
  ...listFiles(path.join(fixturesRoot, 'manifests'), (n) => /\.ya?ml$/.test(n)).map((f) => ({ name: rel(fixturesRoot, f), file: f, root: path.join(fixturesRoot, 'manifests') })),
  { name: 'examples/ai-security.yaml', file: path.join(repoRoot, 'examples', 'ai-security.yaml'), root: path.join(repoRoot, 'examples') },
];

describe('quick fixes (core)', () => {
  let total = 0;
  after(() => assert.ok(total > 50, `only ${total} fixes were exercised`));
  for (const c of cases) {
    const host = new NodeWorkspaceHost(c.root);
    const relPath = rel(c.root, c.file);
    const clock = { today: () => FIXTURE_TODAY };
    it(`${c.name}: every fix removes its finding and leaves valid YAML`, () => {
      const text = fs.readFileSync(c.file, 'utf8');
      const before = analyzeManifest(text, { path: relPath, host, clock });
      const broken = (fs: Finding[]) => fs.filter((f) => f.code === 'yaml-syntax' || f.code === 'duplicate-key').length;
      const brokenBefore = broken(before.findings);
      for (const finding of before.findings) {
        for (const fix of fixesFor(before.context, finding)) {
          // A fix that runs an editor command writes what the command writes (the real VS Code suite).
          if (fix.command) {
            assert.deepEqual(fix.edits, [], `${fix.title}: a command, no edits`);
            continue;
          }
          for (const form of ['plain', 'snippet'] as const) {
            const edits = fix.edits.map((e) => ({ range: e.range, newText: form === 'plain' ? e.newText : expandSnippet(e.snippet ?? e.newText) }));
            const fixed = applyEdits(text, edits);
            const after = analyzeManifest(fixed, { path: relPath, host, clock });
            const label = `${finding.code} at ${finding.range.start.line + 1} — "${fix.title}" (${form})`;
            assert.ok(broken(after.findings) <= brokenBefore, `${label} broke the YAML:\n${fixed}`);
            assert.ok(!after.findings.some((f) => sameFinding(f, finding)), `${label} did not remove the finding:\n${fixed}`);
            total++;
          }
        }
      }
      const bulk = addAllMissingRequirements(before.context);
      if (bulk) {
        const fixed = applyEdits(text, bulk.edits);
        const after = analyzeManifest(fixed, { path: relPath, host, clock });
        assert.ok(broken(after.findings) <= brokenBefore, `bulk fix broke the YAML:\n${fixed}`);
        const left = after.findings.filter((f) => f.data?.kind === 'missing-provision' && provision(f.code)?.modal === 'shall');
        assert.deepEqual(left.map((f) => f.code), [], `bulk fix left missing requirements:\n${fixed}`);
        total++;
      }
    });
  }
});

/**
 * The README's recipe for adding a check (Development → Adding a check): its example is the
 * rule in test/recipe/rules/, word for word, and that rule, added to the product's rules, does
 * what the recipe says — reports on the line its fixture marks, runs under the guard, and is
 * served by the quick fix of its kind of data.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeManifest, fixesFor, manifestRules, ruleUrl } from '../server/src/core/index';
import { systemDescriptionRule } from './recipe/rules/system-description';
import { applyEdits, compareMarkers, directive, readMarkers, repoRoot } from './helpers';

const MARKER = '<!-- recipe-example: test/recipe/rules/system-description.ts -->';
const fixture = path.join(repoRoot, 'test', 'recipe', 'missing-description.yaml');
const clock = { today: () => '2026-06-01' };
const rules = [...manifestRules, systemDescriptionRule];

describe('README recipe: adding a check', () => {
  it('the example in the README is the rule the suite compiles and runs, imports written as in server/src/core/rules/', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const at = readme.indexOf(MARKER);
    assert.ok(at >= 0, 'the README marks its example');
    const block = /```ts\n([^`]*)```/.exec(readme.slice(at))![1]!;
    const source = fs.readFileSync(path.join(repoRoot, 'test', 'recipe', 'rules', 'system-description.ts'), 'utf8');
    // From the first import on (the file's header says why it lives in test/), with the imports
    // as a module in server/src/core/rules/ writes them.
    const asInRules = source
      .slice(source.indexOf('import '))
      .replaceAll("'../../../server/src/core/rules/", "'./")
      .replaceAll("'../../../server/src/core/", "'../");
    assert.equal(block, asInRules);
  });

  it('added to the rules, it reports on the line its fixture marks, and nothing else changes', () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const ignore = (directive(text, 'fixture-ignore') ?? '').split(',').map((s) => s.trim());
    const withRule = analyzeManifest(text, { path: 'ai-security.yaml', clock }, rules);
    compareMarkers(readMarkers(text, /#\s*expect:([^#]*)$/), withRule.findings, ignore);
    const found = withRule.findings.find((f) => f.code === 'missing-description')!;
    assert.equal(found.severity, 'information');
    assert.equal(found.href, ruleUrl('missing-description'), 'every finding links to its entry under Findings');
    const without = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    assert.deepEqual(withRule.findings.filter((f) => f !== found), without.findings);
  });

  it('its finding is served by the fix of its kind of data, and the fix removes it', () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const before = analyzeManifest(text, { path: 'ai-security.yaml', clock }, rules);
    const finding = before.findings.find((f) => f.code === 'missing-description')!;
    const fixes = fixesFor(before.context, finding);
    assert.deepEqual(fixes.map((f) => f.title), ['Add "description"']);
    const after = analyzeManifest(applyEdits(text, fixes[0]!.edits), { path: 'ai-security.yaml', clock }, rules);
    assert.ok(!after.findings.some((f) => f.code === 'missing-description'));
    assert.ok(!after.findings.some((f) => f.code === 'yaml-syntax'));
  });

  it('a policy can set its severity like any rule\u2019s, since the engine knows its code', () => {
    const text = fs.readFileSync(fixture, 'utf8') + 'policy:\n  severity:\n    missing-description: warning\n';
    const r = analyzeManifest(text, { path: 'ai-security.yaml', clock }, rules);
    assert.equal(r.findings.find((f) => f.code === 'missing-description')!.severity, 'warning');
    assert.ok(!r.findings.some((f) => f.code === 'unknown-field' && f.range.start.line > 8), 'the policy key is known');
  });

  it('if it throws, the file gets one internal-error finding naming it, and the other rules still report', () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const broken = { ...systemDescriptionRule, check: () => { throw new Error('boom'); } };
    const r = analyzeManifest(text, { path: 'ai-security.yaml', clock }, [...manifestRules, broken]);
    const errors = r.findings.filter((f) => f.code === 'internal-error');
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /"system-description"/);
    assert.deepEqual(r.findings.filter((f) => f.code !== 'internal-error'), analyzeManifest(text, { path: 'ai-security.yaml', clock }).findings);
  });
});

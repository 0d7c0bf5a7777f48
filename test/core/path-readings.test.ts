/**
 * Evidence paths that could be read two ways. The manifest is YAML, not a URL: a `#fragment`,
 * a `?query` and percent-escapes are read as a link would read them as a courtesy, but a file
 * really called `a%20b.md` or `a#b.md` is found by its name. When both readings exist, the name
 * exactly as written wins. Refusals never depend on which reading exists.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeManifest, documentLinks, systemReport } from '../../server/src/core/index';
import { classifyReference } from '../../server/src/core/util/workspace-path';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';

const HEAD = 'version: 1\nsystem: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }\n';

describe('evidence paths read two ways', () => {
  let ws: string;
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-readings-')));
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  const touch = (...names: string[]) => names.forEach((n) => fs.writeFileSync(path.join(ws, n), `# ${n}\n`));
  function check(ref: string) {
    const text = `${HEAD}provisions:\n  "2.2": { status: implemented, evidence: [${JSON.stringify(ref)}] }\n`;
    const analysis = analyzeManifest(text, { path: 'ai-security.yaml', host: new NodeWorkspaceHost(ws), clock: { today: () => '2026-06-01' } });
    const refs = analysis.findings.filter((f) => f.code.startsWith('evidence-') || f.code === 'invalid-value');
    const links = documentLinks(analysis.context).map((l) => ('path' in l.target ? l.target.path : l.target.url));
    const evidence = systemReport(analysis).principles.flatMap((p) => p.provisions).find((p) => p.id === '2.2')?.evidence[0];
    return { codes: refs.map((f) => f.code), messages: refs.map((f) => f.message), links, evidence };
  }

  it('a file named with a percent-escape or a # is found by its name', () => {
    touch('a%20b.md', 'a#b.md', 'c?d.md', '50%e0.md');
    for (const name of ['a%20b.md', 'a#b.md', 'c?d.md', '50%e0.md']) {
      const r = check(name);
      assert.deepEqual(r.codes, [], `${name}: ${r.messages.join(' ')}`);
      assert.deepEqual(r.links, [name]);
      assert.deepEqual(r.evidence, { kind: 'file', ref: name, path: name, found: true }, 'no fragment: the # is part of the name');
    }
  });

  it('the link reading still works when only it exists: a fragment dropped, escapes decoded', () => {
    touch('plan.md', 'a b.md');
    assert.deepEqual(check('plan.md#recovery').evidence, { kind: 'file', ref: 'plan.md#recovery', path: 'plan.md', fragment: 'recovery', found: true });
    assert.deepEqual(check('a%20b.md').links, ['a b.md']);
    assert.deepEqual(check('a%20b.md#s').links, ['a b.md']);
  });

  it('when both readings exist, the name exactly as written wins', () => {
    touch('a%20b.md', 'a b.md', 'plan.md', 'plan.md#recovery');
    assert.deepEqual(check('a%20b.md').links, ['a%20b.md']);
    assert.deepEqual(check('plan.md#recovery').links, ['plan.md#recovery']);
  });

  it('when no reading exists, the finding names the link reading', () => {
    const r = check('docs/a%20b.md#s');
    assert.deepEqual(r.codes, ['evidence-not-found']);
    assert.match(r.messages[0]!, /"docs\/a%20b\.md#s" does not exist/);
    assert.deepEqual(check('50%e0.md').codes, ['evidence-not-found'], 'a malformed escape is a name, read as written');
  });

  it('a reference whose link reading leaves the workspace is refused, even when a file has its literal name', () => {
    touch('%2e%2e%2fsecret.md');
    assert.deepEqual(check('%2e%2e%2fsecret.md').codes, ['evidence-outside-workspace']);
    assert.deepEqual(check('%2e%2e%2fsecret.md').links, []);
  });

  it('classifies without the disk: the link reading, then the literal ones, refused readings dropped', () => {
    assert.deepEqual(classifyReference('docs/a%20b.md#x', ''), { kind: 'path', rel: 'docs/a b.md', literal: ['docs/a%20b.md#x', 'docs/a%20b.md', 'docs/a b.md#x'] });
    assert.deepEqual(classifyReference('plan.md', 'team'), { kind: 'path', rel: 'team/plan.md' });
    // The literal reading climbs out (`#/../..`); the link reading does not: only the latter is kept.
    assert.deepEqual(classifyReference('plan.md#/../../x', ''), { kind: 'path', rel: 'plan.md' });
    assert.equal(classifyReference('..%2Fx.md', '').kind, 'outside');
  });
});

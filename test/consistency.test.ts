/**
 * Generated files are current, and the catalogue is the Code: every provision's text equals
 * the reference exactly, and every provision has an applicability rule and a fixture.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { generated } from '../scripts/generate';
import { allRuleCodes, applicability, catalogue, cardRules, manifestRules, provision, README_URL, ruleAnchor, ruleUrl } from '../server/src/core/index';
import { run } from '../server/src/cli/main';
import { fixturesRoot, listFiles, repoRoot } from './helpers';

/** GitHub's anchor for a README heading: lower case, punctuation dropped, spaces to hyphens. */
export function githubAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

describe('consistency', () => {
  describe('every rule ID links to its own entry in the README', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    // Headings outside fenced code, with the numbers GitHub appends to repeated anchors.
    const anchors: string[] = [];
    let fence = false;
    for (const line of readme.split('\n')) {
      if (/^(```|~~~)/.test(line)) fence = !fence;
      const m = !fence && /^#{1,6} (.*)$/.exec(line);
      if (!m) continue;
      const a = githubAnchor(m[1]!);
      const n = anchors.filter((x) => x === a || x.startsWith(`${a}-`) && /^\d+$/.test(x.slice(a.length + 1))).length;
      anchors.push(n ? `${a}-${n}` : a);
    }
    const findings = readme.slice(readme.indexOf('\n## Findings'), readme.indexOf('\n## ', readme.indexOf('\n## Findings') + 1));

    it('the README URL is package.json\u2019s homepage, in its repository', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { homepage: string; repository: { url: string } };
      assert.equal(README_URL, pkg.homepage);
      assert.equal(pkg.homepage.replace(/#readme$/, ''), pkg.repository.url.replace(/\.git$/, ''));
    });

    for (const code of new Set([...manifestRules, ...cardRules].flatMap((r) => r.codes.map((c) => c.code)).concat(allRuleCodes.map((c) => c.code)))) {
      it(code, () => {
        assert.ok(findings.includes(`\n### \`${code}\`\n`), `no heading for ${code} under ## Findings`);
        assert.equal(ruleAnchor(code), githubAnchor(`\`${code}\``));
        assert.equal(anchors.filter((a) => a === ruleAnchor(code)).length, 1, `the anchor #${ruleAnchor(code)} is not unique in the README`);
        assert.equal(ruleUrl(code), `${README_URL.replace(/#readme$/, '')}#${ruleAnchor(code)}`);
      });
    }
  });

  for (const g of generated) {
    it(`${g.path} is current (npm run generate)`, () => {
      const actual = fs.readFileSync(path.join(repoRoot, g.path), 'utf8');
      assert.equal(actual, g.make(), `${g.path} is stale: run npm run generate`);
    });
  }

  describe('the catalogue equals the reference', () => {
    const shipped = fs.readFileSync(path.join(repoRoot, 'server/catalogue/code-of-practice-2025.yaml'), 'utf8');
    const ref = parse(shipped);
    const refProvisions = (ref.principles as { provisions: { id: string; text: string; quoteWithoutFootnoteRef?: string; modal: string; etsi: string }[] }[]).flatMap((p) => p.provisions);

    it('the shipped copy is the reference file, byte for byte (where ../shared is present)', function () {
      const shared = path.join(repoRoot, '..', 'shared', 'reference', 'code-of-practice-2025.yaml');
      if (!fs.existsSync(shared)) this.skip();
      assert.equal(shipped, fs.readFileSync(shared, 'utf8'));
    });

    it('has 13 principles, 72 provisions, 49 shall and 23 should', () => {
      assert.equal(catalogue().principles.length, 13);
      assert.equal(catalogue().provisions.length, 72);
      assert.equal(catalogue().provisions.filter((p) => p.modal === 'shall').length, 49);
      assert.equal(catalogue().provisions.filter((p) => p.modal === 'should').length, 23);
    });

    for (const r of refProvisions) {
      it(`${r.id}: text, quote, verb and ETSI designator are the reference's`, () => {
        const p = provision(r.id);
        assert.ok(p, `${r.id} missing from the catalogue`);
        assert.equal(p.text, r.text);
        assert.equal(p.quote, r.quoteWithoutFootnoteRef ?? r.text);
        assert.equal(p.modal, r.modal);
        assert.equal(p.etsi, r.etsi);
        assert.ok(p.title.length >= 3 && p.title.length <= 50, 'short title of a few words');
        assert.ok(!r.text.includes(p.title), 'the short title is ours, not a phrase copied from the Code');
      });
    }
  });

  it('every provision has an applicability decision with reasons', () => {
    for (const p of catalogue().provisions) {
      const a = applicability(p, { roles: ['developer'], lifecycle: 'design', assets: [] });
      assert.ok(a.reasons.length > 0, p.id);
    }
  });

  it('every provision appears in at least one fixture marker', () => {
    const marked = new Set<string>();
    for (const f of listFiles(path.join(fixturesRoot, 'manifests'), (n) => /\.ya?ml$/.test(n))) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/#\s*expect:\s*([^#\n]+)/g)) for (const c of m[1]!.split(',')) marked.add(c.trim());
    }
    const missing = catalogue().provisions.filter((p) => !marked.has(p.id)).map((p) => p.id);
    assert.deepEqual(missing, [], 'provisions with no fixture');
  });
});

describe('the README\u2019s report excerpt', () => {
  it('is taken from the current output of the command it names, in order', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const m = /<!-- report-excerpt: (.+?) -->\n```markdown\n([^]*?)\n```/.exec(readme);
    assert.ok(m, 'README.md has a report excerpt');
    let out = '';
    const code = run(m[1]!.split(' '), { stdout: (t) => (out += t), stderr: () => undefined, cwd: repoRoot, isTty: false, env: {} });
    assert.equal(code, 0);
    // "…" lines stand for what the excerpt leaves out; every other run of lines is verbatim.
    let from = 0;
    for (const chunk of m[2]!.split(/\n\u2026\n/)) {
      const at = out.indexOf(chunk, from);
      assert.ok(at >= 0, `the excerpt is stale (run ai-security ${m[1]}):\n${chunk}`);
      from = at + chunk.length;
    }
  });
});

describe('the injection grammar', () => {
  const grammar = JSON.parse(fs.readFileSync(path.join(repoRoot, 'syntaxes', 'ai-security.injection.tmLanguage.json'), 'utf8'));
  const re = (name: string) => new RegExp(grammar.repository[name].match);

  it('highlights waiver comments in Markdown', () => {
    const m = re('waiver-html').exec('<!-- ai-security-ignore 8.1.2: weights are not distributed -->');
    assert.equal(m?.[3], '8.1.2');
    assert.equal(m?.[5]?.trim(), 'weights are not distributed');
  });

  it('every contributed file exists', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(repoRoot, g.path)), g.path);
    // Snippets are the language server's (core/features/snippets.ts), offered only in the files it checks.
    assert.equal(pkg.contributes.snippets, undefined);
    for (const v of pkg.contributes.yamlValidation) assert.ok(fs.existsSync(path.join(repoRoot, v.url)), v.url);
    for (const w of pkg.contributes.walkthroughs) for (const s of w.steps) assert.ok(fs.existsSync(path.join(repoRoot, s.media.markdown)), s.media.markdown);
  });

  it('titles the settings "AI Security", and lists each under a category whose id is its key\u2019s prefix', () => {
    // VS Code's Settings editor shows a setting as its key made into words ("aiSecurity.enable":
    // "Ai Security: Enable") unless the id of the category it is listed under is a prefix of the
    // key: then as "Enable" under the category's title. A single category is listed under the
    // extension's id instead, so there are two.
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const categories = pkg.contributes.configuration as { id: string; title: string; properties: Record<string, unknown> }[];
    assert.ok(Array.isArray(categories) && categories.length >= 2, 'settings in two categories or more');
    for (const c of categories) {
      assert.match(c.title, /^AI Security\b/, c.title);
      for (const key of Object.keys(c.properties)) assert.ok(key.startsWith(`${c.id}.`) && !key.slice(c.id.length + 1).includes('.'), `${key} in category ${c.id}`);
    }
    assert.doesNotMatch(JSON.stringify(pkg.contributes), /Ai Security/);
  });
});

/**
 * Where findings, hovers and "Open provision" link (catalogue/links.ts): a provision to the
 * Code's page with a text fragment on its opening words, a rule ID to its entry in the README.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest, catalogue, codeUrl, findingHref, hoverAt, provision, provisionUrl, README_URL, ruleUrl, textDirectiveText } from '../../server/src/core/index';

/** The text of a `#…:~:text=` link, decoded, as a browser reads it. */
function directiveOf(url: string): string {
  const i = url.indexOf(':~:text=');
  assert.ok(i > 0, `no text directive in ${url}`);
  const raw = url.slice(i + ':~:text='.length);
  // One term: no unescaped comma (a range) or leading/trailing dash (a prefix or suffix).
  assert.ok(!/[,&]/.test(raw) && !/^-|-$/.test(raw), `unescaped directive syntax in ${raw}`);
  return decodeURIComponent(raw);
}

describe('links', () => {
  it('text directive text: percent-encoded, with dash, comma and ampersand escaped', () => {
    assert.equal(textDirectiveText('AI-specific risks, threats & more'), 'AI%2Dspecific%20risks%2C%20threats%20%26%20more');
    assert.equal(textDirectiveText('Organisations\u2019 training'), 'Organisations%E2%80%99%20training');
    assert.equal(decodeURIComponent(textDirectiveText('a-b,c&d (e)')), 'a-b,c&d (e)');
  });

  it('a provision links to the Code\u2019s page, scrolled to its own words, and no two provisions alike', () => {
    const seen = new Set<string>();
    let fromTheStart = 0;
    for (const p of catalogue().provisions) {
      const url = provisionUrl(p.id);
      assert.ok(url.startsWith(`${codeUrl()}:~:text=`), url);
      const words = directiveOf(url);
      assert.ok(p.quote.includes(words), `${p.id}: "${words}" is not its text`);
      if (p.quote.startsWith(words)) fromTheStart++;
      // Within its first sentence's first few clauses.
      assert.ok(p.quote.indexOf(words) < 120, `${p.id}: "${words}" is too far in`);
      assert.ok(words.split(' ').length >= 6 || words === p.quote, `${p.id}: too few words`);
      assert.ok(!catalogue().provisions.some((o) => o.id !== p.id && o.quote.includes(words)), `${p.id}: "${words}" is also in another provision`);
      seen.add(url);
    }
    assert.equal(seen.size, catalogue().provisions.length);
    assert.ok(fromTheStart >= 55, `only ${fromTheStart} links quote a provision's opening words`);
    assert.equal(directiveOf(provisionUrl('1.1')), 'Organisations\u2019 cyber security training programme shall');
    // Opening with a comma: the plain words after it, which no client can misread as a range.
    assert.equal(directiveOf(provisionUrl('5.1')), 'Data Custodians and System Operators shall maintain');
  });

  it('a rule ID links to its entry in the README; a finding to its provision or its rule', () => {
    assert.equal(ruleUrl('unknown-field'), 'https://github.com/your-org/ai-security-cop#unknown-field');
    assert.ok(README_URL.endsWith('#readme'));
    assert.equal(findingHref('overdue'), ruleUrl('overdue'));
    assert.equal(findingHref('6.4'), provisionUrl('6.4'));
    assert.equal(provisionUrl('99.9'), codeUrl(), 'a number the Code does not have: the Code as a whole');
  });

  it('the findings and the hover of one manifest link each provision and rule the same way', () => {
    const text = 'version: 1\nsystem:\n  name: S\n  owner: a@b.org\n  roles: [developer]\n  lifecycle: design\n  colour: red\nassets: []\nprovisions:\n  "6.4":\n    status: planned\n';
    const a = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => '2026-06-01' } });
    for (const f of a.findings) assert.equal(f.href, findingHref(f.code), f.code);
    assert.ok(a.findings.some((f) => f.code === 'unknown-field' && f.href === ruleUrl('unknown-field')));
    const h = hoverAt(a.context, { line: 9, character: 4 })!;
    assert.ok(h.contents.includes(`**[6.4](${provisionUrl('6.4')})**`), h.contents);
    assert.ok(provision('6.4'));
  });
});

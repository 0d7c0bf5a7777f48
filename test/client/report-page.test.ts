/** The coverage report's page: evidence links as command links, and where a link's fragment goes. */
import * as assert from 'node:assert/strict';
import { commandLinks, evidenceTarget, fragmentLine, OPEN_EVIDENCE, reportPage, slug } from '../../client/src/report-page';

describe('the coverage report\u2019s page', () => {
  it('turns workspace links into links that run the evidence command, and leaves web links', () => {
    const html = '<a href="/docs/security-training.md#by-role">x</a> <a href="/a%20b/c&amp;d.md">y</a> <a href="https://acme.example/x">z</a>';
    const out = commandLinks(html);
    const hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    assert.deepEqual(hrefs, [
      `command:${OPEN_EVIDENCE}?${encodeURIComponent(JSON.stringify(['/docs/security-training.md#by-role']))}`,
      `command:${OPEN_EVIDENCE}?${encodeURIComponent(JSON.stringify(['/a%20b/c&d.md']))}`,
      'https://acme.example/x',
    ]);
  });

  it('reads a link\u2019s path and fragment, and refuses one that leaves the folder', () => {
    assert.deepEqual(evidenceTarget('/docs/security-training.md#by-role'), { segments: ['docs', 'security-training.md'], fragment: 'by-role' });
    assert.deepEqual(evidenceTarget('/a%20b/c%23d.md'), { segments: ['a b', 'c#d.md'] });
    assert.deepEqual(evidenceTarget('/docs/x.md#L12'), { segments: ['docs', 'x.md'], fragment: 'L12' });
    for (const bad of ['/../etc/passwd', '/docs/%2e%2e/x', '/a%2Fb', 'https://x.example/', '/', '/%E0%A4%A']) assert.equal(evidenceTarget(bad), undefined, bad);
  });

  it('finds the heading a fragment names in Markdown, as the preview makes anchors, and lines by L<n>', () => {
    const md = ['# Security training', '', '```', '## By role', '```', '## By role', 'text', '## By role', '### Threat briefings (2026) ##', '## Über AI'].join('\n');
    assert.equal(fragmentLine(md, 'by-role', true), 5, 'not the heading inside the code block');
    assert.equal(fragmentLine(md, 'by-role-1', true), 7);
    assert.equal(fragmentLine(md, 'threat-briefings-2026', true), 8);
    assert.equal(fragmentLine(md, '\u00fcber-ai', true), 9);
    assert.equal(fragmentLine(md, 'nowhere', true), undefined);
    assert.equal(fragmentLine(md, 'L3', false), 2);
    assert.equal(fragmentLine(md, 'L3-L5', true), 2);
    assert.equal(fragmentLine('a: 1', 'by-role', false), undefined);
    assert.equal(slug('  Model-card & data: v2  '), 'model-card--data-v2');
  });

  it('finds the anchors of the example workspace\u2019s evidence', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'docs', 'security-training.md'), 'utf8');
    const line = fragmentLine(text, 'by-role', true);
    assert.ok(line !== undefined && /^#+ /.test(text.split('\n')[line]!), String(line));
  });

  it('allows only its own script and inline styles', () => {
    const page = reportPage('<p>x</p>', 'a <b> coverage', 'N0nce');
    assert.match(page, /content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-N0nce'"/);
    assert.match(page, /<title>a &lt;b&gt; coverage<\/title>/);
    assert.equal([...page.matchAll(/<script/g)].length, 1);
  });
});

/**
 * Values from a manifest or a model card in the Markdown the core produces for hovers and
 * completion: rendered with markdown-it (HTML and linkify on, the most a client may do), they
 * make no link, image or HTML, and their text is shown as written; the LSP adapter's plain-text
 * form gives back the value itself.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt, { type Token } from 'markdown-it';
import { analyzeManifest, analyzeModelCard, cardHoverAt, catalogue, codeUrl, completionAt, hoverAt, provisionUrl } from '../../server/src/core/index';
import { mdCode, mdText } from '../../server/src/core/util/escape';
import { stripMarkdown } from '../../server/src/lsp/convert';

const md = new MarkdownIt({ html: true, linkify: true });

/** Values that would make a link, an image, HTML, code, emphasis or a table cell if written raw. */
export const HOSTILE_VALUES = [
  '![x](https://evil.example/x.png)',
  '[link](command:workbench.action.terminal.new)',
  '<img src=x onerror=y>',
  'before <!-- hidden --> after',
  'a `b` c ``d`` e',
  'a | b | c',
  '*bold* _em_ ~~gone~~ **strong**',
  'ends with a backslash\\',
  'https://evil.example/p www.evil.example owner@evil.example //evil.example',
  '&amp; &#x3C;b&#x3E; $x^2$ <https://evil.example>',
  '[a]: https://evil.example "reference"',
];

function tokensOf(markdown: string): Token[] {
  const out: Token[] = [];
  const walk = (ts: Token[]) => {
    for (const t of ts) {
      out.push(t);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return out;
}

/** The links the core writes: the Code, and each provision on its page. */
const CORE_LINKS = new Set([codeUrl(), ...catalogue().provisions.map((p) => provisionUrl(p.id))]);

/** No HTML, no image, and no link but the ones the core writes (to the Code and its provisions). */
function assertNoInjection(markdown: string): void {
  for (const t of tokensOf(markdown)) {
    assert.ok(!['html_inline', 'html_block', 'image'].includes(t.type), `${t.type} in ${JSON.stringify(markdown)}`);
    if (t.type === 'link_open') assert.ok(CORE_LINKS.has(String(t.attrGet('href') ?? '')), `a link the core did not write, in ${JSON.stringify(markdown)}`);
  }
}

/** The text a paragraph shows, from its inline tokens. */
function shownText(inline: Token): string {
  return (inline.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? '\n' : '')).join('');
}

const HEAD = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\nprovisions:\n';

/** A YAML double-quoted scalar that reads back as the string. */
const yamlQuoted = (s: string) => JSON.stringify(s);

describe('hover and completion Markdown: values from the document are text', () => {
  for (const value of HOSTILE_VALUES) {
    it(`a due date of ${JSON.stringify(value)}`, () => {
      const text = `${HEAD}  "2.1": { status: planned, owner: a, due: ${yamlQuoted(value)} }\n`;
      const { context } = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => '2026-06-01' } });
      const hover = hoverAt(context, { line: 7, character: 4 })!;
      assert.ok(hover, 'a hover on the provision');
      assertNoInjection(hover.contents);
      const status = tokensOf(hover.contents).find((t) => t.type === 'inline' && t.content.startsWith('**Status:**'))!;
      assert.match(shownText(status), new RegExp(`Due ${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`), 'the value, shown as written');
      assert.ok(stripMarkdown(hover.contents).includes(`Due ${value}.`), 'the plain-text form holds the value as written');
    });

    it(`a model card heading of ${JSON.stringify(value)}`, () => {
      const card = `---\nlicense: mit\n---\n# Model\n\n## Training data ${value}\n\nText.\n`;
      const { context } = analyzeModelCard(card, { path: 'MODEL_CARD.md' });
      // As the card parser reads it (HTML comments taken out), on one line.
      const heading = context.card.headings.find((h) => h.line === 5)!.text.replace(/\s+/g, ' ');
      const hover = cardHoverAt(context, { line: 5, character: 4 });
      assert.ok(hover, 'a hover on the heading');
      assertNoInjection(hover.contents);
      const strong = tokensOf(hover.contents).find((t) => t.type === 'inline')!;
      assert.equal(shownText(strong).split(' documents ')[0], heading, 'the heading, shown as written');
      assert.ok(stripMarkdown(hover.contents).startsWith(`${heading} documents `), 'the plain-text form holds the heading as written');
    });
  }

  it('completion documentation makes no link but the Code\u2019s', () => {
    const text = `${HEAD}  "2.1": { status: planned, owner: "![x](https://evil.example/x.png)", due: "<img src=x>" }\n  `;
    const { context } = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => '2026-06-01' } });
    const items = completionAt(context, { line: 8, character: 2 });
    assert.ok(items.length > 10);
    for (const item of items) if (item.documentation) assertNoInjection(item.documentation);
  });
});

describe('Markdown escaping helpers', () => {
  it('mdText shows any value as written, on one line', () => {
    for (const value of HOSTILE_VALUES) {
      const inline = tokensOf(`x ${mdText(value)} y`).find((t) => t.type === 'inline')!;
      assertNoInjection(`x ${mdText(value)} y`);
      assert.equal(shownText(inline), `x ${value} y`);
    }
  });

  it('mdCode fences a value with backticks in it with a longer run, and pads one that starts or ends with one', () => {
    for (const value of ['a `b` c', '``', '`x', 'x`', 'plain', '```three```', ...HOSTILE_VALUES]) {
      const code = tokensOf(`x ${mdCode(value)} y`).filter((t) => t.type === 'code_inline');
      assert.equal(code.length, 1, mdCode(value));
      assert.equal(code[0]!.content, value);
      assert.equal(stripMarkdown(mdCode(value)), value);
    }
  });
});

describe('path completion: file names', () => {
  it('never offers a name that would write more lines of YAML, or one with controls or bidi characters', () => {
    const names = ['plan.md', 'evil\nsystem: { owner: mallory }', 'cr\rx.md', 'bidi\u202e.md', 'esc\u001b[2J.md', 'sep\u2028.md', 'caf\u00e9 \u{1F600}.md'];
    const host = {
      stat: () => 'file' as const,
      readText: () => undefined,
      list: () => names.map((name) => ({ name, kind: 'file' as const })),
    };
    const text = `${HEAD}  "1.1": { status: implemented, evidence: [docs/] }\n`;
    const { context } = analyzeManifest(text, { path: 'ai-security.yaml', host, clock: { today: () => '2026-06-01' } });
    const items = completionAt(context, { line: 7, character: text.split('\n')[7]!.indexOf('docs/') + 5 });
    assert.deepEqual(items.map((i) => i.insertText), ['plan.md', 'caf\u00e9 \u{1F600}.md']);
  });
});

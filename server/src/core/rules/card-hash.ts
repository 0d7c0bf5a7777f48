/** The manifest's digest of a model against the card: the card must publish the same one. */
import { sectionsServing, type CardContext } from '../model/card';
import type { TextEdit } from '../model/edits';
import { entry, get } from '../parse/yaml';
import { detectEol } from '../text';
import { collect } from './fix-kit';
import type { CardFixes, CardRule } from './rule';

export const cardHashRule: CardRule = {
  id: 'card-hash',
  // hash-mismatch is the manifest references rule's code: the same gap, seen from the card.
  codes: [],
  check(ctx) {
    for (const link of ctx.links) {
      if (link.sha256 && !ctx.card.digests.has(link.sha256)) {
        // Pointed at the hashes section (8.1.2's) when there is one, written or not.
        const key = sectionsServing('8.1.2')[0]!;
        const hashes = ctx.present.get(key) ?? ctx.card.firstHeading.get(key);
        ctx.report({
          code: 'hash-mismatch',
          severity: 'error',
          message: `${link.manifest} gives ${link.assetId ?? 'this model'} the sha256 ${link.sha256.slice(0, 12)}…, which this card does not list. Publish the same digest in both places.`,
          at: hashes ? hashes.range : ctx.anchor,
          data: { kind: 'hash-mismatch', sha256: link.sha256, manifest: link.manifest },
        });
      }
    }
  },
};

/** Adds `ai-security: hashes: { file: digest }` to the front matter, creating it if need be. */
export function addHashToFrontMatter(ctx: CardContext, file: string, digest: string): TextEdit | undefined {
  const eol = detectEol(ctx.text);
  const fm = ctx.card.frontMatter;
  if (!fm) {
    const text = `---${eol}ai-security:${eol}  hashes:${eol}    ${file}: ${digest}${eol}---${eol}`;
    return { range: ctx.lines.range(0, 0), newText: text, snippet: `---${eol}ai-security:${eol}  hashes:${eol}    \${1:${file}}: \${2:${digest}}${eol}---${eol}` };
  }
  if (!fm.closed || fm.problems.some((p) => p.severity === 'error')) return undefined;
  const root = fm.root;
  const sec = entry(root, 'ai-security');
  const hashes = get(sec?.value, 'hashes');
  if (hashes?.kind === 'map' && !hashes.flow && hashes.entries.length) {
    const last = hashes.entries[hashes.entries.length - 1]!;
    const indent = ctx.lines.positionAt(last.keyRange[0]).character;
    const lineEnd = ctx.lines.lineEnd(ctx.lines.positionAt(last.value.range[1]).line);
    return { range: ctx.lines.range(lineEnd, lineEnd), newText: `${eol}${' '.repeat(indent)}${file}: ${digest}` };
  }
  if (sec) return undefined; // an ai-security key of another shape: leave it to the user
  // Before the closing --- of the front matter.
  const closeLine = ctx.lines.positionAt(fm.range[1] - 1).line;
  const at = ctx.lines.lineStart(/^(---|\.\.\.)/.test(ctx.lines.lineText(closeLine)) ? closeLine : closeLine + 1);
  const text = `ai-security:${eol}  hashes:${eol}    ${file}: ${digest}${eol}`;
  return { range: ctx.lines.range(at, at), newText: text, snippet: `ai-security:${eol}  hashes:${eol}    \${1:${file}}: \${2:${digest}}${eol}` };
}

export const cardHashFixes = {
  'hash-mismatch': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    // Data can come back from an editor client: the digest is checked for what it is.
    if (typeof data.sha256 !== 'string') return fixes;
    add(`Add the manifest's digest ${data.sha256.slice(0, 12)}… to the front matter`, [addHashToFrontMatter(ctx, 'model.safetensors', data.sha256)], true);
    return fixes;
  },
} satisfies CardFixes;

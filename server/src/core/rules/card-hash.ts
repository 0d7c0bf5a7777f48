/**
 * Hashes in a card's front matter, for the fix that adds a digest. Whether the card lists the
 * manifest's digest is checked once, on the manifest (`hash-mismatch` in rules/references.ts):
 * reported on the card too, one gap made two findings.
 */
import type { CardContext } from '../model/card';
import type { TextEdit } from '../model/edits';
import { entry, get } from '../parse/yaml';
import { detectEol } from '../text';

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

/**
 * A model card as the checks see it: YAML front matter with positions in the Markdown file, the
 * body's headings as a tree (from markdown-it, so fenced code and HTML blocks never count as
 * headings), each section's own content, the SHA-256 digests the card lists, and its waivers.
 */
import MarkdownIt from 'markdown-it';
import { get, parseYaml, str, strings, type Offsets, type YamlProblem, type YNode } from '../parse/yaml';
import type { LineIndex } from '../text';
import { CARD_SECTIONS, headingMatches, normaliseHeading, PLACEHOLDER_PATTERNS } from './sections';

const HASH_SYNONYMS = CARD_SECTIONS.find((s) => s.key === 'hashes')!.synonyms;

export interface Heading {
  level: number;
  text: string;
  normalised: string;
  /** First line (0-based) of the heading itself. */
  line: number;
  /** The line after the heading (a setext heading takes two lines). */
  contentLine: number;
  /** Offsets of the heading's text on its line. */
  range: Offsets;
  /** Line after the heading's own content ends (the next heading of any level, or EOF). */
  ownEnd: number;
  /** Line where its section ends (the next heading of the same or a higher level, or EOF). */
  sectionEnd: number;
  /** The section's own text, without HTML comments. */
  ownText: string;
  /** Whether headings are nested inside this one. */
  hasChildren: boolean;
  /** Whether this section or any section inside it has content (see `hasContent`). */
  subtreeHasContent: boolean;
}

export interface Waiver {
  code: string;
  reason: string | undefined;
  line: number;
  range: Offsets;
}

export interface ParsedCard {
  frontMatter: { root: YNode | undefined; problems: YamlProblem[]; range: Offsets; closed: boolean } | undefined;
  headings: Heading[];
  /**
   * SHA-256 digests the card publishes, lower case: those in a hashes section (tables, lists, or
   * a sha256sum listing in a code block), outside HTML comments, and those under
   * `ai-security.hashes` in the front matter. A digest elsewhere (an example, a comment) is not a
   * published hash.
   */
  digests: Set<string>;
  waivers: Waiver[];
  /** Lines holding template placeholders, outside fenced code. */
  placeholders: { line: number; range: Offsets; text: string }[];
  /** Line where the body starts (after front matter). */
  bodyStart: number;
}

// Block structure is all the checks need: headings, fences and HTML blocks, and a heading's raw
// text. Inline parsing (emphasis, links, typography) is switched off; it is a third of the time.
const md = new MarkdownIt({ html: true });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/** Front matter: `---` on the first line, closed by `---` or `...` on a line of its own. */
function findFrontMatter(text: string): { start: number; contentStart: number; contentEnd: number; end: number; closed: boolean } | undefined {
  const open = /^(\uFEFF)?---[ \t]*(\r\n|\r|\n)/.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  const close = /(^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/g;
  close.lastIndex = contentStart - open[2]!.length;
  const m = close.exec(text);
  if (!m) return { start: 0, contentStart, contentEnd: text.length, end: text.length, closed: false };
  const contentEnd = m.index + m[1]!.length;
  return { start: 0, contentStart, contentEnd, end: m.index + m[0].length, closed: true };
}

export function parseCard(text: string, lines: LineIndex): ParsedCard {
  const fm = findFrontMatter(text);
  let frontMatter: ParsedCard['frontMatter'];
  let bodyText = text;
  let bodyStart = 0;
  if (fm && !fm.closed) {
    // Never closed: reported as such, and the whole file is read as Markdown, so the sections
    // below it still count.
    frontMatter = { root: undefined, problems: [], range: [0, 3], closed: false };
  } else if (fm) {
    // Parse the front matter in place, with the rest of the file blanked line for line, so that
    // every offset the parser reports is already an offset in the Markdown file.
    const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
    const parsed = parseYaml(blank(text.slice(0, fm.contentStart)) + text.slice(fm.contentStart, fm.contentEnd) + blank(text.slice(fm.contentEnd)));
    frontMatter = { root: parsed.root, problems: parsed.problems, range: [fm.start, fm.end], closed: fm.closed };
    // Keep line numbers: the body is parsed with the front matter blanked out, line for line.
    const head = text.slice(0, fm.end).replace(/[^\r\n]/g, ' ');
    bodyText = head + text.slice(fm.end);
    bodyStart = lines.positionAt(fm.end).line;
  }

  const tokens = md.parse(bodyText, {});
  const raw: { level: number; text: string; line: number; lastLine: number }[] = [];
  const code: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open' && t.map) {
      const inline = tokens[i + 1];
      // Comments on a heading line (`## Uses <!-- a note -->`) are not part of its name.
      const text = (inline?.content ?? '').replace(/<!--[\s\S]*?-->/g, '').trim();
      raw.push({ level: Number(t.tag.slice(1)), text, line: t.map[0], lastLine: t.map[1] - 1 });
    } else if ((t.type === 'fence' || t.type === 'code_block') && t.map) code.push([t.map[0], t.map[1]]);
  }
  const lineCount = lines.lineCount;
  const inCode = (l: number) => code.some(([a, b]) => l >= a && l < b);
  const headings: Heading[] = raw.map((h, i) => {
    const next = raw[i + 1];
    let sectionEnd = lineCount;
    for (let j = i + 1; j < raw.length; j++) {
      if (raw[j]!.level <= h.level) {
        sectionEnd = raw[j]!.line;
        break;
      }
    }
    const ownEnd = next ? next.line : lineCount;
    const lineText = lines.lineText(h.line);
    const col = Math.max(0, lineText.indexOf(h.text.slice(0, 20)));
    const start = lines.lineStart(h.line) + col;
    const ownText = sliceLines(lines, h.lastLine + 1, ownEnd).replace(/<!--[\s\S]*?-->/g, '');
    return {
      level: h.level,
      text: h.text,
      normalised: normaliseHeading(h.text),
      line: h.line,
      contentLine: h.lastLine + 1,
      range: [start, start + (col > 0 || lineText.startsWith(h.text.slice(0, 20)) ? h.text.length : lineText.length - col)],
      ownEnd,
      sectionEnd,
      ownText,
      hasChildren: false,
      subtreeHasContent: false,
    };
  });
  // Sub-sections are the contiguous headings after one, up to its section's end: with a prefix
  // count of headings that have content, each subtree is answered in O(log n), so a card with
  // tens of thousands of headings stays linear-ish.
  const prefix = [0];
  for (const h of headings) prefix.push(prefix[prefix.length - 1]! + (hasContent(h.ownText) ? 1 : 0));
  headings.forEach((h, i) => {
    let lo = i;
    let hi = headings.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (headings[mid]!.line < h.sectionEnd) lo = mid;
      else hi = mid - 1;
    }
    h.hasChildren = lo > i;
    h.subtreeHasContent = prefix[lo + 1]! - prefix[i]! > 0;
  });

  const digests = new Set<string>();
  const addDigests = (t: string) => {
    for (const d of t.replace(/<!--[\s\S]*?-->/g, '').match(/(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g) ?? []) digests.add(d.toLowerCase());
  };
  for (const h of headings) if (headingMatches(h.normalised, HASH_SYNONYMS)) addDigests(sliceLines(lines, h.line + 1, h.sectionEnd));
  const fmHashes = get(get(frontMatter?.root, 'ai-security'), 'hashes');
  if (fmHashes?.kind === 'map') for (const e of fmHashes.entries) addDigests(str(e.value) ?? '');
  else for (const d of strings(fmHashes)) addDigests(d.value);

  const waivers: Waiver[] = [];
  const placeholders: ParsedCard['placeholders'] = [];
  for (let l = bodyStart; l < lineCount; l++) {
    const t = lines.lineText(l);
    // A waiver shown as an example inside a code block is not a waiver.
    for (const m of inCode(l) ? [] : t.matchAll(/<!--\s*ai-security-ignore\b\s*([^\s:>-][^\s:>]*)?\s*(?::\s*([\s\S]*?))?\s*-->/g)) {
      const start = lines.lineStart(l) + m.index!;
      waivers.push({ code: (m[1] ?? '').trim(), reason: m[2]?.trim() || undefined, line: l, range: [start, start + m[0].length] });
    }
    if (inCode(l)) continue;
    const withoutComments = t.replace(/<!--.*?-->/g, '');
    for (const re of PLACEHOLDER_PATTERNS) {
      const m = re.exec(withoutComments);
      if (m) {
        const col = t.indexOf(m[0]);
        const start = lines.lineStart(l) + Math.max(0, col);
        placeholders.push({ line: l, range: [start, start + m[0].length], text: m[0] });
        break;
      }
    }
  }
  return { frontMatter, headings, digests, waivers, placeholders, bodyStart };
}

function sliceLines(lines: LineIndex, from: number, to: number): string {
  if (from >= to) return '';
  return lines.text.slice(lines.lineStart(from), to >= lines.lineCount ? lines.text.length : lines.lineStart(to));
}

/**
 * Whether a section's text says something once comments, table rules and template text go. A
 * line with a placeholder counts as nothing, whatever else it says ("TBD - waiting on legal").
 */
export function hasContent(text: string): boolean {
  const t = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => !PLACEHOLDER_PATTERNS.some((re) => re.test(line)))
    .join('')
    .replace(/[|*_>#`~\-=:\s]+/g, '');
  return t.length >= 3;
}

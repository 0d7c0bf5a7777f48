/**
 * A model card as the checks see it: YAML front matter with positions in the Markdown file, the
 * body's headings as a tree (with markdown-it's block rules, so fenced code and HTML blocks never
 * count as headings), each section's own content, the SHA-256 digests the card lists, and its
 * waivers.
 *
 * A card may have tens of thousands of headings and lines, so nothing here rescans the text per
 * heading or runs every pattern on every line: sections end where a stack says, code lines are a
 * table, and lines are only read where a quick test over the whole text says a waiver or a
 * placeholder can be.
 */
import { get, parseYaml, str, strings, type Offsets, type YamlProblem, type YNode } from './yaml';
import type { LineIndex } from '../text';
import type * as Markdown from './markdown';
import { foldedForLiterals, mayMatch, requiredLiterals } from '../util/literals';
import { CARD_SECTIONS, type CardSection, CITATION_HEADING, headingKeys, isNewsHeading, isNoticeHeading, isSampleHeading, isNothingLine, matchingSections, mayHaveNothingLine, mayHavePlaceholder, NONE, normaliseHeading, PLACEHOLDER_PATTERNS } from '../cards/sections';

/**
 * The block scanner and markdown-it, loaded with the first card: a run on manifests alone never
 * needs them, so the CLI starts without them (esbuild.mjs gives the CLI's bundles the scanner as
 * a file of its own).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const scanMarkdown = (text: string) => (require('./markdown') as typeof Markdown).scanMarkdown(text);

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
  /** A comment of code pasted without its fences, read by markdown as a heading. */
  codeComment?: boolean;
  /** Whether headings are nested inside this one. */
  hasChildren: boolean;
  /** Whether this section or any section inside it has content (see `hasContent`). */
  subtreeHasContent: boolean;
  /** Whether its own text has content (`hasContent(ownText)`). */
  ownHasContent: boolean;
  /** The keys of the card sections and anchors whose synonyms this heading matches. */
  keys: readonly string[];
  /** A notice ("Note: …", "DEPRECATED"), not a section: never empty, never an anchor. */
  notice: boolean;
}

/**
 * A bold label or a definition-style line that names an item, as a heading would:
 * `**Out-of-scope** Use in …`, `- **Limitations**: …`, `Training data: …`.
 */
export interface Label {
  line: number;
  /** The label's text on its line. */
  range: Offsets;
  keys: readonly string[];
  /** Whether what follows the label (on its line and the lines of its paragraph) says something. */
  hasContent: boolean;
  /** What follows the label: the rest of its line and of its paragraph (at most 40 lines). */
  body: string;
}

/** The first sentence of running text that shows an item, by key. */
export interface Sentence {
  line: number;
  range: Offsets;
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
  /** The first heading that counts for each section or anchor, by key (see `Heading.keys`). */
  firstHeading: Map<string, Heading>;
  /** Lines holding template placeholders, outside fenced code. */
  placeholders: { line: number; range: Offsets; text: string }[];
  /** Line where the body starts (after front matter). */
  bodyStart: number;
  labels: Label[];
  /** The text as prose: front matter and comments blanked (offsets kept), code left as it is. */
  prose: string;
  /** For each card section with sentences (see `CardSection.sentences`), the first that matches. */
  sentences: Map<string, Sentence>;
  /**
   * The next sentence of item `key` after `after` (one of its sentences), in the card's order: when
   * the model sets a match aside (a row of a table still to fill, a use that is the card's code),
   * a later one may still be the evidence. Each call reads on from where the last stopped, so
   * reading every candidate of an item costs one pass over the card at most.
   */
  nextSentence(key: string, after: Sentence): Sentence | undefined;
}

/** A heading that opens with a label of news and a colon: "Announcement: …", "News: …", "Update (2024-05): …". */
const NEWS_ITEM = /^[\W_]{0,4}(?:announcements?|news|updates?|release)(?: \([^()\n]{1,30}\))?\s*[:\uff1a]/i;

/** A thematic break ("---", "***", "___", "- - -"), which a blank line above keeps from underlining a heading. */
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** An HTML tag, on one line. */
const HTML_TAG = /<[^<>\n]*>/g;
/** A title of a name, a colon, then five words or more: "IT5: Large-scale Text-to-text Pretraining for Italian …". */
const PAPER_TITLE = /^[^:\s]{2,40}(?: [^:\s]{1,40}){0,2}: (?:\S+ ){4,}\S/;
/** A heading on evaluation or its data ("Evaluation data", "Testing", "Benchmarks"). */
const EVALUATION_DATA = /\b(?:evaluation|eval|test|testing|validation|benchmarks?)\b/;
/** A heading that names a training stage ("Training datasets", "Fine-tuning data", "Pre-training"). */
const TRAINING_WORD = /\b(?:train|training|trained|pre ?training|fine ?tun\w*)\b/;

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

const MARKDOWN_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*\r?$/m;
const CARD_TITLE = /^ {0,3}#{1,3}[ \t].{0,80}\bmodel card\b/i;

/**
 * A card written inside a Markdown code block, a starter pasted from a project's docs under a
 * title ("### `model-card.md` (starter)" over "```markdown" holding "# Model Card — …"), is read
 * as the card: its reader reads it, and outside the block there is next to nothing. The fence's
 * lines are blanked (offsets kept); a code block among a card's own sections stays code.
 */
function unfencedCard(body: string): string {
  const open = MARKDOWN_FENCE.exec(body);
  if (!open) return body;
  const contentStart = open.index + open[0].length + 1;
  const rest = body.slice(contentStart);
  const first = rest.split('\n', 8).find((l) => l.trim() !== '');
  if (first === undefined || !CARD_TITLE.test(first)) return body;
  // The block ends at a fence of the same kind, at least as long, or at the end of the text.
  const marker = open[1]!;
  let end = body.length;
  let close = body.length;
  for (let at = contentStart; at < body.length; ) {
    const next = body.indexOf('\n', at);
    const line = body.slice(at, next < 0 ? body.length : next);
    const t = line.trim();
    if (t.length >= marker.length && t[0] === marker[0] && /^(?:`{3,}|~{3,})$/.test(t)) {
      close = at;
      end = next < 0 ? body.length : next;
      break;
    }
    if (next < 0) break;
    at = next + 1;
  }
  const outside = body.slice(0, open.index) + body.slice(end);
  if (outside.split('\n').filter((l) => l.trim() !== '').length > 3) return body;
  const blank = (x: string) => x.replace(/[^\r\n]/g, ' ');
  return body.slice(0, open.index) + blank(open[0]) + body.slice(open.index + open[0].length, close) + blank(body.slice(close, end)) + body.slice(end);
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
    const inPlace = (body: string) => parseYaml(blank(text.slice(0, fm.contentStart)) + body + blank(text.slice(fm.contentEnd)));
    let parsed = inPlace(text.slice(fm.contentStart, fm.contentEnd));
    // Widget texts on the Hub often run a quoted string over lines that start at the margin. The
    // Hub reads them; the YAML 1.2 parser does not, and reports a cascade of errors. Read such a
    // string as one line (each line break becomes a space, so offsets stay put) and, if the rest
    // then parses, say once what is not portable instead of failing the whole front matter.
    if (parsed.problems.some((p) => p.severity === 'error')) {
      const folded = foldMarginQuotes(text.slice(fm.contentStart, fm.contentEnd), fm.contentStart);
      const at = (o: number) => lines.positionAt(o).line + 1;
      const again = folded && folded.unclosed === undefined ? inPlace(folded.text) : undefined;
      if (folded?.unclosed !== undefined) {
        // The parser blames the first string it could not read, often a Hub-style one above the
        // quote that is really open: name that quote first; the parser's errors follow from it.
        const u = folded.unclosed;
        parsed = { ...parsed, problems: [{ code: 'yaml-syntax', severity: 'error', message: `YAML syntax error: The quote opened on line ${at(u)} is never closed, so the rest of the front matter reads as part of its text. Close it where the text ends.`, range: [u, u + 1] }, ...parsed.problems] };
      } else if (folded && again && !again.problems.some((p) => p.severity === 'error')) {
        parsed = {
          ...again,
          problems: [
            ((): YamlProblem => {
              const [start, end] = folded.strings[0]!;
              const where = folded.strings.map(([a, b]) => `${at(a)}\u2013${at(b)}`);
              const lineEnd = text.indexOf('\n', start);
              return {
                code: 'yaml-syntax',
                severity: 'warning',
                message: `YAML syntax error: The quoted text on lines ${where.slice(0, 5).join(', ')}${where.length > 5 ? ` and ${where.length - 5} more` : ''} continues on lines no deeper than its key. The Hugging Face Hub reads it; strict YAML parsers (and this one) do not. Indent the continuation lines under the key, or write the text as a block scalar (|).`,
                range: [start, lineEnd < 0 || lineEnd > end ? end : lineEnd],
                data: { kind: 'quote-at-margin', strings: folded.strings.length },
              };
            })(),
            ...again.problems,
          ],
        };
      }
    }
    frontMatter = { root: parsed.root, problems: parsed.problems, range: [fm.start, fm.end], closed: fm.closed };
    // Keep line numbers: the body is parsed with the front matter blanked out, line for line.
    const head = text.slice(0, fm.end).replace(/[^\r\n]/g, ' ');
    bodyText = head + text.slice(fm.end);
    bodyStart = lines.positionAt(fm.end).line;
  }

  bodyText = unfencedCard(bodyText);
  const blocks = scanMarkdown(bodyText);
  const raw = blocks.headings;
  const lineCount = lines.lineCount;
  const inCode = new Uint8Array(lineCount);
  // A content tab or an admonition of MkDocs ('=== "Detection (COCO)"', '!!! note') holds its text
  // indented under it, which Markdown takes for code: it is the card's prose, save its own fenced
  // code ("        ```python").
  for (const [a, b] of blocks.code) {
    if (!tabContent(lines, a)) {
      inCode.fill(1, a, b);
      continue;
    }
    let fence = false;
    for (let l = a; l < b; l++) {
      const fenceLine = INDENTED_FENCE.test(lines.lineText(l));
      if (fenceLine || fence) inCode[l] = 1;
      if (fenceLine) fence = !fence;
    }
  }
  // A section ends at the next heading of the same or a higher level: the nearest one to the
  // right that is not deeper, found with a stack from the end.
  // The index of the heading that ends each section (or the count of headings).
  const sectionNext = new Int32Array(raw.length);
  const stack: number[] = [];
  for (let i = raw.length - 1; i >= 0; i--) {
    while (stack.length && raw[stack[stack.length - 1]!]!.level > raw[i]!.level) stack.pop();
    sectionNext[i] = stack.length ? stack[stack.length - 1]! : raw.length;
    stack.push(i);
  }
  const bodyOffset = lines.lineStart(bodyStart);
  const body = bodyOffset ? text.slice(bodyOffset) : text;
  // Placeholders are looked for line by line, with comments taken out ("TO<!-- -->DO" reads
  // "TODO"). Taken out of the whole body the same way, a body with no match has no such line.
  // And every section's own text lies in the body: with no comment in it and no placeholder, no
  // section has one, and whether a section has content is only a matter of counting characters.
  const bodyHasComments = body.includes('<!--');
  const bodyMayHavePlaceholder = mayHavePlaceholder(bodyHasComments ? withoutComments(body, false) : body);
  // (A section may also open by saying it has nothing: "No training data … is present".)
  const sectionsMayHavePlaceholder = bodyHasComments || bodyMayHavePlaceholder || mayHaveNothingLine(body) || NOTHING_OPENING.test(body);
  const firstHeading = new Map<string, Heading>();
  // The headings open above the one being read, outermost first (each deeper than the last).
  const open: Heading[] = [];
  // The card's title: a first heading of the top level.
  let title: Heading | undefined;
  const headings: Heading[] = raw.map((h, i) => {
    // Comments on a heading line (`## Uses <!-- a note -->`) are not part of its name.
    const text = (h.text.includes('<!--') ? withoutComments(h.text, true) : h.text).trim();
    const next = raw[i + 1];
    const ownEnd = next ? next.line : lineCount;
    const lineText = lines.lineText(h.line);
    const col = Math.max(0, lineText.indexOf(text.slice(0, 20)));
    const start = lines.lineStart(h.line) + col;
    const own = sliceLines(lines, h.end, ownEnd);
    const ownText = own.includes('<!--') ? withoutComments(own, true) : own;
    const normalised = normaliseHeading(text);
    const heading: Heading = {
      level: h.level,
      text,
      normalised,
      line: h.line,
      contentLine: h.end,
      range: [start, start + (col > 0 || lineText.startsWith(text.slice(0, 20)) ? text.length : lineText.length - col)],
      ownEnd,
      sectionEnd: sectionNext[i]! < raw.length ? raw[sectionNext[i]!]!.line : lineCount,
      ownText,
      hasChildren: false,
      subtreeHasContent: false,
      ownHasContent: sectionsMayHavePlaceholder ? hasContent(ownText) : saysSomething(ownText),
      keys: headingKeys(text, normalised),
      notice: isNoticeHeading(text, normalised),
    };
    // The card's title in a paper's shape, a name then what it does ("# ChineseBERT: Chinese
    // Pretraining Enhanced by Glyph and Pinyin Information"), names the model, no section of it.
    if (i === 0 && h.level === 1 && PAPER_TITLE.test(text)) heading.keys = NONE;
    // A heading that is one piece of news ("Announcement: X is now integrated into a library for …
    // research and applications!") tells of a release, no section on an item.
    if (NEWS_ITEM.test(text)) heading.keys = NONE;
    // A comment of code pasted without its fences ("# Load artifacts" over "model = joblib.load(…)")
    // is what markdown calls a heading; it is no section of the card.
    if (h.level === 1 && /^#\s/.test(lineText) && h.line + 1 < lineCount && CODE_LINE.test(lines.lineText(h.line + 1))) {
      heading.keys = NONE;
      heading.codeComment = true;
    }
    while (open.length && open[open.length - 1]!.level >= h.level) open.pop();
    // "Evaluation data" over "Datasets" (the Model Cards paper's layout): the data it was tested
    // on, not trained on. A heading that names training ("Training datasets") keeps its key.
    // (Not under the card's title, which names all it holds: "# Multilingual Medicine: Model,
    // Dataset, Benchmark, Code" over "## Dataset & Evaluation" is no section on evaluation.)
    const parent = open[open.length - 1];
    if (parent && parent !== title && heading.keys.includes('training-data') && !TRAINING_WORD.test(normalised) && EVALUATION_DATA.test(parent.normalised) && !TRAINING_WORD.test(parent.normalised)) {
      heading.keys = heading.keys.filter((k) => k !== 'training-data');
    }
    if (i === 0 && h.level === 1) title = heading;
    open.push(heading);
    for (const key of heading.keys) if (!firstHeading.has(key)) firstHeading.set(key, heading);
    return heading;
  });
  // Sub-sections are the contiguous headings after one, up to the one that ends its section:
  // with a prefix count of headings that have content, each subtree is answered at once.
  const prefix = new Int32Array(headings.length + 1);
  headings.forEach((h, i) => (prefix[i + 1] = prefix[i]! + (h.ownHasContent ? 1 : 0)));
  headings.forEach((h, i) => {
    const last = sectionNext[i]! - 1;
    h.hasChildren = last > i;
    h.subtreeHasContent = prefix[last + 1]! - prefix[i]! > 0;
  });

  const digests = new Set<string>();
  const addDigests = (t: string) => {
    for (const d of withoutComments(t, true).match(/(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g) ?? []) digests.add(d.toLowerCase());
  };
  for (const h of headings) if (h.keys.length && h.keys.includes('hashes')) addDigests(sliceLines(lines, h.line + 1, h.sectionEnd));
  const fmHashes = get(get(frontMatter?.root, 'ai-security'), 'hashes');
  if (fmHashes?.kind === 'map') for (const e of fmHashes.entries) addDigests(str(e.value) ?? '');
  else for (const d of strings(fmHashes)) addDigests(d.value);

  // Waivers and placeholders are read line by line outside code (a waiver shown as an example in
  // a code block is not a waiver), but only on lines that can hold one: a waiver needs "<!--",
  // and no line has a placeholder unless the body as a whole matches a placeholder pattern.
  const waivers: Waiver[] = [];
  const placeholders: ParsedCard['placeholders'] = [];
  for (let l = -1, at = text.indexOf('<!--', bodyOffset); at >= 0; at = text.indexOf('<!--', at + 4)) {
    const line = lines.positionAt(at).line;
    if (line === l) continue;
    l = line;
    if (inCode[l]) continue;
    for (const w of waiversIn(lines.lineText(l))) {
      const start = lines.lineStart(l) + w.at;
      waivers.push({ code: w.code, reason: w.reason, line: l, range: [start, start + w.length] });
    }
  }
  // The body as a reader sees it: comments (on one line or many) blanked, offsets kept. Text in a
  // comment is neither content nor a placeholder.
  const prose = bodyHasComments ? blankComments(bodyText, false) : bodyText;
  // For placeholders, comments within a line are taken out instead ("TO<!-- -->DO" reads
  // "TODO"); only those across lines are blanked.
  const spanning = bodyHasComments ? blankComments(bodyText, true) : bodyText;
  const proseLine = (l: number) => prose.slice(lines.lineStart(l), lines.lineEnd(l));
  const headingLine = new Uint8Array(lineCount);
  // 1: a heading; 2: a heading that names an item, whose words say where an item goes, not
  // that the card has it ("Out-of-Scope Use" over template text).
  for (const h of headings) headingLine.fill(h.keys.length ? 2 : 1, h.line, Math.max(h.line + 1, h.contentLine));
  // Lines under news and references: read for neither labels nor sentences (see isNewsHeading).
  const newsLine = new Uint8Array(lineCount);
  // Its subsections are news too when they are dated entries ("### 2024-05-01", "## v2.1"); a
  // subsection of any other name is the card again, under an author who made "# Announcements"
  // a top-level heading and put "## License" beneath it.
  headings.forEach((h, i) => {
    if (!isNewsHeading(h.normalised) && !isSampleHeading(h.normalised)) return;
    let end = h.sectionEnd;
    for (const g of headings.slice(i + 1)) {
      if (g.line >= h.sectionEnd) break;
      if (!DATED_HEADING.test(g.normalised) && !isNewsHeading(g.normalised) && !isSampleHeading(g.normalised)) {
        end = g.line;
        break;
      }
    }
    // A rule across the page closes news or thanks: what follows it is the card again ("## Acknowledgments"
    // over its list, then "---" and "**Disclaimer**: … for educational and research purposes").
    // (Samples are often ruled off from one another, so not theirs.)
    if (!isSampleHeading(h.normalised)) {
      for (let l = h.contentLine + 1; l < end; l++) {
        if (!inCode[l] && THEMATIC_BREAK.test(lines.lineText(l)) && lines.lineText(l - 1).trim() === '') {
          end = l;
          break;
        }
      }
    }
    // A citation is its entry: prose after the entry's code block, under the same heading, is the card
    // again ("#### BibTeX" over its entry, then the model "trained with DF2K dataset" and its results).
    if (CITATION_HEADING.test(h.normalised)) {
      let l = h.contentLine;
      while (l < end && lines.lineText(l).trim() === '') l++;
      if (l < end && inCode[l]) {
        while (l < end && inCode[l]) l++;
        end = l;
      }
    }
    newsLine.fill(1, h.contentLine, end);
  });
  const placeholderLine = new Uint8Array(lineCount);
  for (let l = bodyStart; bodyMayHavePlaceholder && l < lineCount; l++) {
    if (inCode[l]) continue;
    const line = spanning.slice(lines.lineStart(l), lines.lineEnd(l));
    const t = line.includes('<!--') ? withoutComments(line, false) : line;
    for (const re of PLACEHOLDER_PATTERNS) {
      const m = re.exec(t);
      // A bracket inside a quotation is the example quoted, not a blank left to fill: "(e.g.
      // “the politician apologized for saying [insert hateful statement]”)".
      if (m && !quoted(t, m.index, m.index + m[0].length)) {
        const start = lines.lineStart(l) + Math.max(0, t === line ? m.index : line.indexOf(m[0]));
        placeholders.push({ line: l, range: [start, start + m[0].length], text: m[0] });
        placeholderLine[l] = 1;
        break;
      }
    }
  }
  // Headings are no labels, but their words are read for sentences: a title such as "GPT-2
  // fine-tuned on Spanish rap lyrics" says what the model was trained on.
  // A card with no heading marks past its title numbers its sections in plain text ("3.1 Datasets Used").
  // (The comments of code pasted without its fences are no heading marks: see `codeComment`.)
  const unmarked = headings.filter((h) => !h.codeComment).length <= 1;
  // Lines under a heading of uses to avoid: what "can be used to" do there is a misuse ruled
  // out ("- To generate personal information that can be used to harm an individual"), not an
  // intended use (which such a section may still state: "only intended to be used for …").
  const misuseLine = new Uint8Array(lineCount);
  for (const h of headings) if (h.keys.includes('out-of-scope') && !h.keys.includes('scope')) misuseLine.fill(1, h.contentLine, h.sectionEnd);
  const { labels, sentences, resume } = readProse(lines, bodyStart, (l) => (inCode[l] || newsLine[l] || headingLine[l] === 2 ? undefined : spoken(proseLine(l))), placeholderLine, headingLine, unmarked, misuseLine);
  if (fm?.closed) labels.push(...frontMatterFields(text, lines, fm.contentStart, fm.contentEnd));
  // A result printed in a code block comes after every sentence of prose, and ends the reading.
  let printed: Sentence | undefined;
  let looked = false;
  const inCodeBlock = (): Sentence | undefined => {
    if (!looked) printed = resultInCode(lines, blocks.code, (l) => (l < bodyStart || newsLine[l] ? undefined : bodyText.slice(lines.lineStart(l), lines.lineEnd(l))));
    looked = true;
    return printed;
  };
  if (!sentences.has('evaluation')) {
    const first = inCodeBlock();
    if (first) sentences.set('evaluation', first);
  }
  // A table in the news is the figures a release was announced with ("- **2025-08-28:** Metric depth
  // models released" over "| KITTI | 0.415 | 0.982 | …"): results, though the news's words are not read.
  if (!sentences.has('evaluation') && newsLine.includes(1)) {
    const rows = readProse(lines, bodyStart, (l) => (newsLine[l] && !inCode[l] && /^\s*\|/.test(proseLine(l)) ? spoken(proseLine(l)) : undefined), placeholderLine, headingLine, unmarked, misuseLine);
    const first = rows.sentences.get('evaluation');
    if (first) sentences.set('evaluation', first);
  }
  const nextSentence = (key: string, after: Sentence): Sentence | undefined => (after === printed ? undefined : (resume(key, after) ?? (key === 'evaluation' ? inCodeBlock() : undefined)));
  return { frontMatter, headings, digests, waivers, firstHeading, placeholders, bodyStart, labels, sentences, nextSentence, prose };
}

/**
 * A turn of a sample chat, outside code ("**User:** …", "> Assistant: …", "<|user|>: …") is the
 * words of a user or of the model, not the card's: an answer that says "this should not be used
 * for …" states no use of this model. Such a line is not prose.
 */
/**
 * The quoted strings of a front matter that run over lines at or left of the column where their
 * line starts, each line break inside them turned into a space (same length, so every offset is
 * kept): the text the Hub reads, in a form a YAML 1.2 parser reads too. `undefined` when there is
 * no such string; `unclosed`, the quote's offset, when a quote is never closed (a real error,
 * which the parser may blame on an earlier string). `base` is the offset of `src` in the file.
 */
function foldMarginQuotes(src: string, base: number): { text: string; strings: Offsets[]; unclosed?: number } | undefined {
  const out = src.split('');
  const strings: Offsets[] = [];
  let lineStart = 0;
  while (lineStart < src.length) {
    let lineEnd = src.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = src.length;
    const m = QUOTE_OPENS.exec(src.slice(lineStart, lineEnd));
    if (!m) {
      lineStart = lineEnd + 1;
      continue;
    }
    const column = m[1]!.length + m[2]!.length;
    const quote = m[3]!;
    const open = lineStart + m[0].length - 1;
    // Find the closing quote: a backslash escapes in double quotes, a doubled quote in single.
    let i = open + 1;
    for (; i < src.length; i++) {
      const c = src[i];
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && src[i + 1] === "'") i++;
        else break;
      }
    }
    if (i >= src.length) return { text: src, strings: [], unclosed: base + open };
    const close = i;
    if (close > lineEnd) {
      let atMargin = false;
      for (let l = lineEnd + 1; l < close; ) {
        let e = src.indexOf('\n', l);
        if (e < 0 || e > close) e = close;
        const body = src.slice(l, e);
        const indent = body.length - body.trimStart().length;
        if (body.trim() && indent <= column) atMargin = true;
        l = e + 1;
      }
      if (atMargin) {
        for (let k = open; k < close; k++) if (out[k] === '\n' || out[k] === '\r') out[k] = ' ';
        strings.push([base + open, base + close + 1]);
      }
    }
    const next = src.indexOf('\n', close);
    lineStart = next < 0 ? src.length : next + 1;
  }
  return strings.length ? { text: out.join(''), strings } : undefined;
}
/** A line whose value opens with a quote: `key: "`, `- "`, `- text: '`. */
const QUOTE_OPENS = /^( *)((?:- +){0,4})(?:[^\s#'"{}[\]][^:\n]{0,200}:[ \t]+)?(["'])/;

/** Whether the indented block at line `first` is the body of a MkDocs content tab or admonition: the line above it (past blank lines) opens one. */
function tabContent(lines: LineIndex, first: number): boolean {
  for (let l = first - 1; l >= 0 && l >= first - 3; l--) {
    const t = lines.lineText(l);
    if (t.trim() === '') continue;
    return TAB_OPENER.test(t) && /^\s{4,}\S/.test(lines.lineText(first)) && !INDENTED_FENCE.test(lines.lineText(first));
  }
  return false;
}
/** A line that opens a MkDocs content tab or admonition: '=== "Detection (COCO)"', '!!! note', '??? tip "More"'. */
const TAB_OPENER = /^ {0,12}(?:===|!!!|\?\?\?\+?) ?(?:[\w-]+ ?)?(?:"[^"\n]{0,120}")?\s*$/;
/** A code fence at any indent, as one stands inside a tab's indented text. */
const INDENTED_FENCE = /^\s*(?:```|~~~)/;

/** A heading that dates an entry of news: "2024-05-01", "v2.1", "May 2024", "Version 3", "Release 1.2". */
const DATED_HEADING = /^(?:v ?\d|\d|(?:version|release|update) \d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d)/;

const SPEAKER = /^ {0,3}(?:> ?)*(?:[-*+] +)?(?:\*\*|__)?(?:<\|)?(?:user|human|assistant|bot|chatbot|gpt|prompt|response|completion|model output|system prompt)(?:\|>)?(?:\*\*|__)? ?(?::|\uff1a)/i;
function spoken(t: string): string | undefined {
  return SPEAKER.test(t) ? undefined : t;
}

/**
 * A table row whose first cell names an item, as a property table does: `| Training data |
 * Objaverse, MVImgNet |`. The label is the first cell (at most 40 characters, bold or not), and
 * what follows it the rest of the row.
 */
function tableLabel(t: string): { text: string; start: number; end: number } | undefined {
  const open = t.indexOf('|');
  const close = t.indexOf('|', open + 1);
  if (close < 0) return undefined;
  const cell = t.slice(open + 1, close);
  let text = cell.trim();
  if (text.startsWith('**') && text.endsWith('**') && text.length > 4) text = text.slice(2, -2).trim();
  // A label's colon, as in a form: "| Use Case Restrictions: | Abide by … |".
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd();
  // Latin letters with their accents: "| **Kısıt** |", "| Datos de entrenamiento |"; or a form's
  // labels in Korean, Chinese or Japanese ("| 학습 데이터 출처 |", "| 알려진 한계 |").
  if (text.length < 2 || text.length > 40 || !/^(?:\p{Script=Latin}[\p{Script=Latin} /&()'-]*|[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana} /()·・-]*)$/u.test(text)) return undefined;
  return { text, start: t.indexOf(text, open), end: close + 1 };
}

/**
 * The column of a table's header row that holds training data, with the first row's value in it:
 * a column named for it ("Pre-training data", "语料"), or one named only "Data" or "Dataset" in a
 * table that reports no results (in a results table that column names the test data) or that
 * hands out each model's weights (a table of the models released: "| Data | box AP | Checkpoint |").
 * Not the first column, which names each row.
 */
function dataColumn(cells: { text: string; start: number }[], values: string[]): { start: number; end: number; value: string } | undefined {
  const i = dataCell(cells.map((c) => c.text), values);
  return i === undefined ? undefined : { start: cells[i]!.start, end: cells[i]!.start + cells[i]!.text.length, value: bareCell(values[i]!) };
}
/**
 * The column of a table's header row that says what each row's model is for ("Use", "Intended use",
 * "Best for"), with the first row's value in it when that is words, in a table whose first column
 * names the models.
 */
function useColumn(cells: { text: string; start: number }[], values: string[]): { start: number; end: number; value: string } | undefined {
  // A table of the models, not of data splits or sources ("| Split | Fraction | Use |").
  if (!cells.length || !MODEL_COLUMN.test(bareCell(cells[0]!.text).toLowerCase())) return undefined;
  for (let i = 1; i < cells.length && i < values.length; i++) {
    if (!USE_COLUMN.test(bareCell(cells[i]!.text).toLowerCase())) continue;
    const value = bareCell(values[i]!);
    // Words, not a mark or a link alone ("✓", "[demo](…)").
    if (!/\p{L}{2}/u.test(value) || value.split(/\s+/).length < 2 || TO_COME.test(value)) return undefined;
    return { start: cells[i]!.start, end: cells[i]!.start + cells[i]!.text.length, value };
  }
  return undefined;
}
/** A table cell that is a figure: "0.513", "**81.66**", "52.3 %", "71.2 ± 0.4" (not a count or a year, which any table holds). */
const FIGURE_CELL = /^(?:[<>~\u2248]?\d{0,4}\.\d+ ?%?|\d{1,3} ?%)(?: ?(?:\u00b1|\+\/-) ?\d{0,3}\.?\d+)?$/;
/** A line that says the figures under it are results: an evaluation, a benchmark, a test's scores. */
const RESULTS_INTRO = /\b(?:evaluat(?:ed|es|ing|ions?)|benchmark(?:ed|s)?|tested (?:on|against|with)|(?:test|validation|held-out) (?:set|split)s?|accuracy|scores?)\b/i;
/**
 * A caption under a table that says its figures are results: a metric by name, an evaluation (not a
 * score alone, which a table of a model's coefficients may explain: "a higher score pushes the
 * prediction toward control").
 */
const RESULTS_CAPTION = /\b(?:evaluat(?:ed|ion|ions)|benchmark(?:ed|s)?|(?:test|validation|held-out) (?:set|split)s?|accuracy|results|(?:f1|bleu|rouge|auc|map|wer|cer|precision|recall|mae|rmse)(?:[- ]scores?)?)\b/i;
/**
 * The text of a table whose header row (`cells`, on line `l`) opens a table of results: one of its
 * first three rows has two figures or more, or two of them a figure in a column the header names a
 * score; and a column of the header names a score or the nearest line above it with words says the
 * figures are results. Hyperparameters, sizes and
 * counts (one figure a row, or whole numbers) and a training run's losses with nothing said of
 * them are no results.
 */
function resultsTable(cells: { text: string; start: number }[], l: number, text: (l: number) => string | undefined, span: TableSpan): string | undefined {
  const rows: string[] = [];
  for (let k = l + 2; k < l + 5; k++) {
    const row = text(k);
    if (row === undefined || !row.includes('|')) break;
    rows.push(row);
  }
  const split = rows.map((row) => tableCells(row).map((c) => FIGURE_CELL.test(bareCell(c.text))));
  // The columns the header names as scores in words ("| Model | Score (averaged over 5 examples) | Output |";
  // not a share: "| Component | Total | % of Model |").
  const scored = cells.flatMap((c, i) => (i > 0 && RESULT_COLUMN.test(bareCell(c.text).toLowerCase().replace(/%/g, '')) ? [i] : []));
  // Two figures in a row, or a column named a score with a figure in two rows (one score a model).
  if (!split.some((figures) => figures.filter(Boolean).length >= 2) && !scored.some((i) => split.filter((figures) => figures[i]).length >= 2)) return undefined;
  const named = scored.length > 0 || cells.slice(1).some((c) => RESULT_COLUMN.test(bareCell(c.text).toLowerCase()));
  let over: string | undefined;
  for (let k = l - 1; k >= 0 && k >= l - 3 && over === undefined; k--) {
    const t = text(k);
    if (t !== undefined && /\p{L}{2}/u.test(t)) over = t;
  }
  return named || (over !== undefined && RESULTS_INTRO.test(over)) || captionUnder(l, text, span) ? [text(l) ?? '', ...rows].join('\n') : undefined;
}
/** The lines of table rows last passed over, first and past the last, so that a header inside them reuses where they end. */
interface TableSpan {
  start: number;
  end: number;
}
/**
 * Whether the caption under a table (the first line with words after its last row, past one blank
 * line at most) says its figures are results: "Micro averaged F1 scores for the router trained on
 * the balanced letters." The rows are passed over once for all the header rows among them (a card of
 * 20,000 headers each over a delimiter row took three times as long when each header passed over
 * the rest), and 5,000 rows at most.
 */
function captionUnder(l: number, text: (l: number) => string | undefined, span: TableSpan): boolean {
  let k = l + 2;
  if (k >= span.start && k < span.end) k = span.end;
  else {
    span.start = k;
    for (const last = l + 5_000; k < last && text(k)?.includes('|'); ) k++;
    span.end = k;
  }
  for (const last = k + 2; k < last; k++) {
    const t = text(k);
    if (t === undefined) return false;
    if (/\p{L}{2}/u.test(t)) return RESULTS_CAPTION.test(t);
  }
  return false;
}
/** Which of a header row's cells (`names`) holds training data, its first row's cells `values`. */
function dataCell(header: string[], values: string[]): number | undefined {
  const names = header.map((n) => bareCell(n).toLowerCase());
  const scored = names.some((n) => RESULT_COLUMN.test(n)) && !names.some((n) => WEIGHTS_COLUMN.test(n));
  for (let i = 1; i < names.length && i < values.length; i++) {
    if (!TRAINING_COLUMN.test(names[i]!) && (scored || !DATA_COLUMN.test(names[i]!))) continue;
    const value = bareCell(values[i]!);
    if (!/\p{L}{2}/u.test(value) || TO_COME.test(value) || /^(?:none|unknown)$/i.test(value)) continue;
    return i;
  }
  return undefined;
}
/**
 * The same in an HTML table that starts on line `l` ("<th>Data</th>" over "<td>O365,GoldG</td>"):
 * its header row's cells and its first row's, each cell's text with where it starts (line and
 * offset in the line). Only the first two rows are read, over 200 lines at most; `read` is the
 * last line read, so that a card of tables nested in tables has each line read once.
 */
function htmlDataColumn(l: number, lineCount: number, text: (l: number) => string | undefined): { read: number; column?: { line: number; start: number; end: number; value: string } } {
  const rows: { text: string; line: number; start: number; tag: number }[][] = [];
  let cell: { text: string; line: number; start: number; tag: number } | undefined;
  let k = l;
  for (; k < Math.min(lineCount, l + 200) && rows.length <= 2; k++) {
    const t = text(k) ?? '';
    let from = 0;
    for (const m of t.matchAll(HTML_TABLE_TAG)) {
      if (cell) cell.text += t.slice(from, m.index);
      from = m.index + m[0].length;
      const tag = m[1]!.toLowerCase();
      cell = undefined;
      if (tag === 'tr') rows.push([]);
      else if ((tag === 'td' || tag === 'th') && rows.length) {
        cell = { text: '', line: k, start: from, tag: m.index };
        rows[rows.length - 1]!.push(cell);
      } else if (tag === '/table') return { read: k, column: pick() };
    }
    if (cell) cell.text += t.slice(from) + ' ';
  }
  return { read: k - 1, column: pick() };

  function pick() {
    const [head, first] = rows;
    if (!head || !first) return undefined;
    const i = dataCell(head.map((c) => c.text.replace(HTML_TAG, ' ')), first.map((c) => c.text.replace(HTML_TAG, ' ')));
    if (i === undefined) return undefined;
    const name = head[i]!;
    const value = bareCell(first[i]!.text.replace(HTML_TAG, ' '));
    // The name where it stands on its tag's line; a name written on the lines below its tag
    // ("<th>\n  Data\n</th>") is anchored on its tag.
    const own = (text(name.line) ?? '').length - name.start;
    const lead = name.text.length - name.text.trimStart().length;
    if (lead >= own) return { line: name.line, start: name.tag, end: name.start, value };
    return { line: name.line, start: name.start + lead, end: name.start + lead + Math.min(name.text.trim().length, own - lead), value };
  }
}
/** An HTML table's row and cell tags (and its end), `[1]` the tag's name. */
const HTML_TABLE_TAG = /<(\/?t[dhr]|\/table)\b[^<>]*>/gi;
/** A cell's text without its marks: emphasis, code ticks, a footnote ("<sup>†</sup>", "[2]"). */
const bareCell = (cell: string) => cell.replace(/<sup>[^<]{0,8}<\/sup>|\[\d{1,2}\]|[*_`]/g, '').trim();
/** The words that say a value is still to come: "TBD", "coming soon", French "À compléter", Spanish "Por definir", German "ausstehend". */
const STILL_TO_COME_WORDS = /tbd|tba|todo|coming soon|pending|\u00e0 (?:compl\u00e9ter|remplir|d\u00e9finir|venir)|por (?:completar|definir)|pendiente|ausstehend/;
/** A cell that says in words its value is still to come, unlike "-" or "N/A", which a results table also uses for a run not made. */
export const TO_FILL = new RegExp(`^\\s*(?:${STILL_TO_COME_WORDS.source})\\s*$`, 'i');
/**
 * A table cell still to fill: those words, "-", "N/A", a template's slot ("{{ACCURACY}}", "{F1_SCORE}":
 * a slot's name may hold a digit, which is no figure).
 */
export const TO_COME = new RegExp(`^\\s*(?:${STILL_TO_COME_WORDS.source}|[-?\\u2014]|n\\/a|\\{\\{[^{}]*\\}\\}|\\{[A-Z][A-Z0-9_]{1,40}\\})\\s*$`, 'i');
/** A table row's cells, trimmed, with where each starts on the line (the row's outer bars, if any, dropped). */
export function tableCells(t: string): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let from = 0;
  const body = t.trimEnd();
  let end = body.length;
  while (from < end && body[from] === ' ') from++;
  if (body[from] === '|') from++;
  if (end > from && body[end - 1] === '|') end--;
  for (let i = from; i <= end; i++) {
    if (i < end && body[i] !== '|') continue;
    const raw = body.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: from + lead });
    from = i + 1;
  }
  return cells;
}
/** A column named for the training data: "Pre-training data", "Training corpus", "语料". */
const TRAINING_COLUMN = /^(?:(?:pre-?|post-?)?train(?:ing)?|fine-?tuning|sft|instruction) ?(?:data|datasets?|corpus|corpora|set)$|^(?:corpus|corpora|\u8bed\u6599|\u8a13\u7df4\u8a9e\u6599|\u8bad\u7ec3\u8bed\u6599|\u9884\u8bad\u7ec3\u8bed\u6599|\u9810\u8a13\u7df4\u8a9e\u6599|\u8bad\u7ec3\u6570\u636e|\u8a13\u7df4\u6578\u64da|\u9884\u8bad\u7ec3\u6570\u636e|\u9810\u8a13\u7df4\u6578\u64da)$/;
/** A column that says what each model is for: "Use", "Intended use", "Use case", "Best for". */
const USE_COLUMN = /^(?:(?:intended|recommended|suggested|typical|primary) )?(?:use|uses|use cases?|purposes?)$|^(?:best|recommended|good|suited|ideal) for$/;
/** A first column that names each row's model: "Model", "Variant", "Checkpoint". */
const MODEL_COLUMN = /^(?:models?|model names?|variants?|checkpoints?|versions?|sizes?|names?)$/;
/** A column named only for data: "Data", "Dataset", "Dataset Source", "数据集". */
const DATA_COLUMN = /^(?:data|datasets?|(?:data|dataset) sources?|source (?:data|datasets?)|used (?:data|datasets?)|(?:data|datasets?) used|\u6570\u636e|\u6578\u64da|\u6570\u636e\u96c6|\u6578\u64da\u96c6)$/;
/** A column that hands out each model's weights: "Checkpoint", "Model Weights", "Download". */
const WEIGHTS_COLUMN = /^(?:checkpoints?|ckpts?|(?:model )?weights|downloads?(?: links?)?|hf links?|hugging ?face)$/;
/** A column of scores: a metric or a benchmark's figure. */
const RESULT_COLUMN = /\b(?:acc(?:uracy)?|top-?[15]|f1|bleu|rouge|wer|cer|map|ap|auc|em|scores?|mmlu|perplexity|ppl|pass@\d+|win rate|success|precision|recall|miou|results?)\b|%/;

/** A bold label at the start of a line or list item, quoted or not: `**Limitations**`, `- __Out-of-scope:__`, `> **Crucial Scientific Caveat**: …`. */
const BOLD_LABEL = /^ {0,3}(?:> {0,4}){0,2}(?:[-*+] +|\d{1,3}[.)] +)?(?:[^\w\s*#>|[\]()`'"<]{1,4} +)?(?:\*\*|__)([^*_\n]{2,80})(?:\*\*|__) *:? */;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,3}[.)]) /;
/** The indent of a list item nested four or more spaces in, up to its marker. */
const DEEP_ITEM = /^ {4,}(?=(?:[-*+]|\d{1,3}[.)]) )/;
/** A list item that is only a short name, its content nested below it: `- Training data`. */
const LIST_LABEL = /^ {0,3}[-*+] +([A-Za-z][A-Za-z /&()'-]{1,40})$/;
/** A short title alone on its line: `Limitations` (read as a label only over a list). */
const BARE_TITLE = /^ {0,3}([A-Z][A-Za-z /&()'-]{1,40})$/;
/** A numbered title: "3.1 Datasets Used", "6. Limitations of the Model" (its number, then its name). */
const NUMBERED_TITLE = /^ {0,3}(\d{1,2}(?:\.\d{1,2}){0,2}\.? +([A-Z][A-Za-z/&()'-]*(?: [A-Za-z/&()'-]+){0,5}))$/;
/** Whether each word of four letters or more starts with a capital, as a title's words do. */
const titleCase = (t: string) => t.split(' ').every((w) => w.length < 4 || /^[A-Z(]/.test(w));
/**
 * A line of Python or shell pasted without its fences: an import ("import pandas as pd", "from x
 * import y"), an assignment ("model = joblib.load(…)", "X = df[cols]"), a call ("print(model)"), a
 * `with … as …:`, a `return`, or a command ("pip install …"). Both the parser (a code comment read
 * as a heading) and the card model (a use section of code is no words) read code with it.
 */
export const CODE_LINE = /^\s*(?:import [\w.]+|from [\w.]+ import |with [\w.]+\(.{0,120}\) as \w+:|[A-Za-z_][\w.]*(?:\[[^\]\n]{0,40}\])? ?(?:=|\+=|-=) ?\S|[A-Za-z_][\w.]*\([^)\n]*\)\s*$|(?:pip|python3?|npm|curl|git) [\w-]|print\(|return )/;
/** A plain label: `Training data: …`, `- Limitations: …` (at most 40 characters before the colon). */
// (A list pasted from a word processor keeps its bullet and tab: "•\tOut-of-Scope / Inappropriate Uses:".)
// (Accented Latin letters too: "- Para que NÃO serve / fora de escopo:", "- Limitações:".)
const PLAIN_LABEL = /^ {0,3}(?:[-*+] +|\u2022[ \t]+)?((?:\d{1,3} )?[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff /&()'-]{1,40}):(?: +|$)/;
const CODE_RESULT = /^\s*precision\s+recall\s+f1-score\s+support\s*$|^\s*Class\s+Images\s+(?:Instances|Labels)\s+(?:Box\()?P\)?\s+R\s+mAP@?\.?50\b|^\s*(?!train(?:ing)?\b)(?:[\w.-]+ )?(?:top-?[15] )?(?:accuracy|acc|f1(?:[- ]score)?|wer|cer|bleu|auc|map|miou)\s*[:=]\s*\d+(?:\.\d+)? ?%?\s*$|%(?:WER|CER|SER|TER)\s+\d+(?:\.\d+)?\s+\[\s*\d+\s*\/\s*\d+|['"]?\b(?:eval|test|validation|val|dev)_(?:loss|accuracy|acc|f1|precision|recall|wer|cer|bleu|rouge\w*|auc|perplexity|exact_match|matthews_correlation|mse|mae|rmse)['"]?\s*[:=]\s*\d/i;

/** A table's delimiter row: `|---|:---:|`. */
export const TABLE_RULE = /^ {0,3}\|? *:?-{3,}:? *\|/;

/** A line that ends its sentence (or leads into a list): the next line starts a new one. */
const ENDS_SENTENCE = /[.!?:\u3002\uff01\uff1f\uff1a]["'\u201d\u2019)*_]*\s*$/;
/**
 * A line that goes on with the line before it: words, a link ("… models for the\n[Claims Engine](…)")
 * or inline code ("… held-out output KL\n`0.0015`"; not a fence), not a list item, a table or a quote.
 */
const CONTINUES = /^\s{0,12}(?:[\p{L}\p{N}("'\u201c\u2018[]|`(?!``))/u;
/** A quote block's marker at the start of a line. */
const QUOTE_MARK = /^ {0,3}>[ \t]?/;
/** The end of a sentence inside a line. */
const SENTENCE_END = /[.!?\u3002\uff01\uff1f](?=\s|$)/;

/** The longest text the literals are looked for in before an expression is tried on it. */
const LITERALS_TEXT_MAX = 4096;
/** Each key-sentence expression's literals (`requiredLiterals`; null for none), read once. */
const LITERALS = new Map<RegExp, string[] | null>();
function literalsOf(re: RegExp): string[] | undefined {
  let literals = LITERALS.get(re);
  if (literals === undefined) LITERALS.set(re, (literals = requiredLiterals(re) ?? null));
  return literals ?? undefined;
}

/** A bold mark that opens after a word ("is **not**", ". **Ne doit") or closes before one ("pas** \u00eatre"). */
const MID_BOLD = /[\p{L}\p{N},.;)][ \t]+(?:\*\*|__)[\p{L}\p{N}]|[\p{L}\p{N}.!?)](?:\*\*|__)[ \t]+[\p{L}\p{N}]/u;

/**
 * A text without its bold marks (`**` and `__`), with the way back: `at(i)` is the offset in the
 * text of the plain text's offset `i`, `index(o)` the plain offset of the text's offset `o`.
 * Undefined when no bold mark stands between words (most lines).
 */
function unbold(text: string): { text: string; at: (i: number) => number; index: (o: number) => number } | undefined {
  if ((!text.includes('**') && !text.includes('__')) || !MID_BOLD.test(text)) return undefined;
  const kept: number[] = [];
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === '*' || text[i] === '_') && text[i + 1] === text[i]) {
      i++;
      continue;
    }
    kept.push(i);
    plain += text[i];
  }
  kept.push(text.length);
  return {
    text: plain,
    at: (i) => kept[Math.min(i, kept.length - 1)]!,
    index: (o) => {
      let k = 0;
      while (k < kept.length - 1 && kept[k]! < o) k++;
      return k;
    },
  };
}

/**
 * The line with its hyphens and non-breaking hyphens (U+2010, U+2011) as plain hyphens, length
 * kept: "fine\u2011tuned on SNLI" is "fine-tuned on SNLI" to a reader and to the key sentences.
 */
function hyphens(t: string): string {
  return /[\u2010\u2011]/.test(t) ? t.replace(/[\u2010\u2011]/g, '-') : t;
}

/** Where the last sentence of a line starts: after its last full stop, question or exclamation mark. */
function lastSentenceStart(t: string): number {
  for (let i = t.length - 2; i >= 0; i--) {
    const c = t[i]!;
    if ((c === '.' || c === '!' || c === '?') && (t[i + 1] === ' ' || t[i + 1] === '\t')) return i + 2;
    if (c === '\u3002' || c === '\uff01' || c === '\uff1f') return i + 1;
  }
  return 0;
}

/** Four Chinese, Japanese or Korean characters in a row. */
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}/;
/**
 * The same in Chinese or Japanese, with an ASCII or a full-width colon: "- 训练数据：…"; in Korean,
 * whose words are spaced, up to three of them: "- 용도: …", "- 사용 목적: …".
 */
const CJK_LABEL = /^ {0,3}(?:[-*+] +)?([\u3040-\u30ff\u3400-\u9fff]{2,12}|[\uac00-\ud7af]{1,10}(?: [\uac00-\ud7af]{1,10}){0,2})[:\uff1a] */;

/**
 * The labels and key sentences of a card's prose, in one pass over its lines. `text(l)` is the
 * line as prose (comments blanked), or undefined for a line that is not prose (code, a heading).
 */
function readProse(lines: LineIndex, from: number, text: (l: number) => string | undefined, placeholderLine: Uint8Array, headingLine: Uint8Array, unmarked: boolean, misuseLine: Uint8Array): { labels: Label[]; sentences: Map<string, Sentence>; resume: (key: string, after: Sentence) => Sentence | undefined } {
  const labels: Label[] = [];
  const sentences = new Map<string, Sentence>();
  const withSentences = CARD_SECTIONS.filter((s) => s.sentences.length);
  // The card's first heading, where it names its model (lower case).
  const first = headingLine.findIndex((h) => h !== 0);
  const title = first < 0 ? '' : lines.text.slice(lines.lineStart(first), lines.lineEnd(first)).toLowerCase();
  const labelAt = (t: string): { text: string; end: number; start: number } | undefined => {
    const row = t.trimStart().startsWith('|') ? tableLabel(t) : undefined;
    if (row) return row;
    // A list item nested two or three levels deep stands four or more spaces in ("- Released
    // models" over "    * router-1" over "      - Dataset: 20,000 letters"); it is read as one
    // at the margin. (Indented code is not prose, so never reaches here.)
    const deep = DEEP_ITEM.exec(t)?.[0].length ?? 0;
    const u = deep ? t.slice(deep) : t;
    const m = BOLD_LABEL.exec(u) ?? PLAIN_LABEL.exec(u) ?? LIST_LABEL.exec(u) ?? CJK_LABEL.exec(u);
    if (!m) return undefined;
    const start = deep + u.indexOf(m[1]!);
    // The label without the colon and spaces it may end with (at most 80 characters).
    let end = m[1]!.length;
    while (end > 0 && (m[1]![end - 1] === ':' || m[1]![end - 1]!.trim() === '')) end--;
    return { text: m[1]!.slice(0, end), start, end: deep + m[0].length };
  };
  // A short title alone on its line, after a blank line and over a list, is a heading written
  // without its marks: "Limitations" above "- Trained on a sample for speed".
  const titleAt = (l: number, t: string): { text: string; end: number; start: number } | undefined => {
    // In a card without heading marks, a numbered title in title case is a section's heading
    // whatever follows it ("6. Limitations of the Model" over a paragraph).
    const n = unmarked ? NUMBERED_TITLE.exec(t) : null;
    if (n && titleCase(n[2]!)) return { text: n[1]!, start: t.indexOf(n[1]!), end: t.length };
    const m = BARE_TITLE.exec(t);
    if (!m || (l > from && (text(l - 1) ?? '').trim() !== '')) return undefined;
    // There, too, a title in title case alone on its line after a blank one ("Caveats and
    // Recommendations" over its paragraph); elsewhere only a title over a list.
    if (unmarked && titleCase(m[1]!)) return { text: m[1]!, start: t.indexOf(m[1]!), end: t.length };
    if (l + 1 >= lines.lineCount || !LIST_ITEM.test(text(l + 1) ?? '')) return undefined;
    return { text: m[1]!, start: t.indexOf(m[1]!), end: t.length };
  };
  // The last line an HTML table's columns were read to.
  let tableRead = -1;
  const tableSpan: TableSpan = { start: -1, end: -1 };
  for (let l = from; l < lines.lineCount; l++) {
    const t = text(l);
    if (t === undefined || t.length < 3 || tocEntry(t)) continue;
    // A table of the models released may give each one's training data in a column of its own:
    // "| Model | #params | Pre-training data |" over "| base | 88M | 330M sentences in 100 languages |".
    if (!headingLine[l] && t.includes('|') && l + 2 < lines.lineCount && TABLE_RULE.test(text(l + 1) ?? '')) {
      // So may it give each one's use: "| Model | Folder | Layers | Use |" over "| Teacher | … | Research / distillation source. |".
      // (The header and the first row are split once, for both.)
      const cells = tableCells(t);
      const values = tableCells(text(l + 2) ?? '').map((c) => c.text);
      for (const [column, key] of [[dataColumn(cells, values), 'training-data'], [useColumn(cells, values), 'scope']] as const) {
        if (!column) continue;
        const start = lines.lineStart(l) + column.start;
        labels.push({ line: l, range: [start, start + column.end - column.start], keys: [key], hasContent: true, body: column.value });
      }
      // A table of figures that its header or the line over it says are results: "Results of accuracy
      // evaluation … at different text recognition datasets." over "| CRNN_EN | 81.66 | 74.33 | 52.78 |".
      const scores = resultsTable(cells, l, text, tableSpan);
      if (scores) {
        // (Found on the header row, from its first cell to its last.)
        const last = cells[cells.length - 1]!;
        labels.push({ line: l, range: [lines.lineStart(l) + cells[0]!.start, lines.lineStart(l) + last.start + last.text.length], keys: ['evaluation'], hasContent: true, body: scores });
      }
    }
    // The same in HTML: "<th>Data</th>" over "<td>O365,GoldG,Cap4M</td>".
    if (!headingLine[l] && l > tableRead && /^ {0,3}<table\b/i.test(t)) {
      const { read, column } = htmlDataColumn(l, lines.lineCount, text);
      tableRead = read;
      if (column) {
        const start = lines.lineStart(column.line) + column.start;
        labels.push({ line: column.line, range: [start, start + column.end - column.start], keys: ['training-data'], hasContent: true, body: column.value });
      }
    }
    // A table's header row names its columns: "| Dataset | Model A | Model B |" heads a results
    // table, its first cell no label of the training data.
    const marked = headingLine[l] || (t.trimStart().startsWith('|') && l + 1 < lines.lineCount && TABLE_RULE.test(text(l + 1) ?? '')) ? undefined : labelAt(t);
    const title = marked || headingLine[l] ? undefined : titleAt(l, t);
    const label = marked ?? title;
    if (label) {
      const keys = labelKeys(label.text);
      if (keys.length) {
        let body = t.slice(label.end);
        // What the label says: the rest of its line and of its paragraph, and a block nested
        // under it (a list item's indented lines, blank lines between them), up to a heading,
        // code or the next label at its level (at most 40 lines).
        const lead = (x: string) => x.length - x.trimStart().length;
        const indent = lead(t);
        const last = Math.min(lines.lineCount, l + 40);
        // A label with nothing after it ("Training data:") owns the paragraph or list below it.
        const bare = body.trim() === '';
        for (let k = l + 1; k < last; k++) {
          const next = headingLine[k] ? undefined : text(k);
          if (next === undefined) break;
          if (next.trim() === '') {
            let j = k + 1;
            while (j < last && text(j)?.trim() === '') j++;
            const after = j < last ? text(j) : undefined;
            const owned = after !== undefined && (lead(after) > indent || (bare && (body.trim() === '' || LIST_ITEM.test(after))));
            if (!owned) break;
            k = j - 1;
            continue;
          }
          // (A title's list is its own, labels and all: "Data" over "- Source: …", "- Size: …"; so
          // is a list of labels with their values right under a label with nothing after it:
          // "**Update Frequency:**" over "- **Minor Updates:** Quarterly".)
          const inner = lead(next) <= indent && !title ? labelAt(next) : undefined;
          // (A short list item that names no item is the label's content, not a label of its own:
          // "**Not recommended:**" over "- Exact price determination".)
          const ownLabel = inner !== undefined && (!bare || !LIST_LABEL.test(next) || matchingSections(normaliseHeading(inner.text)).length > 0);
          if (inner && ownLabel && !(bare && LIST_ITEM.test(next) && next.slice(inner.end).trim() !== '')) break;
          body += '\n' + next;
        }
        const start = lines.lineStart(l) + label.start;
        labels.push({ line: l, range: [start, start + label.text.length], keys, hasContent: hasContent(body), body });
      }
    }
    if (sentences.size === withSentences.length) continue;
    sentencesOf(l, t, (s) => !sentences.has(s.key), (key, sn) => sentences.set(key, sn));
  }
  return { labels, sentences, resume };

  /** Reads on after `after` for the next sentence of item `key`, to the card's end at most. */
  function resume(key: string, after: Sentence): Sentence | undefined {
    const section = withSentences.find((s) => s.key === key);
    let got: Sentence | undefined;
    for (let l = after.line + 1; section && !got && l < lines.lineCount; l++) {
      const t = text(l);
      if (t === undefined || t.length < 3 || tocEntry(t)) continue;
      sentencesOf(l, t, (s) => s === section && !got, (_, sn) => (got = sn));
    }
    return got;
  }

  /** Records with `put` the sentences of line `l` (its text `t`) for the items `open` accepts. */
  function sentencesOf(l: number, t: string, open: (s: CardSection) => boolean, put: (key: string, sn: Sentence) => void): void {
    // (Nor a line of markup with a word or two in it, "<tr><td>router</td><td>0.9</td></tr>":
    // no sentence fits in it, and a card may hold tens of thousands of them. A picture's text
    // is read: "<img alt=\"Vietnamese truthful QA results\" …>" names what it shows.)
    // (Twelve characters is a few words of English but a clause or two of Chinese or Japanese: a
    // list item "- 不适合开放式生成", not suited to open-ended generation, is ten; four CJK
    // characters in a row are read whatever the length.)
    if ((t.length < 12 && !CJK_RUN.test(t)) || (t.includes('<') && !t.includes('alt=') && t.replace(HTML_TAG, '').trim().length < 12)) return;
    // Template text says nothing, but the author's words around it do: "hate speech could be
    // embedded (e.g. “the politician apologized for saying [insert hateful statement]”) … we
    // are able to limit the potential for misuse" is read without its bracket; a template's label
    // with its blank ("**Known limitations:** [insert limitations]") is not read at all.
    const said = hyphens(placeholderLine[l] ? authorsWords(t) : t);
    const at = lines.lineStart(l);
    // A sentence wrapped across lines ("… it is not\nsuitable for medical advice") is read once
    // more where it breaks: the last sentence of this line joined to the first of the next, and
    // only a match that runs across the break counts (each line alone was read already).
    // Inside a quote block both lines carry its marker: the next one is read without it (blanked,
    // so offsets hold): "> This is a research artifact, not a\n> production model."
    const below = l + 1 < lines.lineCount && !headingLine[l] && !headingLine[l + 1] ? text(l + 1) : undefined;
    const n = below !== undefined && QUOTE_MARK.test(said) ? below.replace(QUOTE_MARK, (m) => ' '.repeat(m.length)) : below;
    const wraps = n !== undefined && breaksInto(said, n);
    // The start of the sentence this line goes on with, when the line above breaks inside it: a
    // negation there still holds ("… has not been validated against\nprospective cohorts or
    // reviewed by medical professionals" names no review). Read only when a negatable reading
    // matches, which few lines have.
    const lead = (): string => {
      const above = l > 0 && !headingLine[l] && !headingLine[l - 1] ? text(l - 1) : undefined;
      return above !== undefined && breaksInto(above, said) ? above.slice(lastSentenceStart(above)).trim() : '';
    };
    if (!wraps) {
      seek(said, l, (i) => at + i, open, put, undefined, undefined, lead);
      // Bold inside a phrase ("**Ne doit pas** \u00eatre utilis\u00e9", "is **not** suitable") is read as
      // the words it marks: the line once more without its bold marks, offsets mapped back. (Only
      // bold that opens or closes between words: a bold label, "**Limits:** …", is read as it is.)
      const plain = unbold(said);
      if (plain) seek(plain.text, l, (i) => at + plain.at(i), open, put, undefined, undefined, lead);
      return;
    }
    const next = hyphens(placeholderLine[l + 1] ? authorsWords(n) : n);
    const from = lastSentenceStart(said);
    const tail = said.slice(from).trimEnd();
    const head = next.trimStart();
    const stop = SENTENCE_END.exec(head);
    const window = tail + ' ' + (stop ? head.slice(0, stop.index + 1) : head);
    // A match in the sentence the break cuts is taken only if the whole sentence agrees: what
    // follows it decides some readings ("fine tuned with the\npTM head" names a part of the
    // network, not data), and the line alone stops before it.
    seek(said, l, (i) => at + i, open, put, undefined, (re, index) => index < from || re.exec(window)?.index === index - from, lead);
    const nextAt = lines.lineStart(l + 1) + (next.length - head.length);
    const inWindow = (i: number) => (i <= tail.length ? at + from + i : nextAt + i - tail.length - 1);
    seek(window, l, inWindow, open, put, tail.length);
    // (The same without bold marks: the line's earlier sentences, then the sentence across the break.)
    const plainLine = unbold(said.slice(0, from));
    if (plainLine) seek(plainLine.text, l, (i) => at + plainLine.at(i), open, put);
    const plain = unbold(window);
    if (plain) seek(plain.text, l, (i) => inWindow(plain.at(i)), open, put, plain.index(tail.length));
  }

  /**
   * The sentence's start with the model's own name taken out of its backticks: a name the card's
   * first heading gives ("# … (`pos-egnn`)", then "`pos-egnn` can be used as …") is the model,
   * not a command of its code.
   */
  function ownNameUnquoted(before: string): string {
    return before.replace(/`([^`]{1,80})`/g, (all, name: string) => (title.includes(name.toLowerCase()) ? name : all));
  }

  /**
   * Records with `put`, for each item `open` accepts, the first match of its sentences in `said`,
   * the text of line `l`; with `past`, only a match that starts before offset `past` and ends
   * after it; with `agrees`, only a match it accepts; `lead` gives the start of the sentence on
   * the line above when this line goes on with it, read for a negation only.
   */
  function seek(said: string, l: number, offset: (i: number) => number, open: (s: CardSection) => boolean, put: (key: string, sn: Sentence) => void, past?: number, agrees?: (re: RegExp, index: number) => boolean, lead?: () => string): void {
    let folded: string | undefined;
    // Most expressions fail for want of a word the text does not hold: look for the words first.
    // (Not in a long text: there each look is a scan of the whole text, as the expression's own
    // run is, and a line of a megabyte that holds most of the words took half as long again.)
    const prefilter = said.length <= LITERALS_TEXT_MAX;
    for (const s of withSentences) {
      if (!open(s)) continue;
      for (const re of s.sentences) {
        const literals = prefilter ? literalsOf(re) : undefined;
        if (literals && !mayMatch(literals, re.ignoreCase ? (folded ??= foldedForLiterals(said)) : said)) continue;
        const m = re.exec(said);
        if (!m || (past !== undefined && (m.index >= past || m.index + m[0].length <= past))) continue;
        if (agrees && !agrees(re, m.index)) continue;
        if (s.negatable && deniedAfter(lead?.() ?? '', said, m.index)) continue;
        // "Please consult the paper for potential biases" names none.
        if (s.key === 'failure-modes' && onlyPointsElsewhere(said)) continue;
        // Nor does what a script of the card's code cannot do ("`chat.py` currently does not support `v0` models").
        if (s.key === 'failure-modes' && CODE_FILE_SUBJECT.test(sentenceBefore(said, m.index))) continue;
        // Nor does the title of another work, as a link's text: "[**VCD: Mitigating Object
        // Hallucinations in Large Vision-Language Models**](https://arxiv.org/…)".
        if (s.key === 'failure-modes' && inLinkText(said, m.index, m.index + m[0].length)) continue;
        // Files of the release as the subject ("`tokenizer.json` … must not be used for inference")
        // rule out no use of the model.
        if (s.key === 'out-of-scope' && FILE_SUBJECT.test(sentenceBefore(said, m.index))) continue;
        // Nor do old parts advised against ("It is not recommended to use legacy projectors, as they may be
        // trained with a different version of the codebase").
        if (s.key === 'out-of-scope' && OLD_PARTS.test(said.slice(m.index, m.index + m[0].length + 30))) continue;
        // Nor what a study left aside ("No online evaluation; feedback-loop effects are out of scope").
        // ("Direct adoption for production tasks without evaluation is out of scope" still rules a use out.)
        if (s.key === 'out-of-scope' && STUDY_SCOPE.test(sentenceBefore(said, m.index)) && !A_USE.test(sentenceBefore(said, m.index))) continue;
        // Nor does what a setting is good for ("a higher temperature such as the default may be useful for
        // generating many candidates").
        if (s.key === 'scope' && SETTING_SUBJECT.test(sentenceBefore(said, m.index))) continue;
        // Nor what data is good for ("all trajectories ending with correct actions can be used for SFT"):
        // a use in training, said of something other than a model.
        if (s.key === 'scope' && USED_FOR_TRAINING.test(said.slice(m.index)) && !/\b(?:models?|adapters?|checkpoints?|weights|encoders?|LoRAs?|it)\b/i.test(sentenceBefore(said, m.index))) continue;
        // A use of the card's code ("`preprocess.py` can be used to create …"), or a line that only
        // names the item (a contents list: "- Intended use"), says nothing of what the model is for;
        // a line of five words or more that is all a use is one ("## Use Pretrained Model For
        // Downstream Tasks").
        if (s.key === 'scope' && ((misuseLine[l] === 1 && /^(?:can|could|may) be\b/i.test(m[0])) || (codeSubject(ownNameUnquoted(sentenceBefore(said, m.index))) && !MODEL_SUBJECT.test(m[0]) && !releaseForAudience(sentenceBefore(said, m.index), said.slice(m.index))) || (said.replace(NAME_ONLY_MARKS, '').length <= m[0].replace(NAME_ONLY_MARKS, '').length + 1 && m[0].split(' ').length < 5))) continue;
        put(s.key, { line: l, range: [offset(m.index), offset(m.index + m[0].length)] });
        break;
      }
    }
  }
}

/**
 * Whether a section on limitations only sends the reader elsewhere ("Please refer to the model
 * card", "see the paper for potential biases", "[see license]"), at most after saying that
 * limitations exist, or speaks only of the card itself: it names none.
 */
export function onlyPointsElsewhere(text: string): boolean {
  const sentences = text
    .split('\n')
    .flatMap((l) => l.split(/(?<=[.!?])\s+/))
    .map((x) => trimMarks(x.replace(/^[\s>*_#|-]+/, '')))
    .filter((x) => /\p{L}{2}/u.test(x));
  return sentences.length > 0 && sentences.every((x) => POINTER.test(x) || LIMITS_EXIST.test(x) || ABOUT_CARD.test(x));
}
/** A text without the marks at its end (spaces, emphasis, a table's bar), trimmed by hand: a regular expression anchored at the end is quadratic. */
function trimMarks(x: string): string {
  let end = x.length;
  while (end > 0 && ' \t*_|'.includes(x[end - 1]!)) end--;
  return x.slice(0, end);
}
const POINTER = /^\[?(?:[^.,\n]{1,120}, ?)?(?:please |we |kindly )?(?:refer (?:the reader |you |readers )?to|see|consult|check|read)\b/i;
/** A sentence on the card itself, not the model: "This card is descriptive, not executable code." */
const ABOUT_CARD = /^(?:this|the) (?:model )?(?:card|document|readme|page)s? (?:is|are) (?:only |purely |merely |just )?(?:descriptive|informational|documentation|not (?:executable|runnable|code|software|legal advice))\b/i;
const LIMITS_EXIST = /^(?:the |this |these |our )?(?:[\w-]+ ){0,6}(?:has|have) (?:known |some |several |certain )?(?:limitations|biases|risks)(?: and (?:biases|limitations|risks))?\.?$/i;

/** Whether the text from `from` to `to` lies inside a link's text: "[…]" followed by "(". */
function inLinkText(t: string, from: number, to: number): boolean {
  const open = t.lastIndexOf('[', from);
  if (open < 0) return false;
  const close = t.indexOf(']', open);
  return close >= to && t[close + 1] === '(';
}

/** The part of a line's sentence before an offset: back to the last full stop or table cell, at most 200 characters. */
function sentenceBefore(t: string, at: number): string {
  const from = Math.max(0, at - 200);
  // In a table a cell is the sentence: the row's other cells ("[CAV-MAE-Scale++](…/audio_model.21.pth)")
  // are not the subject of "Recommend for all purposes except inpainting".
  const cut = Math.max(t.lastIndexOf('. ', at), t.lastIndexOf('|', at - 1));
  return t.slice(Math.max(from, cut + 1), at);
}
/** A setting as the subject ("a higher temperature … may be useful for …"): what it is good for is no use of the model. */
/** A use in training: "can be used for SFT", "may be used for preference learning". */
const USED_FOR_TRAINING = /^(?:can|could|may) be (?:used|leveraged|employed|utili[sz]ed) (?:for|in) (?:SFT|training|fine-?tuning|pre-?training|preference (?:learning|optimi[sz]ation)|RLHF|DPO|reward model(?:l)?ing)\b/i;
const SETTING_SUBJECT = /\b(?:temperature|setting|settings|mode|option|flag|threshold)\s+(?:[\w-]+\s+){0,6}$/i;
/** Words for a use of the model, which an out-of-scope sentence about a study may still name. */
const A_USE = /\b(?:use|uses|using|adoption|deploy\w*|applications?)\b/i;
/** What a study left aside, as the subject of "out of scope": its effects, evaluations, experiments. */
const STUDY_SCOPE = /\b(?:effects|evaluations?|analys[ie]s|study|studies|experiments?|testing|benchmarking)\s+(?:(?:is|are)\s+)?$/i;
/** Old parts advised against: "not recommended to use legacy projectors". */
const OLD_PARTS = /\bto use (?:the |these |those )?(?:legacy|old(?:er)?|previous|deprecated|outdated|earlier) /i;
/**
 * A match that opens on the model as its own subject: "This repository contains the trained model artifact
 * used by the … backend" says what the model serves, whatever the repository around it holds.
 */
const MODEL_SUBJECT = /^(?:this|the|these|those|our) (?:[\w-]+ ){0,3}?(?:models?|adapters?|checkpoints?|weights|artifacts?|artefacts?|LoRAs?)\b/i;
/** A file or the code as the subject (not any name in code marks, which may be the model's or an output's). */
const CODE_FILE_SUBJECT = /\b[\w-]+\.(?:py|sh|ipynb|js|ts)\b|\bscripts?\b|^\s*(?:[\w-]+, )?(?:the|this|our) (?:following |below |above )?(?:source |research )?(?:code|codebase|repo|repository|command|commands|snippet)\b/i;
/**
 * A subject that is code, not the model: a name in backticks, a script, a file of code; or data
 * or a benchmark the card also releases, just before the verb ("IndicGLUE, a set of evaluation
 * tasks that can be used to measure …"); or the code, as the sentence's subject ("Nevertheless, the
 * code can be useful for reference").
 */
const CODE_MARKS = /`[^`]{1,80}`/;
const DATA_SUBJECT = /\b(?:benchmarks?|tasks|datasets?|corpus|corpora|suites?|leaderboards?)(?: (?:that|which))? *$/i;
function codeSubject(before: string): boolean {
  return CODE_MARKS.test(before) || CODE_FILE_SUBJECT.test(before) || DATA_SUBJECT.test(before);
}
/**
 * A repository said to be meant for an audience ("This repository is meant to be a starting point for
 * researchers and engineers to experiment with image GPT") or to further research: in a README
 * that is the card, the repository is the release, models and all, and who it is for, or the
 * research it serves, is the intended use.
 */
function releaseForAudience(before: string, from: string): boolean {
  return REPO_SUBJECT.test(before) && (FOR_AUDIENCE.test(from) || FOR_RESEARCH.test(from));
}
const REPO_SUBJECT = /^\s*(?:the|this|our) (?:repo|repository)(?: (?:is|was|aims|seeks|hopes))?\s*$/i;
/** Or the research it furthers: "This repository aims to facilitate research in … task bots at scale". */
const FOR_RESEARCH = /^[^.\n]{0,30}?\b(?:facilitate|advance|support|foster|accelerate|promote|enable) (?:[\w-]+ ){0,3}?research\b/i;
const FOR_AUDIENCE = /^[^.\n]{0,80}?\bfor (?:[\w-]+ ){0,2}?(?:researchers|developers|practitioners|engineers|students|scientists|educators|clinicians)\b/i;
/** A file of the release: "`tokenizer_config.json`", "vocab.txt". */
const FILE_SUBJECT = /\b[\w-]+\.(?:json|txt|bin|safetensors|pt|pth|ckpt|onnx|gguf|ya?ml|model|cfg|py|sh)\b/i;
/** Marks and spaces around a line that only names something: list bullets, emphasis, links' brackets. */
const NAME_ONLY_MARKS = /[\s*_#>[\]():.-]+/g;
/**
 * Results as a tool prints them, in a code block: a classification report ("precision recall
 * f1-score support" over its rows), the Trainer's metrics ("'eval_accuracy': 0.980375") or a speech
 * toolkit's scoring line ("test_net %SER 70.72 | %CER 14.28 [ 59372 / 415746, …"), a detector's validation table
 * ("Class Images Instances P R mAP50 mAP50-95" over a row per class), or a script's
 * one line of score ("ESC50 Accuracy: 93.9%"; not training's, "Training accuracy: 0.99"). The
 * first such line of the blocks' lines that `text` gives (lines it leaves out are skipped).
 */
function resultInCode(lines: LineIndex, code: readonly (readonly [number, number])[], text: (l: number) => string | undefined): Sentence | undefined {
  for (const [a, b] of code) {
    for (let l = a; l < b && l < lines.lineCount; l++) {
      const t = text(l);
      const m = t !== undefined && t.length <= 400 ? CODE_RESULT.exec(t) : null;
      if (m) {
        const start = lines.lineStart(l) + m.index;
        return { line: l, range: [start, start + m[0].length] };
      }
    }
  }
  return undefined;
}

/** Whether a span of a line stands inside a quotation that opens and closes on that line. */
function quoted(t: string, from: number, to: number): boolean {
  const before = t.slice(0, from);
  const after = t.slice(to);
  const open = before.lastIndexOf('\u201c');
  if (open >= 0 && before.indexOf('\u201d', open) < 0 && after.includes('\u201d')) return true;
  return (before.split('"').length - 1) % 2 === 1 && after.includes('"');
}

const PLACEHOLDERS_ALL = PLACEHOLDER_PATTERNS.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'));

/** A line with its template text blanked, so that offsets into it stay those of the line. */
function withoutPlaceholders(t: string): string {
  return PLACEHOLDERS_ALL.reduce((x, re) => x.replace(re, (m) => ' '.repeat(m.length)), t);
}

/**
 * A table-of-contents line: nothing but links to the card's own headings ("- [Out-of-Scope
 * Use](#out-of-scope-use)"). It names a section, it says nothing: the section itself is read.
 */
function tocEntry(t: string): boolean {
  if (!t.includes('](#')) return false;
  return /^[\s\-*+\d.)|,\u2022]*$/.test(t.replace(/\[[^\]\n]{0,200}\]\(#[^)\s]{0,200}\)/g, ''));
}

/** Whether a line breaks inside a sentence that the line below goes on with (not a list item, nor a table row). */
function breaksInto(upper: string, lower: string): boolean {
  return !ENDS_SENTENCE.test(upper) && CONTINUES.test(lower) && !LIST_ITEM.test(lower) && !upper.trimStart().startsWith('|');
}

/** `denied` for a match in `said`, read after `lead`, the start of its sentence on the line above (if any). */
function deniedAfter(lead: string, said: string, at: number): boolean {
  return lead ? denied(`${lead} ${said}`, lead.length + 1 + at) : denied(said, at);
}

/** Whether the clause before a match negates it: "our model does not include [safety training]". */
function denied(t: string, at: number): boolean {
  const before = t.slice(Math.max(0, at - 100), at);
  let cut = -1;
  for (const c of '.;:!?,()*\u2014') cut = Math.max(cut, before.lastIndexOf(c));
  const clause = before.slice(cut + 1).split(/\s+/).filter(Boolean);
  // The four words nearest the match, within its clause: "does not include", "was not".
  if (NEGATION.test(clause.slice(-4).join(' '))) return true;
  // Or a negation the match is joined to by "or": "has not been validated against prospective
  // cohorts or [reviewed by medical professionals]".
  return /^n?or$/i.test(clause[clause.length - 1] ?? '') && NEGATION.test(clause.slice(0, -1).join(' '));
}
const NEGATION = /\b(?:not|no|never|nor|lacks?|lacking)\b|n['\u2019]t\b/i;

/**
 * The text with its HTML comments blanked, line breaks kept: all of them, or with `spanningOnly`
 * only those that run across lines.
 */
function blankComments(text: string, spanningOnly: boolean): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('<!--'); at >= 0; ) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) break; // an unclosed comment hides nothing, as withoutComments reads it
    const comment = text.slice(at, close + 3);
    if (spanningOnly && !/[\r\n]/.test(comment)) {
      at = text.indexOf('<!--', close + 3);
      continue;
    }
    out += text.slice(from, at) + comment.replace(/[^\r\n]/g, ' ');
    from = close + 3;
    at = text.indexOf('<!--', from);
  }
  return from === 0 ? text : out + text.slice(from);
}


function sliceLines(lines: LineIndex, from: number, to: number): string {
  if (from >= to) return '';
  return lines.text.slice(lines.lineStart(from), to >= lines.lineCount ? lines.text.length : lines.lineStart(to));
}

/**
 * The items a label's text counts for. A question is no label: "**Question 4: How about releasing
 * the pre-training data?**" asks about the data, and its answer may well be that there is none to
 * tell of.
 */
function labelKeys(text: string): readonly string[] {
  if (/[?\uff1f]$/.test(text)) return NONE;
  const normalised = normaliseHeading(text);
  // A "Goal:" label says what the model is for ("**Goal:** Assist agricultural officers in …");
  // a heading "Our goal" may hold only a template's slot, and says less.
  return GOAL_LABEL.test(normalised) ? SCOPE_LABEL : matchingSections(normalised);
}
const GOAL_LABEL = /^(?:(?:our|the|project|model|primary|main) )?goals?$/;
const SCOPE_LABEL: readonly string[] = Object.freeze(['scope']);

/**
 * A card's own fields written as front matter, one `key: value` line each ("purpose: Rank a
 * universe for three paper desks", "known_failure_regimes: attention-driven universe; …"): read as
 * the labels they are, keyed as the prose's labels are. Not the Hub's metadata, whose names say what
 * kind of value they hold ("metrics: [accuracy]" names a metric, not a result; "datasets" ids, not
 * an account of the data), nor a key whose value goes on in a list or a block below it. Read line by
 * line, not from the parsed front matter: such fields are often no valid YAML ("universe: 69 names;
 * survivorship: the list …" is a nested mapping to a YAML parser), and the lines still say them.
 */
function frontMatterFields(text: string, lines: LineIndex, start: number, end: number): Label[] {
  const out: Label[] = [];
  const first = lines.positionAt(start).line;
  const last = lines.positionAt(end).line;
  for (let l = first; l <= last && l < lines.lineCount; l++) {
    const at = lines.lineStart(l);
    const m = FIELD_LINE.exec(text.slice(at, lines.lineEnd(l)));
    if (!m) continue;
    const name = m[1]!.replace(/[_-]+/g, ' ');
    if (HUB_METADATA.test(normaliseHeading(name))) continue;
    const keys = labelKeys(name);
    if (keys.length) out.push({ line: l, range: [at, at + m[1]!.length], keys, hasContent: hasContent(m[2]!), body: m[2]! });
  }
  return out;
}
const FIELD_LINE = /^([A-Za-z][A-Za-z_-]{2,40}): +([^\s#&*!|>'"{[][^\n]*)$/;
const HUB_METADATA = /^(?:metrics|datasets?|model index|eval results|co2 eq emissions|tags|license(?: name| link)?|language|pipeline tag|library name|base model(?: relation)?|inference|widget|thumbnail)$/;

/**
 * A section's first words saying there is nothing under its heading: "None.", "N/A:", "Not
 * applicable —", "None used, none required", "No training data, data-generation scripts, or
 * notebooks are present in this repository.", "There is no trained or enabled probability-producing
 * model.", "There are no known issues with this model.", in Chinese "本项目不训练模型，无训练数据" (the project
 * trains no model; no training data) (not "No PII is stored", which is the answer to a question of
 * data kept).
 */
const OPENS_ON_NOTHING = /^\s*[*_]{0,2}(?:none|n\/a|not applicable)[*_]{0,2}(?:[.:;]|\s[\u2013\u2014-])[*_]{0,2}\s|^\s*[*_]{0,2}none (?:used|needed|required)\b|^\s*no (?:training |evaluation )?(?:data|information|details|results)\b[^.\n]{1,80}?\b(?:is|are) (?:present|available|provided|known|given|included)\b|^\s*there is no (?:trained|fitted|learned)(?: or [\w-]+)? (?:[\w-]+ )?model\b|^\s*there (?:are|is) no (?:known )?(?:issues|limitations|problems|bugs|failure modes)\b|^\s*(?:[-*+]\s+)?[^\n]{0,30}?(?:(?:\u65e0|\u7121|\u6ca1\u6709|\u6c92\u6709)(?:\u8bad\u7ec3|\u8a13\u7df4)(?:\u6570\u636e|\u6578\u64da)|\u4e0d(?:\u8bad\u7ec3|\u8a13\u7df4)(?:\u4efb\u4f55)?\u6a21\u578b)/i;
/** A quick test over a whole body: false when no section of it can open as `OPENS_ON_NOTHING` says. */
const NOTHING_OPENING = /^[ \t]*no (?:training |evaluation )?(?:data|information|details|results)\b|^[ \t]*there is no (?:trained|fitted|learned)\b|^[ \t]*there (?:are|is) no (?:known )?(?:issues|limitations|problems|bugs|failure modes)\b|(?:\u65e0|\u7121|\u6ca1\u6709|\u6c92\u6709)(?:\u8bad\u7ec3|\u8a13\u7df4)(?:\u6570\u636e|\u6578\u64da)|\u4e0d(?:\u8bad\u7ec3|\u8a13\u7df4)(?:\u4efb\u4f55)?\u6a21\u578b/im;

/**
 * Whether a section's text says something once comments, table rules and template text go. A
 * line with a placeholder counts as nothing, whatever else it says ("TBD - waiting on legal").
 */
export function hasContent(text: string): boolean {
  const t = text.includes('<!--') ? withoutComments(text, true) : text;
  // A section that answers its heading with "None." says the item is not there, whatever it goes
  // on to say why ("## Training data⏎None. Weights are random within the export seed.").
  if (OPENS_ON_NOTHING.test(t)) return false;
  // Without a placeholder or a "Not applicable" anywhere no line is dropped, and the question is
  // only whether three characters are left once the table rules, markup and spaces go.
  if (!mayHavePlaceholder(t) && !mayHaveNothingLine(t)) return saysSomething(t);
  const lines = t.split(/\r\n|\r|\n/);
  const kept = lines.map((line) => (isNothingLine(line) ? '' : PLACEHOLDER_PATTERNS.some((re) => re.test(line)) ? authorsWords(line) : line));
  // A table's header says nothing once every row under it is still to come ("| Field | Value |"
  // over "| Pretraining corpus | TBD |"): it names the columns, not the item. (Not a row of template
  // text of other kinds, a zero hash or a bracket: that section is a template, reported as such.)
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!TABLE_RULE.test(lines[i + 1]!)) continue;
    let j = i + 2;
    while (j < lines.length && lines[j]!.trimStart().startsWith('|') && kept[j] === '' && STILL_TO_COME.test(lines[j]!)) j++;
    if (j > i + 2 && !(j < lines.length && lines[j]!.trimStart().startsWith('|'))) kept[i] = '';
  }
  // A line that only leads into a list left to fill says nothing either ("Experiments in this
  // repository are run against:" over "{LIST AND LINK DATA SOURCES}").
  // Read from the end, so that what follows each line is known without reading it again: `below`,
  // whether a line after it says something (as kept before any lead-in is dropped); `next`, the
  // first line after it that is not blank.
  let below = false;
  let next = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const says = kept[i]!.trim() !== '';
    if (!below && next >= 0 && kept[next] === '' && kept[i]!.trimEnd().endsWith(':')) kept[i] = '';
    below ||= says;
    if (lines[i]!.trim()) next = i;
  }
  return saysSomething(kept.join(''));
}
/** A table row whose cells wait for a value: "| Data cutoff | TBD |", "| Score | N/A |". */
const STILL_TO_COME = /\b(?:TBD|TBA|TBC|TODO|n\/a|to be (?:added|determined|announced|filled|completed)|coming soon|pending|not (?:yet )?(?:available|known|provided))\b/i;

/**
 * What a line with template text in it says in the author's own words: a sentence around a
 * bracket left to fill ("It misroutes Welsh claims; the rates are in [insert table].") says
 * something; a template's label or stock sentence with its blank ("- **Developed by:** [More
 * Information Needed]") does not. Only blanks of the bracket kinds count, and six words of text
 * around them.
 */
function authorsWords(line: string): string {
  // A table row with a blank is a row still to fill ("| OCR accuracy | TBD | E4B |"), not a sentence.
  if (!BLANK_ONLY.test(line) || line.trimStart().startsWith('|')) return '';
  // What follows "TODO:" or "TBD —" is the author's note to self ("TODO — list uses this model
  // should not be applied to"), not the card's words.
  const note = TODO_NOTE.exec(line);
  const rest = withoutPlaceholders(note ? line.slice(0, note.index) : line);
  if (PLACEHOLDER_PATTERNS.some((re) => re.test(rest))) return '';
  return (rest.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)?.length ?? 0) >= 6 ? rest : '';
}
const TODO_NOTE = /\b(?:TODO|TBD) *[:\u2014\u2013-]/;
/** A blank left to fill, of the kinds an author writes inside a sentence. */
const BLANK_ONLY = /\[(?:[Ii]nsert|[Aa]dd|[Dd]escribe|[Yy]our)[^\]]*\]|\{\{[^{}]*\}\}|\bTODO\b|\bTBD\b/;

/** Whether at least three characters are not table rules, markup or white space (`\s`). */
function saysSomething(t: string): boolean {
  let n = 0;
  for (let i = 0; i < t.length && n < 3; i++) if (!isMarkupOrSpace(t.charCodeAt(i))) n++;
  return n >= 3;
}

function isMarkupOrSpace(c: number): boolean {
  switch (c) {
    case 0x7c: // |
    case 0x2a: // *
    case 0x5f: // _
    case 0x3e: // >
    case 0x23: // #
    case 0x60: // `
    case 0x7e: // ~
    case 0x2d: // -
    case 0x3d: // =
    case 0x3a: // :
      return true;
  }
  // What \s matches: ASCII white space, NBSP, the Unicode space separators, line and paragraph
  // separators, and the BOM.
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A waiver comment from just after its `<!--` (sticky): `ai-security-ignore`, a code, a reason
 * after a colon, and the first `-->`. The code cannot start with a space and the reason cannot
 * hold `-->`, so no two parts can share characters: a try that fails costs what it read.
 */
const WAIVER = /\s*ai-security-ignore\b\s*(?:([^\s:>-][^\s:>]*)\s*)?(?::((?:[^-]|-(?!->))*))?-->/y;

/**
 * The waiver comments on one line of a card, as `<!-- ai-security-ignore CODE: reason -->`
 * matched them with `/<!--\s*ai-security-ignore\b\s*([^\s:>-][^\s:>]*)?\s*(?::\s*([\s\S]*?))?\s*-->/g`,
 * code and reason trimmed. That expression backtracked over runs of spaces and read to the end
 * of the line from every `<!--` when no `-->` followed: quadratic in a long line.
 */
export function waiversIn(line: string): { at: number; length: number; code: string; reason: string | undefined }[] {
  const out: { at: number; length: number; code: string; reason: string | undefined }[] = [];
  // A comment is closed only by a `-->` after its `<!--`: none after the last one, none at all.
  const lastClose = line.lastIndexOf('-->');
  for (let at = line.indexOf('<!--'); at >= 0 && at + 4 <= lastClose; ) {
    WAIVER.lastIndex = at + 4;
    const m = WAIVER.exec(line);
    if (!m) {
      at = line.indexOf('<!--', at + 1);
      continue;
    }
    out.push({ at, length: WAIVER.lastIndex - at, code: (m[1] ?? '').trim(), reason: m[2]?.trim() || undefined });
    at = line.indexOf('<!--', WAIVER.lastIndex);
  }
  return out;
}

/**
 * The text without its HTML comments, as `text.replace(/<!--[\s\S]*?-->/g, '')` leaves it, or
 * with `acrossLines` false as `text.replace(/<!--.*?-->/g, '')` (a comment ends on the line it
 * starts on). Those expressions read from every `<!--` to the end of the text, or of its line,
 * when no `-->` followed: quadratic in the number of `<!--`. Here the first `-->` and the first
 * line break after a `<!--` are searched for once and kept for the `<!--`s before them.
 */
export function withoutComments(text: string, acrossLines: boolean): string {
  let out = '';
  let from = 0;
  let close = -1;
  let lineBreak = -1;
  for (let at = text.indexOf('<!--'); at >= 0; ) {
    if (close < at + 4) close = text.indexOf('-->', at + 4);
    if (close < 0) break; // no `-->` after this `<!--`, nor after any later one
    if (!acrossLines) {
      if (lineBreak < at + 4) {
        LINE_BREAK.lastIndex = at + 4;
        lineBreak = LINE_BREAK.exec(text)?.index ?? text.length;
      }
      if (lineBreak < close) {
        // This comment is not closed on its line; the next one may be.
        at = text.indexOf('<!--', at + 1);
        continue;
      }
    }
    out += text.slice(from, at);
    from = close + 3;
    at = text.indexOf('<!--', from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** What ends a line for `.` in a regular expression. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

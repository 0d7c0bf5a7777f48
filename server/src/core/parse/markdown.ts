/*! The html_block rule after markdown-it 15.0.3 (https://github.com/markdown-it/markdown-it), @license MIT, Copyright (c) 2014 Vitaly Puzrin, Alex Kocharin. */
/**
 * The block structure of a Markdown text, as far as the model-card checks need it: headings
 * (level, raw text, lines), fenced and indented code, and HTML blocks.
 *
 * This is markdown-it's block parser with html on and the default preset's rules and options
 * (tables, lists, block quotes, link reference definitions, setext headings, `maxNesting` 100).
 * Only the core rules that normalise the text and parse blocks run: nothing reads inline content,
 * so it is not parsed, and a heading's text is its inline token's raw content. The tokens are
 * read as they are made and not kept (see ScanState). In the bundles, four of markdown-it's
 * dependencies are modules of our own (markdown-stubs/, esbuild.mjs).
 *
 * One rule is replaced. markdown-it's html_block rule tests whether a line is an open or close
 * tag with an expression whose unquoted attribute values may hold Unicode spaces that the `\s`
 * around them also matches: on a line of no-break spaces it takes time quadratic in their number
 * (8,000 took 0.2 s), and on a line of attributes `b=\u00a0 c` time exponential in theirs (18
 * took 22 ms, and each one more doubles it). The rule below is markdown-it's with that one
 * expression rewritten so that an unquoted value holds no white space at all, as the hand port of
 * markdown-it's block rules that this module replaces had it. It decides as markdown-it does on
 * every line without Unicode spaces; where markdown-it reads an unquoted value across one
 * (`<a b=x\u00a01>`) or made only of them (`<a b=\u00a0>`), the line is no HTML block here.
 */
import MarkdownIt from 'markdown-it';
import type { Env, MarkdownIt as Parser, StateBlock, Token } from 'markdown-it';

/** A heading: `line` is its first line, `end` the line after it (a setext heading spans two or more). */
export interface ScannedHeading {
  level: number;
  /** The heading's raw inline text, as markdown-it gives it (trimmed, not rendered). */
  text: string;
  line: number;
  end: number;
}

export interface MarkdownBlocks {
  headings: ScannedHeading[];
  /** Fenced and indented code blocks as [first line, line after]. */
  code: [number, number][];
  /** HTML blocks as [first line, line after]. */
  html: [number, number][];
}

const HTML_BLOCK_NAMES = [
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu',
  'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
];
// markdown-it's unquoted attribute value is [^"'=<>`\x00-\x20]+; here it also leaves out \s
// (see the header comment).
const OPEN_TAG = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x1f\\s]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
const CLOSE_TAG = '<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>';
/** The seven kinds of HTML block: how one opens, how it ends, and whether it can interrupt a paragraph. */
const HTML_SEQUENCES: [RegExp, RegExp, boolean][] = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Za-z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  [new RegExp(`^</?(${HTML_BLOCK_NAMES.join('|')})(?=(\\s|/?>|$))`, 'i'), /^$/, true],
  [new RegExp(`^(?:${OPEN_TAG}|${CLOSE_TAG})\\s*$`), /^$/, false],
];

function htmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (!state.md.options.html) return false;
  if (state.src.charCodeAt(pos) !== 60 /* < */) return false;
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i]![0].test(lineText)) break;
  if (i === HTML_SEQUENCES.length) return false;
  const [, close, interrupts] = HTML_SEQUENCES[i]!;
  if (silent) return interrupts;
  let nextLine = startLine + 1;
  const endsOnBlankLine = close.test('');
  if (!close.test(lineText)) {
    for (; nextLine < endLine; nextLine++) {
      if (state.sCount[nextLine]! < state.blkIndent && (endsOnBlankLine || !state.isEmpty(nextLine))) break;
      pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
      max = state.eMarks[nextLine]!;
      lineText = state.src.slice(pos, max);
      if (close.test(lineText)) {
        if (lineText.length !== 0) nextLine++;
        break;
      }
    }
  }
  state.line = nextLine;
  const token = state.push('html_block', '', 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}

/**
 * markdown-it's block state, made to record what the scanner needs as it goes instead of keeping
 * every token. A card's tokens are most of what parsing it allocates, and kept to the end they all
 * live through every collection on the way: on a 10 MiB card of short sections, parsing with them
 * took 8.8 s and peaked at 660 MB, this way 2.3 s and 285 MB. A rule sets a token's lines and
 * text after pushing it, so each token is read when the next one is pushed, and the last at the
 * end. No block rule reads back a token in a way that decides structure: the one that reads
 * earlier tokens (a tight list hiding its paragraphs) only marks them for rendering.
 */
class ScanState extends MarkdownIt.StateBlock {
  readonly blocks: MarkdownBlocks = { headings: [], code: [], html: [] };
  /** The last token pushed, not yet read. */
  private last: Token | undefined;
  /** A heading whose text (the next token) is still to come. */
  private heading: Token | undefined;

  constructor(src: string, md: Parser, env: Env, tokens: Token[]) {
    super(src, md, env, tokens);
    (env as ScanEnv).state = this;
  }

  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    this.settle();
    // As StateBlock.push, but for keeping the token.
    const token = new this.Token(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.last = token;
    return token;
  }

  /** Reads the last token pushed, now that its rule has set its lines and text. */
  settle(): MarkdownBlocks {
    const t = this.last;
    this.last = undefined;
    if (t?.type === 'heading_open') this.heading = t;
    else if (t?.type === 'inline' && this.heading) {
      this.blocks.headings.push({ level: this.heading.tag.charCodeAt(1) - 48, text: t.content, line: this.heading.map![0], end: this.heading.map![1] });
      this.heading = undefined;
    } else if (t?.type === 'fence' || t?.type === 'code_block') this.blocks.code.push([t.map![0], t.map![1]]);
    else if (t?.type === 'html_block') {
      this.blocks.html.push([t.map![0], t.map![1]]);
      // A heading written in HTML, alone on its line ("<h2 align=\"center\">Typical Use Cases</h2>",
      // as centred READMEs write them), is a heading to a reader as much as "## Typical Use Cases".
      if (t.content.includes('<h') || t.content.includes('<H')) {
        t.content.split('\n').forEach((line, k) => {
          const m = HTML_HEADING.exec(line);
          // (Not one that is all a link, "<h3><a href=\"…arxiv…\">EVA: Exploring the Limits of …</a></h3>":
          // the title of a paper, no section of the card.)
          const name = m && !LINK_ONLY.test(m[2]!) ? m[2]!.replace(/<[^<>]{0,200}>/g, '').trim() : '';
          if (m && name) this.blocks.headings.push({ level: m[1]!.charCodeAt(0) - 48, text: name, line: t.map![0] + k, end: t.map![0] + k + 1 });
        });
      }
    }
    return this.blocks;
  }
}

/** An HTML heading alone on its line, with its level and its inner markup. */
const LINK_ONLY = /^\s*<a\s[^<>]{0,300}>[^<]{0,300}<\/a>\s*$/i;
const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^<>]{0,200})?>(.{1,300}?)<\/h[1-6]\s*>\s*$/i;

/** How a scan reaches its state: markdown-it makes the state, and hands it the `env` it was given. */
interface ScanEnv extends Env {
  state?: ScanState;
}

/** The parser, made once: html on, the default preset's block rules, nothing after the blocks. */
const md = new MarkdownIt('default', { html: true });
md.core.ruler.enableOnly(['normalize', 'block']);
md.block.State = ScanState;
// The same chains as markdown-it's own rule: an HTML block may end a paragraph, a reference
// definition or a block quote.
md.block.ruler.at('html_block', htmlBlock, { alt: ['paragraph', 'reference', 'blockquote'] });

/** The headings, code blocks and HTML blocks of a Markdown text, as markdown-it finds them. */
export function scanMarkdown(text: string): MarkdownBlocks {
  // markdown-it normalises line ends to \n (line numbers do not change) and NUL to U+FFFD
  // (which a heading's text then carries). It makes no state for an empty text.
  const env: ScanEnv = {};
  md.parse(text, env);
  return env.state ? env.state.settle() : { headings: [], code: [], html: [] };
}

/**
 * Text from a manifest, a model card, a file name or a command line, made safe for where it is
 * shown: visibly escaped for terminals and one-line comments, backslash-escaped for Markdown, and
 * percent-encoded in link destinations. Every renderer takes user text through these helpers, so
 * that the text reaches the reader as text and never as markup, a link or a terminal command.
 * Every pattern here is one character class or a fixed string, with at most one quantifier:
 * linear time.
 */

/**
 * Characters that act on a terminal or hide and reorder text: C0 controls (line breaks and tabs
 * among them), DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates,
 * and the Unicode line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this escapes.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text on one line with every invisible or controlling character written as its escape
 * (`\n`, `\x1b`, `\u202e`), so that a reader sees that it is there and nothing acts on it.
 */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * JSON text with every invisible or controlling character that JSON.stringify leaves as it is
 * (DEL, C1 controls, bidirectional controls, line and paragraph separators) written as a `\u`
 * escape: the same data when parsed, and a file that is safe to print to a terminal. These
 * characters only ever occur inside JSON strings, where `\u` escapes are valid.
 */
export function jsonInvisiblesEscaped(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whitespace (line breaks of block scalars included) folded to single spaces, for one-line text. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * User text for Markdown, anywhere in a line or a table cell: on one line, with invisible
 * characters made visible, and backslash-escaped so that nothing in it reads as emphasis, code,
 * a link or image, HTML, an entity, a table pipe or maths. GitHub and VS Code also turn bare
 * URLs, `www.` names and e-mail addresses into links; escaping `//`, `www.` and `@` stops that.
 * Text that starts a line also needs `mdLineStart`.
 */
export function mdText(s: string): string {
  return visibleText(oneLine(s))
    .replace(/[\\`*_[\]<>|~&$@]/g, '\\$&')
    .replace(/\/(?=\/)/g, '\\/')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Escapes what would open a block at the start of a line: a list, heading, quote or setext underline. */
export function mdLineStart(escaped: string): string {
  return escaped.replace(/^[-+=#]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * User text as Markdown inline code: on one line, invisible characters made visible, between
 * backtick fences longer than any run of backticks in it (padded with a space where it starts
 * or ends with a backtick, which would otherwise join the fence). Inside code nothing
 * is markup, so the text needs no other escaping.
 */
export function mdCode(s: string): string {
  const text = visibleText(oneLine(s));
  if (text === '') return '';
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A link destination for Markdown: every character a URL does not need is percent-encoded
 * (spaces, parentheses, `<`, `>`, quotes, `|`, backslashes, controls and non-ASCII), so that it
 * cannot end the link, split a table cell or add a title; `&` is escaped so that it cannot start
 * an entity. The caller decides what may be linked at all (see `webHref`).
 */
export function mdHref(href: string): string {
  return href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$*+,;=%&]/gu, percentEncode).replace(/&/g, '\\&');
}

function percentEncode(c: string): string {
  // encodeURIComponent leaves ' ( ) alone, and throws on a lone surrogate, which has no UTF-8
  // form: ASCII is encoded here, and a lone surrogate as the replacement character.
  if (c.length === 1 && c < '\u0080') return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  return c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '%EF%BF%BD' : encodeURIComponent(c);
}

/** An `https:` or `http:` URL, normalised, or undefined for anything else (`javascript:`, `command:`, `data:`, malformed). */
export function webHref(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname ? u.href : undefined;
  } catch {
    return undefined;
  }
}

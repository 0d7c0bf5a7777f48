/**
 * Text from a manifest, a model card, a file name or a command line, made safe for where it is
 * shown. Every renderer takes user text through these helpers, so that the text reaches the
 * reader as text and never as markup or a terminal command. Every pattern here is a single
 * character class or a fixed-length look-around: linear time.
 */

/**
 * Characters that act on a terminal or hide and reorder text: C0 controls (line breaks and tabs
 * among them), DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates,
 * and the Unicode line and paragraph separators.
 */
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

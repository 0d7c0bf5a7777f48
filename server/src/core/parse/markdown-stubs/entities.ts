/**
 * What the bundles have in place of the entities package (esbuild.mjs aliases it here, see
 * aliases.json): its table of 2,125 named character references is two fifths of what markdown-it
 * adds to each bundle (16 of 42 KB, compressed), and block parsing needs very few of them.
 *
 * markdown-it decodes references (with `decodeHTMLStrict`) in a link reference definition's
 * destination and title, and in inline text. The scanner (../markdown.ts) reads no inline text;
 * of a title, markdown-it asks only whether it is empty, which no reference changes; and a
 * destination decides only whether the definition is taken: it is refused when, decoded and
 * re-encoded by markdown-it's `normalizeLink`, it starts with `javascript:`, `vbscript:`, `file:`
 * or `data:` (but for `data:image/…;`). Only ASCII characters and white space (which is trimmed)
 * can spell such a start; any other character, like the reference that stands for it, is
 * percent-encoded or left where it is, and breaks a start either way. So references to ASCII
 * characters and white space, named and numeric, are decoded as entities decodes them, and any
 * other is left as written. The one place where that changes the answer is mdurl's reading of
 * host names: in a `data:` destination with a host name of over 255 characters, which it drops.
 * test/core/markdown.test.ts checks this module against the entities package, reference by
 * reference, and shows that one place.
 *
 * markdown-it decodes numeric references of up to eight digits itself; only longer ones reach here.
 */

/** The named references whose text holds an ASCII character or white space (`\s`), as entities 8.1.0 decodes them. */
const NAMED = new Map<string, string>(Object.entries({
  AMP: '&', amp: '&', apos: "'", ast: '*', bne: '=\u20e5', bsol: '\\', colon: ':', comma: ',', commat: '@', DiacriticalGrave: '`', dollar: '$', emsp: '\u2003',
  emsp13: '\u2004', emsp14: '\u2005', ensp: '\u2002', equals: '=', excl: '!', fjlig: 'fj', grave: '`', GT: '>', gt: '>', hairsp: '\u200a', Hat: '^', lbrace: '{',
  lbrack: '[', lcub: '{', lowbar: '_', lpar: '(', lsqb: '[', LT: '<', lt: '<', MediumSpace: '\u205f', midast: '*', nbsp: '\u00a0', NewLine: '\n',
  NonBreakingSpace: '\u00a0', num: '#', numsp: '\u2007', nvgt: '>\u20d2', nvlt: '<\u20d2', percnt: '%', period: '.', plus: '+', puncsp: '\u2008', quest: '?',
  QUOT: '"', quot: '"', rbrace: '}', rbrack: ']', rcub: '}', rpar: ')', rsqb: ']', semi: ';', sol: '/', Tab: '\t', ThickSpace: '\u205f\u200a', thinsp: '\u2009',
  ThinSpace: '\u2009', UnderBar: '_', verbar: '|', vert: '|', VerticalLine: '|', VeryThinSpace: '\u200a',
}));

/** A reference as markdown-it passes one: `&`, a name or `#` and a number, `;`. */
const REFERENCE = /&(?:#([xX][0-9a-fA-F]+|[0-9]+)|([A-Za-z][A-Za-z0-9]*));/g;

/** Whether a code point is one entities decodes to itself and that is ASCII or white space. */
function asciiOrSpace(cp: number): boolean {
  if (cp >= 1 && cp <= 0x7f) return true;
  return cp <= 0xffff && /\s/.test(String.fromCharCode(cp));
}

export function decodeHTMLStrict(str: string): string {
  if (!str.includes('&')) return str;
  return str.replace(REFERENCE, (match: string, numeric: string | undefined, name: string | undefined) => {
    if (numeric !== undefined) {
      const cp = numeric.charCodeAt(0) === 0x78 || numeric.charCodeAt(0) === 0x58 ? parseInt(numeric.slice(1), 16) : parseInt(numeric, 10);
      return asciiOrSpace(cp) ? String.fromCharCode(cp) : match;
    }
    return NAMED.get(name!) ?? match;
  });
}

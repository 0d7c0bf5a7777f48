/**
 * What the bundles have in place of punycode.js (esbuild.mjs aliases it here, see aliases.json).
 * markdown-it's `normalizeLink` turns the host name of an `http:`, `https:` or `mailto:`
 * destination, or of one that starts with `//`, into Punycode; the scanner (../markdown.ts) only
 * asks whether the normalised destination starts with a refused scheme, and such a destination
 * starts with its own scheme or `//` whatever its host name becomes. So the name is kept as it
 * is. `toUnicode` serves only inline links, which the scanner does not read.
 */
import { left } from './linkify-it';

export default {
  toASCII: (domain: string): string => domain,
  toUnicode: (): string => {
    throw left('punycode.js');
  },
};

/**
 * Hostile inputs, each made by a function of its size `n`: hostile.test.ts checks what each one
 * is reported as, at one size; complexity.test.ts checks that the time to analyse it grows
 * linearly with its length, at several.
 */

/** A valid start of a manifest: what the hostile part follows. */
export const HEAD = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** "Billion laughs": `levels` anchors, each a list of nine aliases of the one before (9^levels values). */
export function aliasBomb(levels = 8): string {
  const names = 'abcdefghijklmnopqrstuvwxyz';
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i <= levels; i++) text += `${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]\n`;
  return text;
}

/** `n` anchors of one name, each aliased on the next line: every alias looks its anchor up. */
export function sharedAnchors(n: number): string {
  return HEAD + 'extra:\n' + lines(n, (i) => `  v${i}: &x { n: ${i} }\n  w${i}: *x`) + '\n';
}

export const flowNesting = (n: number) => 'a: ' + '['.repeat(n) + ']'.repeat(n) + '\n';

/** `n` lists, each the first item of the one before, on one line with long runs of spaces: `-    -    - x`. */
export const compactLists = (n: number) => Array.from({ length: n }, () => '-' + ' '.repeat(4096)).join('') + 'x\n';

/** `n` levels of block mappings, one more space each: the text grows with n². */
export const blockNesting = (n: number) => HEAD + 'x:\n' + lines(n, (i) => `${' '.repeat(i + 1)}k${i}:`) + ' 1\n';

export const paddedManifest = (n: number) => HEAD + 'provisions:\n' + '  # padding\n'.repeat(n);

export const longLine = (n: number) => HEAD + 'assets:\n  - { id: m, type: model, version: "1", notes: "' + 'x'.repeat(n) + '" }\n';

export const nulBytes = (n: number) => HEAD + '\0'.repeat(n);

/** `n` provisions entries for numbers the Code does not have (6.7, 6.8, …), with the given line ends. */
export const lineEnds = (n: number, eol: '\r\n' | '\r' | '\n') => (HEAD + 'provisions:\n' + lines(n, (i) => `  "6.${7 + i}": { status: planned }`) + '\n').replace(/\n/g, eol);

/** `n` provisions entries indented with a tab, the first for 6.4. */
export const tabIndented = (n: number) => HEAD + 'provisions:\n' + lines(n, (i) => `\t"6.${4 + i}": { status: planned }`) + '\n';

export const duplicateKeys = (n: number) => HEAD + lines(n, (i) => `k${i}: 1\nk${i}: 2`) + '\n';

/** `n` provisions entries, almost all with numbers the Code does not have. */
export const provisionEntries = (n: number) => HEAD + 'provisions:\n' + lines(n, (i) => `  "${1 + (i % 13)}.${i}": { status: planned, owner: a, due: 2027-01-01 }`) + '\n';

export const unknownFields = (n: number, indent = '') => lines(n, (i) => `${indent}field${i}: 1`);
export const unknownTopFields = (n: number) => HEAD + unknownFields(n) + '\n';
export const unknownAssetFields = (n: number) => HEAD + 'assets:\n  - id: m\n    type: model\n' + unknownFields(n, '    ') + '\n';

/** Comment lines and then a document marker: an empty first document. */
export const commentsThenMarker = (n: number) => '# comment\n'.repeat(n) + '---\n';

/** The manifest as one line of JSON: `n` assets, each a handful of flow scalars. */
export function jsonManifest(n: number): string {
  const assets = Array.from({ length: n }, (_, i) => ({ id: `asset-${i}`, type: 'model', version: `${i % 7}.0.0`, owner: `team-${i % 17}@example.org`, shared: i % 2 === 0, dependsOn: [`asset-${(i * 7) % n}`, `asset-${(i * 13) % n}`] }));
  return JSON.stringify({ version: 1, system: { name: 'X', owner: 'x@example.org', roles: ['developer'], lifecycle: 'design' }, assets }) + '\n';
}

/** `n` keys of about a thousand characters, just under YAML's limit for an implicit key. */
export const longKeys = (n: number) => HEAD + 'extra:\n' + lines(n, (i) => `  ${'k'.repeat(1000)}${i}: ${i}`) + '\n';

/** `n` duplicate keys in one list item, each placed by the entry it is in when fingerprinted. */
export const duplicatesInItem = (n: number) => 'version: 1\nextra:\n  - id: big\n' + Array.from({ length: n }, (_, i) => `    k${i}: 1\n    k${i}: 2\n`).join('');

// The texts are English (the content checks run only on a card they can read).
export const cardHeadings = (n: number) => '# Card\n\n' + Array.from({ length: n }, (_, i) => `## Section ${i}\n\nThe text of section ${i}.\n`).join('\n');

export const cardNestedHeadings = (n: number) => '# Card\n' + Array.from({ length: n }, (_, i) => `${'#'.repeat(2 + (i % 5))} H${i}\n`).join('');

export const cardCodeBlocks = (n: number) => '# Card\n\n' + Array.from({ length: n }, (_, i) => `## Example ${i} of the code\n\n\`\`\`\n# not a heading ${i}\n\`\`\`\n`).join('\n');

/** `n` evaluation sections that report no results: each was once measured against every heading. */
export const cardEmptyEvaluations = (n: number) => '# Card\n\n' + Array.from({ length: n }, () => '## Evaluation\nBy hand.\n').join('');

/** `n` headings in block quotes and `n` in list items. */
export const cardContainers = (n: number) => '# Card\n\n' + Array.from({ length: n }, (_, i) => `> ## Quote ${i}\n> the text\n\n- ## Item ${i}\n  and more\n`).join('\n');

/** `n` waiver comments on one line, none closed. */
export const cardWaiverOpens = (n: number) => '# Card\n\n## Uses\n\n' + '<!-- ai-security-ignore 8.1.1: why '.repeat(n) + '\n';

/** `n` comments opened on one line and closed on the next. */
export const cardCommentOpens = (n: number) => '# Card\n\n## Uses\n\n' + '<!-- x '.repeat(n) + '\n-->\n';

/** An HTML tag whose attribute value runs into `n` no-break spaces. */
export const cardNbspAttribute = (n: number) => '# Card\n\n<a b=c' + '\u00a0'.repeat(n) + '!\n';

/**
 * An HTML tag of `n` attributes `b=\u00a0 c` that does not close: each no-break space can be an
 * attribute's value or space before the next name, so a backtracking match tries 2^n readings.
 */
export const cardNbspAttributes = (n: number) => '# Card\n\n<a' + ' b=\u00a0 c'.repeat(n) + ' =\n';

/** `n` template braces opened on one line, none closed by `}}`. */
export const cardOpenBraces = (n: number) => '# Card\n\n## Uses\n\n' + '{{a'.repeat(n) + '}x}}\n';

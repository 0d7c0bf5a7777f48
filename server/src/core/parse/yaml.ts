/**
 * YAML with positions, for the rest of the core: `parseYaml` reads a text with our fast reader
 * (fast-yaml.ts) where it can and with the `yaml` package (yaml-package.ts) where it cannot, and
 * either way yaml-build.ts makes the tree (yaml-tree.ts). The tree's types and accessors are
 * exported from here, as they were before the modules were split.
 */
import { fastParse } from './fast-yaml';
import { buildTree, MAX_DEPTH, plainTree } from './yaml-build';
import { readYamlPackage } from './yaml-package';
import type { ParsedYaml, YamlProblem } from './yaml-tree';

export {
  bool,
  entry,
  get,
  locate,
  normaliseKey,
  present,
  str,
  strings,
  toPlain,
  type Located,
  type Offsets,
  type ParsedYaml,
  type YamlProblem,
  type YEntry,
  type YMap,
  type YNode,
  type YScalar,
  type YSeq,
} from './yaml-tree';
export { ALIAS_EXPANSION_BUDGET, MAX_DEPTH } from './yaml-build';
export { findUnclosed } from './yaml-package';

export interface ParseOptions {
  /** Try the fast reader first (the default); false parses with `yaml` alone, for tests. */
  fast?: boolean;
}

export function parseYaml(input: string, options: ParseOptions = {}): ParsedYaml {
  const problems: YamlProblem[] = [];
  // A lone CR ends a line in YAML and in LSP, but the parser does not see it as one. Replacing
  // it with LF keeps every offset, so ranges still match the text the editor holds.
  const text = input.includes('\r') ? input.replace(/\r(?!\n)/g, '\n') : input;
  const tooDeep = flowDepthOver(text, MAX_DEPTH * 2);
  if (tooDeep !== undefined) {
    problems.push({ code: 'yaml-syntax', severity: 'error', message: `This file nests more than ${MAX_DEPTH * 2} brackets deep; it was not analysed. A manifest needs no more than a few levels.`, range: [tooDeep, tooDeep + 1] });
    return { root: undefined, problems, extraDocuments: [] };
  }
  const fast = options.fast === false ? undefined : fastParse(text);
  // Without anchors, aliases or merge keys every node has one place: the tree is built straight
  // from what was read. With them, the nodes go through the same builder as the full parser's.
  if (fast && !fast.shared) return { root: plainTree(fast.root, problems), problems, extraDocuments: [] };
  if (fast) return { root: buildTree(fast.root, problems), problems, extraDocuments: [] };
  const { contents, extraDocuments } = readYamlPackage(text, problems);
  return { root: contents ? buildTree(contents, problems) : undefined, problems, extraDocuments };
}

/**
 * The offset of the first bracket nested deeper than `limit`, found without parsing: the parser
 * would spend most of a second on 100,000 brackets before giving up.
 */
function flowDepthOver(text: string, limit: number): number | undefined {
  // Cheap exit: too few brackets in the whole text to nest that deep. The native search counts
  // them: a loop over every character runs cold in a short-lived process (a CLI run).
  let brackets = 0;
  for (const open of ['[', '{']) {
    for (let i = text.indexOf(open); i >= 0 && brackets <= limit; i = text.indexOf(open, i + 1)) brackets++;
  }
  if (brackets <= limit) return undefined;
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (quote === 34 && c === 92 /* \ */) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    const prev = i === 0 ? 10 : text.charCodeAt(i - 1);
    const startsToken = prev === 32 || prev === 9 || prev === 10 || prev === 13 || prev === 91 || prev === 123 || prev === 44 || prev === 58;
    if ((c === 34 || c === 39) && startsToken) quote = c;
    else if (c === 35 /* # */ && (prev === 32 || prev === 9 || prev === 10)) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return i;
    } else if ((c === 93 /* ] */ || c === 125 /* } */) && depth > 0) depth--;
  }
  return undefined;
}

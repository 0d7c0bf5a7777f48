/**
 * Reading with the `yaml` package: every text the fast reader (fast-yaml.ts) leaves, which is
 * every text with a syntax error among others. The package finds the errors and words them, and
 * its document becomes the readers' nodes (yaml-build.ts) for the same builder.
 */
import type * as YamlPackage from 'yaml';
import type { Alias, Node as YamlAstNode } from 'yaml';
import { emptyScalar, lastBefore, MAX_DEPTH, type REntry, type RNode } from './yaml-build';
import type { Offsets, YamlProblem, YScalar } from './yaml-tree';

let loaded: typeof YamlPackage | undefined;

/**
 * The package, loaded when a text first needs it: the fast reader reads most manifests alone, so
 * the CLI starts without it (esbuild.mjs gives the CLI's bundles the package as a file of its own).
 */
function yamlPackage(): typeof YamlPackage {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('yaml') as typeof YamlPackage);
}

/**
 * The first document's nodes as the `yaml` package reads them, and where the later documents
 * start; the package's errors and warnings are added to `problems`.
 */
export function readYamlPackage(text: string, problems: YamlProblem[]): { contents: RNode | undefined; extraDocuments: number[] } {
  let docs: ReturnType<typeof YamlPackage.parseAllDocuments>;
  try {
    docs = yamlPackage().parseAllDocuments(text, {
    uniqueKeys: false, // we report duplicates ourselves, by source text, so `6.4` and "6.4" collide
    prettyErrors: false,
    strict: true,
    version: '1.2',
    merge: false, // merge keys are resolved by the builder (yaml-build.ts), sharing nodes instead of copying them
    keepSourceTokens: false,
  });
  } catch (e) {
    // The parser reports its own limits as errors; anything it throws is reported the same way.
    problems.push({ code: 'yaml-syntax', severity: 'error', message: `YAML syntax error: the file could not be parsed (${e instanceof Error ? e.message : String(e)}).`, range: [0, 0] });
    return { contents: undefined, extraDocuments: [] };
  }
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) {
    for (const e of (docs as { errors?: { pos: Offsets; message: string }[] }).errors ?? []) {
      problems.push({ code: 'yaml-syntax', severity: 'error', message: syntaxMessage(e.message), range: e.pos });
    }
    return { contents: undefined, extraDocuments: [] };
  }
  const doc = list[0]!;
  for (const e of doc.errors) {
    problems.push({ code: 'yaml-syntax', severity: 'error', message: syntaxMessage(e.message), range: errorRange(text, e.message, e.pos) });
  }
  for (const w of doc.warnings) {
    problems.push({ code: 'yaml-syntax', severity: 'warning', message: syntaxMessage(w.message), range: w.pos });
  }
  const contents = doc.contents ? fromYaml(doc.contents as YamlAstNode, text) : undefined;
  return { contents, extraDocuments: list.slice(1).map((d) => d.range?.[0] ?? text.length) };
}

function syntaxMessage(m: string): string {
  const first = m.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = /quote/i.test(first)
    ? ' Close the quoted text on the line where it starts.'
    : /end with a [\]}]/.test(first)
      ? ' Close the bracket, or write the list or mapping one item per line.'
      : /tab/i.test(first)
        ? ' Indent with spaces: YAML does not allow tabs for indentation.'
        : ' Check the indentation and quoting here.';
  return `YAML syntax error: ${first}.`.replace(/\.\.$/, '.') + hint;
}

/**
 * Where to show a syntax error. The parser reports an unclosed quote or bracket at the end of
 * the file, where it gave up; the reader needs the place where it was opened.
 */
function errorRange(text: string, message: string, pos: [number, number]): Offsets {
  const unclosed = /Missing closing ["']quote/.test(message) ? findUnclosed(text, 'quote') : /end with a [\]}]/.test(message) ? findUnclosed(text, 'flow') : undefined;
  if (unclosed !== undefined) return [unclosed, unclosed + 1];
  return [pos[0], Math.max(pos[1], pos[0])];
}

/** The offset of the last quote, or innermost flow bracket, that is opened and never closed. */
export function findUnclosed(text: string, kind: 'quote' | 'flow'): number | undefined {
  const flows: number[] = [];
  let quote: { ch: string; start: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (quote.ch === '"' && c === '\\') i++;
      else if (c === quote.ch) {
        if (quote.ch === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    const prev = i === 0 ? '\n' : text[i - 1]!;
    const startsToken = /[\s[{,:-]/.test(prev);
    if (c === '#' && /\s/.test(prev)) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if ((c === '"' || c === "'") && startsToken) quote = { ch: c, start: i };
    else if ((c === '[' || c === '{') && startsToken) flows.push(i);
    else if ((c === ']' || c === '}') && flows.length) flows.pop();
  }
  return kind === 'quote' ? quote?.start : flows[flows.length - 1];
}

/**
 * The `yaml` package's document as the reader's nodes, for the same builder. Keys become their
 * text as the rules read it: plain keys by their source (so `12.10:` stays 12.10), quoted keys by
 * their value, an alias key by its anchor's value, any other key by its source text.
 */
function fromYaml(root: YamlAstNode, text: string): RNode {
  const { isAlias, isMap, isPair, isScalar, isSeq, Scalar, visit } = yamlPackage();
  let anchors: Map<string, { start: number; node: YamlAstNode }[]> | undefined;
  const anchorFor = (alias: Alias): YamlAstNode | undefined => {
    if (!anchors) {
      const index = new Map<string, { start: number; node: YamlAstNode }[]>();
      visit(root, {
        Node: (_key, n) => {
          const a = (n as { anchor?: string }).anchor;
          if (a && !isAlias(n)) {
            const list = index.get(a) ?? [];
            list.push({ start: rangeOf(n as YamlAstNode)[0], node: n as YamlAstNode });
            index.set(a, list);
          }
        },
      });
      for (const list of index.values()) list.sort((x, y) => x.start - y.start);
      anchors = index;
    }
    return lastBefore(anchors.get(alias.source), rangeOf(alias)[0], (a) => a.start)?.node;
  };
  const keyOf = (keyNode: YamlAstNode | null): { key: string; quoted: boolean } => {
    if (keyNode == null) return { key: '', quoted: false };
    if (isScalar(keyNode)) {
      const quoted = keyNode.type === Scalar.QUOTE_DOUBLE || keyNode.type === Scalar.QUOTE_SINGLE;
      if (!quoted && keyNode.type === Scalar.PLAIN && typeof keyNode.source === 'string') return { key: keyNode.source, quoted };
      return { key: keyNode.value == null ? '' : String(keyNode.value), quoted };
    }
    if (isAlias(keyNode)) {
      const t = anchorFor(keyNode);
      if (t && isScalar(t)) return { key: String(t.value), quoted: false };
    }
    const [s, e] = rangeOf(keyNode);
    return { key: text.slice(s, e), quoted: false };
  };
  // Nesting is bounded by MAX_DEPTH before this is called (the flow pre-scan and the builder's
  // own check below); the walk uses an explicit depth guard all the same.
  const convert = (node: YamlAstNode | Alias, depth: number): RNode => {
    const range = rangeOf(node);
    if (depth > MAX_DEPTH + 1) return emptyScalar(range);
    if (isAlias(node)) return { kind: 'alias', range, name: node.source };
    const anchor = (node as { anchor?: string }).anchor;
    let out: RNode;
    if (isMap(node)) {
      const entries: REntry[] = [];
      for (const pair of node.items) entries.push(entryOf(pair, depth));
      out = { kind: 'map', range, entries, flow: node.flow === true };
    } else if (isSeq(node)) {
      const items: RNode[] = [];
      for (const item of node.items) {
        if (isPair(item)) {
          // A `key: value` pair standing alone in a flow sequence (`[a: 1]`) is a one-entry map.
          const e = entryOf(item, depth);
          items.push({ kind: 'map', range: [e.keyRange[0], e.value.range[1]], entries: [e], flow: true });
        } else items.push(item == null ? emptyScalar(range) : convert(item as YamlAstNode, depth + 1));
      }
      out = { kind: 'seq', range, items, flow: node.flow === true };
    } else if (isScalar(node)) {
      let value = node.value as unknown;
      if (typeof value === 'bigint') value = Number(value);
      if (!(value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) value = String(value);
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      const block = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
      const source = typeof node.source === 'string' ? node.source : text.slice(range[0], range[1]);
      out = { kind: 'scalar', range, value: value as YScalar['value'], source, quoted, block };
    } else out = emptyScalar(range);
    if (anchor) out.anchor = anchor;
    return out;
  };
  const entryOf = (pair: import('yaml').Pair, depth: number): REntry => {
    const keyNode = pair.key as YamlAstNode | null;
    const valueNode = pair.value as YamlAstNode | null;
    const keyRange: Offsets = keyNode ? rangeOf(keyNode) : valueNode ? [rangeOf(valueNode)[0], rangeOf(valueNode)[0]] : [0, 0];
    const { key, quoted } = keyOf(keyNode);
    const anchoredKey = keyNode && (keyNode as { anchor?: string }).anchor ? convert(keyNode, depth + 1) : undefined;
    const value = valueNode == null ? emptyScalar([keyRange[1], keyRange[1]]) : convert(valueNode, depth + 1);
    return anchoredKey ? { key, keyRange, keyQuoted: quoted, value, anchoredKey } : { key, keyRange, keyQuoted: quoted, value };
  };
  return convert(root, 0);
}

function rangeOf(node: YamlAstNode | Alias): Offsets {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

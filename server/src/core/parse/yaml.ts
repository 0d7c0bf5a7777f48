/**
 * YAML with positions. The `yaml` package parses; we then build a small tree of our own
 * (`YNode`) that keeps every key's source text (so `12.10:` stays 12.10, not 12.1), resolves
 * aliases and `<<` merge keys by sharing nodes rather than copying them (so an alias bomb stays
 * linear in size), and records offsets for every key and value. Rules read plain values from
 * this tree and report YAML paths; `locate` turns a path back into a range.
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, visit, type Node as YamlAstNode } from 'yaml';
import { fastParse, type RAlias, type REntry, type RMap, type RNode } from './fast-yaml';

export type Offsets = [start: number, end: number];

export interface YEntry {
  /** The key as written: plain keys by their source text, quoted keys by their value. */
  key: string;
  keyRange: Offsets;
  /** Whether the key was quoted in the source. */
  keyQuoted: boolean;
  value: YNode;
  /** True for entries brought in by a `<<` merge key; their ranges point at the merge key. */
  merged?: boolean;
}

export type YNode =
  | { kind: 'map'; range: Offsets; entries: YEntry[]; flow: boolean }
  | { kind: 'seq'; range: Offsets; items: YNode[]; flow: boolean }
  | { kind: 'scalar'; range: Offsets; value: string | number | boolean | null; source: string; quoted: boolean; block: boolean };

export type YMap = Extract<YNode, { kind: 'map' }>;
export type YSeq = Extract<YNode, { kind: 'seq' }>;
export type YScalar = Extract<YNode, { kind: 'scalar' }>;

export interface YamlProblem {
  code: 'yaml-syntax' | 'duplicate-key';
  severity: 'error' | 'warning';
  message: string;
  range: Offsets;
  data?: Record<string, unknown>;
}

export interface ParsedYaml {
  /** The first document's root, or `undefined` for an empty file or one that failed badly. */
  root: YNode | undefined;
  problems: YamlProblem[];
  /** Offsets where the second and later documents start (they are not analysed). */
  extraDocuments: number[];
}

/** How many nodes alias expansion may visit before we stop: a guard against "billion laughs". */
export const ALIAS_EXPANSION_BUDGET = 200_000;

/** How deep the tree may nest: no manifest needs more, and deeper input would exhaust the stack. */
export const MAX_DEPTH = 500;

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
  if (fast) {
    const builder = new TreeBuilder(fast.root, problems);
    const root = builder.build(fast.root);
    return { root: builder.aborted ? undefined : root, problems, extraDocuments: [] };
  }
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
    uniqueKeys: false, // we report duplicates ourselves, by source text, so `6.4` and "6.4" collide
    prettyErrors: false,
    strict: true,
    version: '1.2',
    merge: false, // merge keys are resolved below, sharing nodes instead of copying them
    keepSourceTokens: false,
  });
  } catch (e) {
    // The parser reports its own limits as errors; anything it throws is reported the same way.
    problems.push({ code: 'yaml-syntax', severity: 'error', message: `YAML syntax error: the file could not be parsed (${e instanceof Error ? e.message : String(e)}).`, range: [0, 0] });
    return { root: undefined, problems, extraDocuments: [] };
  }
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) {
    for (const e of (docs as { errors?: { pos: Offsets; message: string }[] }).errors ?? []) {
      problems.push({ code: 'yaml-syntax', severity: 'error', message: syntaxMessage(e.message), range: e.pos });
    }
    return { root: undefined, problems, extraDocuments: [] };
  }
  const doc = list[0]!;
  for (const e of doc.errors) {
    problems.push({ code: 'yaml-syntax', severity: 'error', message: syntaxMessage(e.message), range: errorRange(text, e.message, e.pos) });
  }
  for (const w of doc.warnings) {
    problems.push({ code: 'yaml-syntax', severity: 'warning', message: syntaxMessage(w.message), range: w.pos });
  }
  const contents = doc.contents ? fromYaml(doc.contents as YamlAstNode, text) : undefined;
  const builder = contents ? new TreeBuilder(contents, problems) : undefined;
  const root = contents && builder ? builder.build(contents) : undefined;
  const extraDocuments = list.slice(1).map((d) => d.range?.[0] ?? text.length);
  return { root: builder?.aborted ? undefined : root, problems, extraDocuments };
}

/**
 * The tree of a document the fast reader read, when no node is shared: it is the tree already,
 * but for duplicate keys, which are reported and dropped here in the order the builder would.
 */
function plainTree(n: RNode, problems: YamlProblem[]): YNode {
  if (n.kind === 'seq') {
    for (const item of n.items) plainTree(item, problems);
    return n as YSeq;
  }
  if (n.kind === 'map') {
    // Most mappings are small: a scan beats building a Map (allocation is what costs here).
    const seen = n.entries.length > 16 ? new Map<string, REntry>() : undefined;
    let kept: REntry[] | undefined;
    for (let i = 0; i < n.entries.length; i++) {
      const e = n.entries[i]!;
      plainTree(e.value, problems);
      const norm = normaliseKey(e.key);
      const previous = seen ? seen.get(norm) : firstWithKey(kept ?? n.entries, kept ? kept.length : i, norm);
      if (previous) {
        problems.push(duplicateKey(e.key, e.keyRange, previous.keyRange));
        kept ??= n.entries.slice(0, i);
      } else {
        seen?.set(norm, e);
        kept?.push(e);
      }
    }
    if (kept) n.entries = kept;
    return n as YMap;
  }
  // The reader marks a document with aliases as shared; an alias never reaches here.
  return n.kind === 'alias' ? emptyScalar(n.range) : n;
}

/** The first of the first `count` entries whose key normalises to `norm`. */
function firstWithKey(entries: REntry[], count: number, norm: string): REntry | undefined {
  for (let j = 0; j < count; j++) if (normaliseKey(entries[j]!.key) === norm) return entries[j];
  return undefined;
}

function duplicateKey(key: string, range: Offsets, first: Offsets): YamlProblem {
  return {
    code: 'duplicate-key',
    severity: 'error',
    message: `The key "${key}" appears twice in this mapping; only the first one is used. Remove or merge the duplicate.`,
    range,
    data: { key, first },
  };
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

/**
 * The offset of the first bracket nested deeper than `limit`, found without parsing: the parser
 * would spend most of a second on 100,000 brackets before giving up.
 */
function flowDepthOver(text: string, limit: number): number | undefined {
  // Cheap exit: too few brackets in the whole text to nest that deep.
  let brackets = 0;
  for (let i = 0; i < text.length && brackets <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) brackets++;
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
 * Builds the tree from the reader's nodes (or the `yaml` package's, converted by `fromYaml`):
 * resolves aliases and `<<` merge keys by sharing nodes rather than copying them, drops and
 * reports duplicate keys, and guards against alias bombs and deep nesting.
 */
class TreeBuilder {
  private readonly cache = new Map<RNode, YNode>();
  private readonly active = new Set<RNode>();
  private visited = 0;
  private depth = 0;
  aborted = false;

  constructor(
    /** The document's root, searched for anchors. */
    private readonly contents: RNode,
    private readonly problems: YamlProblem[],
  ) {}

  build(node: RNode): YNode {
    // Only what aliases bring in counts (see `alias`): a document's own nodes are bounded by its
    // size, and a large plain document is not an alias bomb.
    if (this.visited > ALIAS_EXPANSION_BUDGET && !this.aborted) {
      this.aborted = true;
      this.problems.push({
        code: 'yaml-syntax',
        severity: 'error',
        message: 'This file expands to too many values through its aliases (a possible "billion laughs" attack); it was not analysed. Use fewer nested aliases.',
        range: node.range,
      });
    }
    if (this.aborted) return emptyScalar(node.range);
    if (this.depth >= MAX_DEPTH) {
      this.aborted = true;
      this.problems.push({
        code: 'yaml-syntax',
        severity: 'error',
        message: `This file nests more than ${MAX_DEPTH} levels deep; it was not analysed. A manifest needs no more than a few levels.`,
        range: node.range,
      });
      return emptyScalar(node.range);
    }
    this.depth++;
    try {
      return this.buildNode(node);
    } finally {
      this.depth--;
    }
  }

  private buildNode(node: RNode): YNode {
    if (node.kind === 'alias') return this.alias(node);
    const cached = this.cache.get(node);
    if (cached) return cached;
    let out: YNode;
    if (node.kind === 'map') out = this.map(node);
    else if (node.kind === 'seq') {
      const items: YNode[] = [];
      out = { kind: 'seq', range: node.range, items, flow: node.flow };
      this.cache.set(node, out);
      this.active.add(node);
      for (const item of node.items) items.push(this.build(item));
      this.active.delete(node);
    } else out = { kind: 'scalar', range: node.range, value: node.value, source: node.source, quoted: node.quoted, block: node.block };
    this.cache.set(node, out);
    return out;
  }

  /** Anchors by name, in document order: one pass, so that each alias lookup is a search. */
  private anchors: Map<string, RNode[]> | undefined;

  private resolveAlias(alias: RAlias): RNode | undefined {
    if (!this.anchors) {
      const anchors = new Map<string, RNode[]>();
      const walk = (n: RNode): void => {
        if (n.kind === 'alias') return;
        if (n.anchor) {
          const list = anchors.get(n.anchor) ?? [];
          list.push(n);
          anchors.set(n.anchor, list);
        }
        if (n.kind === 'map') {
          for (const e of n.entries) {
            if (e.anchoredKey) walk(e.anchoredKey);
            walk(e.value);
          }
        }
        else if (n.kind === 'seq') for (const i of n.items) walk(i);
      };
      walk(this.contents);
      for (const list of anchors.values()) list.sort((x, y) => x.range[0] - y.range[0]);
      this.anchors = anchors;
    }
    return nearestBefore(this.anchors.get(alias.name), alias.range[0]);
  }

  private alias(node: RAlias): YNode {
    const target = this.resolveAlias(node);
    const range = node.range;
    if (!target) {
      this.problems.push({ code: 'yaml-syntax', severity: 'error', message: `YAML syntax error: the alias *${node.name} has no anchor before it.`, range });
      return emptyScalar(range);
    }
    if (this.active.has(target)) {
      this.problems.push({ code: 'yaml-syntax', severity: 'error', message: `YAML syntax error: the alias *${node.name} refers to a node that contains it.`, range });
      return emptyScalar(range);
    }
    this.active.add(target);
    const built = this.build(target);
    this.active.delete(target);
    // Count the aliased subtree as if it had been copied here, so the budget bounds the
    // size of the expanded document, which is what a consumer of plain values would see.
    this.visited += sizeOf(built);
    return { ...built, range } as YNode;
  }

  private map(node: RMap): YNode {
    const entries: YEntry[] = [];
    const out: YMap = { kind: 'map', range: node.range, entries, flow: node.flow };
    this.cache.set(node, out);
    this.active.add(node);
    const seen = new Map<string, YEntry>();
    const merges: { keyRange: Offsets; sources: YNode[] }[] = [];
    for (const e of node.entries) {
      if (e.key === '<<' && !e.keyQuoted) {
        const built = this.build(e.value);
        merges.push({ keyRange: e.keyRange, sources: built.kind === 'seq' ? built.items : [built] });
        continue;
      }
      const entry: YEntry = { key: e.key, keyRange: e.keyRange, keyQuoted: e.keyQuoted, value: this.build(e.value) };
      const previous = seen.get(normaliseKey(e.key));
      if (previous) {
        this.problems.push(duplicateKey(e.key, e.keyRange, previous.keyRange));
        continue;
      }
      seen.set(normaliseKey(e.key), entry);
      entries.push(entry);
    }
    // Merged keys never override the mapping's own keys; earlier merge sources win over later ones.
    for (const m of merges) {
      for (const src of m.sources) {
        if (src.kind !== 'map') {
          this.problems.push({ code: 'yaml-syntax', severity: 'error', message: 'YAML syntax error: a << merge key must refer to a mapping or a list of mappings.', range: m.keyRange });
          continue;
        }
        for (const e of src.entries) {
          const k = normaliseKey(e.key);
          if (seen.has(k)) continue;
          const entry: YEntry = { ...e, keyRange: m.keyRange, merged: true };
          seen.set(k, entry);
          entries.push(entry);
        }
      }
    }
    this.active.delete(node);
    return out;
  }
}

/** The node an alias at `at` refers to: the nearest anchor of its name before it. */
function nearestBefore(list: RNode[] | undefined, at: number): RNode | undefined {
  return lastBefore(list, at, (a) => a.range[0]);
}

/**
 * The last item of `list` (sorted by `start`) that starts before `at`. A binary search: a
 * document may reuse one anchor name thousands of times, each with an alias after it, and a
 * scan of the list per alias made that quadratic.
 */
function lastBefore<T>(list: readonly T[] | undefined, at: number, start: (item: T) => number): T | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/**
 * The `yaml` package's document as the reader's nodes, for the same builder. Keys become their
 * text as the rules read it: plain keys by their source (so `12.10:` stays 12.10), quoted keys by
 * their value, an alias key by its anchor's value, any other key by its source text.
 */
function fromYaml(root: YamlAstNode, text: string): RNode {
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

function emptyScalar(range: Offsets): YScalar {
  return { kind: 'scalar', range, value: null, source: '', quoted: false, block: false };
}

function sizeOf(node: YNode): number {
  // Cached per node: shared subtrees are counted once per call site, not walked again.
  const memo = sizeMemo.get(node);
  if (memo !== undefined) return memo;
  let n = 1;
  if (node.kind === 'map') for (const e of node.entries) n += sizeOf(e.value);
  else if (node.kind === 'seq') for (const i of node.items) n += sizeOf(i);
  n = Math.min(n, Number.MAX_SAFE_INTEGER);
  sizeMemo.set(node, n);
  return n;
}
const sizeMemo = new WeakMap<YNode, number>();

/**
 * Keys that mean the same thing collide: the provision numbers 6.4, "6.4" and '6.4' are one key.
 */
export function normaliseKey(key: string): string {
  return key.trim();
}

/** Plain JavaScript value of a node, for shape validation. Maps become null-prototype objects so
 * that keys such as `__proto__` are ordinary data. Shared (aliased) nodes become shared values. */
export function toPlain(node: YNode | undefined, memo = new Map<YNode, unknown>()): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  const base = findBase(node);
  const hit = memo.get(base);
  if (hit !== undefined) return hit;
  if (node.kind === 'seq') {
    const arr: unknown[] = [];
    memo.set(base, arr);
    for (const i of node.items) arr.push(toPlain(i, memo));
    return arr;
  }
  const obj = Object.create(null) as Record<string, unknown>;
  memo.set(base, obj);
  for (const e of node.entries) obj[e.key] = toPlain(e.value, memo);
  return obj;
}

/** Alias sites are shallow copies of their target; they share its `entries`/`items` array. */
function findBase(node: Extract<YNode, { kind: 'map' | 'seq' }>): YNode {
  const key = node.kind === 'map' ? node.entries : node.items;
  let base = baseByChildren.get(key);
  if (!base) {
    base = node;
    baseByChildren.set(key, base);
  }
  return base;
}
const baseByChildren = new WeakMap<object, YNode>();

// ---- Navigation helpers used by rules -------------------------------------------------------

export function entry(map: YNode | undefined, key: string): YEntry | undefined {
  if (!map || map.kind !== 'map') return undefined;
  for (const e of map.entries) if (e.key === key) return e;
  return undefined;
}

export function get(map: YNode | undefined, key: string): YNode | undefined {
  return entry(map, key)?.value;
}

export function str(node: YNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  return typeof node.value === 'string' ? node.value : node.source || String(node.value);
}

export function bool(node: YNode | undefined): boolean | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'boolean' ? node.value : undefined;
}

/** Whether a node holds something: not missing, not null, not an empty string. */
export function present(node: YNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return node.value !== null && !(typeof node.value === 'string' && node.value.trim() === '');
  return true;
}

/** The string items of a list; a single string counts as a list of one. */
export function strings(node: YNode | undefined): { value: string; node: YNode }[] {
  if (!node) return [];
  if (node.kind === 'scalar') {
    const s = str(node);
    return s !== undefined && s.trim() !== '' ? [{ value: s, node }] : [];
  }
  if (node.kind !== 'seq') return [];
  const out: { value: string; node: YNode }[] = [];
  for (const item of node.items) {
    const s = str(item);
    if (s !== undefined && s.trim() !== '') out.push({ value: s, node: item });
  }
  return out;
}

export interface Located {
  /** Range of the key (for a map entry) or of the item (for a list item). */
  key: Offsets;
  /** Range of the value. */
  value: Offsets;
  node: YNode;
}

/** Finds the node at a path; stops at the deepest node that exists. */
export function locate(root: YNode | undefined, path: readonly (string | number)[]): { found: Located | undefined; depth: number } {
  let node = root;
  let found: Located | undefined = root ? { key: root.range, value: root.range, node: root } : undefined;
  let depth = 0;
  for (const step of path) {
    if (!node) break;
    if (node.kind === 'map' && typeof step === 'string') {
      const e = entry(node, step);
      if (!e) break;
      found = { key: e.keyRange, value: e.value.range, node: e.value };
      node = e.value;
    } else if (node.kind === 'seq' && typeof step === 'number') {
      const item = node.items[step];
      if (!item) break;
      found = { key: item.range, value: item.range, node: item };
      node = item;
    } else break;
    depth++;
  }
  return { found, depth };
}

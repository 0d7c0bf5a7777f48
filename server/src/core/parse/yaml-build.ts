/**
 * From what a reader read to the tree (yaml-tree.ts). Our fast reader (fast-yaml.ts) and the
 * `yaml` package's document (converted in yaml-package.ts) come as the same nodes; the builder
 * resolves aliases and `<<` merge keys by sharing nodes rather than copying them (so an alias bomb
 * stays linear in size), drops and reports duplicate keys, and guards against alias bombs and
 * deep nesting.
 */
import { normaliseKey, type Offsets, type YamlProblem, type YEntry, type YMap, type YNode, type YScalar, type YSeq } from './yaml-tree';

/**
 * What a reader builds: the tree's own nodes (`YNode`), so that a document the fast reader read
 * without shared nodes needs no second pass (`plainTree`), plus anchors and aliases, which only a
 * document with shared nodes has (it then goes through `buildTree`, which resolves them).
 */
export interface RMap {
  kind: 'map';
  range: Offsets;
  entries: REntry[];
  flow: boolean;
  anchor?: string;
}
export interface REntry {
  key: string;
  keyRange: Offsets;
  keyQuoted: boolean;
  value: RNode;
  /** A key with an anchor of its own (`&k key: v`), which an alias may refer to. */
  anchoredKey?: RNode;
}
export interface RSeq {
  kind: 'seq';
  range: Offsets;
  items: RNode[];
  flow: boolean;
  anchor?: string;
}
export interface RAlias {
  kind: 'alias';
  range: Offsets;
  name: string;
}
export type RScalar = YScalar & { anchor?: string };
export type RNode = RScalar | RMap | RSeq | RAlias;

/** How many nodes alias expansion may visit before we stop: a guard against "billion laughs". */
export const ALIAS_EXPANSION_BUDGET = 200_000;

/** How deep the tree may nest: no manifest needs more, and deeper input would exhaust the stack. */
export const MAX_DEPTH = 500;

/** The tree of a document whose nodes a reader read, or `undefined` if building it was given up. */
export function buildTree(root: RNode, problems: YamlProblem[]): YNode | undefined {
  const builder = new TreeBuilder(root, problems);
  const tree = builder.build(root);
  return builder.aborted ? undefined : tree;
}

/**
 * The tree of a document the fast reader read, when no node is shared: it is the tree already,
 * but for duplicate keys, which are reported and dropped here in the order the builder would.
 */
export function plainTree(n: RNode, problems: YamlProblem[]): YNode {
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
export function lastBefore<T>(list: readonly T[] | undefined, at: number, start: (item: T) => number): T | undefined {
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

export function emptyScalar(range: Offsets): YScalar {
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

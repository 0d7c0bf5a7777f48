/**
 * The tree of a YAML document as the rules read it (`YNode`): every key keeps its source text (so
 * `12.10:` stays 12.10, not 12.1), every key and value its offsets, and aliases and `<<` merge
 * keys share the nodes they refer to rather than copy them. yaml-build.ts builds it from what a
 * reader read (fast-yaml.ts, or the `yaml` package through yaml-package.ts); rules read plain
 * values from it with the accessors below and report YAML paths, which `locate` turns back into
 * ranges.
 */

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

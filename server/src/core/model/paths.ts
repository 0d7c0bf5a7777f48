/**
 * The one place a YAML path becomes a node or a range: findings carry a path in their data, and
 * rules, fixes and features find what it names here, so that they agree on where it is.
 */
import { entry, get, locate, type Offsets, type YNode } from '../parse/yaml';
import type { ManifestContext } from './manifest';

export type YPath = readonly (string | number)[];

/** `system.roles[0]`, `provisions."6.4".status`. */
export function describePath(path: YPath): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += (out ? '.' : '') + s;
    else out += (out ? '.' : '') + JSON.stringify(s);
  }
  return out || 'the manifest';
}

/** The node at a path (the first entry for each key, as `get` reads it), or `undefined` if any step is missing. */
export function nodeAt(root: YNode | undefined, path: YPath | undefined): YNode | undefined {
  let node = root;
  for (const s of path ?? []) {
    if (!node) return undefined;
    node = typeof s === 'number' ? (node.kind === 'seq' ? node.items[s] : undefined) : get(node, s);
  }
  return node;
}

/** Where to report something about the manifest as a whole: the first key, or the start. */
export function topAnchor(ctx: Pick<ManifestContext, 'root'>): Offsets {
  const first = ctx.root?.entries[0];
  return first ? first.keyRange : [0, 0];
}

/** Offsets of a key in the root mapping, or the top anchor when the key is absent. */
export function keyOrTop(ctx: Pick<ManifestContext, 'root'>, key: string): Offsets {
  return entry(ctx.root, key)?.keyRange ?? topAnchor(ctx);
}

/** The range of the key (or list item) at a path, or of its nearest existing ancestor. */
export function keyAt(ctx: Pick<ManifestContext, 'root'>, path: YPath): Offsets {
  const { found, depth } = locate(ctx.root, path);
  if (!found || depth === 0) return topAnchor(ctx);
  return found.key;
}

/** The range of the value at a path, or of its nearest existing ancestor's key. */
export function valueAt(ctx: Pick<ManifestContext, 'root'>, path: YPath): Offsets {
  const { found, depth } = locate(ctx.root, path);
  if (!found || depth === 0) return topAnchor(ctx);
  if (depth < path.length) return found.key;
  const [s, e] = found.value;
  // An empty value has no width; point at its key instead, where the reader will look.
  return e > s ? found.value : found.key;
}

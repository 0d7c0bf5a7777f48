/** Turning YAML paths into words and ranges for messages and findings. */
import type { ManifestContext } from '../engine/context';
import { topAnchor } from '../engine/context';
import { locate, type Offsets } from '../parse/yaml';

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

/** The range of the key (or list item) at a path, or of its nearest existing ancestor. */
export function keyAt(ctx: ManifestContext, path: YPath): Offsets {
  const { found, depth } = locate(ctx.root, path);
  if (!found || depth === 0) return topAnchor(ctx);
  return found.key;
}

/** The range of the value at a path, or of its nearest existing ancestor's key. */
export function valueAt(ctx: ManifestContext, path: YPath): Offsets {
  const { found, depth } = locate(ctx.root, path);
  if (!found || depth === 0) return topAnchor(ctx);
  if (depth < path.length) return found.key;
  const [s, e] = found.value;
  // An empty value has no width; point at its key instead, where the reader will look.
  return e > s ? found.value : found.key;
}

/** What is at a position in a manifest: the YAML path, and whether it is a key or a value. */
import type { YEntry, YNode } from '../parse/yaml';

export interface Spot {
  /** Path of the entry or item the position is in, e.g. ['provisions', '6.4', 'status']. */
  path: (string | number)[];
  on: 'key' | 'value';
  /** The mapping entry, when the position is on a key or a mapping value. */
  entry?: YEntry;
  /** The node the position is in (the value for 'value', the entry's value for 'key'). */
  node?: YNode;
  /** The mapping or list that holds it. */
  parent?: YNode;
}

export function spotAt(root: YNode | undefined, offset: number): Spot | undefined {
  if (!root) return undefined;
  const path: (string | number)[] = [];
  let node: YNode = root;
  let parent: YNode | undefined;
  let lastEntry: YEntry | undefined;
  for (let depth = 0; depth < 10_000; depth++) {
    if (node.kind === 'map') {
      let next: YEntry | undefined;
      for (const e of node.entries) {
        if (e.merged) continue;
        if (offset >= e.keyRange[0] && offset <= e.keyRange[1]) return { path: [...path, e.key], on: 'key', entry: e, node: e.value, parent: node };
        if (offset >= e.value.range[0] && offset <= e.value.range[1] && e.value.range[1] > e.value.range[0]) next = e;
      }
      if (!next) return path.length ? { path, on: 'value', ...(lastEntry ? { entry: lastEntry } : {}), node, ...(parent ? { parent } : {}) } : undefined;
      path.push(next.key);
      parent = node;
      lastEntry = next;
      node = next.value;
    } else if (node.kind === 'seq') {
      const i = node.items.findIndex((it) => offset >= it.range[0] && offset <= it.range[1]);
      if (i < 0) return { path, on: 'value', node, ...(parent ? { parent } : {}), ...(lastEntry ? { entry: lastEntry } : {}) };
      path.push(i);
      parent = node;
      node = node.items[i]!;
    } else {
      return { path, on: 'value', node, ...(parent ? { parent } : {}), ...(lastEntry ? { entry: lastEntry } : {}) };
    }
  }
  return undefined;
}

/** A provision number under the cursor in any text (a key, a value, a comment). */
export function provisionTokenAt(lineText: string, character: number): { id: string; start: number; end: number } | undefined {
  const re = /(?<![\d.])\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?![\d])/g;
  for (const m of lineText.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (character >= start && character <= end) return { id: m[0], start, end };
  }
  return undefined;
}

/**
 * A finding's identity across runs, for baselines and SARIF fingerprints. The identity is the
 * finding's code, its file and a logical location: where in the document's structure the gap is
 * (a YAML path with list items named by their `id`, a provision, a model-card section), never a
 * line number or the message, so that it survives lines inserted above it, other findings coming
 * and going, and rewording in a later version. Findings that share all three are numbered in
 * document order. The adapters hash these keys; nothing here needs a digest.
 */
import type { CardContext } from '../model/card';
import type { ModelCardAnalysis } from './card';
import type { Heading } from '../parse/model-card';
import { str, type YEntry, type YNode } from '../parse/yaml';
import type { LineIndex } from '../text';
import type { Finding } from '../types';
import type { ManifestAnalysis } from './validate';

/** One finding's identity, in readable parts. */
export interface FindingKey {
  code: string;
  /** The file, relative to the workspace root, POSIX separators. */
  path: string;
  /** Where in the document's structure, e.g. `assets[id="support-llm"].sha256` or `provisions["6.4"]`. */
  location: string;
  /** 0 for the first finding with this code, path and location in document order, then 1, 2, … */
  ordinal: number;
}

/** Longest stretch of a line's text taken into a location, for findings that have no other. */
const SNIPPET_MAX = 80;

/**
 * The identities of one file's findings, in the order given (which for an analysis is document
 * order). Pass the analysis the findings came from: its tree names list items by their `id` and
 * places findings that carry no path; without it, locations fall back to the findings' data.
 */
export function findingKeys(path: string, findings: readonly Finding[], analysis?: ManifestAnalysis | ModelCardAnalysis): FindingKey[] {
  const seen = new Map<string, number>();
  // A card's headings are indexed once, and only if a finding is placed by them.
  let index: ((line: number) => Heading[]) | undefined;
  const under = (line: number) => (index ??= headingsUnder(analysis?.kind === 'model-card' ? analysis.context.card.headings : []))(line);
  // A manifest's maps and lists are indexed as findings are placed in them, each once.
  const tree = new TreeIndex();
  return findings.map((f) => {
    const location = analysis?.kind === 'model-card' ? cardLocation(f, analysis.context, under) : manifestLocation(f, analysis?.context, tree);
    const id = `${f.code}\u0000${location}`;
    const ordinal = seen.get(id) ?? 0;
    seen.set(id, ordinal + 1);
    return { code: f.code, path, location, ordinal };
  });
}

/** The key as one string, the input to a fingerprint. `v1` names this recipe: change it only with the meaning. */
export function findingKeyText(k: FindingKey): string {
  return ['ai-security-finding/v1', k.code, k.path, k.location, String(k.ordinal)].join('\u0000');
}

function manifestLocation(f: Finding, ctx: { root: YNode | undefined; lines: LineIndex } | undefined, tree: TreeIndex): string {
  const d = f.data;
  const root = ctx?.root;
  if (d?.path) {
    const steps = [...d.path];
    // A required field that is absent is reported on its parent, one finding per field: the
    // field is where the gap is. (A provision entry lacking several fields is one finding.)
    if (d.kind === 'missing-field' && !d.provision && Array.isArray(d.missing) && d.missing.length === 1) steps.push(String(d.missing[0]));
    return formatSteps(stableSteps(root, steps, tree));
  }
  if (d?.provision) return formatSteps([{ key: 'provisions' }, { key: d.provision }]);
  // No path in the data: the YAML path of the node the finding starts in, and for a duplicate
  // key the key itself; for a syntax error, the text of its line as well.
  const steps = ctx ? stepsAt(root, ctx.lines.offsetAt(f.range.start), tree) : [];
  if (d?.kind === 'duplicate-key' && 'key' in d && typeof d.key === 'string') return formatSteps([...steps, { key: d.key }]);
  if (d?.kind === 'internal-error' && typeof d.rule === 'string') return `rule(${d.rule})`;
  return withSnippet(formatSteps(steps), ctx?.lines, f);
}

function cardLocation(f: Finding, ctx: CardContext, under: (line: number) => Heading[]): string {
  const d = f.data;
  if (d?.path) return formatSteps([{ key: 'front-matter' }, ...d.path.map((s) => (typeof s === 'number' ? { index: s } : { key: s }))]);
  // A finding about several missing sections (10.2.1) is one per card whichever are missing.
  if (d?.kind === 'missing-section') return Array.isArray(d.missing) ? `provision(${d.provision ?? f.code})` : `section(${String(d.section)})`;
  if (d?.provision) return `provision(${d.provision})`;
  if (d?.kind === 'hash-mismatch' && 'manifest' in d && typeof d.manifest === 'string') return `manifest(${d.manifest})`;
  if (d?.kind === 'waiver-without-reason' && typeof d.code === 'string') return `waiver(${d.code})`;
  const line = f.range.start.line;
  const chain = under(line).map((h) => h.text.trim());
  return withSnippet(chain.length ? `under(${chain.map((t) => quote(t)).join(' > ')})` : '', ctx.lines, f);
}

/**
 * The headings whose sections hold a line (`line <= l < sectionEnd`), outermost first. Sections
 * nest: each one ends at the next heading of the same or a higher level, so two sections are
 * either disjoint or one holds the other, and the headings that hold a line are the last heading
 * at or above it and the headings that hold that one. So each heading's parent is found once,
 * with a stack, and each line by binary search and at most six steps up (there are six levels),
 * instead of testing every heading of the card for every finding: a card with 50,000 headings
 * has thousands of findings placed this way.
 */
function headingsUnder(headings: readonly Heading[]): (line: number) => Heading[] {
  const parent = new Int32Array(headings.length);
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length && headings[open[open.length - 1]!]!.sectionEnd <= h.line) open.pop();
    parent[i] = open.length ? open[open.length - 1]! : -1;
    open.push(i);
  });
  return (line) => {
    // The last heading that starts at or above the line (headings are in document order).
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (headings[mid]!.line <= line) lo = mid + 1;
      else hi = mid;
    }
    const chain: Heading[] = [];
    for (let i = lo - 1; i >= 0; i = parent[i]!) if (line < headings[i]!.sectionEnd) chain.push(headings[i]!);
    return chain.reverse();
  };
}

type Step = { key: string } | { index: number } | { label: string };

/** The path's steps, with list items named by what they hold rather than by their position. */
function stableSteps(root: YNode | undefined, path: readonly (string | number)[], tree: TreeIndex): Step[] {
  const out: Step[] = [];
  let node = root;
  for (const step of path) {
    if (typeof step === 'number') {
      const item = node?.kind === 'seq' ? node.items[step] : undefined;
      out.push(item ? itemStep(item, step, tree) : { index: step });
      node = item;
    } else {
      out.push({ key: step });
      node = tree.get(node, step);
    }
  }
  return out;
}

/** A list item by its `id` (assets), its `name` (integrations), its value (evidence), or else its index. */
function itemStep(item: YNode, index: number, tree: TreeIndex): Step {
  if (item.kind === 'map') {
    for (const field of ['id', 'name']) {
      const v = str(tree.get(item, field));
      if (v !== undefined && v.trim() !== '') return { label: `${field}=${quote(v.trim())}` };
    }
  } else if (item.kind === 'scalar' && item.value !== null && String(item.value).trim() !== '') {
    return { label: `=${quote(String(item.value).trim())}` };
  }
  return { index };
}

/** The steps down to the deepest node whose key or value holds the offset. */
function stepsAt(root: YNode | undefined, offset: number, tree: TreeIndex): Step[] {
  const out: Step[] = [];
  let node = root;
  for (let depth = 0; node && depth < 500; depth++) {
    let next: YNode | undefined;
    if (node.kind === 'map') {
      const e = node.entries[tree.childAt(node, offset)];
      if (e) {
        out.push({ key: e.key });
        next = e.value;
      }
    } else if (node.kind === 'seq') {
      const i = tree.childAt(node, offset);
      if (i >= 0) {
        out.push(itemStep(node.items[i]!, i, tree));
        next = node.items[i];
      }
    }
    node = next;
  }
  return out;
}

/**
 * A manifest's maps and lists, each indexed the first time a finding is placed in it or looked
 * up by key, so that placing n findings costs O(n log n) rather than a scan of every entry of
 * every map on the way down for each of them (20,000 duplicate keys in one map were 2 × 10^8
 * comparisons). Indexes are keyed by a node's `entries` or `items` array, which an alias site
 * shares with its target, so an aliased subtree is indexed once however often it is used.
 */
class TreeIndex {
  private readonly spans = new WeakMap<object, Spans>();
  private readonly keys = new WeakMap<YEntry[], Map<string, YNode>>();

  /** The value of a map's first entry with this key (merged entries too), like `get`. */
  get(node: YNode | undefined, key: string): YNode | undefined {
    if (node?.kind !== 'map') return undefined;
    let byKey = this.keys.get(node.entries);
    if (!byKey) {
      byKey = new Map();
      for (const e of node.entries) if (!byKey.has(e.key)) byKey.set(e.key, e.value);
      this.keys.set(node.entries, byKey);
    }
    return byKey.get(key);
  }

  /**
   * The first child (in order) whose text holds the offset, or -1: for a map, the first entry
   * not brought in by a merge key (those point at the merge key; they are not where text is)
   * with `keyStart <= offset < max(keyEnd, valueEnd)`; for a list, the first item with
   * `start <= offset < end`.
   */
  childAt(node: Extract<YNode, { kind: 'map' | 'seq' }>, offset: number): number {
    const children = node.kind === 'map' ? node.entries : node.items;
    let spans = this.spans.get(children);
    if (!spans) {
      spans =
        node.kind === 'map'
          ? paint(node.entries, (e) => (e.merged ? undefined : [e.keyRange[0], Math.max(e.keyRange[1], e.value.range[1])]))
          : paint(node.items, (x) => x.range);
      this.spans.set(children, spans);
    }
    // The last boundary at or before the offset starts the stretch that holds it.
    const { at, owner } = spans;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || lo === at.length ? -1 : owner[lo - 1]!;
  }
}

/** Stretches of text between sorted boundaries, `[at[j], at[j + 1])`, and the first child holding each (-1: none). */
interface Spans {
  at: Float64Array;
  owner: Int32Array;
}

/**
 * Children's ranges painted onto the stretches between their boundaries in order, each stretch
 * keeping the first child that covers it. Siblings' ranges are normally disjoint and in order,
 * but nothing here relies on it: whatever the ranges, a stretch's owner is the first child that
 * holds any offset in it, which is what a scan of the children in order finds. Each stretch is
 * painted once (`skip` jumps over painted ones), so this costs the sort, O(k log k).
 */
function paint<T>(children: readonly T[], rangeOf: (child: T) => readonly [number, number] | undefined): Spans {
  const ranges: (readonly [number, number] | undefined)[] = children.map((c) => {
    const r = rangeOf(c);
    return r && r[0] < r[1] ? r : undefined;
  });
  const bounds: number[] = [];
  for (const r of ranges) if (r) bounds.push(r[0], r[1]);
  const sorted = Float64Array.from(bounds).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  const at = sorted.slice(0, n);
  const owner = new Int32Array(Math.max(0, n - 1)).fill(-1);
  // skip[j]: a stretch at or after j that may still be unpainted (n - 1: none left).
  const skip = new Int32Array(n);
  for (let j = 0; j < n; j++) skip[j] = j;
  const next = (j: number): number => {
    let root = j;
    while (skip[root] !== root) root = skip[root]!;
    while (skip[j] !== root) {
      const up = skip[j]!;
      skip[j] = root;
      j = up;
    }
    return root;
  };
  const indexOf = (x: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  ranges.forEach((r, i) => {
    if (!r) return;
    const end = indexOf(r[1]);
    for (let j = next(indexOf(r[0])); j < end; j = next(j + 1)) {
      owner[j] = i;
      skip[j] = j + 1;
    }
  });
  return { at, owner };
}

function formatSteps(steps: readonly Step[]): string {
  let s = '';
  for (const step of steps) {
    if ('key' in step) s += /^[A-Za-z_$][\w$-]*$/.test(step.key) ? `${s ? '.' : ''}${step.key}` : `[${quote(step.key)}]`;
    else if ('label' in step) s += `[${step.label}]`;
    else s += `[${step.index}]`;
  }
  return s;
}

/** The location, with the text of the line the finding starts on: the content there, not its number. */
function withSnippet(location: string, lines: LineIndex | undefined, f: Finding): string {
  if (!lines) return location;
  const snippet = lines.lineText(f.range.start.line).replace(/\s+/g, ' ').trim().slice(0, SNIPPET_MAX);
  return snippet ? `${location}${location ? ' ' : ''}@${quote(snippet)}` : location;
}

/** Single quotes, so that a location reads cleanly inside the JSON of a baseline. */
function quote(s: string): string {
  return `'${s.replace(/[\\']/g, '\\$&')}'`;
}

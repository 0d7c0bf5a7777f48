/**
 * Text edits that keep a manifest's own layout: entries inserted in the Code's order with the
 * file's indentation and line ends, block or flow style as the mapping already uses. Each edit
 * has a plain form and, where placeholders help, a snippet form for clients that support them.
 */
import { entry, type Offsets, type YEntry, type YMap, type YNode } from '../parse/yaml';
import { detectEol } from '../text';
import type { ManifestContext } from './manifest';
import type { Finding, Range } from '../types';

export interface TextEdit {
  range: Range;
  newText: string;
  /** The same text with snippet placeholders (`${1:owner}`), for clients that support snippets. */
  snippet?: string;
}

/** A quick fix: text edits with a title, offered for one finding. */
export interface Fix {
  title: string;
  /** `quickfix` for a fix of one finding; `refactor` is never used for claims. */
  kind: 'quickfix';
  /** The finding this fix resolves (for the client to link them). */
  finding?: Finding;
  isPreferred?: boolean;
  edits: TextEdit[];
  /**
   * An editor command the fix runs after its edits (`create-manifest`: the editor's "Create
   * manifest", which asks what it needs). A client that runs no commands does not offer the fix.
   */
  command?: 'create-manifest';
}

/** A field value: plain text, or a placeholder the user is expected to replace. */
export type Piece = string | { placeholder: string };

/** One line of YAML to insert, as pieces; `indent` is extra nesting levels. */
export interface Line {
  indent: number;
  pieces: Piece[];
}

export function line(indent: number, ...pieces: Piece[]): Line {
  return { indent, pieces };
}

export const ph = (placeholder: string): Piece => ({ placeholder });

function render(lines: Line[], base: string, unit: string, eol: string, snippet: boolean, counter: { n: number }): string {
  return lines
    .map((l) => base + unit.repeat(l.indent) + l.pieces.map((p) => (typeof p === 'string' ? (snippet ? escapeSnippet(p) : p) : snippet ? `\${${++counter.n}:${escapeSnippet(p.placeholder)}}` : p.placeholder)).join(''))
    .join(eol);
}

function renderFlow(pieces: Piece[], snippet: boolean, counter: { n: number }): string {
  return pieces.map((p) => (typeof p === 'string' ? (snippet ? escapeSnippet(p) : p) : snippet ? `\${${++counter.n}:${escapeSnippet(p.placeholder)}}` : p.placeholder)).join('');
}

export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The column of an offset: where a key starts, also after a list item's `- `. */
function indentOf(ctx: ManifestContext, offset: number): number {
  return ctx.lines.positionAt(offset).character;
}

/** The indentation step the file uses (2 unless its first nested mapping says otherwise). */
export function indentUnit(ctx: ManifestContext): string {
  for (const e of ctx.root?.entries ?? []) {
    if (e.value.kind === 'map' && !e.value.flow && e.value.entries.length) {
      const n = indentOf(ctx, e.value.entries[0]!.keyRange[0]) - indentOf(ctx, e.keyRange[0]);
      if (n > 0) return ' '.repeat(n);
    }
  }
  return '  ';
}

/** Offset of the start of the line after the one where a node's content ends. */
function afterNode(ctx: ManifestContext, node: YNode): number {
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(ctx.text[end - 1]!)) end--;
  const pos = ctx.lines.positionAt(end);
  if (pos.line + 1 >= ctx.lines.lineCount) return ctx.text.length;
  return ctx.lines.lineStart(pos.line + 1);
}

function at(ctx: ManifestContext, offset: number): Range {
  return ctx.lines.range(offset, offset);
}

/**
 * Inserts entries into a mapping. `blockLines(key)` gives the lines under each key (relative
 * indentation); `flowText` the inline form for flow mappings. Keys are placed by `order` when
 * given (provision numbers), else at the end.
 */
/** An entry to insert: `key: value` on one line when `value` is given, else `key:` and lines below. */
export interface NewEntry {
  key: string;
  value?: Piece[];
  blockLines: Line[];
  flowPieces: Piece[];
}

/** The lines of a new block entry, the key's own line first. */
function entryLines(it: NewEntry, snippet: boolean): Line[] {
  const key = snippet ? escapeKey(it.key) : it.key;
  const head = it.value ? line(0, `${key}: `, ...it.value) : line(0, `${key}:`);
  return [head, ...it.blockLines.map((l) => ({ ...l, indent: l.indent + 1 }))];
}

export function insertIntoMap(ctx: ManifestContext, map: YMap, items: NewEntry[], order?: (a: string, b: string) => number): TextEdit[] {
  const eol = detectEol(ctx.text);
  const unit = indentUnit(ctx);
  const counter = { n: 0 };
  const snippetCounter = { n: 0 };
  if (map.flow) {
    // Insert before the closing brace, with a separator when the mapping is not empty.
    let close = map.range[1] - 1;
    while (close > map.range[0] && ctx.text[close] !== '}') close--;
    const nonEmpty = map.entries.some((e) => !e.merged);
    const parts = items.map((it) => ({ plain: renderFlow(it.flowPieces, false, counter), snip: renderFlow(it.flowPieces, true, snippetCounter) }));
    let before = close;
    while (before > map.range[0] && /\s/.test(ctx.text[before - 1]!)) before--;
    const sep = nonEmpty ? ', ' : ' ';
    const plain = sep + parts.map((p) => p.plain).join(', ') + ' ';
    const snippet = sep + parts.map((p) => p.snip).join(', ') + ' ';
    return [{ range: ctx.lines.range(before, close), newText: plain, snippet }];
  }
  const own = map.entries.filter((e) => !e.merged);
  // A mapping with a complex or empty key (`? …`) has no column to align with: leave it alone.
  if (own.some((e) => e.key === '' || e.keyRange[1] <= e.keyRange[0])) return [];
  const base = own.length ? ' '.repeat(indentOf(ctx, own[0]!.keyRange[0])) : undefined;
  const edits = new Map<number, { plain: string[]; snip: string[] }>();
  for (const it of items) {
    let offset: number;
    let prefix = '';
    const baseIndent = base ?? '';
    if (own.length === 0) {
      // An empty block mapping cannot exist in YAML; callers handle empty values. Append.
      offset = ctx.text.length;
    } else if (order) {
      const prev = [...own].reverse().find((e) => order(e.key.trim(), it.key) < 0);
      offset = prev ? afterNode(ctx, prev.value.range[1] > prev.value.range[0] ? prev.value : keyNode(prev)) : ctx.lines.lineStart(ctx.lines.positionAt(own[0]!.keyRange[0]).line);
    } else {
      const last = own[own.length - 1]!;
      offset = afterNode(ctx, last.value.range[1] > last.value.range[0] ? last.value : keyNode(last));
    }
    if (offset === ctx.text.length && ctx.text.length > 0 && !/[\r\n]$/.test(ctx.text)) prefix = eol;
    const plain = prefix + render(entryLines(it, false), baseIndent, unit, eol, false, counter) + eol;
    const snip = prefix + render(entryLines(it, true), baseIndent, unit, eol, true, snippetCounter) + eol;
    const slot = edits.get(offset) ?? { plain: [], snip: [] };
    slot.plain.push(plain);
    slot.snip.push(snip);
    edits.set(offset, slot);
  }
  return [...edits.entries()].map(([offset, s]) => ({ range: at(ctx, offset), newText: s.plain.join(''), snippet: s.snip.join('') }));
}

function escapeKey(k: string): string {
  return escapeSnippet(k);
}

function keyNode(e: YEntry): YNode {
  return { kind: 'scalar', range: e.keyRange, value: e.key, source: e.key, quoted: e.keyQuoted, block: false };
}

/**
 * Adds entries under a top-level key that may not exist yet, or may be empty (`provisions:`).
 */
export function insertUnderTopKey(ctx: ManifestContext, topKey: string, items: NewEntry[], order?: (a: string, b: string) => number): TextEdit[] {
  const eol = detectEol(ctx.text);
  const unit = indentUnit(ctx);
  const top = entry(ctx.root, topKey);
  if (top && top.value.kind === 'map' && (top.value.flow ? true : top.value.entries.some((e) => !e.merged))) {
    const sorted = order ? [...items].sort((a, b) => order(a.key, b.key)) : items;
    return insertIntoMap(ctx, top.value, sorted, order);
  }
  const sorted = order ? [...items].sort((a, b) => order(a.key, b.key)) : items;
  const counter = { n: 0 };
  const sc = { n: 0 };
  const body = (snippet: boolean, c: { n: number }) =>
    sorted.map((it) => render(entryLines(it, snippet), unit, unit, eol, snippet, c) + eol).join('');
  if (top && top.value.kind === 'scalar' && top.value.value === null) {
    // `provisions:` with nothing after it: write the entries below the key.
    const offset = afterNode(ctx, keyNode(top));
    const needsEol = offset === ctx.text.length && !/[\r\n]$/.test(ctx.text);
    return [{ range: at(ctx, offset), newText: (needsEol ? eol : '') + body(false, counter), snippet: (needsEol ? eol : '') + body(true, sc) }];
  }
  if (top) return []; // some other value (a list, text): the shape finding comes first
  if (ctx.root?.flow) {
    // A manifest written as one flow mapping ({ … }) gets the new key inside its braces.
    const flow = ['{ ', ...sorted.flatMap((it, i) => [i ? ', ' : '', ...it.flowPieces]), ' }'];
    return insertIntoMap(ctx, ctx.root, [{ key: topKey, blockLines: [], flowPieces: [`${topKey}: `, ...flow] }]);
  }
  // At the end of the first document, which is not always the end of the file.
  const end = ctx.root ? afterNode(ctx, ctx.root) : ctx.text.length;
  const prefix = end > 0 && !/[\r\n]/.test(ctx.text[end - 1]!) ? eol : '';
  return [{ range: at(ctx, end), newText: `${prefix}${topKey}:${eol}${body(false, counter)}`, snippet: `${prefix}${topKey}:${eol}${body(true, sc)}` }];
}

/** Replaces the text in a range. */
export function replace(ctx: ManifestContext, range: Offsets, text: string): TextEdit {
  return { range: ctx.lines.range(range[0], range[1]), newText: text };
}

/** Adds items to the end of a list (flow or block). */
export function appendToList(ctx: ManifestContext, list: YNode, items: string[]): TextEdit[] {
  if (list.kind !== 'seq') return [];
  if (list.flow) {
    let close = list.range[1] - 1;
    while (close > list.range[0] && ctx.text[close] !== ']') close--;
    let before = close;
    while (before > list.range[0] && /\s/.test(ctx.text[before - 1]!)) before--;
    const sep = list.items.length ? ', ' : '';
    return [{ range: ctx.lines.range(before, before), newText: sep + items.join(', ') }];
  }
  const last = list.items[list.items.length - 1];
  if (!last) return [];
  const eol = detectEol(ctx.text);
  const dashCol = ctx.lines.positionAt(last.range[0]).character - 2;
  const offset = afterNode(ctx, last);
  return [{ range: at(ctx, offset), newText: items.map((i) => `${' '.repeat(Math.max(0, dashCol))}- ${i}${eol}`).join('') }];
}


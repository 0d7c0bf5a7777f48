/**
 * Completion in a manifest: provision numbers under `provisions:` (applicable and unaddressed
 * first, with our short title as detail and the Code's words as documentation), field names in
 * every mapping, enum values, asset IDs in `dependsOn`, and workspace paths in evidence.
 *
 * While the user types, the YAML is often incomplete, so the context comes from the text: the
 * current line and the keys above it at smaller indentation, as a reader would see it.
 */
import { catalogue } from '../catalogue/index';
import { get, str } from '../parse/yaml';
import { ASSET_TYPES, booleanFieldNames, knownKeysAt, LIFECYCLES, referenceFieldNames, ROLES, SEVERITY_SETTINGS, STATUSES } from '../schema';
import { provisionState } from '../model/state';
import { visibleText } from '../util/escape';
import { dirOf } from '../util/workspace-path';
import type { ManifestContext } from '../model/manifest';
import type { Position, Range } from '../types';
import { fieldDescription, provisionHover, STATUS_HELP } from './hover';
import { indentUnit } from '../model/edits';
import { manifestSnippets } from './snippets';
import { detectEol } from '../text';

export type CompletionKind = 'provision' | 'field' | 'value' | 'asset' | 'file' | 'folder' | 'snippet';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Sorts before others with a smaller string. */
  sortText: string;
  filterText?: string;
  /** Replaces `range` with this text. */
  insertText: string;
  range: Range;
  /**
   * Ask the client to complete again after inserting: a folder in a path, a key whose value has
   * suggestions of its own.
   */
  retrigger?: boolean;
  /**
   * `insertText` is a snippet (tab stops, placeholders). A multi-line insert text, snippet or
   * not, is written with its lines' full indentation, to be inserted as it is.
   */
  snippet?: boolean;
}

interface LineContext {
  /** Path of the mapping or list the cursor is in, with '#' for list items. */
  path: string[];
  mode: 'key' | 'value' | 'item';
  /** The key whose value is being typed (mode 'value'), or the list's key (mode 'item'). */
  key?: string;
  /** What has been typed of the current token, and where it starts. */
  typed: string;
  start: number;
}

function keyOfLine(text: string): { indent: number; key?: string; dash: boolean } {
  // The key is read whole, as an atomic group (a lookahead and a backreference): a lazy key
  // with `\s*` after it shared the spaces before the `:` and took quadratic time on a long line.
  // The key keeps any spaces before the `:`; it is trimmed. (The linter cannot see that the
  // backreference \4 takes at least one character, and takes `\s*` after it for `\s*` before.)
  // eslint-disable-next-line regexp/no-super-linear-backtracking
  const m = /^(\s*)(-\s+)?(?:(["']?)(?=([^"':#]+))\4\3\s*:(?:\s|$))?/.exec(text)!;
  const indent = m[1]!.length;
  return { indent, dash: !!m[2], ...(m[4] !== undefined ? { key: m[4].trim() } : {}) };
}

export function lineContext(ctx: ManifestContext, position: Position): LineContext | undefined {
  const full = ctx.lines.lineText(position.line);
  const before = full.slice(0, position.character);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined; // in a comment
  const lead = /^(\s*)(-\s+)?/.exec(before)!;
  const ind = lead[1]!.length;
  const dash = !!lead[2];
  // The mapping that holds what is on this line: a list item's mapping when the line starts one.
  const parentPath = dash ? [...ancestors(ctx, position.line, ind), '#'] : ancestors(ctx, position.line, ind);
  const start = (typed: string) => position.character - typed.length;

  // The key is read whole, as in `keyOfLine`, and trimmed; the value starts at a non-space.
  const kv = /^(\s*)(-\s+)?(["']?)(?=([^"':#\s][^"':#]*))\4\3\s*:\s+(\S.*)?$/.exec(before);
  if (kv) {
    // Inside flow collections (`{ status: implemented, evidence: [docs/`), the key that matters
    // is the innermost one before the cursor, not the line's.
    const rest = kv[5] ?? '';
    let key = kv[4]!.trim();
    let tail = rest;
    for (const m of rest.matchAll(/(?:^|[{,]\s*)(["']?)([^"':{},[\]\s]+)\1\s*:\s*/g)) {
      key = m[2]!;
      tail = rest.slice(m.index! + m[0].length);
    }
    const flow = /^\[([^\]]*)$/.exec(tail);
    if (flow) {
      // What follows the last comma or space (a search for it from every position was quadratic).
      const typed = flow[1]!.split(/[,\s]/).pop()!;
      return { path: parentPath, mode: 'item', key, typed, start: start(typed) };
    }
    if (/[[\]{}]/.test(tail)) return undefined;
    return { path: parentPath, mode: 'value', key, typed: tail, start: start(tail) };
  }
  const k = /^(\s*)(-\s+)?(["']?[\w.$-]*)$/.exec(before);
  if (!k) return undefined;
  const typed = k[3]!;
  if (dash) {
    // `- ` starts a list item: a scalar item (roles, dependsOn…), or the first key of a mapping item.
    const listPath = ancestors(ctx, position.line, ind);
    const listKey = listPath[listPath.length - 1];
    if (listKey === 'assets' || listKey === 'integrations') return { path: [...listPath, '#'], mode: 'key', typed, start: start(typed) };
    return { path: listPath.slice(0, -1), mode: 'item', ...(listKey ? { key: listKey } : {}), typed, start: start(typed) };
  }
  return { path: parentPath, mode: 'key', typed, start: start(typed) };
}

/**
 * The keys of the lines above with smaller indentation: the path to the mapping whose keys
 * start at column `indent`. A list item on the way adds '#'.
 */
function ancestors(ctx: ManifestContext, lineNo: number, indent: number): string[] {
  const path: string[] = [];
  let want = indent;
  for (let l = lineNo - 1; l >= 0 && want > 0; l--) {
    const text = ctx.lines.lineText(l);
    if (/^\s*(#.*)?$/.test(text)) continue;
    const m = /^(\s*)(-\s+)?/.exec(text)!;
    const ind = m[1]!.length;
    if (ind >= want) continue;
    if (m[2]) {
      path.unshift('#');
      want = ind;
      continue;
    }
    const info = keyOfLine(text);
    if (info.key !== undefined) {
      path.unshift(info.key);
      want = ind;
    }
  }
  return path;
}

function item(label: string, kind: CompletionKind, range: Range, sortText: string, extra: Partial<CompletionItem> = {}): CompletionItem {
  return { label, kind, range, sortText, insertText: label, ...extra };
}

export function completionAt(ctx: ManifestContext, position: Position): CompletionItem[] {
  const lc = lineContext(ctx, position);
  if (!lc) return [];
  const range: Range = { start: { line: position.line, character: lc.start }, end: position };
  const path = lc.path;

  if (lc.mode === 'key') {
    const dash = /^\s*-\s/.test(ctx.lines.lineText(position.line));
    const snippets = manifestSnippets(ctx, path, dash, range, detectEol(ctx.text));
    if (path.length === 1 && path[0] === 'provisions') return [...provisionItems(ctx, position, range, lc.typed, siblingKeys(ctx, position.line)), ...snippets];
    const schemaPath = path.map((s) => (s === '#' ? 0 : s));
    const known = knownKeysAt(schemaPath);
    const existing = new Set(existingKeys(ctx, position.line, path));
    const fields = known
      .filter((k) => !existing.has(k))
      .map((k, i) => {
        const description = fieldDescription(schemaPath, k);
        // A value picked from a list (a status, a stage, true or false) is offered at once.
        const retrigger = !LIST_VALUED.has(k) && valuesFor(ctx, path, k, 'value') !== undefined;
        return item(k, 'field', range, String(i).padStart(3, '0'), { insertText: `${k}: `, ...(description ? { documentation: description } : {}), ...(retrigger ? { retrigger } : {}) });
      });
    return [...fields, ...snippets];
  }

  const key = lc.key ?? '';
  const values = valuesFor(ctx, path, key, lc.mode);
  if (values) return values.map((v, i) => item(v.label, v.kind ?? 'value', range, String(i).padStart(3, '0'), v));
  // By the key's name alone: the mapping it is in is not reliably known while a line is typed.
  if (referenceFieldNames().has(key)) return pathItems(ctx, range, lc.typed);
  return [];
}

/** Fields whose value is a list: a value offered after `key: ` would be written as a scalar. */
const LIST_VALUED = new Set(['roles', 'dependsOn']);

function valuesFor(ctx: ManifestContext, path: string[], key: string, mode: LineContext['mode']): (Partial<CompletionItem> & { label: string })[] | undefined {
  if (key === 'status' && path[0] === 'provisions') return STATUSES.map((s) => ({ label: s, documentation: STATUS_HELP[s]! }));
  if (key === 'lifecycle') return LIFECYCLES.map((s) => ({ label: s }));
  if (key === 'roles') return ROLES.map((s) => ({ label: s }));
  if (key === 'type' && path[0] === 'assets') return ASSET_TYPES.map((s) => ({ label: s }));
  if (booleanFieldNames().has(key) && mode === 'value') return [{ label: 'true' }, { label: 'false' }];
  if (path[0] === 'policy' && path[1] === 'severity' && mode === 'value') return SEVERITY_SETTINGS.map((s) => ({ label: s }));
  if (key === 'dependsOn') {
    return ctx.assets
      .map((a) => a.id)
      .filter((id): id is string => !!id)
      .map((id) => ({ label: id, kind: 'asset' as const, detail: str(get(ctx.assets.find((a) => a.id === id)!.node, 'type')) ?? 'asset' }));
  }
  return undefined;
}

/**
 * Keys written at the cursor line's indentation in the same block, read from the text: while the
 * user types, the YAML may not parse, and the parsed entries would then be missing.
 */
function siblingKeys(ctx: ManifestContext, lineNo: number): Set<string> {
  const keys = new Set<string>();
  const indent = /^\s*/.exec(ctx.lines.lineText(lineNo))![0].length;
  for (const dir of [-1, 1]) {
    for (let l = lineNo + dir; l >= 0 && l < ctx.lines.lineCount; l += dir) {
      const t = ctx.lines.lineText(l);
      if (/^\s*(#.*)?$/.test(t)) continue;
      const ind = /^\s*/.exec(t)![0].length;
      if (ind < indent) break;
      if (ind > indent) continue;
      const m = /^\s*(["']?)([^"':#\s]+)\1\s*:/.exec(t);
      if (m) keys.add(m[2]!);
    }
  }
  return keys;
}

/**
 * Where a provision key being typed ends: after the cursor, the rest of the number, the closing
 * quote (the editor closes a typed quote at once: `"2.|"`) and the colon, so that accepting
 * `2.5` there gives `"2.5":`, never `"2.5":"`.
 */
function keyEnd(ctx: ManifestContext, position: Position, typed: string): number {
  const rest = ctx.lines.lineText(position.line).slice(position.character);
  let i = /^[\w.]*/.exec(rest)![0].length;
  const quote = typed[0] === '"' || typed[0] === "'" ? typed[0] : undefined;
  if (quote && rest[i] === quote) i++;
  if (rest[i] === ':') i++;
  return position.character + i;
}

/**
 * What follows a provision key: its entry, on the next line, indented one level more, when the
 * line has nothing after the key and no entry follows it already (the key of an existing entry
 * is being changed). The client is then asked for the entry's fields, `status` first.
 */
function entryStart(ctx: ManifestContext, lineNo: number, end: number): string | undefined {
  const text = ctx.lines.lineText(lineNo);
  if (text.slice(end).trim() !== '') return undefined;
  const indent = /^\s*/.exec(text)![0];
  for (let l = lineNo + 1; l < ctx.lines.lineCount; l++) {
    const next = ctx.lines.lineText(l);
    if (/^\s*(#.*)?$/.test(next)) continue;
    if (/^\s*/.exec(next)![0].length > indent.length) return undefined;
    break;
  }
  return `${detectEol(ctx.text)}${indent}${indentUnit(ctx)}`;
}

function provisionItems(ctx: ManifestContext, position: Position, typedRange: Range, typed: string, written: Set<string>): CompletionItem[] {
  const quoted = typed.startsWith('"') || typed.startsWith("'");
  const quoteChar = quoted ? typed[0]! : '"';
  const end = keyEnd(ctx, position, typed);
  const range: Range = { start: typedRange.start, end: { line: position.line, character: end } };
  const then = entryStart(ctx, position.line, end);
  const rank: Record<string, string> = { missing: '0', expired: '0', open: '1', upcoming: '2', addressed: '3', 'not-applicable': '4' };
  return catalogue()
    .provisions.filter((p) => !ctx.entries.has(p.id) && !written.has(p.id))
    .map((p) => {
      const state = provisionState(ctx, p.id);
      const order = catalogue().provisions.indexOf(p);
      return item(p.id, 'provision', range, `${rank[state] ?? '5'}${p.modal === 'shall' ? '0' : '1'}${String(order).padStart(3, '0')}`, {
        detail: `${p.title} (${p.parts ? 'shall and should' : p.modal}${state === 'missing' ? ', applies, no entry' : state === 'upcoming' ? ', upcoming' : state === 'not-applicable' ? ', does not apply' : ''})`,
        documentation: provisionHover(ctx, p),
        // The filter text starts as what is typed does, with a quote or without.
        filterText: quoted ? `${quoteChar}${p.id}` : p.id,
        insertText: `${quoteChar}${p.id}${quoteChar}:${then ?? ''}`,
        ...(then ? { retrigger: true } : {}),
      });
    });
}

function pathItems(ctx: ManifestContext, range: Range, typed: string): CompletionItem[] {
  if (!ctx.host?.list) return [];
  const raw = typed.replace(/^["'[]/, '');
  if (/^[a-z]+:/i.test(raw)) return [];
  const slash = raw.lastIndexOf('/');
  const typedDir = slash >= 0 ? raw.slice(0, slash + 1) : '';
  const base = dirOf(ctx.path);
  const parts = [...(base ? base.split('/') : [])];
  for (const seg of typedDir.split('/').filter(Boolean)) {
    if (seg === '..') {
      if (!parts.length) return [];
      parts.pop();
    } else if (seg !== '.') parts.push(seg);
  }
  // A name with a line break would write lines of YAML into the manifest, and one with controls
  // or bidi characters would insert something other than what the list shows: never offered.
  const entries = ctx.host.list(parts.join('/')).filter((e) => visibleText(e.name) === e.name);
  const start = { line: range.start.line, character: range.end.character - (raw.length - typedDir.length) };
  return entries.map((e, i) =>
    item(e.kind === 'directory' ? `${e.name}/` : e.name, e.kind === 'directory' ? 'folder' : 'file', { start, end: range.end }, `${e.kind === 'directory' ? 0 : 1}${String(i).padStart(4, '0')}`, {
      ...(e.kind === 'directory' ? { retrigger: true } : {}),
    }),
  );
}

/** Keys already present in the mapping the cursor is in (by indentation, from the text). */
function existingKeys(ctx: ManifestContext, lineNo: number, path: string[]): string[] {
  const node = path.reduce<ReturnType<typeof get>>((n, s) => (s === '#' ? undefined : get(n, s)), ctx.root);
  if (path.length === 0) return ctx.root?.entries.map((e) => e.key) ?? [];
  if (node?.kind === 'map') return node.entries.map((e) => e.key);
  // Inside a list item: find the item's mapping by position.
  if (path[path.length - 1] === '#') {
    const list = path.slice(0, -1).reduce<ReturnType<typeof get>>((n, s) => get(n, s), ctx.root);
    if (list?.kind === 'seq') {
      const offset = ctx.lines.lineStart(lineNo);
      const it = list.items.find((i) => i.range[0] <= offset && offset <= i.range[1] + 1) ?? list.items.find((i) => ctx.lines.positionAt(i.range[0]).line <= lineNo && ctx.lines.positionAt(i.range[1]).line >= lineNo - 1);
      if (it?.kind === 'map') return it.entries.map((e) => e.key);
    }
  }
  return [];
}


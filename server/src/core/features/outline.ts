/**
 * The manifest's outline (system, assets, provisions grouped by principle), the coverage lens,
 * links on evidence paths, and folding of principle groups.
 */
import { principle, provision } from '../catalogue/index';
import { entry, get, str, strings, type YEntry, type YNode } from '../parse/yaml';
import { referenceFieldNames } from '../schema';
import { classifyReference, dirOf, resolvePath } from '../util/workspace-path';
import type { ManifestContext } from '../model/manifest';
import type { Coverage, Range } from '../types';

export type SymbolKind = 'module' | 'namespace' | 'object' | 'key' | 'property';

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

/**
 * A symbol's name as the outline shows it. An editor refuses a symbol with an empty name (VS Code
 * fails the whole request, and the Outline empties), and a key or an ID is empty for a moment
 * whenever a user types a quote that the editor closes (`"":`, `id: ""`): such a name is shown
 * as what it is, never sent empty.
 */
function symbolName(name: string | undefined, fallback: string): string {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? fallback : trimmed;
}

const EMPTY_KEY = '(empty key)';

function entryRange(ctx: ManifestContext, e: YEntry): Range {
  return ctx.lines.range(e.keyRange[0], Math.max(e.keyRange[1], e.value.range[1]));
}

export function documentSymbols(ctx: ManifestContext): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  if (!ctx.root) return out;
  for (const top of ctx.root.entries) {
    if (top.merged) continue;
    const sym: DocumentSymbol = { name: symbolName(top.key, EMPTY_KEY), kind: 'module', range: entryRange(ctx, top), selectionRange: ctx.lines.range(top.keyRange[0], top.keyRange[1]) };
    if (top.key === 'system') {
      const name = str(get(top.value, 'name'));
      if (name) sym.detail = name;
    } else if (top.key === 'assets' && top.value.kind === 'seq') {
      sym.children = top.value.items.map((it, i) => {
        const idEntry = entry(it, 'id');
        const sel = idEntry ? idEntry.value.range : it.range;
        return {
          name: symbolName(str(idEntry?.value), `asset ${i + 1}`),
          detail: str(get(it, 'type')) ?? '',
          kind: 'object' as const,
          range: ctx.lines.range(it.range[0], it.range[1]),
          selectionRange: ctx.lines.range(sel[0], sel[1]),
        };
      });
      sym.detail = `${top.value.items.length} asset${top.value.items.length === 1 ? '' : 's'}`;
    } else if (top.key === 'provisions' && top.value.kind === 'map') {
      const groups = new Map<number, YEntry[]>();
      const unknown: YEntry[] = [];
      for (const e of top.value.entries) {
        const p = provision(e.key.trim());
        if (!p) unknown.push(e);
        else groups.set(p.principle, [...(groups.get(p.principle) ?? []), e]);
      }
      sym.children = [...groups.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([n, es]) => {
          const pr = principle(n)!;
          const first = es[0]!;
          const last = es[es.length - 1]!;
          return {
            name: `Principle ${n}: ${pr.title}`,
            detail: pr.phase,
            kind: 'namespace' as const,
            range: ctx.lines.range(Math.min(...es.map((e) => e.keyRange[0])), Math.max(...es.map((e) => e.value.range[1]), last.keyRange[1])),
            selectionRange: ctx.lines.range(first.keyRange[0], first.keyRange[1]),
            children: es.map((e) => ({
              name: symbolName(e.key, EMPTY_KEY),
              detail: `${provision(e.key.trim())!.title} — ${str(get(e.value, 'status')) ?? 'no status'}`,
              kind: 'key' as const,
              range: entryRange(ctx, e),
              selectionRange: ctx.lines.range(e.keyRange[0], e.keyRange[1]),
            })),
          };
        });
      for (const e of unknown) sym.children.push({ name: symbolName(e.key, EMPTY_KEY), detail: 'not a provision of the Code', kind: 'key', range: entryRange(ctx, e), selectionRange: ctx.lines.range(e.keyRange[0], e.keyRange[1]) });
      sym.detail = `${top.value.entries.length} entr${top.value.entries.length === 1 ? 'y' : 'ies'}`;
    }
    out.push(sym);
  }
  return out;
}

export interface Lens {
  range: Range;
  title: string;
}

export function coverageTitle(c: Coverage): string {
  const v = c.byVerb;
  return `${v.shall.addressed} of ${v.shall.applicable} requirements, ${v.should.addressed} of ${v.should.applicable} recommendations addressed${c.upcoming ? ` · ${c.upcoming} upcoming` : ''}`;
}

export function coverageLens(ctx: ManifestContext, coverage: Coverage): Lens[] {
  if (!ctx.root) return [];
  const e = entry(ctx.root, 'provisions') ?? ctx.root.entries[0];
  if (!e) return [];
  return [{ range: ctx.lines.range(e.keyRange[0], e.keyRange[1]), title: coverageTitle(coverage) }];
}

export interface Link {
  range: Range;
  /** A workspace-relative path, or an https URL. */
  target: { path: string } | { url: string };
  tooltip?: string;
}

/**
 * A path is linked when it is a file or a folder in the workspace (or when there is no host to
 * ask): never when it leads outside, is missing, or is a FIFO or a device, which an editor that
 * followed the link would block on.
 */
function linkable(kind: ReturnType<NonNullable<ManifestContext['host']>['stat']> | undefined): boolean {
  return kind === undefined || kind === 'file' || kind === 'directory';
}

export function documentLinks(ctx: ManifestContext): Link[] {
  const links: Link[] = [];
  const dir = dirOf(ctx.path);
  const visit = (node: YNode | undefined) => {
    if (!node || node.kind !== 'map') return;
    for (const e of node.entries) {
      if (e.merged) continue;
      if (referenceFieldNames().has(e.key)) {
        for (const s of strings(e.value)) {
          const ref = classifyReference(s.value, dir);
          // Quoted scalars: link the text inside the quotes.
          const q = s.node.kind === 'scalar' && s.node.quoted ? 1 : 0;
          const range = ctx.lines.range(s.node.range[0] + q, s.node.range[1] - q);
          if (ref.kind === 'https') links.push({ range, target: { url: ref.url } });
          else if (ref.kind === 'path') {
            const { rel, kind } = resolvePath(ref, ctx.host);
            if (linkable(kind)) links.push({ range, target: { path: rel }, tooltip: rel });
          }
        }
      }
      if (e.value.kind === 'map') visit(e.value);
      else if (e.value.kind === 'seq') for (const it of e.value.items) visit(it);
    }
  };
  visit(ctx.root);
  return links;
}

export interface Fold {
  startLine: number;
  endLine: number;
}

/** One fold per run of entries from the same principle, so a reader can collapse a principle. */
export function foldingRanges(ctx: ManifestContext): Fold[] {
  const provisions = get(ctx.root, 'provisions');
  if (provisions?.kind !== 'map' || provisions.flow) return [];
  const folds: Fold[] = [];
  let run: { n: number; start: number; end: number } | undefined;
  const flush = () => {
    if (run && run.end > run.start) folds.push({ startLine: run.start, endLine: run.end });
  };
  const sorted = [...provisions.entries].filter((e) => !e.merged).sort((a, b) => a.keyRange[0] - b.keyRange[0]);
  for (const e of sorted) {
    const p = provision(e.key.trim());
    const start = ctx.lines.positionAt(e.keyRange[0]).line;
    let endOff = Math.max(e.keyRange[1], e.value.range[1]);
    while (endOff > e.keyRange[0] && /\s/.test(ctx.text[endOff - 1]!)) endOff--;
    const end = ctx.lines.positionAt(endOff).line;
    if (p && run && run.n === p.principle) run.end = end;
    else {
      flush();
      run = p ? { n: p.principle, start, end } : undefined;
    }
  }
  flush();
  return folds;
}


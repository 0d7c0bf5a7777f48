/**
 * Asset IDs as symbols: an asset's `id` is where it is defined, each `dependsOn` entry that names
 * it a reference. On either: a hover with the asset's type, version and flags; go to definition;
 * find references; rename everywhere at once. On an asset's `modelCard`, go to definition opens
 * the card. The manifest format has no other field that names an asset (provision entries name
 * documents, not assets), so these are all the places an ID is written.
 */
import { bool, get, str, type Offsets, type YNode } from '../parse/yaml';
import type { AssetInfo, ManifestContext } from '../model/manifest';
import type { TextEdit } from '../model/edits';
import type { Position, Range } from '../types';
import { mdCode, mdText } from '../util/escape';
import { documentLinks } from './outline';

/** The same pattern the schema holds an asset ID to. */
const ASSET_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** One place an asset ID is written: the text itself (inside quotes), and whether it is the definition. */
export interface AssetOccurrence {
  id: string;
  range: Range;
  definition: boolean;
}

/** The text of a scalar, without its quotes. */
function textRange(node: YNode): Offsets {
  const q = node.kind === 'scalar' && node.quoted ? 1 : 0;
  return [node.range[0] + q, Math.max(node.range[0] + q, node.range[1] - q)];
}

/** Every place an asset ID is written, definitions (`id:`) and references (`dependsOn`), in order. */
export function assetOccurrences(ctx: ManifestContext): (AssetOccurrence & { at: Offsets; asset: AssetInfo })[] {
  const out: (AssetOccurrence & { at: Offsets; asset: AssetInfo })[] = [];
  for (const a of ctx.assets) {
    const idNode = get(a.node, 'id');
    const id = str(idNode);
    if (idNode && id !== undefined && idNode.kind === 'scalar') {
      const at = textRange(idNode);
      out.push({ id, at, range: ctx.lines.range(at[0], at[1]), definition: true, asset: a });
    }
    const deps = get(a.node, 'dependsOn');
    if (deps?.kind !== 'seq') continue;
    for (const item of deps.items) {
      const dep = str(item);
      if (dep === undefined || item.kind !== 'scalar') continue;
      const at = textRange(item);
      out.push({ id: dep, at, range: ctx.lines.range(at[0], at[1]), definition: false, asset: a });
    }
  }
  return out;
}

/** The asset ID at a position, if the position is on one (an `id:` value or a `dependsOn` entry). */
export function assetIdAt(ctx: ManifestContext, position: Position): (AssetOccurrence & { at: Offsets }) | undefined {
  const offset = ctx.lines.offsetAt(position);
  return assetOccurrences(ctx).find((o) => offset >= o.at[0] && offset <= o.at[1]);
}

/** Where an asset ID is defined: each asset with that id (two, when the id is duplicated). */
function definitionsOf(ctx: ManifestContext, id: string): AssetOccurrence[] {
  return assetOccurrences(ctx).filter((o) => o.definition && o.id === id);
}

/** A place to go: a range in this manifest, or a workspace file (a model card). */
export type AssetTarget = { range: Range } | { path: string };

/** Go to definition: from an asset ID to the asset's `id`, from a `modelCard` to the card. */
export function assetDefinition(ctx: ManifestContext, position: Position): AssetTarget[] {
  const here = assetIdAt(ctx, position);
  if (here) return definitionsOf(ctx, here.id).map((d) => ({ range: d.range }));
  const offset = ctx.lines.offsetAt(position);
  for (const a of ctx.assets) {
    const card = get(a.node, 'modelCard');
    if (!card || offset < card.range[0] || offset > card.range[1]) continue;
    const link = documentLinks(ctx).find((l) => 'path' in l.target && ctx.lines.offsetAt(l.range.start) <= offset && offset <= ctx.lines.offsetAt(l.range.end));
    return link && 'path' in link.target ? [{ path: link.target.path }] : [];
  }
  return [];
}

/** Find references: every place the ID at the position is written (its definition only when asked). */
export function assetReferences(ctx: ManifestContext, position: Position, includeDeclaration: boolean): Range[] {
  const here = assetIdAt(ctx, position);
  if (!here) return [];
  return assetOccurrences(ctx)
    .filter((o) => o.id === here.id && (includeDeclaration || !o.definition))
    .map((o) => o.range);
}

/** What a rename would replace at a position: the asset ID under it, or nothing (a rename is refused). */
export function prepareAssetRename(ctx: ManifestContext, position: Position): { range: Range; placeholder: string } | undefined {
  const here = assetIdAt(ctx, position);
  return here && ASSET_ID.test(here.id) ? { range: here.range, placeholder: here.id } : undefined;
}

/**
 * Renames the asset ID at a position everywhere it is written: edits, or why not (a name that is
 * no asset ID, or one another asset already has).
 */
export function renameAsset(ctx: ManifestContext, position: Position, newName: string): TextEdit[] | { error: string } {
  const here = assetIdAt(ctx, position);
  if (!here) return { error: 'Only an asset ID (an asset\u2019s id, or an entry of dependsOn) can be renamed here.' };
  if (!ASSET_ID.test(newName)) return { error: `"${newName}" is not an asset ID: use letters, digits, ".", "_" or "-", starting with a letter or digit.` };
  if (newName !== here.id && definitionsOf(ctx, newName).length) return { error: `Another asset already has the id "${newName}".` };
  return assetOccurrences(ctx)
    .filter((o) => o.id === here.id)
    .map((o) => ({ range: o.range, newText: newName }));
}

/** The hover on an asset ID: the asset's type, version and flags, what it depends on and what depends on it. */
export function assetHover(ctx: ManifestContext, position: Position): { contents: string; range: Range } | undefined {
  const here = assetIdAt(ctx, position);
  if (!here) return undefined;
  const defs = definitionsOf(ctx, here.id);
  const asset = assetOccurrences(ctx).find((o) => o.definition && o.id === here.id)?.asset;
  if (!asset) return { contents: `**Asset ${mdCode(here.id)}**\n\nNo asset in this inventory has this id.`, range: here.range };
  const node = asset.node;
  const type = str(get(node, 'type'));
  const version = get(node, 'version');
  const versionText = version?.kind === 'scalar' && version.value !== null ? String(version.value) : undefined;
  const lines = [`**Asset ${mdCode(here.id)}**${type ? ` · ${mdText(type)}` : ''} · ${versionText ? `version ${mdCode(versionText)}` : 'no version'}`];
  const name = str(get(node, 'name'));
  if (name) lines.push('', mdText(name));
  const flags = (['shared', 'external', 'public', 'confidential', 'wellDocumented'] as const)
    .map((f) => [f, bool(get(node, f))] as const)
    .filter(([, v]) => v !== undefined)
    .map(([f, v]) => `${f}: ${v ? 'yes' : 'no'}`);
  if (flags.length) lines.push('', flags.join(' · '));
  const deps = get(node, 'dependsOn');
  const dependsOn = deps?.kind === 'seq' ? deps.items.map((i) => str(i)).filter((s): s is string => s !== undefined) : [];
  const usedBy = assetOccurrences(ctx)
    .filter((o) => !o.definition && o.id === here.id && o.asset.id)
    .map((o) => o.asset.id!);
  if (dependsOn.length) lines.push('', `Depends on ${dependsOn.map(mdCode).join(', ')}.`);
  if (usedBy.length) lines.push('', `Used by ${[...new Set(usedBy)].map(mdCode).join(', ')}.`);
  if (defs.length > 1) lines.push('', `${defs.length} assets have this id.`);
  return { contents: lines.join('\n'), range: here.range };
}

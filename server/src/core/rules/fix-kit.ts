/**
 * What the rules' quick fixes share: new provision entries with the fields their status and
 * schema need, fields added to a mapping with the values the schema gives them (`fieldFacts`),
 * and the collecting of fixes for one finding. A fix keys on a finding's data, never its
 * message; applying one removes the finding it targets and leaves valid YAML (the tests apply
 * every fix and analyse again).
 */
import { compareProvisionIds } from '../catalogue/index';
import { entry, get, str, type YEntry, type YMap } from '../parse/yaml';
import { addDays } from '../util/dates';
import { fieldFactsAt, requiredKeysAt } from '../schema';
import { STATUS_NEEDS } from '../model/entries';
import { insertIntoMap, insertUnderTopKey, line, ph, replace, type Fix, type Line, type Piece, type TextEdit } from '../model/edits';
import type { ManifestContext } from '../model/manifest';
import { nodeAt, type YPath } from '../model/paths';
import { schemaFields } from '../model/provision-schemas';
import type { Finding } from '../types';
import { PLACEHOLDERS } from '../placeholders';

/**
 * The fixes for one finding, as they are added: a fix with no edits (nothing could be placed) is
 * left out, and so is an edit that could not be made.
 */
export function collect(finding: Finding): { fixes: Fix[]; add(title: string, edits: (TextEdit | undefined)[], isPreferred?: boolean): void } {
  const fixes: Fix[] = [];
  return {
    fixes,
    add(title, edits, isPreferred = false) {
      const real = edits.filter((e): e is TextEdit => !!e);
      if (real.length) fixes.push({ title, kind: 'quickfix', finding, edits: real, ...(isPreferred ? { isPreferred } : {}) });
    },
  };
}

export type EntryStatus = 'planned' | 'implemented' | 'not-applicable';

function today(ctx: ManifestContext): string {
  return ctx.today ?? new Date().toISOString().slice(0, 10);
}

/** The fields a new entry gets, as lines under its key, and the same inline. */
export function entryFields(ctx: ManifestContext, id: string, status: EntryStatus): { block: Line[]; flow: Piece[] } {
  const at = ['provisions', id];
  const fields: [string, Piece[]][] = [['status', [status]]];
  if (status === 'planned') {
    fields.push(...STATUS_NEEDS.planned.map((f): [string, Piece[]] => [f, fieldValue(ctx, at, f)]));
  } else if (status === 'not-applicable') {
    fields.push(['justification', [ph(PLACEHOLDERS.notApplicable.text)]]);
  } else {
    // 6.4 asks for a published policy: a SECURITY.md is how most projects publish one.
    fields.push(['evidence', id === '6.4' ? ['[', ph('SECURITY.md'), ']'] : fieldValue(ctx, at, 'evidence')]);
    fields.push(...schemaFields(id).map((f): [string, Piece[]] => [f, fieldValue(ctx, at, f)]));
  }
  return {
    block: fields.map(([k, v]) => line(0, `${k}: `, ...v)),
    flow: ['{ ', ...fields.flatMap(([k, v], i) => [i ? ', ' : '', `${k}: `, ...v]), ' }'],
  };
}

export function addEntries(ctx: ManifestContext, ids: string[], status: EntryStatus): TextEdit[] {
  const items = ids.map((id) => {
    const f = entryFields(ctx, id, status);
    return { key: `"${id}"`, blockLines: f.block, flowPieces: [`"${id}": `, ...f.flow] };
  });
  return insertUnderTopKey(ctx, 'provisions', items, (a, b) => compareProvisionIds(a.replace(/"/g, ''), b.replace(/"/g, '')));
}

/**
 * A value for a field that the fix inserts into the mapping at `path`, valid for the schema so
 * the finding goes away: the field's example in the schema (`fieldFacts`).
 */
function fieldValue(ctx: ManifestContext, path: readonly (string | number)[], field: string): Piece[] {
  const example = fieldFactsAt(path, field)?.example;
  if (!example) return [ph(PLACEHOLDERS.todo.text)];
  if ('text' in example) return example.quoted ? ['"', ph(example.text), '"'] : [ph(example.text)];
  if ('literal' in example) return [example.literal];
  if ('list' in example) return ['[', ...example.list.flatMap((v, i): Piece[] => (i ? [', ', ph(v)] : [ph(v)])), ']'];
  if ('date' in example) return [ph(example.date ? addDays(today(ctx), example.date) : today(ctx))];
  return [ph(str(get(get(ctx.root, 'system'), 'owner')) ?? example.systemOwner)];
}

/** Adds fields (with their schema examples) to the mapping at a path. */
export function addFields(ctx: ManifestContext, path: YPath | undefined, fields: string[]): TextEdit[] {
  const map = nodeAt(ctx.root, path);
  if (!map || map.kind !== 'map') return [];
  const at = path ?? [];
  // `origin.url` style fields go into a nested mapping, created when absent.
  const direct = fields.filter((f) => !f.includes('.'));
  const nested = fields.filter((f) => f.includes('.'));
  const edits: TextEdit[] = [];
  // A field that is there but empty (`evidence: []`, `evidence:`) gets a value, not a twin.
  for (const f of direct) {
    const e = entry(map, f);
    if (e && !e.merged) edits.push(fillValue(ctx, e, fieldValue(ctx, at, f)));
  }
  // `system` is a mapping of its own: insert it with its required fields.
  if (direct.includes('system') && !entry(map, 'system') && map.kind === 'map') {
    const sysAt = [...at, 'system'];
    const required = requiredKeysAt(sysAt);
    const sys = required.map((f) => line(0, `${f}: `, ...fieldValue(ctx, sysAt, f)));
    edits.push(...insertIntoMap(ctx, map, [{ key: 'system', blockLines: sys, flowPieces: ['system: { ', ...required.flatMap((f, i) => [i ? ', ' : '', `${f}: `, ...fieldValue(ctx, sysAt, f)]), ' }'] }]));
  }
  const withValues = direct.filter((f) => f !== 'system' && !entry(map, f)).map((f) => ({ key: f, value: fieldValue(ctx, at, f) }));
  if (withValues.length) edits.push(...insertInline(ctx, map, withValues));
  const byParent = new Map<string, string[]>();
  for (const f of nested) {
    const [parent, child] = f.split('.') as [string, string];
    byParent.set(parent, [...(byParent.get(parent) ?? []), child]);
  }
  for (const [parent, children] of byParent) {
    const sub = get(map, parent);
    const subAt = [...at, parent];
    if (sub?.kind === 'map') edits.push(...insertInline(ctx, sub, children.map((c) => ({ key: c, value: fieldValue(ctx, subAt, c) }))));
    else if (!sub) edits.push(...insertInline(ctx, map, [{ key: parent, value: ['{ ', ...children.flatMap((c, i) => [i ? ', ' : '', `${c}: `, ...fieldValue(ctx, subAt, c)]), ' }'] }]));
  }
  return edits;
}

/** `key: value` entries into a mapping, block or flow. */
function insertInline(ctx: ManifestContext, map: YMap, fields: { key: string; value: Piece[] }[]): TextEdit[] {
  return insertIntoMap(
    ctx,
    map,
    fields.map((f) => ({ key: f.key, value: f.value, blockLines: [], flowPieces: [`${f.key}: `, ...f.value] })),
  );
}

/**
 * Replaces an entry's value (or fills an empty one) with `value`, written on the key's line:
 * from just after the colon to the last character of the old value. An empty value (`key:` then
 * a line break) and a block value on the lines below are both replaced without touching the
 * line breaks and indentation that follow them.
 */
function fillValue(ctx: ManifestContext, e: YEntry, value: Piece[]): TextEdit {
  const colon = ctx.text.indexOf(':', e.keyRange[1]);
  const from = colon >= 0 ? colon + 1 : e.keyRange[1];
  const empty = e.value.kind === 'scalar' && e.value.value === null;
  let to = empty ? from : Math.max(from, e.value.range[1]);
  while (to > from && /\s/.test(ctx.text[to - 1]!)) to--;
  return { ...replace(ctx, [from, to], ` ${plain(value)}`), snippet: ` ${snip(value, { n: 0 })}` };
}

function plain(pieces: Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.placeholder)).join('');
}

function snip(pieces: Piece[], counter: { n: number }): string {
  return pieces.map((p) => (typeof p === 'string' ? p.replace(/[\\$}]/g, (c) => `\\${c}`) : `\${${++counter.n}:${p.placeholder.replace(/[\\$}]/g, (c) => `\\${c}`)}}`)).join('');
}

export function quoteLike(keyQuoted: boolean, text: string): string {
  return keyQuoted ? `"${text}"` : text;
}

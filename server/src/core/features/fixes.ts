/**
 * Quick fixes, keyed on a finding's `code` and `data` (never its message). Each returns text
 * edits over the document; applying one removes the finding it targets and leaves valid YAML
 * (the protocol tests apply every fix and revalidate).
 */
import { catalogue, compareProvisionIds, provision } from '../catalogue/index';
import { entry, get, str, type YEntry, type YMap, type YNode } from '../parse/yaml';
import { addDays } from '../util/dates';
import { provisionState } from '../model/state';
import { REQUIRED_ATTACKS, REQUIRED_LOGS } from '../schema';
import type { ManifestContext } from '../model/manifest';
import type { Finding, FindingData } from '../types';
import { appendToList, insertIntoMap, insertUnderTopKey, line, ph, replace, type Line, type Piece, type TextEdit } from '../model/edits';

export interface Fix {
  title: string;
  /** `quickfix` for a fix of one finding; `refactor` is never used for claims. */
  kind: 'quickfix';
  /** The finding this fix resolves (for the client to link them). */
  finding?: Finding;
  isPreferred?: boolean;
  edits: TextEdit[];
}

type EntryStatus = 'planned' | 'implemented' | 'not-applicable';

function today(ctx: ManifestContext): string {
  return ctx.today ?? new Date().toISOString().slice(0, 10);
}

/** The fields a new entry gets, as lines under its key, and the same inline. */
export function entryFields(ctx: ManifestContext, id: string, status: EntryStatus): { block: Line[]; flow: Piece[] } {
  const owner = str(get(get(ctx.root, 'system'), 'owner')) ?? 'owner@example.org';
  const due = addDays(today(ctx), 90);
  const fields: [string, Piece[]][] = [['status', [status]]];
  if (status === 'planned') {
    fields.push(['owner', [ph(owner)]], ['due', [ph(due)]]);
  } else if (status === 'not-applicable') {
    fields.push(['justification', [ph('Explain in a sentence why this does not apply to the system.')]]);
  } else {
    fields.push(['evidence', ['[', ph(id === '6.4' ? 'SECURITY.md' : 'docs/evidence.md'), ']']]);
    const schema: Record<string, [string, Piece[]][]> = {
      '1.1': [['reviewed', [ph(today(ctx))]]],
      '1.2.1': [['channels', ['[', ph('security bulletin'), ', ', ph('intranet'), ']']]],
      '3.1': [
        ['reviewed', [ph(today(ctx))]],
        ['attacks', [`[${REQUIRED_ATTACKS.join(', ')}]`]],
      ],
      '6.5': [
        ['incidentPlan', [ph('docs/incident-plan.md')]],
        ['recoveryPlan', [ph('docs/recovery-plan.md')]],
        ['tested', [ph(today(ctx))]],
      ],
      '12.1': [['logs', [`[${REQUIRED_LOGS.join(', ')}]`]]],
    };
    fields.push(...(schema[id] ?? []));
  }
  return {
    block: fields.map(([k, v]) => line(0, `${k}: `, ...v)),
    flow: ['{ ', ...fields.flatMap(([k, v], i) => [i ? ', ' : '', `${k}: `, ...v]), ' }'],
  };
}

function addEntries(ctx: ManifestContext, ids: string[], status: EntryStatus): TextEdit[] {
  const items = ids.map((id) => {
    const f = entryFields(ctx, id, status);
    return { key: `"${id}"`, blockLines: f.block, flowPieces: [`"${id}": `, ...f.flow] };
  });
  return insertUnderTopKey(ctx, 'provisions', items, (a, b) => compareProvisionIds(a.replace(/"/g, ''), b.replace(/"/g, '')));
}

function nodeAtPath(ctx: ManifestContext, path: readonly (string | number)[] | undefined): YNode | undefined {
  let node: YNode | undefined = ctx.root;
  for (const s of path ?? []) {
    if (!node) return undefined;
    node = typeof s === 'number' ? (node.kind === 'seq' ? node.items[s] : undefined) : get(node, s);
  }
  return node;
}

/** A value for a field that the fix inserts, valid for the schema so the finding goes away. */
function fieldValue(ctx: ManifestContext, field: string): Piece[] {
  const values: Record<string, Piece[]> = {
    version: [ph('1.0.0')],
    name: [ph('System name')],
    owner: [ph(str(get(get(ctx.root, 'system'), 'owner')) ?? 'owner@example.org')],
    roles: ['[', ph('developer'), ']'],
    lifecycle: [ph('design')],
    status: [ph('planned')],
    due: [ph(addDays(today(ctx), 90))],
    expires: [ph(addDays(today(ctx), 180))],
    reviewed: [ph(today(ctx))],
    tested: [ph(today(ctx))],
    notes: [ph('What remains to be done.')],
    approvedBy: [ph('risk-owner@example.org')],
    justification: [ph('Explain the decision in a sentence.')],
    evidence: ['[', ph('docs/evidence.md'), ']'],
    incidentPlan: [ph('docs/incident-plan.md')],
    recoveryPlan: [ph('docs/recovery-plan.md')],
    channels: ['[', ph('security bulletin'), ', ', ph('intranet'), ']'],
    attacks: [`[${REQUIRED_ATTACKS.join(', ')}]`],
    logs: [`[${REQUIRED_LOGS.join(', ')}]`],
    id: [ph('asset-id')],
    type: [ph('model')],
    sha256: [ph('0'.repeat(64))],
    riskAssessment: [ph('docs/risk-assessment.md')],
    sharedWithEndUsers: [ph('https://example.org/ai/models')],
    evaluations: ['[', ph('docs/evaluation.md'), ']'],
    url: [ph('https://example.org/data')],
    obtained: [ph(today(ctx))],
  };
  return values[field] ?? [ph('TODO')];
}

function addFields(ctx: ManifestContext, map: YNode | undefined, fields: string[]): TextEdit[] {
  if (!map || map.kind !== 'map') return [];
  // `origin.url` style fields go into a nested mapping, created when absent.
  const direct = fields.filter((f) => !f.includes('.'));
  const nested = fields.filter((f) => f.includes('.'));
  const edits: TextEdit[] = [];
  // A field that is there but empty (`evidence: []`, `evidence:`) gets a value, not a twin.
  for (const f of direct) {
    const e = entry(map, f);
    if (e && !e.merged) edits.push(fillValue(ctx, e, fieldValue(ctx, f)));
  }
  // `system` is a mapping of its own: insert it with its required fields.
  if (direct.includes('system') && !entry(map, 'system') && map.kind === 'map') {
    const sys = ['name', 'owner', 'roles', 'lifecycle'].map((f) => line(0, `${f}: `, ...fieldValue(ctx, f)));
    edits.push(...insertIntoMap(ctx, map, [{ key: 'system', blockLines: sys, flowPieces: ['system: { ', ...['name', 'owner', 'roles', 'lifecycle'].flatMap((f, i) => [i ? ', ' : '', `${f}: `, ...fieldValue(ctx, f)]), ' }'] }]));
  }
  const withValues = direct.filter((f) => f !== 'system' && !entry(map, f)).map((f) => ({ key: f, value: fieldValue(ctx, f) }));
  if (withValues.length) edits.push(...insertInline(ctx, map, withValues));
  const byParent = new Map<string, string[]>();
  for (const f of nested) {
    const [parent, child] = f.split('.') as [string, string];
    byParent.set(parent, [...(byParent.get(parent) ?? []), child]);
  }
  for (const [parent, children] of byParent) {
    const sub = get(map, parent);
    if (sub?.kind === 'map') edits.push(...insertInline(ctx, sub, children.map((c) => ({ key: c, value: fieldValue(ctx, c) }))));
    else if (!sub) edits.push(...insertInline(ctx, map, [{ key: parent, value: ['{ ', ...children.flatMap((c, i) => [i ? ', ' : '', `${c}: `, ...fieldValue(ctx, c)]), ' }'] }]));
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

function quoteLike(keyQuoted: boolean, text: string): string {
  return keyQuoted ? `"${text}"` : text;
}

/** The fixes for one finding. */
export function fixesFor(ctx: ManifestContext, finding: Finding): Fix[] {
  const data = finding.data as FindingData | undefined;
  // While the YAML does not parse, the tree is partial and an edit could land anywhere: the
  // syntax error comes first.
  if (!data || ctx.brokenSyntax) return [];
  const fixes: Fix[] = [];
  const add = (title: string, edits: TextEdit[], isPreferred = false) => {
    if (edits.length) fixes.push({ title, kind: 'quickfix', finding, edits, ...(isPreferred ? { isPreferred } : {}) });
  };
  const p = data.provision ? provision(data.provision) : undefined;
  switch (data.kind) {
    case 'missing-provision': {
      if (!p) break;
      add(`Add ${p.id} as planned (owner and due date)`, addEntries(ctx, [p.id], 'planned'), true);
      add(`Add ${p.id} as implemented (with evidence)`, addEntries(ctx, [p.id], 'implemented'));
      add(`Add ${p.id} as not applicable (with a justification)`, addEntries(ctx, [p.id], 'not-applicable'));
      break;
    }
    case 'unknown-provision': {
      const key = data.path?.[data.path.length - 1];
      const suggestion = data.suggestion;
      if (typeof key !== 'string' || !suggestion) break;
      const parent = nodeAtPath(ctx, data.path!.slice(0, -1));
      const e = entry(parent, key);
      if (!e) break;
      add(`Change to ${suggestion} (${provision(suggestion)?.title ?? ''})`, [replace(ctx, e.keyRange, `"${suggestion}"`)], true);
      break;
    }
    case 'unknown-field': {
      const key = data.path?.[data.path.length - 1];
      if (typeof key !== 'string' || !data.suggestion) break;
      const e = entry(nodeAtPath(ctx, data.path!.slice(0, -1)), key);
      if (!e) break;
      add(`Rename "${key}" to "${data.suggestion}"`, [replace(ctx, e.keyRange, quoteLike(e.keyQuoted, data.suggestion))], true);
      break;
    }
    case 'yaml11-boolean':
    case 'invalid-enum': {
      const node = nodeAtPath(ctx, data.path);
      if (!node || node.kind !== 'scalar' || !data.suggestion) break;
      add(`Change to ${data.suggestion}`, [replace(ctx, node.range, data.suggestion)], true);
      break;
    }
    case 'insecure-url': {
      const node = nodeAtPath(ctx, data.path);
      if (!node || node.kind !== 'scalar' || !data.suggestion) break;
      const item = node.kind === 'scalar' && str(node)?.trim().toLowerCase().startsWith('http:') ? node : undefined;
      if (item) add('Use https', [replace(ctx, [item.range[0], item.range[0] + (node.quoted ? 5 : 4)], node.quoted ? `${ctx.text[item.range[0]]}https` : 'https')], true);
      break;
    }
    case 'missing-field': {
      const map = nodeAtPath(ctx, data.path);
      const missing = data.missing ?? [];
      if (missing.length) add(`Add ${missing.map((m) => `"${m}"`).join(' and ')}`, addFields(ctx, map, missing), true);
      break;
    }
    case 'missing-evidence': {
      add('Add evidence', addFields(ctx, nodeAtPath(ctx, data.path), ['evidence']), true);
      break;
    }
    case 'missing-justification': {
      const map = nodeAtPath(ctx, data.path);
      if (!get(map, 'justification')) add('Add a justification', addFields(ctx, map, ['justification']), true);
      break;
    }
    case 'asset-fault': {
      const map = nodeAtPath(ctx, data.path);
      const missing = data.missing ?? [];
      if (missing.length && map) add(`Add ${missing.join(' and ')} to the asset`, addFields(ctx, map, missing), true);
      if (p && !ctx.entries.has(p.id)) add(`Add ${p.id} as planned (owner and due date)`, addEntries(ctx, [p.id], 'planned'));
      break;
    }
    case 'missing-attacks':
    case 'missing-logs': {
      const list = nodeAtPath(ctx, data.path);
      if (list && data.missing?.length) add(`Add ${data.missing.join(', ')}`, appendToList(ctx, list, data.missing), true);
      break;
    }
    case 'empty-inventory':
      break;
  }
  return fixes;
}

/** Every applicable requirement (shall) with no entry, added as planned: one action. */
export function addAllMissingRequirements(ctx: ManifestContext): Fix | undefined {
  if (ctx.brokenSyntax) return undefined;
  const ids = catalogue()
    .provisions.filter((p) => p.modal === 'shall' && !ctx.entries.has(p.id) && provisionState(ctx, p.id) === 'missing')
    .map((p) => p.id);
  if (ids.length < 2) return undefined;
  const edits = addEntries(ctx, ids, 'planned');
  return edits.length ? { title: `Add all ${ids.length} missing requirements as planned`, kind: 'quickfix', edits } : undefined;
}

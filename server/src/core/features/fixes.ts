/**
 * Quick fixes, keyed on a finding's `data` (never its message). Each rule module keeps the
 * fixes for the kinds of finding it reports beside its check; the registry gathers them into one
 * table with a place for every kind, and this feature looks a finding's kind up there. Applying
 * a fix removes the finding it targets and leaves valid YAML (the tests apply every fix and
 * analyse again).
 */
import { catalogue } from '../catalogue/index';
import type { Fix } from '../model/edits';
import type { ManifestContext } from '../model/manifest';
import { provisionState } from '../model/state';
import { addEntries } from '../rules/fix-kit';
import { manifestFixes, type ManifestFixTable } from '../rules/index';
import type { Finding, ManifestDataOf, ManifestFindingData } from '../types';

export type { Fix } from '../model/edits';

/** Runs the fixer the table has for the data's kind (none for a kind it does not have). */
function runFixer<K extends keyof ManifestFixTable>(table: ManifestFixTable, ctx: ManifestContext, finding: Finding, data: ManifestDataOf<K>): Fix[] {
  // Data can come back from an editor client: only the table's own kinds are looked up.
  const fixer: ManifestFixTable[K] = Object.hasOwn(table, data.kind) ? table[data.kind as K] : null;
  return fixer ? fixer(ctx, finding, data) : [];
}

/** The fixes for one finding. */
export function fixesFor(ctx: ManifestContext, finding: Finding): Fix[] {
  const data = finding.data as ManifestFindingData | undefined;
  // While the YAML does not parse, the tree is partial and an edit could land anywhere: the
  // syntax error comes first.
  if (!data || ctx.brokenSyntax) return [];
  return runFixer(manifestFixes, ctx, finding, data);
}

/**
 * Every applicable provision of one modal verb (requirements, `shall`; recommendations,
 * `should`) with no entry, added as planned: one action, offered when there are two or more.
 */
export function addAllMissing(ctx: ManifestContext, modal: 'shall' | 'should'): Fix | undefined {
  if (ctx.brokenSyntax) return undefined;
  const ids = catalogue()
    .provisions.filter((p) => p.modal === modal && !ctx.entries.has(p.id) && provisionState(ctx, p.id) === 'missing')
    .map((p) => p.id);
  if (ids.length < 2) return undefined;
  const edits = addEntries(ctx, ids, 'planned');
  return edits.length ? { title: `Add all ${ids.length} missing ${modal === 'shall' ? 'requirements' : 'recommendations'} as planned`, kind: 'quickfix', edits } : undefined;
}

/** Every applicable requirement (shall) with no entry, added as planned: one action. */
export function addAllMissingRequirements(ctx: ManifestContext): Fix | undefined {
  return addAllMissing(ctx, 'shall');
}

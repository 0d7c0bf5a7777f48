/**
 * Provisions with a schema of their own, checked when their entry says `implemented`. The model
 * works out what each such entry lacks (model/provision-schemas.ts), since the provision states
 * count it too; this rule reports it.
 */
import { appendToList } from '../model/edits';
import type { ManifestContext } from '../model/manifest';
import { nodeAt } from '../model/paths';
import { SCHEMA_PROVISIONS } from '../model/provision-schemas';
import type { ManifestDataOf } from '../types';
import { collect } from './fix-kit';
import type { Fixer, ManifestFixes, ManifestRule } from './rule';

export { REQUIRED_ATTACKS, REQUIRED_LOGS } from '../model/provision-schemas';

export const provisionSchemasRule: ManifestRule = {
  id: 'provision-schemas',
  codes: [],
  provisions: SCHEMA_PROVISIONS,
  check(ctx) {
    for (const problems of ctx.schemaProblems?.values() ?? []) for (const f of problems) ctx.report(f);
  },
};

/** The values a list lacks (the attacks 3.1 names, the logs 12.1 asks for), added to its end. */
const addMissingItems: Fixer<ManifestContext, ManifestDataOf<'missing-attacks' | 'missing-logs'>> = (ctx, finding, data) => {
  const { fixes, add } = collect(finding);
  const list = nodeAt(ctx.root, data.path);
  if (list && data.missing?.length) add(`Add ${data.missing.join(', ')}`, appendToList(ctx, list, data.missing), true);
  return fixes;
};

export const provisionSchemasFixes = {
  'missing-attacks': addMissingItems,
  'missing-logs': addMissingItems,
} satisfies ManifestFixes;

/**
 * Provisions with a schema of their own, checked when their entry says `implemented`. The model
 * works out what each such entry lacks (model/provision-schemas.ts), since the provision states
 * count it too; this rule reports it.
 */
import { SCHEMA_PROVISIONS } from '../model/provision-schemas';
import type { ManifestRule } from './rule';

export { REQUIRED_ATTACKS, REQUIRED_LOGS } from '../model/provision-schemas';

export const provisionSchemasRule: ManifestRule = {
  id: 'provision-schemas',
  codes: [],
  provisions: SCHEMA_PROVISIONS,
  check(ctx) {
    for (const problems of ctx.schemaProblems?.values() ?? []) for (const f of problems) ctx.report(f);
  },
};

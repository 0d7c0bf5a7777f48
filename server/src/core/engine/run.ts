/**
 * The one guarded runner, for both kinds of document: each rule runs under the guard, so a rule
 * that throws becomes one `internal-error` finding naming it while the others still run.
 */
import { guarded, type Reporter } from '../model/guard';
import type { Offsets } from '../parse/yaml';
import type { Rule } from '../rules/rule';

/** Runs every rule over the context, in order; `at` is where a failing rule's finding goes. */
export function runRules<Ctx extends Reporter>(rules: readonly Rule<Ctx>[], ctx: Ctx, at: Offsets): void {
  for (const rule of rules) guarded(ctx, at, rule.id, () => rule.check(ctx));
}

/** The shape of a rule: one module each, collected in `rules/index.ts`. */
import type { ManifestContext } from '../engine/context';
import type { Severity } from '../types';

export interface RuleCode {
  code: string;
  severity: Severity;
  /** One line for rule lists, SARIF rule descriptions and the README. */
  summary: string;
}

export interface ManifestRule {
  /** The rule's name, for internal-error findings and logs. */
  id: string;
  /** The rule IDs it reports (provision-numbered findings are not listed here). */
  codes: RuleCode[];
  /** Provisions whose findings it reports, if any. */
  provisions?: string[];
  check(ctx: ManifestContext): void;
}

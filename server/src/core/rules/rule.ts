/**
 * The shape of a rule: one module each (or one per cohesive group), collected in
 * `rules/index.ts`. The same shape serves both kinds of document; the engine runs each rule
 * under the guard, so a rule that throws becomes one `internal-error` finding naming it.
 */
import type { CardContext } from '../model/card';
import type { ManifestContext } from '../model/manifest';
import type { Severity } from '../types';

export interface RuleCode {
  code: string;
  severity: Severity;
  /** One line for rule lists, SARIF rule descriptions and the README. */
  summary: string;
}

/** A check over one kind of document: it reads the model and reports through `ctx.report`. */
export interface Rule<Ctx> {
  /** The rule's name, for internal-error findings and logs. */
  id: string;
  /** The rule IDs it reports (provision-numbered findings are not listed here). */
  codes: RuleCode[];
  /** Provisions whose findings it reports, if any. */
  provisions?: string[];
  check(ctx: Ctx): void;
}

export type ManifestRule = Rule<ManifestContext>;
export type CardRule = Rule<CardContext>;

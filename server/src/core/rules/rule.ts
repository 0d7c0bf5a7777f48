/**
 * The shape of a rule: one module each (or one per cohesive group), collected in
 * `rules/index.ts`. The same shape serves both kinds of document; the engine runs each rule
 * under the guard, so a rule that throws becomes one `internal-error` finding naming it.
 */
import type { Fix } from '../model/edits';
import type { CardContext } from '../model/card';
import type { ManifestContext } from '../model/manifest';
import type { CardDataByKind, CardDataOf, Finding, ManifestDataByKind, ManifestDataOf, Severity } from '../types';

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

/** The quick fixes for one finding, given its data (already known to be of the fixer's kind). */
export type Fixer<Ctx, Data> = (ctx: Ctx, finding: Finding, data: Data) => Fix[];

/**
 * The fixes a manifest rule module offers, by the kind of finding they serve: each module
 * exports its own beside its check (as markdownlint keeps a rule's fixInfo with the rule), and
 * the registry gathers them into one table with a place for every kind.
 */
export type ManifestFixes = { [K in keyof ManifestDataByKind]?: Fixer<ManifestContext, ManifestDataOf<K>> };
/** The fixes a model-card rule module offers, by kind, as for manifests. */
export type CardFixes = { [K in keyof CardDataByKind]?: Fixer<CardContext, CardDataOf<K>> };

/** Every rule, manifest and model card, in the order they run, and every rule ID the tool can report. */
import { assetsRule } from './assets';
import { cardFrontMatterRule } from './card-front-matter';
import { cardHashRule } from './card-hash';
import { cardPlaceholdersRule } from './card-placeholders';
import { cardSectionsRule } from './card-sections';
import { cardWaiversRule } from './card-waivers';
import { coverageRule } from './coverage';
import { entriesRule } from './entries';
import { policyRule } from './policy';
import { provisionKeysRule } from './provision-keys';
import { provisionSchemasRule } from './provision-schemas';
import { referencesRule } from './references';
import { shapeRule } from './shape';
import type { CardRule, ManifestRule, RuleCode } from './rule';

export const manifestRules: readonly ManifestRule[] = [shapeRule, provisionKeysRule, entriesRule, provisionSchemasRule, assetsRule, referencesRule, policyRule, coverageRule];

export const cardRules: readonly CardRule[] = [cardFrontMatterRule, cardPlaceholdersRule, cardSectionsRule, cardHashRule, cardWaiversRule];

/** Codes the engine itself reports, before or around the rules. */
export const engineCodes: RuleCode[] = [
  { code: 'yaml-syntax', severity: 'error', summary: 'The file is not valid YAML (or has several documents, or an alias bomb); each problem at its exact range.' },
  { code: 'duplicate-key', severity: 'error', summary: 'A key that appears twice in one mapping (6.4 and "6.4" are the same key).' },
  { code: 'binary-file', severity: 'error', summary: 'The file is not UTF-8 text (NUL bytes or invalid UTF-8); it is not analysed.' },
  { code: 'file-too-large', severity: 'error', summary: 'The file is over the size limit; it is reported once and not analysed.' },
  { code: 'internal-error', severity: 'error', summary: 'A rule failed on this file; the other rules still ran. Please report it.' },
];

/** The rule IDs an analysis with these rules can report: the engine's, then each rule's, in order. */
export function codesOf(rules: readonly { codes: RuleCode[] }[]): RuleCode[] {
  return [...engineCodes, ...rules.flatMap((r) => r.codes)];
}

/** Every rule ID of a manifest, with its default severity and summary. */
export const ruleCodes: RuleCode[] = codesOf(manifestRules);

/** The rule IDs only model cards report (a card's other findings are numbered by provision, or share a manifest's code). */
export const CARD_CODES: RuleCode[] = cardRules.flatMap((r) => r.codes);

export type { CardRule, ManifestRule, Rule, RuleCode } from './rule';

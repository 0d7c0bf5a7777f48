/**
 * The registry: every rule, manifest and model card, in the order they run; every rule ID the
 * tool can report; and the quick fixes of every kind of finding, gathered from the rule modules.
 */
import { assetsFixes, assetsRule } from './assets';
import { cardFrontMatterRule } from './card-front-matter';
import { cardPlaceholdersRule } from './card-placeholders';
import { cardSectionsFixes, cardSectionsRule } from './card-sections';
import { cardWaiversFixes, cardWaiversRule } from './card-waivers';
import { coverageFixes, coverageRule } from './coverage';
import { entriesFixes, entriesRule } from './entries';
import { placeholdersRule } from './placeholders';
import { policyRule } from './policy';
import { provisionKeysFixes, provisionKeysRule } from './provision-keys';
import { provisionSchemasFixes, provisionSchemasRule } from './provision-schemas';
import { referencesFixes, referencesRule } from './references';
import { shapeFixes, shapeRule } from './shape';
import type { CardContext } from '../model/card';
import type { ManifestContext } from '../model/manifest';
import type { CardDataByKind, CardDataOf, ManifestDataByKind, ManifestDataOf } from '../types';
import type { CardRule, Fixer, ManifestRule, RuleCode } from './rule';

export const manifestRules: readonly ManifestRule[] = [shapeRule, provisionKeysRule, entriesRule, provisionSchemasRule, assetsRule, referencesRule, placeholdersRule, policyRule, coverageRule];

export const cardRules: readonly CardRule[] = [cardFrontMatterRule, cardPlaceholdersRule, cardSectionsRule, cardWaiversRule];

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

/**
 * The quick fixes of every kind of manifest finding, from the rule module that reports it, and
 * `null` where the finding says what to do and the edit is the user's to make. The type has a
 * place for every kind (the completeness a switch gets from a `never` default): a new kind of
 * finding does not compile until it is placed here.
 */
export type ManifestFixTable = { [K in keyof ManifestDataByKind]: Fixer<ManifestContext, ManifestDataOf<K>> | null };

export const manifestFixes: ManifestFixTable = {
  ...shapeFixes,
  ...provisionKeysFixes,
  ...entriesFixes,
  ...provisionSchemasFixes,
  ...assetsFixes,
  ...referencesFixes,
  ...coverageFixes,
  'duplicate-key': null,
  'internal-error': null,
  // The editor's "Create manifest" writes it, from the user's answers.
  'empty-manifest': (_ctx, finding) => [{ title: 'Create the manifest (AI Security: Create manifest)', kind: 'quickfix', finding, isPreferred: true, edits: [], command: 'create-manifest' }],
  'entry-not-mapping': null,
  'invalid-type': null,
  'too-small': null,
  'invalid-value': null,
  'misplaced-field': null,
  'waiver-expired': null,
  overdue: null,
  open: null,
  'stale-review': null,
  'too-few-channels': null,
  'unpublished-policy': null,
  // Which assets to list is the user's to say.
  'empty-inventory': null,
  'duplicate-asset': null,
  'unknown-asset': null,
  'invalid-hash': null,
  'bad-reference': null,
  'outside-workspace': null,
  'not-found': null,
  'not-a-file': null,
  'model-card-not-found': null,
  'hash-mismatch': null,
  // Only the user knows what the placeholder stands for.
  'unchanged-placeholder': null,
};

/** The quick fixes of every kind of model-card finding, as for manifests. */
export type CardFixTable = { [K in keyof CardDataByKind]: Fixer<CardContext, CardDataOf<K>> | null };

export const cardFixes: CardFixTable = {
  ...cardSectionsFixes,
  ...cardWaiversFixes,
  'internal-error': null,
  // The syntax is the user's to correct; nothing else is offered until it parses.
  'front-matter-unclosed': null,
  'yaml-syntax': null,
  'duplicate-key': null,
  'hf-metadata': null,
  // Template text is replaced with what only the user knows.
  placeholder: null,
  'empty-section': null,
  'training-data-detail': null,
  'card-language': null,
  'unchanged-placeholder': null,
  'invalid-waiver': null,
};

export type { CardFixes, CardRule, Fixer, ManifestFixes, ManifestRule, Rule, RuleCode } from './rule';

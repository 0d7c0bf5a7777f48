/**
 * The language-service core: plain functions over plain data. The LSP server and the CLI are
 * thin adapters over this module; nothing here imports an editor API or the file system.
 */
export { analyzeManifest, type ManifestAnalysis } from './engine/validate';
export type { ManifestContext } from './model/manifest';
export { analyzeModelCard, type ModelCardAnalysis } from './engine/card';
export { ruleCodes, manifestRules, cardRules, CARD_CODES, type CardRule, type ManifestRule, type Rule, type RuleCode } from './rules/index';
export { modelCardLinks, type CardAnalyzeOptions, type CardContext, type CardLink } from './model/card';
export { isModelCardName, isHuggingFaceCard, isReadme } from './cards/detect';
export { CARD_SECTIONS } from './cards/sections';
export { codeUrl, provisionUrl, ruleUrl, ruleAnchor, findingHref, textDirectiveText, schemaUrl, README_URL } from './catalogue/links';
export { catalogue, provision, principle, attribution, compareProvisionIds, verbMeaning, verbText, partsOf, obligedText, obligedSource, ETSI_STANDARD, ETSI_STANDARD_FULL, type Provision, type ProvisionPart, type Principle } from './catalogue/index';
export { applicability, applicabilityAll, type Applicability, type Facts } from './catalogue/applicability';
export { provisionState, type ProvisionState } from './model/state';
export { findingKeys, findingKeyText, type FindingKey } from './engine/fingerprint';
export { manifestJsonSchema } from './features/json-schema';
export { LineIndex } from './text';
export { decodeText } from './util/decode';
export { suggestProvision } from './util/suggest';
export * from './types';

/** File names the tool treats as manifests. */
export const MANIFEST_NAMES = ['ai-security.yaml', 'ai-security.yml'];

export function isManifestPath(path: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return MANIFEST_NAMES.includes(base);
}

export { fileProblem } from './engine/file-problem';
export * from './features/index';
export * from './report/index';
export { compileGlob, compileGlobs, MAX_GLOB_ALTERNATIVES, MAX_GLOB_EXPANSION, MAX_GLOB_LENGTH, type Glob, type GlobResult } from './util/glob';

import { ruleCodes as manifestRuleCodes, CARD_CODES } from './rules/index';
/** Every rule ID the tool reports, manifests and model cards, with default severity and summary. */
// A code both kinds of file report (unchanged-placeholder) is listed once, as the manifest's.
export const allRuleCodes = [...manifestRuleCodes, ...CARD_CODES.filter((c) => !manifestRuleCodes.some((m) => m.code === c.code))];

/**
 * The language-service core: plain functions over plain data. The LSP server and the CLI are
 * thin adapters over this module; nothing here imports an editor API or the file system.
 */
export { analyzeManifest, type ManifestAnalysis } from './engine/validate';
export { ruleCodes, manifestRules } from './rules/index';
export { catalogue, provision, principle, attribution, codeUrl, compareProvisionIds, verbMeaning, type Provision, type Principle } from './catalogue/index';
export { applicability, applicabilityAll, type Applicability, type Facts } from './catalogue/applicability';
export { provisionState, type ProvisionState } from './model/state';
export { findingKeys, findingKeyText, type FindingKey } from './engine/fingerprint';
export { manifestJsonSchema } from './schema';
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
export * from './cards/index';
export { compileGlob, compileGlobs, MAX_GLOB_ALTERNATIVES, MAX_GLOB_EXPANSION, MAX_GLOB_LENGTH, type Glob, type GlobResult } from './util/glob';

import { ruleCodes as manifestRuleCodes } from './rules/index';
import { CARD_CODES } from './cards/analyze';
/** Every rule ID the tool reports, manifests and model cards, with default severity and summary. */
export const allRuleCodes = [...manifestRuleCodes, ...CARD_CODES];

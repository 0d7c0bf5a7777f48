/**
 * The language-service core: plain functions over plain data. The LSP server and the CLI are
 * thin adapters over this module; nothing here imports an editor API or the file system.
 */
export { analyzeManifest, type ManifestAnalysis } from './engine/validate';
export { ruleCodes, manifestRules } from './rules/index';
export { catalogue, provision, principle, attribution, codeUrl, compareProvisionIds, verbMeaning, type Provision, type Principle } from './catalogue/index';
export { applicability, applicabilityAll, type Applicability, type Facts } from './catalogue/applicability';
export { provisionState, type ProvisionState } from './engine/state';
export { manifestJsonSchema } from './schema';
export { LineIndex } from './text';
export { decodeText } from './util/decode';
export { suggestProvision } from './util/suggest';
export * from './types';
import { codeUrl } from './catalogue/index';
import type { Finding } from './types';

/** File names the tool treats as manifests. */
export const MANIFEST_NAMES = ['ai-security.yaml', 'ai-security.yml'];

export function isManifestPath(path: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return MANIFEST_NAMES.includes(base);
}

/** The one finding for a file that is not analysed: too large, or not text. */
export function fileProblem(code: 'file-too-large' | 'binary-file', bytes: number, maxBytes: number, why?: 'nul' | 'invalid-utf8'): Finding {
  const message =
    code === 'file-too-large'
      ? `This file is ${bytes} bytes, over the ${maxBytes}-byte limit; it was not analysed. Split it, or raise the limit if it really is one manifest.`
      : why === 'invalid-utf8'
        ? 'This file is not valid UTF-8 text and was not analysed. Save it as UTF-8.'
        : 'This file contains NUL bytes: it is binary, not a YAML document, and was not analysed.';
  return { code, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, href: codeUrl() };
}
export * from './features/index';
export * from './cards/index';
export { globToRegExp } from './util/glob';

import { ruleCodes as manifestRuleCodes } from './rules/index';
import { CARD_CODES } from './cards/analyze';
/** Every rule ID the tool reports, manifests and model cards, with default severity and summary. */
export const allRuleCodes = [...manifestRuleCodes, ...CARD_CODES];

import { findingHref } from '../catalogue/links';
import type { Finding } from '../types';

/** The one finding for a file that is not analysed: too large, or not text. */
export function fileProblem(code: 'file-too-large' | 'binary-file', bytes: number, maxBytes: number, why?: 'nul' | 'invalid-utf8'): Finding {
  const message =
    code === 'file-too-large'
      ? `This file is ${bytes} bytes, over the ${maxBytes}-byte limit; it was not analysed. Split it, or raise the limit if it really is one manifest.`
      : why === 'invalid-utf8'
        ? 'This file is not valid UTF-8 text and was not analysed. Save it as UTF-8.'
        : 'This file contains NUL bytes: it is binary, not a YAML document, and was not analysed.';
  return { code, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, href: findingHref(code) };
}

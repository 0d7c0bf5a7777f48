/**
 * A run that finds nothing to check is an error, not a pass: a gate pointed at the wrong folder,
 * or at one whose files the search skips, would otherwise print "0 files checked" and exit 0
 * forever. As ESLint's "No files matching the pattern" does, it exits 2 with one line on stderr
 * that names the paths searched, what was looked for, and how to include more.
 */
import { UsageError } from './io';

export function nothingFound(command: 'check' | 'report' | 'oscal', positionals: readonly string[], include: readonly string[] = []): UsageError {
  const where = (positionals.length ? positionals : ['.']).map((p) => JSON.stringify(p)).join(', ');
  if (command !== 'check') {
    const what = command === 'report' ? 'a report covers' : 'OSCAL component definitions and assessment results cover';
    return new UsageError(`no manifest found in ${where} (looked for ai-security.yaml and ai-security.yml); ${what} manifests: name one, or write one with ai-security init`);
  }
  const patterns = include.length ? `, and files matching --include ${include.map((p) => JSON.stringify(p)).join(', ')}` : '';
  return new UsageError(
    `no manifest or model card found in ${where} (looked for ai-security.yaml, ai-security.yml, MODEL_CARD.md and its spellings, Hugging Face model-card READMEs${patterns}); name a file, or check other files as model cards with --include GLOB`,
  );
}

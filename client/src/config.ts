/** What the client reads of the settings: which files are manifests. */
import * as vscode from 'vscode';

export const SECTION = 'aiSecurity';

function globs(key: string): { scheme: string; pattern: string }[] {
  const extra = vscode.workspace.getConfiguration(SECTION).get<string[]>(key, []);
  return extra.filter((g) => typeof g === 'string' && g.trim()).map((g) => ({ scheme: 'file', pattern: g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}` }));
}

/** Document selector for manifests: the standard names plus the `aiSecurity.files` globs. */
export function manifestSelector(): { scheme: string; pattern: string }[] {
  return [{ scheme: 'file', pattern: '**/ai-security.{yaml,yml}' }, ...globs('files')];
}

/**
 * Everything the server may check: manifests, model cards by name, every README.md and
 * Markdown file (the server decides from front matter and from the manifests which are cards).
 */
export function documentSelector(): { scheme: string; pattern?: string; language?: string }[] {
  return [...manifestSelector(), { scheme: 'file', pattern: '**/*.{md,MD,markdown}' }, ...globs('modelCards')];
}

export function isManifest(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(manifestSelector(), doc) > 0;
}

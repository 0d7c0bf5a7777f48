/** What the client reads of the settings: which files are manifests. */
import * as vscode from 'vscode';

export const SECTION = 'aiSecurity';

/** Document selector for manifests: the standard names plus the `aiSecurity.files` globs. */
export function manifestSelector(): { scheme: string; pattern: string }[] {
  const extra = vscode.workspace.getConfiguration(SECTION).get<string[]>('files', []);
  return [
    { scheme: 'file', pattern: '**/ai-security.{yaml,yml}' },
    ...extra.filter((g) => typeof g === 'string' && g.trim()).map((g) => ({ scheme: 'file', pattern: g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}` })),
  ];
}

export function isManifest(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(manifestSelector(), doc) > 0;
}

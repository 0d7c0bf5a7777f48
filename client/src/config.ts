/**
 * What the client reads of the settings: which documents the server is sent, and which of them
 * are manifests. The patterns of `aiSecurity.files` are read by the core's glob matcher, relative
 * to the document's workspace folder, as the server and the CLI read them: VS Code's own globs
 * (document selectors, when-clauses) only ever get the extension's fixed patterns, never a user's,
 * which they would read with other rules.
 */
import * as vscode from 'vscode';
import { compileGlob, type Glob } from '../../server/src/core/util/glob';

export const SECTION = 'aiSecurity';

/** The manifests' standard names (the core's `MANIFEST_NAMES`). */
const MANIFEST_NAME = /^ai-security\.ya?ml$/;

type Filter = { scheme: string; pattern?: string; language?: string };

function manifestPatterns(scope?: vscode.Uri): string[] {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('files', []);
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}

/** Whether the workspace, or any of its folders, has patterns of extra manifests. */
function extraManifests(): boolean {
  return manifestPatterns().length > 0 || (vscode.workspace.workspaceFolders ?? []).some((f) => manifestPatterns(f.uri).length > 0);
}

/**
 * Documents that may be manifests: the standard names, and, once `aiSecurity.files` has patterns,
 * every YAML file, of which the server (and `isManifest`) takes those the patterns match.
 */
export function manifestSelector(): Filter[] {
  const selector: Filter[] = [{ scheme: 'file', pattern: '**/ai-security.{yaml,yml}' }];
  if (extraManifests()) selector.push({ scheme: 'file', language: 'yaml' }, { scheme: 'file', pattern: '**/*.{yaml,yml}' });
  return selector;
}

/**
 * Everything the server may check: possible manifests and every Markdown file (the server decides
 * from names, `aiSecurity.modelCards`, front matter and the manifests which are cards).
 */
export function documentSelector(): Filter[] {
  return [...manifestSelector(), { scheme: 'file', language: 'markdown' }, { scheme: 'file', pattern: '**/*.{md,MD,markdown}' }];
}

const globs = new Map<string, Glob | undefined>();

/** The compiled pattern; one that does not compile matches nothing (the server warns about it). */
function glob(pattern: string): Glob | undefined {
  if (!globs.has(pattern)) {
    if (globs.size >= 100) globs.clear();
    globs.set(pattern, compileGlob(pattern).glob);
  }
  return globs.get(pattern);
}

/** Whether the server checks this file as a manifest: by name, or by an `aiSecurity.files` pattern. */
export function isManifest(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file') return false;
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  if (MANIFEST_NAME.test(name)) return true;
  const patterns = manifestPatterns(uri);
  if (patterns.length === 0) return false;
  // Relative to the innermost workspace folder, or the file's own folder, as the server has it.
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
  const base = folder === undefined ? undefined : folder.endsWith('/') ? folder : `${folder}/`;
  const rel = base !== undefined && uri.path.startsWith(base) ? uri.path.slice(base.length) : name;
  return patterns.some((p) => glob(p)?.matches(rel) ?? false);
}

/**
 * Keeps the context key `aiSecurity.manifests` (the paths of the open documents that are manifests
 * by a pattern) up to date, for the when-clause of the coverage button in the editor title.
 */
export function trackManifests(context: vscode.ExtensionContext): void {
  const update = () => {
    const paths = vscode.workspace.textDocuments.filter((d) => isManifest(d.uri)).map((d) => d.uri.fsPath);
    void vscode.commands.executeCommand('setContext', 'aiSecurity.manifests', paths);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidCloseTextDocument(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('aiSecurity.files') && update()),
  );
  update();
}

/**
 * Typing in a manifest: Enter after a provision key (`"2.5":`) indents the entry that follows.
 * VS Code's YAML rules left the new line at the key's own indentation (seen in VS Code 1.100).
 * A language configuration is per language, not per file: the rule applies to every YAML
 * document, and matches only a line that holds a provision number as a key and nothing else.
 */
import * as vscode from 'vscode';

/** A provision number as a key, quoted or not, with nothing (or a comment) after the colon. */
export const PROVISION_KEY_LINE = /^\s*["']?\d{1,2}(?:\.\d{1,2}){1,2}["']?\s*:\s*(?:#.*)?$/;

export function registerEditing(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.setLanguageConfiguration('yaml', {
      onEnterRules: [{ beforeText: PROVISION_KEY_LINE, action: { indentAction: vscode.IndentAction.Indent } }],
    }),
  );
}

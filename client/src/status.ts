/** The language status item: the coverage of the manifest in the active editor. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, CoverageRequest } from '../../server/src/protocol';
import { isManifest, manifestSelector } from './config';
import { coverageStatus, NOT_A_MANIFEST, type StatusText } from './status-text';

export function registerStatus(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('aiSecurity.coverage', manifestSelector());
  item.name = 'AI security coverage';
  item.text = '$(shield) Code of Practice';
  item.command = { title: 'Show coverage report', command: Commands.showCoverage };
  let pending: ReturnType<typeof setTimeout> | undefined;

  const command = item.command;
  const show = (t: StatusText) => {
    item.text = t.text;
    item.detail = t.detail;
    item.accessibilityInformation = { label: t.spoken };
    item.severity = t.warning ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c) return;
    if (!isManifest(editor.document.uri)) {
      show(NOT_A_MANIFEST);
      item.command = undefined;
      return;
    }
    item.command = command;
    item.busy = true;
    try {
      const cov = await c.sendRequest(CoverageRequest, { uri: editor.document.uri.toString() });
      if (cov) show(coverageStatus(cov));
    } catch {
      // The server may be restarting; the next change updates the item.
    } finally {
      item.busy = false;
    }
  };
  const soon = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => void update(), 200);
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('aiSecurity.files')) return;
      item.selector = manifestSelector();
      soon();
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon();
    }),
  );
  soon();
  return item;
}

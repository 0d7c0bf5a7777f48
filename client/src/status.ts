/** The language status item: the coverage of the manifest in the active editor. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, CoverageRequest } from '../../server/src/protocol';
import { isManifest, manifestSelector } from './config';

export function registerStatus(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('aiSecurity.coverage', manifestSelector());
  item.name = 'AI security coverage';
  item.text = '$(shield) Code of Practice';
  item.command = { title: 'Show coverage report', command: Commands.showCoverage };
  let pending: ReturnType<typeof setTimeout> | undefined;

  const command = item.command;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c) return;
    if (!isManifest(editor.document.uri)) {
      // With aiSecurity.files set, the item shows on every YAML file: say this one is not checked.
      item.text = '$(shield) Not a manifest';
      item.detail = 'neither ai-security.yaml nor matched by aiSecurity.files';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = undefined;
      return;
    }
    item.command = command;
    item.busy = true;
    try {
      const cov = await c.sendRequest(CoverageRequest, { uri: editor.document.uri.toString() });
      if (!cov) return;
      const v = cov.byVerb;
      item.text = `$(shield) ${cov.addressed}/${cov.applicable} provisions addressed`;
      item.detail = `requirements ${v.shall.addressed}/${v.shall.applicable}, recommendations ${v.should.addressed}/${v.should.applicable}${cov.upcoming ? `, ${cov.upcoming} upcoming` : ''}`;
      item.severity = v.shall.addressed < v.shall.applicable ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
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

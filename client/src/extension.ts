/** Activation only: start the client, register commands and the status item. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerCommands } from './commands';
import { trackManifests } from './config';
import { registerEditing } from './editing';
import { registerStatus } from './status';

let client: LanguageClient | undefined;

/** What the extension returns: for the tests inside VS Code, which cannot see a webview's page or read an output channel. */
export interface Api {
  client: () => LanguageClient | undefined;
  /** The Markdown of a manifest's open coverage report, by the manifest's URI. */
  coverageReport: (manifest: string) => string | undefined;
  /** The folder of the extension's logs, the output channel's among them. */
  logUri: vscode.Uri;
}

export async function activate(context: vscode.ExtensionContext): Promise<Api> {
  const output = vscode.window.createOutputChannel('AI Security Code of Practice', { log: true });
  context.subscriptions.push(output);
  const start = async () => {
    client = createClient(context, output);
    await client.start();
  };
  const restart = async () => {
    if (client) await client.stop().catch(() => undefined);
    await start();
    void vscode.window.setStatusBarMessage('AI Security language server restarted', 3000);
  };
  const reports = registerCommands(context, () => client, restart);
  registerStatus(context, () => client);
  trackManifests(context);
  registerEditing(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The set of files the client sends to the server is fixed when it starts.
      if (e.affectsConfiguration('aiSecurity.files') || e.affectsConfiguration('aiSecurity.modelCards')) void restart();
    }),
  );
  await start();
  return { client: () => client, coverageReport: (m) => reports.markdownOf(m), logUri: context.logUri };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

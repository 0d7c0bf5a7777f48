/** Activation only: start the client, register commands and the status item. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerCommands } from './commands';
import { trackManifests } from './config';
import { registerStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
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
  registerCommands(context, () => client, restart);
  registerStatus(context, () => client);
  trackManifests(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The set of files the client sends to the server is fixed when it starts.
      if (e.affectsConfiguration('aiSecurity.files') || e.affectsConfiguration('aiSecurity.modelCards')) void restart();
    }),
  );
  await start();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * The language client: starts dist/server.js over IPC and passes snippet edits through. The
 * server sends snippet edits (`insertTextFormat: 2`, the rust-analyzer convention) only to
 * clients that announce `experimental.snippetTextEdit`, which this one does; VS Code then inserts
 * them with placeholders to tab through.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  CodeActionRequest,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ClientCapabilities,
  type CodeAction as LspCodeAction,
  type Command as LspCommand,
  type LanguageClientOptions,
  type ServerOptions,
  type StaticFeature,
  type TextEdit as LspTextEdit,
} from 'vscode-languageclient/node';
import { documentSelector, SECTION } from './config';
import type { InitializationOptions } from '../../server/src/protocol';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/launch';

class SnippetEditFeature implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.experimental = { ...(capabilities.experimental ?? {}), snippetTextEdit: true };
  }
  initialize(): void {}
  getState() {
    return { kind: 'static' as const };
  }
  clear(): void {}
}

/**
 * vscode-languageclient logs every exit of the server process as an error, exit code 0 included:
 * "[Error] Server process exited with code 0" after each deliberate stop (Restart language
 * server, a change of aiSecurity.files). Code 0 is the server leaving after the client's `exit`
 * notification, so it is logged as information; any other code or a signal stays an error.
 */
class AiSecurityLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    if (message === 'Server process exited with code 0.') {
      this.info(message, data, false);
      return;
    }
    super.error(message, data, showNotification);
  }
}

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
  };
  // eslint-disable-next-line prefer-const -- assigned below, after the options that refer to it
  let client: LanguageClient;
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    initializationOptions: { commands: true } satisfies InitializationOptions,
    errorHandler: restartingErrorHandler(output),
    synchronize: { configurationSection: SECTION },
    middleware: {
      // Ask the server ourselves so that snippet edits survive the conversion to VS Code types.
      provideCodeActions: async (document, range, context, token) => {
        const params = {
          textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document),
          range: client.code2ProtocolConverter.asRange(range),
          context: await client.code2ProtocolConverter.asCodeActionContext(context, token),
        };
        const result = await client.sendRequest(CodeActionRequest.type, params, token);
        if (!result) return [];
        return Promise.all(result.map((item) => toCodeAction(client, item)));
      },
    },
  };
  client = new AiSecurityLanguageClient('aiSecurity', 'AI Security Code of Practice', serverOptions, clientOptions);
  client.registerFeature(new SnippetEditFeature());
  return client;
}

/**
 * If the server dies, start it again, and say so once: the first restart shows a notification,
 * later ones only a line in the output channel. Five deaths in three minutes mean something is
 * wrong with the server itself, and it is left stopped, with a message saying where to look.
 */
export function restartingErrorHandler(output: vscode.OutputChannel) {
  const deaths: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && deaths[0]! < now - 3 * 60_000) deaths.shift();
      if (deaths.length >= 5) {
        return {
          action: CloseAction.DoNotRestart,
          message: 'The AI Security language server stopped five times in three minutes and was not restarted. See its output channel, then run "AI Security: Restart language server".',
        };
      }
      output.appendLine(`[client] the language server stopped (${deaths.length} in the last three minutes); restarting it`);
      if (told) return { action: CloseAction.Restart, handled: true };
      told = true;
      return { action: CloseAction.Restart, message: 'The AI Security language server stopped unexpectedly and has been restarted.' };
    },
  };
}

async function toCodeAction(client: LanguageClient, item: LspCodeAction | LspCommand): Promise<vscode.CodeAction | vscode.Command> {
  if (!('title' in item) || typeof (item as LspCommand).command === 'string') return client.protocol2CodeConverter.asCommand(item as LspCommand);
  const lsp = item as LspCodeAction;
  const action = await client.protocol2CodeConverter.asCodeAction(lsp);
  const changes = (lsp.edit?.documentChanges ?? []) as { textDocument: { uri: string }; edits: (LspTextEdit & { insertTextFormat?: number })[] }[];
  if (changes.some((c) => c.edits.some((e) => e.insertTextFormat === 2))) {
    const edit = new vscode.WorkspaceEdit();
    for (const c of changes) {
      const uri = vscode.Uri.parse(c.textDocument.uri);
      edit.set(
        uri,
        c.edits.map((e) => {
          const range = client.protocol2CodeConverter.asRange(e.range);
          return e.insertTextFormat === 2 ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(e.newText)) : new vscode.TextEdit(range, e.newText);
        }),
      );
    }
    action.edit = edit;
  }
  return action;
}

/**
 * Capability negotiation: what the client can do, read once from `initialize`, and what the
 * server offers in return. Everything else in the server asks `ClientFeatures`, never the raw
 * capabilities.
 */
import { CodeActionKind, MarkupKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import type { InitializationOptions } from '../protocol';

/** What the server needs to know about its client. */
export interface ClientFeatures {
  capabilities: ClientCapabilities;
  /** The client pulls diagnostics (`textDocument/diagnostic`); the server then never pushes them. */
  pullDiagnostics: boolean;
  /** The client answers `workspace/configuration`. */
  configurationPull: boolean;
  /** The client applies snippet edits in code actions (the rust-analyzer convention). */
  snippetEdits: boolean;
  /** The client renders Markdown in hovers. */
  markdownHover: boolean;
  /** The client renders Markdown in completion documentation. */
  markdownCompletion: boolean;
  /** The client inserts completion items in snippet syntax (the manifest's and the card's snippets). */
  snippetCompletion: boolean;
  hierarchicalSymbols: boolean;
  /** VS Code (or code-server), which runs `editor.action.triggerSuggest` after a completion. */
  isVsCode: boolean;
  /** The client registers the server's commands (see `Commands` in protocol.ts). */
  clientCommands: boolean;
  /** The client registers file watchers when asked. */
  watchedFiles: boolean;
  /** The client tells the server of workspace folders added and removed. */
  workspaceFolders: boolean;
  /** The client pulls diagnostics again when asked (`workspace/diagnostic/refresh`). */
  diagnosticsRefresh: boolean;
}

/** What the server assumes before `initialize` (nothing beyond the protocol's defaults). */
export const NO_FEATURES: ClientFeatures = clientFeatures({ processId: null, rootUri: null, capabilities: {} });

export function clientFeatures(params: InitializeParams): ClientFeatures {
  const caps = params.capabilities;
  const td = caps.textDocument;
  return {
    capabilities: caps,
    pullDiagnostics: !!td?.diagnostic,
    configurationPull: !!caps.workspace?.configuration,
    snippetEdits: !!(caps.experimental as { snippetTextEdit?: boolean } | undefined)?.snippetTextEdit,
    markdownHover: (td?.hover?.contentFormat ?? [MarkupKind.Markdown]).includes(MarkupKind.Markdown),
    markdownCompletion: (td?.completion?.completionItem?.documentationFormat ?? [MarkupKind.Markdown]).includes(MarkupKind.Markdown),
    snippetCompletion: !!td?.completion?.completionItem?.snippetSupport,
    hierarchicalSymbols: !!td?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    isVsCode: /visual studio code|code-server|vscode/i.test(params.clientInfo?.name ?? ''),
    clientCommands: !!(params.initializationOptions as InitializationOptions | undefined)?.commands,
    watchedFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
    diagnosticsRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
  };
}

export function serverCapabilities(client: ClientFeatures): InitializeResult {
  const codeActionLiterals = !!client.capabilities.textDocument?.codeAction?.codeActionLiteralSupport;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['.', '"', '/', ' ', '[', ',', '#'], resolveProvider: false },
      codeActionProvider: codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false } : true,
      documentSymbolProvider: true,
      // Asset IDs: definition, references and rename (with a prepare step where the client has one).
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: client.capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      codeLensProvider: { resolveProvider: false },
      documentLinkProvider: { resolveProvider: false },
      foldingRangeProvider: true,
      ...(client.pullDiagnostics ? { diagnosticProvider: { identifier: 'ai-security', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'ai-security-language-server', version: SERVER_VERSION },
  };
}

declare const __VERSION__: string | undefined;
export const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

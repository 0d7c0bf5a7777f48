/**
 * A minimal LSP client for protocol tests: the server runs in process over two PassThrough
 * streams (or as a child process over stdio). Waiting is by polling with a deadline, never by
 * fixed sleeps.
 */
import { PassThrough } from 'node:stream';
import type { ChildProcess } from 'node:child_process';
import {
  createConnection,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type ServerOptions } from '../../server/src/lsp/server';

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { versionSupport: true },
  },
};

/**
 * Waits for `probe` to return something. The deadline is not a speed limit: it is there to
 * name what never came, so it is generous (a loaded machine is slow: beside three other suites
 * and VS Code on two cores, 20 s was not enough) and below mocha's bound (scripts/run-tests.mjs).
 */
export const WAIT_MS = 120_000;

export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 5));
  }
}

export class TestClient {
  readonly conn: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** What the server showed the user (`window/showMessage`). */
  readonly messages: { type: number; message: string }[] = [];
  readonly docs = new Map<string, TextDocument>();
  settings: unknown = {};
  registrations: unknown[] = [];
  refreshes = 0;
  /** Pending `diagnostics` calls: each returns true once the publication it waits for came. */
  private readonly waiters = new Set<(p: PublishDiagnosticsParams) => boolean>();

  private constructor(conn: MessageConnection) {
    this.conn = conn;
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of [...this.waiters]) if (w(p)) this.waiters.delete(w);
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => this.messages.push(p));
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    conn.onRequest('client/registerCapability', (p: unknown) => {
      this.registrations.push(p);
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    conn.listen();
  }

  /** The server in this process, over in-memory streams. */
  static inProcess(options: ServerOptions = {}): TestClient {
    const up = new PassThrough();
    const down = new PassThrough();
    const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    startServer(server, { debounceMs: 10, ...options });
    server.listen();
    return new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  }

  /** A server running as a child process over its stdio. */
  static overStdio(child: ChildProcess): TestClient {
    return new TestClient(createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
  }

  async initialize(capabilities: ClientCapabilities, rootUri: string | null, extra: Record<string, unknown> = {}): Promise<InitializeResult> {
    const result = (await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities,
      ...(rootUri && capabilities.workspace?.workspaceFolders ? { workspaceFolders: [{ uri: rootUri, name: 'ws' }] } : {}),
      ...extra,
    })) as InitializeResult;
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (as an incremental change over the full range). */
  async change(uri: string, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    const range = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    this.docs.set(uri, TextDocument.update(doc, [{ range, text }], version));
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /**
   * The latest diagnostics published for `uri` that `accept`s, waiting for them if need be. It
   * resolves on the notification itself, not on a poll, so that the benchmark's latencies are
   * the server's and not a polling interval's.
   */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = WAIT_MS): Promise<Diagnostic[]> {
    for (let i = this.published.length - 1; i >= 0; i--) {
      const x = this.published[i]!;
      if (x.uri === uri && accept(x)) return x.diagnostics;
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for diagnostics for ${uri}`));
      }, timeoutMs);
      const waiter = (p: PublishDiagnosticsParams) => {
        if (p.uri !== uri || !accept(p)) return false;
        clearTimeout(timer);
        resolve(p.diagnostics);
        return true;
      };
      this.waiters.add(waiter);
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    this.conn.dispose();
  }
}

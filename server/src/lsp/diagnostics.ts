/**
 * Diagnostics, pushed or pulled. A client that pulls (`textDocument/diagnostic`) asks when it
 * wants them, and is asked to pull again (`workspace/diagnostic/refresh`) when another file's
 * change may have changed them; to any other client the server pushes them, after a debounce
 * for open documents and at once for files on disk.
 */
import { DocumentDiagnosticReportKind, TextDocuments, type Connection, type Diagnostic, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/index';
import type { Entry } from './cache';
import type { ClientFeatures } from './capabilities';
import { toDiagnostic } from './convert';
import { guard } from './guard';

export interface DiagnosticsOptions {
  /** A fixed debounce in milliseconds; by default it adapts to the document's analysis time. */
  debounceMs?: number;
  /** The clock that tells a pause from a burst, in milliseconds (tests set it by hand). */
  now?: () => number;
}

/** What the diagnostics need of the analyses. */
export interface DiagnosticSource {
  /** The analysis of an open document at its current version. */
  current(uri: string): Promise<Entry | undefined>;
  /** The analysis of a file on disk that is not open. */
  onDisk(uri: string): Entry | undefined;
  /** The files on disk that are not open, with their analyses. */
  diskEntries(): Iterable<[string, Entry]>;
  /** Analyses again the files that depend on one whose analysis changed. */
  propagate(entry: Entry): Promise<void>;
}

export class Diagnostics {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastDuration = new Map<string, number>();
  private readonly lastEdit = new Map<string, number>();
  /**
   * The version of each open document whose change was last passed on to its dependants. Only a
   * new version is: a card and the manifest that names it depend on each other (the card takes
   * the manifest's facts, the manifest hashes the card), so passing on every new analysis would
   * analyse the two again, in turn, for ever.
   */
  private readonly propagated = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly client: () => ClientFeatures,
    /** The analyses, which are made after this (they schedule diagnostics through it). */
    private readonly analyses: () => DiagnosticSource,
    private readonly options: DiagnosticsOptions,
  ) {}

  private now(): number {
    return this.options.now?.() ?? performance.now();
  }

  private get source(): DiagnosticSource {
    return this.analyses();
  }

  private get pull(): boolean {
    return this.client().pullDiagnostics;
  }

  /**
   * One and a half times the document's last analysis time (5–250 ms), unless fixed: small
   * manifests get their diagnostics at once, and large ones are not analysed on every keystroke.
   */
  private debounceFor(uri: string): number {
    return this.options.debounceMs ?? Math.min(250, Math.max(5, Math.round((this.lastDuration.get(uri) ?? 20) * 1.5)));
  }

  /** How long an open document's analysis took, for its debounce. */
  analysed(uri: string, ms: number): void {
    this.lastDuration.set(uri, ms);
  }

  /**
   * Leading and trailing edge: an edit that comes after a pause of 20 ms or more (a keystroke, a
   * paste) is analysed at once; edits that arrive in a burst (a storm of changes, a replace-all)
   * are coalesced into one analysis of the last version, after the debounce.
   */
  schedule(uri: string): void {
    if (this.pull) return; // the client asks when it wants them
    const now = this.now();
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    const burst = now - (this.lastEdit.get(uri) ?? -Infinity) < 20;
    this.lastEdit.set(uri, now);
    this.timers.set(
      uri,
      setTimeout(
        () => {
          this.timers.delete(uri);
          void this.publishOpen(uri).catch((e) => this.connection.console.error(`[diagnostics] ${uri}: ${String(e)}`));
        },
        burst || t ? this.debounceFor(uri) : 0,
      ),
    );
  }

  private async publishOpen(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc || this.stopped) return;
    const version = doc.version;
    const entry = await this.source.current(uri);
    // The time spent analysing is no pause of the typist's: an edit read just after it was sent
    // while the server was busy, and belongs to the same burst. Without this, on a loaded machine
    // each analysis made the next edit look like a keystroke after a pause, to be analysed at
    // once, and a storm of 10,000 edits became 5,000 analyses instead of a handful.
    if (this.lastEdit.has(uri)) this.lastEdit.set(uri, this.now());
    // Drop the result if the document moved on while we worked: a newer run will publish.
    if (this.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics: entry ? entry.findings.map(toDiagnostic) : [] });
    // Each new version is passed on once, even when another file's analysis already made this
    // entry (a card's analysis asks for the manifest it names): that request is not this file's
    // publication, and skipping it left the card with the manifest's old facts under load.
    if (entry && this.propagated.get(uri) !== version) {
      this.propagated.set(uri, version);
      await this.source.propagate(entry);
    }
  }

  /** Pushes a closed file's findings (none: it is no longer checked); a pulling client asks instead. */
  async publish(uri: string, findings: Finding[] = []): Promise<void> {
    if (!this.pull) await this.connection.sendDiagnostics({ uri, diagnostics: findings.map(toDiagnostic) });
  }

  /** Problems in a project configuration file, by its URI: pushed, or kept for the pulls. */
  private readonly configProblems = new Map<string, Diagnostic[]>();

  async publishConfig(uri: string, diagnostics: Diagnostic[]): Promise<void> {
    if (diagnostics.length) this.configProblems.set(uri, diagnostics);
    else if (!this.configProblems.delete(uri)) return;
    if (!this.pull) await this.connection.sendDiagnostics({ uri, diagnostics });
    else await this.refresh();
  }

  /** Asks a pulling client to pull again, where it can be asked. */
  async refresh(): Promise<void> {
    if (this.client().diagnosticsRefresh) await this.connection.languages.diagnostics.refresh();
  }

  /** A document was closed: its timers and timings go. */
  forget(uri: string): void {
    this.propagated.delete(uri);
    this.lastDuration.delete(uri);
    this.lastEdit.delete(uri);
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  /** The settings changed: each open document's next analysis is passed on once more, as if new. */
  repropagate(): void {
    this.propagated.clear();
  }

  /** At shutdown: nothing more is published. */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** The pull handlers: an open document's findings at its version, a closed file's from disk. */
  listen(): void {
    this.connection.languages.diagnostics.on(
      guard(this.connection, 'diagnostics', () => ({ kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }), async (params) => {
        const doc = this.documents.get(params.textDocument.uri);
        const config = this.configProblems.get(params.textDocument.uri) ?? [];
        if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [...config, ...(this.source.onDisk(params.textDocument.uri)?.findings ?? []).map(toDiagnostic)] };
        const entry = await this.source.current(doc.uri);
        return { kind: DocumentDiagnosticReportKind.Full, items: [...config, ...(entry ? entry.findings.map(toDiagnostic) : [])] };
      }),
    );

    this.connection.languages.diagnostics.onWorkspace(
      guard(this.connection, 'workspaceDiagnostics', () => ({ items: [] as WorkspaceDocumentDiagnosticReport[] }), async () => {
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        for (const [uri, e] of this.source.diskEntries()) {
          if (this.documents.get(uri)) continue;
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: e.findings.map(toDiagnostic) });
        }
        for (const [uri, d] of this.configProblems) if (!this.documents.get(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: d });
        return { items };
      }),
    );
  }
}

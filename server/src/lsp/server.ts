/**
 * The language server: capability negotiation, the document cache, debounced validation with
 * push or pull diagnostics, and thin handlers that call the core and convert its plain results.
 * It checks manifests and model cards, and keeps the two in step: a manifest's facts (roles,
 * hashes, public data) reach the cards it names, and a card's text (open or on disk) reaches the
 * manifest's hash check. `startServer` takes any connection, so tests drive it over in-memory
 * streams and `main.ts` over stdio or IPC.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type SymbolInformation,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  addAllMissingRequirements,
  analyzeManifest,
  analyzeModelCard,
  cardCompletionAt,
  cardFixesFor,
  cardHoverAt,
  catalogue,
  codeUrl,
  completionAt,
  coverageLens,
  coverageReport,
  decodeText,
  documentLinks,
  documentSymbols,
  fileProblem,
  fixesFor,
  foldingRanges,
  hoverAt,
  isHuggingFaceCard,
  isManifestPath,
  isModelCardName,
  isReadme,
  modelCardLinks,
  renderMarkdown,
  starterManifest,
  type CardLink,
  type Clock,
  type Coverage,
  type Finding,
  type Fix,
  type ManifestAnalysis,
  type ModelCardAnalysis,
  type TextEdit as CoreEdit,
  type WorkspaceHost,
} from '../core/index';
import { localToday } from '../core/util/dates';
import { LIFECYCLES, ROLES, type Lifecycle, type Role } from '../core/schema';
import { NodeWorkspaceHost, isInside } from '../host/node-host';
import { findFiles, MAX_FILES } from '../host/discover';
import { fromDiagnostic, stripMarkdown, symbolKind, toCompletion, toDiagnostic, toSymbol, toTextEdit } from './convert';
import { SettingGlobs } from './globs';
import { guard, guardNotification } from './guard';
import { SettingsCache, type Settings } from './settings';

export interface ServerOptions {
  /** The clock for freshness checks (tests fix the date). */
  clock?: Clock;
  /**
   * Fixed debounce for push diagnostics after an edit, in milliseconds. By default it adapts:
   * one and a half times the document's last analysis time (5–250 ms), so small manifests get
   * their diagnostics at once and large ones are not re-analysed on every keystroke.
   */
  debounceMs?: number;
  /** The most files the start-up scan takes from one workspace folder (default MAX_FILES). */
  maxFiles?: number;
}

/** What the server knows about one file: its version and latest analysis. */
interface Entry {
  uri: string;
  version: number | null;
  kind: 'manifest' | 'model-card';
  /**
   * The full analysis (tree and context, for hovers, completion and fixes). Only the most
   * recently used entries keep it (see `KEEP_ANALYSES`); it is computed again when needed.
   */
  manifest?: ManifestAnalysis;
  card?: ModelCardAnalysis;
  /** A file reported without analysis (too large, not text): it never has one. */
  unanalysed?: boolean;
  /** What to report: the analysis's findings, or the one finding for a file not analysed. */
  findings: Finding[];
  /** A manifest's coverage and the model cards it names: kept when the analysis is dropped. */
  coverage?: Coverage;
  cardLinks?: { card: string; link: CardLink }[];
  /** Workspace-relative paths it refers to, for revalidation when they change. */
  referenced: Set<string>;
  root: string | undefined;
  rel: string;
}

/**
 * How many full analyses the server keeps. Findings, coverage and card links are kept for every
 * file; a tree and its context take about 150 KB for a 300-line manifest, so with hundreds of
 * files open or scanned, only the recently used keep theirs and the rest are analysed again
 * (a few milliseconds) when a hover or a fix asks for them.
 */
export const KEEP_ANALYSES = 16;

/** Commands the VS Code client registers; other clients get lenses without a command. */
export const SHOW_COVERAGE_COMMAND = 'aiSecurity.showCoverage';

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const clock: Clock = options.clock ?? { today: () => localToday() };
  const lastDuration = new Map<string, number>();
  const debounceFor = (uri: string) => options.debounceMs ?? Math.min(250, Math.max(5, Math.round((lastDuration.get(uri) ?? 20) * 1.5)));

  let caps: ClientCapabilities = {};
  let folders: string[] = [];
  let pullDiagnostics = false;
  let configurationPull = false;
  let snippetEdits = false;
  let markdown = true;
  let hierarchicalSymbols = true;
  let isVsCode = false;
  let clientCommands = false;
  let shuttingDown = false;

  const settings = new SettingsCache(connection, () => configurationPull);
  const globs = new SettingGlobs(connection);
  const hosts = new Map<string, WorkspaceHost>();
  /** Analyses of open documents, by uri; of closed files found on disk, in `onDisk`. */
  const open = new Map<string, Entry>();
  const onDisk = new Map<string, Entry>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Entries holding a full analysis, least recently used first, by `open:` or `disk:` and uri. */
  const analysed = new Map<string, Entry>();

  function remember(entry: Entry, where: 'open' | 'disk'): Entry {
    if (!entry.manifest && !entry.card) return entry;
    const key = `${where}:${entry.uri}`;
    analysed.delete(key);
    analysed.set(key, entry);
    if (analysed.size > KEEP_ANALYSES) {
      const [oldestKey, oldest] = analysed.entries().next().value as [string, Entry];
      analysed.delete(oldestKey);
      delete oldest.manifest;
      delete oldest.card;
    }
    return entry;
  }

  /** The entry with its full analysis, computing it again if it was dropped. */
  async function withAnalysis(entry: Entry | undefined): Promise<Entry | undefined> {
    if (!entry || entry.unanalysed) return entry;
    const doc = documents.get(entry.uri);
    const where = doc ? 'open' : 'disk';
    if (entry.manifest || entry.card) return remember(entry, where);
    let text: string | undefined;
    const s = await settings.get(entry.uri);
    if (doc) text = doc.version === entry.version ? doc.getText() : undefined;
    else if (entry.root && folders.includes(entry.root)) text = diskHost(entry.root).readText(entry.rel, s.maxFileSize);
    if (text === undefined) return entry;
    const fresh = analyse(entry.uri, entry.kind, text, entry.version, s);
    if (fresh.manifest) entry.manifest = fresh.manifest;
    if (fresh.card) entry.card = fresh.card;
    return remember(entry, where);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    const td = caps.textDocument;
    pullDiagnostics = !!td?.diagnostic;
    configurationPull = !!caps.workspace?.configuration;
    snippetEdits = !!(caps.experimental as { snippetTextEdit?: boolean } | undefined)?.snippetTextEdit;
    markdown = (td?.hover?.contentFormat ?? [MarkupKind.Markdown]).includes(MarkupKind.Markdown);
    hierarchicalSymbols = !!td?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    isVsCode = /visual studio code|code-server|vscode/i.test(params.clientInfo?.name ?? '');
    clientCommands = !!(params.initializationOptions as { commands?: boolean } | undefined)?.commands;
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) folders = [p];
    }
    const codeActionLiterals = !!td?.codeAction?.codeActionLiteralSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', '"', '/', ' ', '[', ',', '#'], resolveProvider: false },
        codeActionProvider: codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false } : true,
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'ai-security', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'ai-security-language-server', version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev' },
    };
  });

  connection.onInitialized(
    guardNotification(connection, 'initialized', async () => {
      if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
      }
      if (caps.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          folders = folders.filter((f) => !e.removed.some((r) => uriToPath(r.uri) === f));
          for (const a of e.added) {
            const p = uriToPath(a.uri);
            if (p) folders.push(p);
          }
          void scanWorkspace();
        });
      }
      await scanWorkspace();
    }),
  );

  // ---- Locating documents -------------------------------------------------------------------

  function uriToPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }

  /**
   * The workspace folder that holds a file (the innermost), or undefined. The server reads from
   * disk only inside its workspace folders: a URI from the client (a coverage request, a watched
   * file, a closed document) names no folder the user opened, and a document outside them, whose
   * text the client sent, is analysed with nothing read around it.
   */
  function rootFor(file: string): string | undefined {
    return folders.filter((f) => isInside(f, file)).sort((a, b) => b.length - a.length)[0];
  }

  /** Whether a file is a regular file inside a workspace folder, links resolved inside it. */
  function onDiskInside(file: string): boolean {
    const root = rootFor(file);
    return root !== undefined && diskHost(root).stat(path.relative(root, file).split(path.sep).join('/')) === 'file';
  }

  /**
   * The workspace as the core sees it: the disk, except that open documents are read from the
   * editor, so a manifest's hash check sees the model card as it is being edited.
   */
  const disks = new Map<string, NodeWorkspaceHost>();
  function diskHost(root: string): NodeWorkspaceHost {
    let d = disks.get(root);
    if (!d) {
      d = new NodeWorkspaceHost(root);
      disks.set(root, d);
    }
    return d;
  }

  function hostFor(root: string): WorkspaceHost {
    let h = hosts.get(root);
    if (!h) {
      const disk = diskHost(root);
      h = {
        stat: (rel) => disk.stat(rel),
        list: (rel) => disk.list(rel),
        readText: (rel, max) => {
          const doc = documents.get(pathToFileURL(path.join(root, ...rel.split('/'))).toString());
          if (doc && disk.stat(rel) !== 'outside') {
            const text = doc.getText();
            return text.length <= max ? text : undefined;
          }
          return disk.readText(rel, max);
        },
      };
      hosts.set(root, h);
    }
    return h;
  }

  function locate(uri: string): { root: string | undefined; rel: string } {
    const file = uriToPath(uri);
    if (!file) return { root: undefined, rel: uri.split('/').pop() ?? 'ai-security.yaml' };
    const root = rootFor(file);
    return { root, rel: root === undefined ? path.basename(file) : path.relative(root, file).split(path.sep).join('/') };
  }

  /** What the manifests known to the server say about the card at this place. */
  function linksFor(root: string | undefined, rel: string): CardLink[] {
    // Outside the workspace folders there is no root to place a card by: nothing links to it.
    if (root === undefined) return [];
    const out: CardLink[] = [];
    const seen = new Set<string>();
    for (const e of [...open.values(), ...onDisk.values()]) {
      if (e.kind !== 'manifest' || !e.cardLinks || e.root !== root || seen.has(e.uri)) continue;
      seen.add(e.uri);
      for (const l of e.cardLinks) if (l.card === rel) out.push(l.link);
    }
    return out;
  }

  function kindOf(uri: string, text: string, s: Settings): Entry['kind'] | undefined {
    const { root, rel } = locate(uri);
    if (isManifestPath(rel) || globs.matches('aiSecurity.files', s.files, rel)) return 'manifest';
    if (!/\.(md|markdown)$/i.test(rel)) return undefined;
    if (isModelCardName(rel) || globs.matches('aiSecurity.modelCards', s.modelCards, rel)) return 'model-card';
    if (isReadme(rel) && isHuggingFaceCard(text)) return 'model-card';
    return linksFor(root, rel).length ? 'model-card' : undefined;
  }

  // ---- Analysis -------------------------------------------------------------------------------

  /**
   * One full garbage collection once the server has been idle for a second after analysing, when
   * the process allows it (`--expose-gc`, as the VS Code client starts it): an analysis makes
   * garbage that V8 would otherwise keep, with the memory holding it, until it next needs room.
   */
  const collect = (globalThis as { gc?: () => void }).gc;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  function collectWhenIdle(): void {
    if (!collect) return;
    if (idleTimer) clearTimeout(idleTimer);
    // Three collections, 1, 3 and 7 s into the quiet: V8 hands freed pages back to the system
    // only on a later collection, and one was not always enough.
    let round = 0;
    const next = () => {
      idleTimer = setTimeout(() => {
        collect();
        if (++round < 3) next();
        else idleTimer = undefined;
      }, 1000 * 2 ** round);
      idleTimer.unref?.();
    };
    next();
  }

  function analyse(uri: string, kind: Entry['kind'], text: string, version: number | null, s: Settings): Entry {
    collectWhenIdle();
    const { root, rel } = locate(uri);
    if (kind === 'model-card') {
      const card = analyzeModelCard(text, { path: rel, links: linksFor(root, rel), severity: s.severity, maxSize: s.maxFileSize });
      return { uri, version, kind, card, findings: card.findings, referenced: new Set(), root, rel };
    }
    const host = root ? hostFor(root) : undefined;
    const manifest = analyzeManifest(text, { path: rel, ...(host ? { host } : {}), clock, severity: s.severity, maxSize: s.maxFileSize });
    return { uri, version, kind, manifest, findings: manifest.findings, coverage: manifest.coverage, cardLinks: modelCardLinks(manifest.context), referenced: manifest.context.referenced, root, rel };
  }

  function unanalysed(uri: string, kind: Entry['kind'], finding: Finding): Entry {
    return { uri, version: null, kind, unanalysed: true, findings: [finding], referenced: new Set(), ...locate(uri) };
  }

  /** The analysis of an open document at its current version (computed once per version). */
  async function current(uri: string): Promise<Entry | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const s = await settings.get(uri);
    if (!s.enable) return undefined;
    const cached = open.get(uri);
    if (cached && cached.version === doc.version) return cached;
    const kind = kindOf(uri, doc.getText(), s);
    if (!kind) return undefined;
    const started = performance.now();
    const entry = analyse(uri, kind, doc.getText(), doc.version, s);
    lastDuration.set(uri, performance.now() - started);
    // Another request may have analysed a newer version while we awaited settings.
    const latest = open.get(uri);
    if (latest && latest.version !== null && latest.version > doc.version) return latest;
    open.set(uri, entry);
    return remember(entry, 'open');
  }

  async function publishOpen(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || shuttingDown) return;
    const version = doc.version;
    const before = open.get(uri);
    const entry = await current(uri);
    // Drop the result if the document moved on while we worked: a newer run will publish.
    if (documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: entry ? entry.findings.map(toDiagnostic) : [] });
    if (entry && entry !== before) await propagate(entry);
  }

  /**
   * After a file's analysis changed, the files that depend on it: the cards a manifest names,
   * and the manifests that name a card (for their hash check).
   */
  async function propagate(entry: Entry): Promise<void> {
    if (!entry.root) return;
    const dependants = new Set<string>();
    if (entry.kind === 'manifest' && entry.cardLinks) {
      for (const l of entry.cardLinks) dependants.add(pathToFileURL(path.join(entry.root, ...l.card.split('/'))).toString());
    } else {
      for (const e of [...open.values(), ...onDisk.values()]) if (e.kind === 'manifest' && e.root === entry.root && e.referenced.has(entry.rel)) dependants.add(e.uri);
    }
    dependants.delete(entry.uri);
    for (const uri of dependants) await revalidate(uri);
  }

  /** Analyse again: an open document through the debounce, a closed one from disk. */
  async function revalidate(uri: string): Promise<void> {
    if (documents.get(uri)) {
      open.delete(uri);
      if (pullDiagnostics) await refresh();
      else schedule(uri);
    } else {
      const file = uriToPath(uri);
      if (file && onDiskInside(file)) {
        await analyseOnDisk(file, false);
        if (pullDiagnostics) await refresh();
      }
    }
  }

  /**
   * Leading and trailing edge: an edit that comes after a pause of 20 ms or more (a keystroke, a
   * paste) is analysed at once; edits that arrive in a burst (a storm of changes, a replace-all)
   * are coalesced into one analysis of the last version, after the debounce.
   */
  const lastEdit = new Map<string, number>();
  function schedule(uri: string): void {
    if (pullDiagnostics) return; // the client asks when it wants them
    const now = performance.now();
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    const burst = now - (lastEdit.get(uri) ?? -Infinity) < 20;
    lastEdit.set(uri, now);
    timers.set(
      uri,
      setTimeout(
        () => {
          timers.delete(uri);
          void publishOpen(uri).catch((e) => connection.console.error(`[diagnostics] ${uri}: ${String(e)}`));
        },
        burst || t ? debounceFor(uri) : 0,
      ),
    );
  }

  /** Reads and analyses a file that is not open in the editor. */
  async function analyseOnDisk(file: string, follow = true): Promise<void> {
    const uri = pathToFileURL(file).toString();
    if (documents.get(uri)) return;
    const s = await settings.get(uri);
    if (!s.enable) return;
    let entry: Entry | undefined;
    const { root, rel } = locate(uri);
    // Read through the workspace host: a file that leads outside the workspace is never opened.
    // A FIFO or a device is refused without blocking; the manifest that names it says why.
    const read = root ? diskHost(root).readBytes(rel, s.maxFileSize) : undefined;
    if (!read || 'failure' in read) {
      onDisk.delete(uri);
      if (!pullDiagnostics) await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    // A file over the limit is not read at all; its name alone says what it is.
    const decoded = 'tooLarge' in read ? { text: '', notText: undefined } : decodeText(read.bytes);
    const kind = kindOf(uri, decoded.text, s) ?? (isManifestPath(file) ? 'manifest' : undefined);
    if (!kind) return;
    if ('tooLarge' in read) entry = unanalysed(uri, kind, fileProblem('file-too-large', read.tooLarge, s.maxFileSize));
    else if (decoded.notText) entry = unanalysed(uri, kind, fileProblem('binary-file', read.bytes.length, s.maxFileSize, decoded.notText));
    else entry = analyse(uri, kind, decoded.text, null, s);
    onDisk.set(uri, remember(entry, 'disk'));
    if (!pullDiagnostics) await connection.sendDiagnostics({ uri, diagnostics: entry.findings.map(toDiagnostic) });
    if (follow && entry.kind === 'manifest') await propagate(entry);
  }

  /**
   * A scan that stopped at the limit is said, once per folder: a log line, and a message the
   * user sees, so that files past the limit are not silently taken as checked.
   */
  const maxFiles = options.maxFiles ?? MAX_FILES;
  const toldTooMany = new Set<string>();
  function tooManyFiles(folder: string): void {
    const text = `The workspace folder ${folder} holds more than ${maxFiles} manifests and model cards; only the first ${maxFiles} were checked. Open the folders you work on as workspace folders, or run the ai-security CLI on them.`;
    connection.console.warn(`[scan] ${text}`);
    if (toldTooMany.has(folder)) return;
    toldTooMany.add(folder);
    // A notification, not showMessageRequest: nothing waits on the user, and every client has it.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `AI Security: ${text}` });
  }

  async function scanWorkspace(): Promise<void> {
    for (const folder of folders) {
      const s = await settings.get(pathToFileURL(folder).toString());
      globs.check('aiSecurity.files', s.files);
      globs.check('aiSecurity.modelCards', s.modelCards);
      const isCardFile = (p: string, name: string) => {
        if (!/\.(md|markdown)$/i.test(name)) return false;
        const rel = path.relative(folder, p).split(path.sep).join('/');
        return isModelCardName(name) || globs.matches('aiSecurity.modelCards', s.modelCards, rel) || (isReadme(name) && isHuggingFaceCard(diskHost(folder).readHead(rel)));
      };
      const { files, truncated } = findFiles(folder, (p, name) => isManifestPath(name) || isCardFile(p, name), maxFiles);
      if (truncated) tooManyFiles(folder);
      // Manifests first, so that the cards they name are read with what they say about them.
      for (const file of files.filter((f) => isManifestPath(f))) {
        if (shuttingDown) return;
        await analyseOnDisk(file, false);
      }
      const named = new Set<string>();
      for (const e of onDisk.values()) {
        if (e.kind === 'manifest' && e.cardLinks && e.root === folder) for (const l of e.cardLinks) named.add(path.join(folder, ...l.card.split('/')));
      }
      for (const file of new Set([...files.filter((f) => !isManifestPath(f)), ...named])) {
        if (shuttingDown) return;
        if (onDiskInside(file)) await analyseOnDisk(file, false);
      }
    }
    if (pullDiagnostics) await refresh();
  }

  async function refresh(): Promise<void> {
    if (caps.workspace?.diagnostics?.refreshSupport) await connection.languages.diagnostics.refresh();
  }

  // ---- Documents --------------------------------------------------------------------------------

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => {
    schedule(e.document.uri);
    if (pullDiagnostics) {
      // Dependants are pulled again by the client after a refresh.
      void current(e.document.uri).then((entry) => entry && propagate(entry));
    }
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    open.delete(uri);
    lastDuration.delete(uri);
    lastEdit.delete(uri);
    settings.forget(uri);
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    // A closed file that still exists on disk keeps its diagnostics, read from the file.
    const file = uriToPath(uri);
    if (file && onDiskInside(file)) void analyseOnDisk(file);
    else if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(
    guardNotification(connection, 'didChangeConfiguration', async (params) => {
      settings.changed(params.settings);
      open.clear();
      if (pullDiagnostics) await refresh();
      else for (const d of documents.all()) schedule(d.uri);
      await scanWorkspace();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification(connection, 'didChangeWatchedFiles', async (params) => {
      const touched = new Set<string>();
      for (const change of params.changes) {
        const file = uriToPath(change.uri);
        if (!file) continue;
        if (!documents.get(change.uri) && (onDisk.has(change.uri) || isManifestPath(file) || isModelCardName(file))) {
          if (change.type === FileChangeType.Deleted) {
            onDisk.delete(change.uri);
            if (!pullDiagnostics) await connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
          } else await analyseOnDisk(file);
        }
        // Revalidate the files that name this one (or a folder that holds it).
        for (const entry of [...open.values(), ...onDisk.values()]) {
          if (!entry.root || !isInside(entry.root, file) || entry.uri === change.uri) continue;
          const rel = path.relative(entry.root, file).split(path.sep).join('/');
          if ([...entry.referenced].some((r) => r === rel || rel.startsWith(`${r}/`) || r.startsWith(`${rel}/`))) touched.add(entry.uri);
        }
      }
      for (const uri of touched) await revalidate(uri);
    }),
  );

  // ---- Diagnostics (pull) ------------------------------------------------------------------------

  connection.languages.diagnostics.on(
    guard(connection, 'diagnostics', () => ({ kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }), async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: (onDisk.get(params.textDocument.uri)?.findings ?? []).map(toDiagnostic) };
      const entry = await current(doc.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: entry ? entry.findings.map(toDiagnostic) : [] };
    }),
  );

  connection.languages.diagnostics.onWorkspace(
    guard(connection, 'workspaceDiagnostics', () => ({ items: [] as WorkspaceDocumentDiagnosticReport[] }), async () => {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const [uri, e] of onDisk) {
        if (documents.get(uri)) continue;
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: e.findings.map(toDiagnostic) });
      }
      return { items };
    }),
  );

  // ---- Features ---------------------------------------------------------------------------------

  connection.onHover(
    guard(connection, 'hover', () => null, async (params) => {
      const entry = await withAnalysis(await current(params.textDocument.uri));
      const h = entry?.manifest ? hoverAt(entry.manifest.context, params.position) : entry?.card ? cardHoverAt(entry.card.context, params.position) : undefined;
      if (!h) return null;
      return { contents: markdown ? { kind: MarkupKind.Markdown, value: h.contents } : { kind: MarkupKind.PlainText, value: stripMarkdown(h.contents) }, range: h.range };
    }),
  );

  connection.onCompletion(
    guard(connection, 'completion', () => [], async (params) => {
      const entry = await withAnalysis(await current(params.textDocument.uri));
      const md = (caps.textDocument?.completion?.completionItem?.documentationFormat ?? [MarkupKind.Markdown]).includes(MarkupKind.Markdown);
      const items = entry?.manifest ? completionAt(entry.manifest.context, params.position) : entry?.card ? cardCompletionAt(entry.card.context, params.position) : [];
      return items.map((c) => toCompletion(c, md, isVsCode));
    }),
  );

  connection.onCodeAction(
    guard(connection, 'codeAction', () => [], async (params) => {
      const entry = await withAnalysis(await current(params.textDocument.uri));
      if (!entry || (!entry.manifest && !entry.card)) return [];
      const wanted = params.context.only;
      if (wanted && !wanted.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
      const doc = documents.get(params.textDocument.uri)!;
      const edit = (edits: CoreEdit[]) => ({
        documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toTextEdit(e, snippetEdits)) }],
      });
      const fixesOf = (f: Finding): Fix[] => (entry.manifest ? fixesFor(entry.manifest.context, f) : cardFixesFor(entry.card!.context, f));
      const actions: CodeAction[] = [];
      let missingProvision = false;
      for (const d of params.context.diagnostics) {
        let finding = fromDiagnostic(d);
        if (!finding) continue;
        // A client that drops `data` still gets fixes: match the finding by code and range.
        if (!finding.data) finding = entry.findings.find((f) => f.code === d.code && sameRange(f.range, d.range)) ?? finding;
        if (finding.data?.kind === 'missing-provision') missingProvision = true;
        for (const fix of fixesOf(finding)) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], ...(fix.isPreferred ? { isPreferred: true } : {}), edit: edit(fix.edits) });
        }
      }
      if (missingProvision && entry.manifest) {
        const bulk = addAllMissingRequirements(entry.manifest.context);
        if (bulk) {
          const related = params.context.diagnostics.filter((d) => (d.data as { kind?: string } | undefined)?.kind === 'missing-provision');
          actions.push({ title: bulk.title, kind: CodeActionKind.QuickFix, diagnostics: related, edit: edit(bulk.edits) });
        }
      }
      return actions;
    }),
  );

  connection.onDocumentSymbol(
    guard(connection, 'documentSymbol', () => [], async (params) => {
      const entry = await withAnalysis(await current(params.textDocument.uri));
      if (!entry?.manifest) return [];
      const symbols = documentSymbols(entry.manifest.context);
      if (hierarchicalSymbols) return symbols.map(toSymbol);
      const flat: SymbolInformation[] = [];
      const walk = (list: typeof symbols, container?: string) => {
        for (const s of list) {
          flat.push({ name: s.name, kind: symbolKind(s), location: { uri: params.textDocument.uri, range: s.range }, ...(container ? { containerName: container } : {}) });
          if (s.children) walk(s.children, s.name);
        }
      };
      walk(symbols);
      return flat;
    }),
  );

  connection.onCodeLens(
    guard(connection, 'codeLens', () => [], async (params) => {
      const entry = await withAnalysis(await current(params.textDocument.uri));
      if (!entry?.manifest) return [];
      return coverageLens(entry.manifest.context, entry.manifest.coverage).map((l) => ({
        range: l.range,
        command: clientCommands ? { title: l.title, command: SHOW_COVERAGE_COMMAND, arguments: [params.textDocument.uri] } : { title: l.title, command: '' },
      }));
    }),
  );

  connection.onDocumentLinks(
    guard(connection, 'documentLinks', () => [], async (params) => {
      const entry = await withAnalysis(await current(params.textDocument.uri));
      if (!entry?.manifest || !entry.root) return [];
      return documentLinks(entry.manifest.context).map((l) => ({
        range: l.range,
        target: 'url' in l.target ? l.target.url : pathToFileURL(path.join(entry.root!, ...l.target.path.split('/'))).toString(),
        ...(l.tooltip ? { tooltip: l.tooltip } : {}),
      }));
    }),
  );

  connection.onFoldingRanges(
    guard(connection, 'foldingRanges', () => [], async (params) => {
      const entry = await withAnalysis(await current(params.textDocument.uri));
      if (!entry?.manifest) return [];
      return foldingRanges(entry.manifest.context).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: 'region' }));
    }),
  );

  /** The analysis of a manifest, open or on disk (read now if the server has not seen it). */
  async function manifestEntry(uri: string): Promise<Entry | undefined> {
    if (documents.get(uri)) return current(uri);
    if (!onDisk.has(uri)) {
      const file = uriToPath(uri);
      if (file && onDiskInside(file)) await analyseOnDisk(file);
    }
    return onDisk.get(uri);
  }

  /** Coverage of a manifest, for the client's status item (a custom request). */
  connection.onRequest(
    'aiSecurity/coverage',
    guard(connection, 'coverage', () => null, async (params: { uri: string }) => (await manifestEntry(params.uri))?.coverage ?? null),
  );

  /**
   * The coverage report of a manifest, in Markdown: the same report as `ai-security report`.
   * Evidence is linked by file URI, unless the client names a `linkRoot` folder: then by paths
   * from that folder, written with a leading "/". VS Code's Markdown preview, which shows the
   * report as a virtual document, renders no file: links and resolves "/" paths from the first
   * workspace folder, so the VS Code client passes that folder.
   */
  connection.onRequest(
    'aiSecurity/coverageReport',
    guard(connection, 'coverageReport', () => null, async (params: { uri: string; linkRoot?: string }) => {
      const e = await withAnalysis(await manifestEntry(params.uri));
      if (!e?.manifest) return null;
      const root = e.root;
      const base = params.linkRoot ? uriToPath(params.linkRoot) : undefined;
      const fileHref = !root
        ? undefined
        : base
          ? (rel: string) => '/' + path.relative(base, path.join(root, ...rel.split('/'))).split(path.sep).map(encodeURIComponent).join('/')
          : (rel: string) => pathToFileURL(path.join(root, ...rel.split('/'))).toString();
      return renderMarkdown(coverageReport([e.manifest], { generator: { name: 'ai-security', version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev' } }), fileHref ? { fileHref } : {});
    }),
  );

  /**
   * A starter manifest for the "Create manifest" command. Its parameters come from the client,
   * and through the command's arguments from whatever ran it: parameters that are not a name and
   * an owner as text, known roles and a known lifecycle stage get an InvalidParams error, never
   * a manifest written for a stage or roles the user did not choose.
   */
  connection.onRequest(
    'aiSecurity/starterManifest',
    guard(connection, 'starterManifest', () => null, (params: StarterParams): string | ResponseError => {
      const checked = checkStarterParams(params);
      if (typeof checked === 'string') return new ResponseError(ErrorCodes.InvalidParams, `aiSecurity/starterManifest: ${checked}`);
      return starterManifest({ ...checked, today: clock.today() });
    }),
  );

  /** The provisions, for pickers in clients (id, short title, verb, principle). */
  connection.onRequest(
    'aiSecurity/provisions',
    guard(connection, 'provisions', () => [], () =>
      catalogue().provisions.map((p) => ({ id: p.id, title: p.title, modal: p.modal, principle: p.principle, quote: p.quote, url: codeUrl(p.id) })),
    ),
  );

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
}

interface StarterParams {
  name?: unknown;
  owner?: unknown;
  roles?: unknown;
  lifecycle?: unknown;
}

/** The starter manifest's parameters, checked, or what is wrong with them. */
export function checkStarterParams(params: StarterParams | null): { name: string; owner: string; roles: Role[]; lifecycle: Lifecycle } | string {
  const { name, owner, roles, lifecycle } = params ?? {};
  if (typeof name !== 'string' || name.trim() === '') return 'name must be a non-empty string';
  if (typeof owner !== 'string') return 'owner must be a string';
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => typeof r === 'string' && (ROLES as readonly string[]).includes(r))) return `roles must be a non-empty list of ${ROLES.join(', ')}`;
  if (typeof lifecycle !== 'string' || !(LIFECYCLES as readonly string[]).includes(lifecycle)) return `lifecycle must be one of ${LIFECYCLES.join(', ')}`;
  return { name, owner, roles: [...new Set(roles as Role[])], lifecycle: lifecycle as Lifecycle };
}

function sameRange(a: { start: { line: number; character: number }; end: { line: number; character: number } }, b: typeof a): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

declare const __VERSION__: string | undefined;

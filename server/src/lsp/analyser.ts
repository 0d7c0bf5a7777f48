/**
 * When the server analyses what: open documents at their current version (once per version),
 * files on disk at start-up and when they change, and, after any analysis changed, the files that
 * depend on it (the cards a manifest names take its facts; a manifest's hash check reads its
 * cards). Which files are checked, as what, and which depend on which, the projects say
 * (core/project.ts); the analyses are the language service's (core/service.ts).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configCardPatterns, isConfigCandidate, mergeSeverity, searchFilter, type LoadedConfig } from '../core/config';
import { isManifestPath, isModelCardName, README_URL, type FileKind, type Finding } from '../core/index';
import type { FilePatterns } from '../core/project';
import { fileText } from '../core/service';
import { findFiles } from '../host/discover';
import { Ignores } from '../host/ignores';
import { isInside } from '../host/node-host';
import { entryOf, type AnalysisCache, type Entry } from './cache';
import type { ClientFeatures } from './capabilities';
import type { Diagnostics, DiagnosticSource } from './diagnostics';
import type { Settings, SettingsCache } from './settings';
import { fileUri, uriToPath, type Place, type Workspace } from './workspace';

/** The settings' patterns, and the project configuration's card patterns beside them. */
export function patternsOf(s: Settings, config?: LoadedConfig): FilePatterns {
  const fromConfig = configCardPatterns(config);
  return { manifests: s.files, cards: fromConfig.length ? [...s.modelCards, ...fromConfig] : s.modelCards };
}

export class Analyser implements DiagnosticSource {
  private shuttingDown = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly toldTooMany = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly cache: AnalysisCache,
    private readonly settings: SettingsCache,
    private readonly diagnostics: Diagnostics,
    private readonly client: () => ClientFeatures,
    /** The most files the start-up scan takes from one workspace folder. */
    private readonly maxFiles: number,
  ) {}

  private get pull(): boolean {
    return this.client().pullDiagnostics;
  }

  stop(): void {
    this.shuttingDown = true;
  }

  // ---- Analysis -------------------------------------------------------------------------------

  private kindOf(place: Place, head: () => string, s: Settings): FileKind | undefined {
    return this.workspace.project(place.root).kindOf(place.rel, head, patternsOf(s, this.workspace.config(place.root)));
  }

  private analyse(uri: string, place: Place, kind: FileKind, text: string, version: number | null, s: Settings): Entry {
    this.collectWhenIdle();
    // Outside the workspace folders there is no root to place a card by: nothing links to it.
    const links = kind === 'model-card' && place.root !== undefined ? this.workspace.project(place.root).linksFor(place.rel) : [];
    const analysis = this.workspace.service(place.root).analyze(kind, text, { path: place.rel, severity: mergeSeverity(s.severity, this.workspace.config(place.root)), maxSize: s.maxFileSize, ...(kind === 'model-card' ? { links } : {}) });
    return entryOf(uri, version, place, analysis);
  }

  private unanalysed(uri: string, place: Place, kind: FileKind, problem: Finding): Entry {
    return entryOf(uri, null, place, this.workspace.service(place.root).unanalysed(kind, place.rel, problem), true);
  }

  /**
   * One full garbage collection once the server has been idle for a second after analysing, when
   * the process allows it (`--expose-gc`, as the VS Code client starts it): an analysis makes
   * garbage that V8 would otherwise keep, with the memory holding it, until it next needs room.
   */
  private readonly collect = (globalThis as { gc?: () => void }).gc;
  private collectWhenIdle(): void {
    const collect = this.collect;
    if (!collect) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    // Three collections, 1, 3 and 7 s into the quiet: V8 hands freed pages back to the system
    // only on a later collection, and one was not always enough.
    let round = 0;
    const next = () => {
      this.idleTimer = setTimeout(() => {
        collect();
        if (++round < 3) next();
        else this.idleTimer = undefined;
      }, 1000 * 2 ** round);
      this.idleTimer.unref?.();
    };
    next();
  }

  /** The analysis of an open document at its current version (computed once per version). */
  async current(uri: string): Promise<Entry | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const s = await this.settings.get(uri);
    if (!s.enable) return undefined;
    const cached = this.cache.getOpen(uri);
    if (cached && cached.version === doc.version) return cached;
    const place = this.workspace.locate(uri);
    const kind = this.kindOf(place, () => doc.getText(), s);
    if (!kind) return undefined;
    const started = performance.now();
    const entry = this.analyse(uri, place, kind, doc.getText(), doc.version, s);
    this.diagnostics.analysed(uri, performance.now() - started);
    // Another request may have analysed a newer version while we awaited settings.
    const latest = this.cache.getOpen(uri);
    if (latest && latest.version !== null && latest.version > doc.version) return latest;
    return this.cache.setOpen(entry);
  }

  onDisk(uri: string): Entry | undefined {
    return this.cache.getDisk(uri);
  }

  diskEntries(): Iterable<[string, Entry]> {
    return this.cache.diskEntries();
  }

  /** The entry with its full analysis, computing it again if it was dropped. */
  async withAnalysis(entry: Entry | undefined): Promise<Entry | undefined> {
    if (!entry || entry.unanalysed) return entry;
    const doc = this.documents.get(entry.uri);
    const where = doc ? 'open' : 'disk';
    if (entry.analysis) return this.cache.remember(entry, where);
    const s = await this.settings.get(entry.uri);
    const text = doc ? (doc.version === entry.version ? doc.getText() : undefined) : this.workspace.readText(entry, s.maxFileSize);
    if (text === undefined) return entry;
    entry.analysis = this.analyse(entry.uri, entry, entry.kind, text, entry.version, s).analysis;
    return this.cache.remember(entry, where);
  }

  /** The analysis of a manifest, open or on disk (read now if the server has not seen it). */
  async manifestEntry(uri: string): Promise<Entry | undefined> {
    if (this.documents.get(uri)) return this.current(uri);
    if (!this.cache.hasDisk(uri)) {
      const file = uriToPath(uri);
      if (file && this.workspace.onDiskInside(file)) await this.analyseOnDisk(file);
    }
    return this.cache.getDisk(uri);
  }

  /** After a file's analysis changed, analyses again the files that depend on it. */
  async propagate(entry: Entry): Promise<void> {
    const root = entry.root;
    if (!root) return;
    const dependants = new Set(this.workspace.project(root).dependantsOf(entry.rel, 'text').map((rel) => this.uriOf(root, rel)));
    dependants.delete(entry.uri);
    for (const uri of dependants) await this.revalidate(uri);
  }

  /** The URI of a file inside a folder: as the client named it if the server knows it, else its file URI. */
  private uriOf(root: string, rel: string): string {
    return this.cache.uriOf(root, rel) ?? fileUri(root, rel);
  }

  /** Analyse again: an open document through the debounce, a closed one from disk. */
  private async revalidate(uri: string): Promise<void> {
    if (this.documents.get(uri)) {
      this.cache.staleOpen(uri);
      if (this.pull) await this.diagnostics.refresh();
      else this.diagnostics.schedule(uri);
    } else {
      const file = uriToPath(uri);
      if (file && this.workspace.onDiskInside(file)) {
        await this.analyseOnDisk(file, false);
        if (this.pull) await this.diagnostics.refresh();
      }
    }
  }

  /** Reads and analyses a file that is not open in the editor. */
  async analyseOnDisk(file: string, follow = true): Promise<void> {
    const uri = pathToFileURL(file).toString();
    if (this.documents.get(uri)) return;
    const s = await this.settings.get(uri);
    if (!s.enable) return;
    const place = this.workspace.locate(uri);
    // Read through the workspace host: a file that leads outside the workspace is never opened.
    // A FIFO or a device is refused without blocking; the manifest that names it says why.
    const read = this.workspace.read(place, s.maxFileSize);
    if (!read || 'failure' in read) {
      this.cache.deleteDisk(uri);
      await this.diagnostics.publish(uri);
      return;
    }
    // A file over the limit is not read at all; its name alone says what it is.
    const content = fileText(read, s.maxFileSize);
    const kind = this.kindOf(place, () => content.text, s);
    if (!kind) return;
    const entry = content.problem ? this.unanalysed(uri, place, kind, content.problem) : this.analyse(uri, place, kind, content.text, null, s);
    this.cache.setDisk(entry);
    await this.diagnostics.publish(uri, entry.findings);
    if (follow && entry.kind === 'manifest') await this.propagate(entry);
  }

  // ---- The workspace scan -----------------------------------------------------------------------

  /**
   * A scan that stopped at the limit is said, once per folder: a log line, and a message the
   * user sees, so that files past the limit are not silently taken as checked.
   */
  private tooManyFiles(folder: string): void {
    const text = `The workspace folder ${folder} holds more than ${this.maxFiles} manifests and model cards; only the first ${this.maxFiles} were checked. Open the folders you work on as workspace folders, or run the ai-security CLI on them.`;
    this.connection.console.warn(`[scan] ${text}`);
    if (this.toldTooMany.has(folder)) return;
    this.toldTooMany.add(folder);
    // A notification, not showMessageRequest: nothing waits on the user, and every client has it.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `AI Security: ${text}` });
  }

  /** The search's ignores in a folder (host/ignores.ts), with its configuration's include and exclude. */
  private ignores(folder: string): Ignores {
    const config = this.workspace.config(folder);
    return new Ignores(this.workspace.rootOf(folder), {
      gitignore: config?.config.gitignore !== false,
      filter: searchFilter(config),
      onProblem: (message) => this.connection.console.warn(`[scan] ${folder}: ${message}`),
    });
  }

  /** Config files whose problems are shown, by workspace folder: cleared when fixed or gone. */
  private readonly configUris = new Map<string, string>();

  /**
   * A configuration's problems as diagnostics on its file, where the Problems panel shows them
   * with their lines; the valid parts still apply (the CLI refuses to run on it instead).
   */
  private async showConfigProblems(folder: string, config: LoadedConfig | undefined): Promise<void> {
    const before = this.configUris.get(folder);
    const uri = config ? fileUri(folder, config.file) : undefined;
    if (before && before !== uri) await this.diagnostics.publishConfig(before, []);
    if (!config || !uri) {
      this.configUris.delete(folder);
      return;
    }
    this.configUris.set(folder, uri);
    await this.diagnostics.publishConfig(
      uri,
      config.problems.map((p) => ({ range: p.range, severity: DiagnosticSeverity.Error, code: 'invalid-config', codeDescription: { href: `${README_URL}#project-configuration` }, source: 'ai-security', message: `${p.message}. This part of the configuration is not applied.` })),
    );
  }

  /** Analyses the manifests and model cards on disk in every workspace folder, manifests first. */
  async scan(): Promise<void> {
    for (const folder of this.workspace.folders) {
      const s = await this.settings.get(pathToFileURL(folder).toString());
      const project = this.workspace.project(folder);
      const config = this.workspace.config(folder);
      await this.showConfigProblems(folder, config);
      const patterns = patternsOf(s, config);
      project.checkPatterns(patterns);
      const kinds = new Map<string, FileKind>();
      const ignores = this.ignores(folder);
      const { files, truncated } = findFiles(
        folder,
        (p) => {
          const rel = this.workspace.relative(folder, p);
          if (ignores.skipsFile(rel)) return false;
          const kind = project.searchKind(rel, () => this.workspace.readHead(folder, rel), patterns);
          if (kind) kinds.set(p, kind);
          return kind !== undefined;
        },
        this.maxFiles,
        (p) => ignores.skipsFolder(this.workspace.relative(folder, p)),
      );
      if (truncated) this.tooManyFiles(folder);
      const abs = (rel: string) => path.join(folder, ...rel.split('/'));
      // Manifests first, so that the cards they name are read with what they say about them.
      const { manifests, cards } = project.manifestsFirst(files.map((f) => ({ rel: this.workspace.relative(folder, f), kind: kinds.get(f)! })));
      for (const rel of manifests) {
        if (this.shuttingDown) return;
        await this.analyseOnDisk(abs(rel), false);
      }
      for (const rel of project.cardsToCheck(cards, () => true)) {
        if (this.shuttingDown) return;
        if (this.workspace.onDiskInside(abs(rel))) await this.analyseOnDisk(abs(rel), false);
      }
    }
    if (this.pull) await this.diagnostics.refresh();
  }

  // ---- Changes ------------------------------------------------------------------------------------

  /** A document was closed: a file that still exists on disk keeps its diagnostics, read from the file. */
  closed(uri: string): void {
    this.cache.deleteOpen(uri);
    this.diagnostics.forget(uri);
    this.settings.forget(uri);
    const file = uriToPath(uri);
    if (file && this.workspace.onDiskInside(file)) void this.analyseOnDisk(file);
    else void this.diagnostics.publish(uri);
  }

  /** An open document changed: pushed diagnostics follow the debounce; a pulling client's dependants are refreshed. */
  changed(uri: string): void {
    this.diagnostics.schedule(uri);
    if (this.pull) {
      // Dependants are pulled again by the client after a refresh.
      void this.current(uri).then((entry) => entry && this.propagate(entry));
    }
  }

  async configurationChanged(params: DidChangeConfigurationParams): Promise<void> {
    this.settings.changed(params.settings);
    this.cache.clearOpen();
    this.diagnostics.repropagate();
    if (this.pull) await this.diagnostics.refresh();
    else for (const d of this.documents.all()) this.diagnostics.schedule(d.uri);
    await this.scan();
  }

  async watchedFilesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    const touched = new Set<string>();
    // A folder whose configuration or a .gitignore changed is searched again, whole.
    const again = new Set<string>();
    for (const change of params.changes) {
      const file = uriToPath(change.uri);
      if (!file) continue;
      for (const root of this.workspace.folders) {
        if (!isInside(root, file)) continue;
        const rel = this.workspace.relative(root, file);
        if ((isConfigCandidate(rel) && !rel.includes('/')) || rel === '.gitignore' || rel.endsWith('/.gitignore')) again.add(root);
      }
    }
    for (const change of params.changes) {
      const file = uriToPath(change.uri);
      if (!file) continue;
      const root = this.workspace.rootFor(file);
      if (root !== undefined && again.has(root)) continue;
      // A new card in a folder the search skips (.venv, build/) is no more checked than it was.
      const skipped = () => root !== undefined && this.ignores(root).skipsPath(this.workspace.relative(root, file));
      if (!this.documents.get(change.uri) && (this.cache.hasDisk(change.uri) || ((isManifestPath(file) || isModelCardName(file)) && !skipped()))) {
        if (change.type === FileChangeType.Deleted) {
          this.cache.deleteDisk(change.uri);
          await this.diagnostics.publish(change.uri);
        } else await this.analyseOnDisk(file);
      }
      // Revalidate the files that name this one (or a folder that holds it).
      const readers = new Set<string>();
      for (const root of this.workspace.folders) {
        if (!isInside(root, file)) continue;
        for (const rel of this.workspace.project(root).dependantsOf(this.workspace.relative(root, file), 'file')) readers.add(this.uriOf(root, rel));
      }
      readers.delete(change.uri);
      for (const uri of readers) touched.add(uri);
    }
    for (const uri of touched) await this.revalidate(uri);
    if (again.size) await this.searchAgain(again);
  }

  /**
   * After a configuration or a .gitignore changed: what was found on disk in those folders is
   * forgotten (a file now excluded loses its diagnostics), the configuration is read again, open
   * documents are analysed again (severity may have changed), and the folders are searched again.
   */
  private async searchAgain(folders: Set<string>): Promise<void> {
    for (const folder of folders) {
      this.workspace.forgetConfig(folder);
      this.workspace.project(folder).forgetLayer('disk');
      for (const [uri, e] of [...this.cache.diskEntries()]) {
        if (e.root !== folder) continue;
        this.cache.deleteDisk(uri);
        await this.diagnostics.publish(uri);
      }
    }
    this.cache.clearOpen();
    if (!this.pull) for (const d of this.documents.all()) this.diagnostics.schedule(d.uri);
    await this.scan();
  }
}

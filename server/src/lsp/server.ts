/**
 * The language server: a thin adapter from the protocol to the language service. It checks
 * manifests and model cards, and keeps the two in step: a manifest's facts (roles, hashes, public
 * data) reach the cards it names, and a card's text (open or on disk) reaches the manifest's
 * hash check. `startServer` takes any connection, so tests drive it over in-memory streams and
 * `main.ts` over stdio or IPC. The parts, each in its module:
 *
 * - capabilities.ts  what the client can do, and what the server offers
 * - workspace.ts     the workspace folders, the host every read goes through, a project and a
 *                    language service per folder
 * - cache.ts         what is known about each file; the full analyses of the most recently used
 * - analyser.ts      when what is analysed: open documents, the scan, changes and dependants
 * - diagnostics.ts   pushed (debounced) or pulled diagnostics
 * - handlers.ts      hover, completion, code actions, symbols, lenses, links, folding
 * - requests.ts      the extension's own requests (../protocol.ts)
 */
import { DidChangeWatchedFilesNotification, TextDocuments, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Clock } from '../core/index';
import { localToday } from '../core/util/dates';
import { MAX_FILES } from '../host/discover';
import { Analyser } from './analyser';
import { AnalysisCache } from './cache';
import { clientFeatures, NO_FEATURES, serverCapabilities, type ClientFeatures } from './capabilities';
import { Diagnostics } from './diagnostics';
import { PatternWarnings } from './globs';
import { guardNotification } from './guard';
import { registerHandlers } from './handlers';
import { registerRequests } from './requests';
import { SettingsCache } from './settings';
import { Workspace } from './workspace';

export { KEEP_ANALYSES } from './cache';
export { checkStarterParams } from './requests';

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
  /** The clock that tells a pause between edits from a burst, in milliseconds (tests set it by hand). */
  now?: () => number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const clock: Clock = options.clock ?? { today: () => localToday() };
  let features: ClientFeatures = NO_FEATURES;
  const client = () => features;

  const settings = new SettingsCache(connection, () => features.configurationPull);
  const warnings = new PatternWarnings(connection);
  const workspace = new Workspace(documents, clock, { onPatternError: (list, pattern, error) => warnings.report(list, pattern, error) });
  const cache = new AnalysisCache((root) => workspace.project(root));
  const diagnostics: Diagnostics = new Diagnostics(connection, documents, client, () => analyser, { debounceMs: options.debounceMs, now: options.now });
  const analyser = new Analyser(connection, documents, workspace, cache, settings, diagnostics, client, options.maxFiles ?? MAX_FILES);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    features = clientFeatures(params);
    workspace.setFolders((params.workspaceFolders ?? []).map((f) => f.uri));
    if (workspace.folders.length === 0 && params.rootUri) workspace.setFolders([params.rootUri]);
    return serverCapabilities(features);
  });

  connection.onInitialized(
    guardNotification(connection, 'initialized', async () => {
      if (features.watchedFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
      }
      if (features.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          workspace.changeFolders(
            e.added.map((a) => a.uri),
            e.removed.map((r) => r.uri),
          );
          void analyser.scan();
        });
      }
      await analyser.scan();
    }),
  );

  documents.onDidOpen((e) => diagnostics.schedule(e.document.uri));
  documents.onDidChangeContent((e) => analyser.changed(e.document.uri));
  documents.onDidClose((e) => analyser.closed(e.document.uri));
  connection.onDidChangeConfiguration(guardNotification(connection, 'didChangeConfiguration', (params) => analyser.configurationChanged(params)));
  connection.onDidChangeWatchedFiles(guardNotification(connection, 'didChangeWatchedFiles', (params) => analyser.watchedFilesChanged(params)));

  diagnostics.listen();
  registerHandlers({ connection, documents, client, analysis: async (uri) => analyser.withAnalysis(await analyser.current(uri)) });
  registerRequests({ connection, clock, manifest: (uri) => analyser.manifestEntry(uri), withAnalysis: (entry) => analyser.withAnalysis(entry) });

  connection.onShutdown(() => {
    analyser.stop();
    diagnostics.stop();
  });

  documents.listen(connection);
}

/**
 * The analysis cache: what the server knows about each file, open in the editor or found on disk,
 * and the full analyses of the most recently used. Every change to it is told to the file's
 * project, so that the cards a manifest names, and the files that depend on another, are always
 * those of the analyses held here.
 */
import type { Coverage, FileKind, Finding } from '../core/index';
import type { Layer, NamedCard, Project } from '../core/project';
import type { DocumentAnalysis } from '../core/service';

/** What the server knows about one file: its version and latest analysis. */
export interface Entry {
  uri: string;
  version: number | null;
  kind: FileKind;
  root: string | undefined;
  rel: string;
  /**
   * The full analysis (tree and context, for hovers, completion and fixes). Only the most
   * recently used entries keep it (see `KEEP_ANALYSES`); it is computed again when needed.
   */
  analysis?: DocumentAnalysis;
  /** A file reported without analysis (too large, not text): it never has one. */
  unanalysed?: boolean;
  /** What to report: the analysis's findings, or the one finding for a file not analysed. */
  findings: Finding[];
  /** A manifest's coverage and the model cards it names: kept when the analysis is dropped. */
  coverage?: Coverage;
  cardLinks: readonly NamedCard[];
  /** Workspace-relative paths it refers to, for revalidation when they change. */
  referenced: ReadonlySet<string>;
}

/** An entry made from an analysis, keeping what outlives the analysis itself. */
export function entryOf(uri: string, version: number | null, place: { root: string | undefined; rel: string }, analysis: DocumentAnalysis, unanalysed = false): Entry {
  return {
    uri,
    version,
    kind: analysis.kind,
    root: place.root,
    rel: place.rel,
    ...(unanalysed ? { unanalysed: true } : { analysis }),
    findings: analysis.findings,
    ...(analysis.coverage ? { coverage: analysis.coverage } : {}),
    cardLinks: analysis.cardLinks,
    referenced: analysis.referenced,
  };
}

/**
 * How many full analyses the server keeps. Findings, coverage and card links are kept for every
 * file; a tree and its context take about 150 KB for a 300-line manifest, so with hundreds of
 * files open or scanned, only the recently used keep theirs and the rest are analysed again
 * (a few milliseconds) when a hover or a fix asks for them.
 */
export const KEEP_ANALYSES = 16;

export class AnalysisCache {
  /** Analyses of open documents, by uri; of closed files found on disk, in `onDisk`. */
  private readonly open = new Map<string, Entry>();
  private readonly onDisk = new Map<string, Entry>();
  /** Entries holding a full analysis, least recently used first, by `open:` or `disk:` and uri. */
  private readonly analysed = new Map<string, Entry>();

  constructor(private readonly projectFor: (root: string) => Project) {}

  getOpen(uri: string): Entry | undefined {
    return this.open.get(uri);
  }

  getDisk(uri: string): Entry | undefined {
    return this.onDisk.get(uri);
  }

  hasDisk(uri: string): boolean {
    return this.onDisk.has(uri);
  }

  setOpen(entry: Entry): Entry {
    this.open.set(entry.uri, entry);
    this.tell(entry, 'open');
    return this.remember(entry, 'open');
  }

  setDisk(entry: Entry): Entry {
    this.onDisk.set(entry.uri, entry);
    this.tell(entry, 'disk');
    return this.remember(entry, 'disk');
  }

  deleteOpen(uri: string): void {
    const e = this.open.get(uri);
    this.open.delete(uri);
    if (e?.root !== undefined) this.projectFor(e.root).forget(e.rel, 'open');
  }

  deleteDisk(uri: string): void {
    const e = this.onDisk.get(uri);
    this.onDisk.delete(uri);
    if (e?.root !== undefined) this.projectFor(e.root).forget(e.rel, 'disk');
  }

  /**
   * Drops an open document's analysis so that it is made again, keeping what its project knows of
   * it: its text has not changed, only a file it reads, so its facts stand. Forgetting them would
   * leave a window in which a card is checked against the manifest's saved text instead.
   */
  staleOpen(uri: string): void {
    this.open.delete(uri);
  }

  /** Forgets every open document's analysis (the settings changed): each is analysed again when asked. */
  clearOpen(): void {
    for (const uri of [...this.open.keys()]) this.deleteOpen(uri);
  }

  /** The files on disk that are not open, with their entries. */
  diskEntries(): IterableIterator<[string, Entry]> {
    return this.onDisk.entries();
  }

  /** Every entry, open documents first. */
  all(): Entry[] {
    return [...this.open.values(), ...this.onDisk.values()];
  }

  /** The URI the server knows a file by (as the client sent it, for an open one), if any. */
  uriOf(root: string, rel: string): string | undefined {
    for (const e of this.all()) if (e.root === root && e.rel === rel) return e.uri;
    return undefined;
  }

  /** Marks an entry's analysis as just used, dropping the least recently used beyond `KEEP_ANALYSES`. */
  remember(entry: Entry, where: 'open' | 'disk'): Entry {
    if (!entry.analysis) return entry;
    const key = `${where}:${entry.uri}`;
    this.analysed.delete(key);
    this.analysed.set(key, entry);
    if (this.analysed.size > KEEP_ANALYSES) {
      const [oldestKey, oldest] = this.analysed.entries().next().value as [string, Entry];
      this.analysed.delete(oldestKey);
      delete oldest.analysis;
    }
    return entry;
  }

  private tell(entry: Entry, layer: Layer): void {
    if (entry.root === undefined) return;
    this.projectFor(entry.root).record(entry.rel, { kind: entry.kind, cardLinks: entry.cardLinks, referenced: entry.referenced }, layer);
  }
}

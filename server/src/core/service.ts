/**
 * The language service: one object over the core's functions that analyses a manifest or a
 * model card and answers everything an adapter asks of the analysis (findings, hover,
 * completion, fixes, outline, folding, links, lenses, reports), whichever kind of file it is.
 * It knows no transport and no file system: the host and the clock are given to it, as
 * vscode-json-languageservice's `getLanguageService` is given its request service. The language
 * server keeps one per workspace folder; the CLI one per run.
 */
import {
  addAllMissing,
  catalogue,
  analyzeManifest,
  assetDefinition,
  assetReferences,
  analyzeModelCard,
  cardCompletionAt,
  cardFixesFor,
  cardHoverAt,
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
  modelCardLinks,
  prepareAssetRename,
  renameAsset,
  type AssetTarget,
  type CardLink,
  type Clock,
  type CompletionItem,
  type Coverage,
  type CoverageReport,
  type DocumentSymbol,
  type FileKind,
  type Finding,
  type Fix,
  type Fold,
  type Hover,
  type Lens,
  type Link,
  type ManifestAnalysis,
  type ModelCardAnalysis,
  type Position,
  type Range,
  type TextEdit,
  type ReportOptions,
  type SeverityOverrides,
  type WorkspaceHost,
} from './index';
import type { NamedCard } from './project';

export interface LanguageServiceOptions {
  /** The workspace a manifest's paths are checked against; without one, nothing is read. */
  host?: WorkspaceHost;
  /** The clock for freshness checks (tests and `--today` fix the date). */
  clock?: Clock;
}

export interface DocumentOptions {
  /** The document's path relative to the workspace root, with `/` (e.g. `ai-security.yaml`). */
  path: string;
  /** Severity overrides from the editor's settings (a manifest's own `policy.severity` wins). */
  severity?: SeverityOverrides;
  /** Texts longer than this get one `file-too-large` finding and no analysis. */
  maxSize?: number;
  /** For a model card: what the manifests that name it say about it (`Project.linksFor`). */
  links?: CardLink[];
}

/** A file's bytes as the host read them, or its size when it was over the limit and not read. */
export type FileContent = { bytes: Uint8Array } | { tooLarge: number };

/** A fix of several findings, with the findings it resolves. */
export interface FixFor {
  fix: Fix;
  findings: Finding[];
}

/** One analysed file, manifest or model card, and what the editor and the CLI ask of it. */
export interface DocumentAnalysis {
  readonly kind: FileKind;
  readonly path: string;
  readonly findings: Finding[];
  /** A manifest's coverage; undefined for a card or a file that was not analysed. */
  readonly coverage: Coverage | undefined;
  /** The model cards a manifest names (none for a card). */
  readonly cardLinks: readonly NamedCard[];
  /** The workspace paths the analysis read or checked: when one changes, analyse again. */
  readonly referenced: ReadonlySet<string>;
  /** The core's own analysis, for reports and fingerprints; undefined for a file not analysed. */
  readonly manifest: ManifestAnalysis | undefined;
  readonly card: ModelCardAnalysis | undefined;
  hover(position: Position): Hover | undefined;
  completion(position: Position): CompletionItem[];
  /** The quick fixes of one finding. */
  fixes(finding: Finding): Fix[];
  /**
   * The fixes that add every missing requirement, and every missing recommendation, of a manifest
   * at once, each offered when one of these findings is about a provision of its kind, with the
   * findings it resolves: requirements first. None when no finding is about a missing provision.
   */
  fixAll(findings: readonly Finding[]): FixFor[];
  symbols(): DocumentSymbol[];
  folding(): Fold[];
  links(): Link[];
  lenses(): Lens[];
  /** Go to definition: an asset ID's asset, a modelCard's card. */
  definition(position: Position): AssetTarget[];
  /** Every place the asset ID at a position is written. */
  references(position: Position, includeDeclaration: boolean): Range[];
  /** The asset ID a rename at a position would change; undefined refuses the rename. */
  prepareRename(position: Position): { range: Range; placeholder: string } | undefined;
  /** The edits of renaming the asset ID at a position, or why it cannot be. */
  rename(position: Position, newName: string): TextEdit[] | { error: string };
}

export interface LanguageService {
  /** Analyses a document's text as the given kind of file. Never throws on what the text holds. */
  analyze(kind: FileKind, text: string, options: DocumentOptions): DocumentAnalysis;
  /** A file that was not analysed: too large or not text, with the one finding that says so. */
  unanalysed(kind: FileKind, path: string, problem: Finding): DocumentAnalysis;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const { host, clock } = options;
  return {
    analyze(kind, text, o) {
      if (kind === 'model-card') {
        const card = analyzeModelCard(text, { path: o.path, links: o.links ?? [], ...(o.severity ? { severity: o.severity } : {}), ...(o.maxSize !== undefined ? { maxSize: o.maxSize } : {}) });
        return cardAnalysis(card);
      }
      const manifest = analyzeManifest(text, {
        path: o.path,
        ...(host ? { host } : {}),
        ...(clock ? { clock } : {}),
        ...(o.severity ? { severity: o.severity } : {}),
        ...(o.maxSize !== undefined ? { maxSize: o.maxSize } : {}),
      });
      return manifestAnalysis(manifest);
    },
    unanalysed(kind, path, problem) {
      return { ...NOTHING, kind, path, findings: [problem] };
    },
  };
}

/**
 * A file's text, or the one finding for a file that is not analysed: over `maxSize` bytes (it
 * was not read), or not UTF-8 text. The same for the editor and the CLI.
 */
export function fileText(content: FileContent, maxSize: number): { text: string; problem?: undefined } | { text: ''; problem: Finding } {
  if ('tooLarge' in content) return { text: '', problem: fileProblem('file-too-large', content.tooLarge, maxSize) };
  const decoded = decodeText(content.bytes);
  if (decoded.notText) return { text: '', problem: fileProblem('binary-file', content.bytes.length, maxSize, decoded.notText) };
  return { text: decoded.text };
}

/** The coverage report of the manifests among these analyses, as `ai-security report` and the editor's report show it. */
export function reportOf(analyses: readonly DocumentAnalysis[], options: ReportOptions = {}): CoverageReport {
  return coverageReport(
    analyses.flatMap((a) => (a.manifest ? [a.manifest] : [])),
    options,
  );
}

/** What an analysis without a context answers: nothing. */
const NOTHING: Omit<DocumentAnalysis, 'kind' | 'path' | 'findings'> = {
  coverage: undefined,
  cardLinks: [],
  referenced: new Set(),
  manifest: undefined,
  card: undefined,
  hover: () => undefined,
  completion: () => [],
  fixes: () => [],
  fixAll: () => [],
  symbols: () => [],
  folding: () => [],
  links: () => [],
  lenses: () => [],
  definition: () => [],
  references: () => [],
  prepareRename: () => undefined,
  rename: () => ({ error: 'Only an asset ID in a manifest can be renamed.' }),
};

function manifestAnalysis(manifest: ManifestAnalysis): DocumentAnalysis {
  const ctx = manifest.context;
  return {
    kind: 'manifest',
    path: ctx.path,
    findings: manifest.findings,
    coverage: manifest.coverage,
    cardLinks: modelCardLinks(ctx),
    referenced: ctx.referenced,
    manifest,
    card: undefined,
    hover: (position) => hoverAt(ctx, position),
    completion: (position) => completionAt(ctx, position),
    fixes: (finding) => fixesFor(ctx, finding),
    fixAll(findings) {
      const out: FixFor[] = [];
      for (const modal of ['shall', 'should'] as const) {
        const missing = findings.filter((f) => f.data?.kind === 'missing-provision' && catalogue().byId.get(f.data.provision)?.modal === modal);
        const fix = missing.length ? addAllMissing(ctx, modal) : undefined;
        if (fix) out.push({ fix, findings: missing });
      }
      return out;
    },
    symbols: () => documentSymbols(ctx),
    folding: () => foldingRanges(ctx),
    links: () => documentLinks(ctx),
    lenses: () => coverageLens(ctx, manifest.coverage),
    definition: (position) => assetDefinition(ctx, position),
    references: (position, includeDeclaration) => assetReferences(ctx, position, includeDeclaration),
    prepareRename: (position) => prepareAssetRename(ctx, position),
    rename: (position, newName) => renameAsset(ctx, position, newName),
  };
}

function cardAnalysis(card: ModelCardAnalysis): DocumentAnalysis {
  const ctx = card.context;
  return {
    ...NOTHING,
    kind: 'model-card',
    path: ctx.path,
    findings: card.findings,
    card,
    hover: (position) => cardHoverAt(ctx, position),
    completion: (position) => cardCompletionAt(ctx, position),
    fixes: (finding) => cardFixesFor(ctx, finding),
  };
}

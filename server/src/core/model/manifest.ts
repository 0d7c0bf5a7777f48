/**
 * What every manifest rule and feature reads: the parsed tree, the system's facts and each
 * provision's applicability, the provision entries and assets, and the facts computed from them
 * once per analysis (the asset-met provisions' faults, the provision schemas' problems). Built by
 * `buildContext` (model/context.ts); rules only read it and report.
 */
import type { Applicability, AssetFacts, Facts } from '../catalogue/applicability';
import type { Offsets, YEntry, YMap, YNode } from '../parse/yaml';
import type { Status } from '../schema';
import type { LineIndex } from '../text';
import type { ManifestFindingData, WorkspaceHost } from '../types';
import type { RawFinding } from './guard';

export type { RawFinding } from './guard';

export interface EntryInfo {
  id: string;
  entry: YEntry;
  /** The entry's value (a mapping when well formed). */
  node: YNode;
  status: Status | undefined;
}

export interface AssetInfo {
  index: number;
  node: YNode;
  id: string | undefined;
  facts: AssetFacts;
}

/** A provision that assets must meet (5.1, 5.2, 7.2, …) failing on one asset or field. */
export interface Fault {
  provision: string;
  at: Offsets;
  message: string;
  data: ManifestFindingData;
}

export interface ManifestContext {
  text: string;
  lines: LineIndex;
  /** The manifest's path relative to the workspace root, POSIX separators. */
  path: string;
  root: YMap | undefined;
  host: WorkspaceHost | undefined;
  /** Today as YYYY-MM-DD, or undefined when no clock was given (freshness is then not checked). */
  today: string | undefined;
  maxReviewAgeDays: number;
  facts: Facts;
  applicability: Map<string, Applicability>;
  /** Entries under `provisions:` whose key is a real provision number. */
  entries: Map<string, EntryInfo>;
  assets: AssetInfo[];
  /**
   * Faults of the provisions that assets meet, computed once (the assets rule reports them, the
   * provision states count them). `undefined` when computing them failed: those provisions then
   * count as missing.
   */
  faults: Fault[] | undefined;
  /**
   * What each implemented entry lacks of its provision's schema, by provision, computed once (the
   * provision-schemas rule reports it, the provision states count it). `undefined` when computing
   * it failed: implemented entries with a schema then count as missing.
   */
  schemaProblems: Map<string, RawFinding[]> | undefined;
  /** Every rule ID the analysis can report (the engine's and its rules'), for `policy.severity` keys. */
  ruleCodes: readonly string[];
  /** Whether the YAML had syntax errors: then the tree may be partial, and no fix is offered. */
  brokenSyntax: boolean;
  /** Workspace-relative paths the manifest refers to (evidence, plans, model cards): a change
   * to any of them can change the findings, so editors revalidate on it. */
  referenced: Set<string>;
  report(f: RawFinding): void;
}

/** Whether a provision applies now (role, condition and phase). */
export function appliesNow(ctx: ManifestContext, id: string): boolean {
  const a = ctx.applicability.get(id);
  return !!a && a.applies && a.due;
}

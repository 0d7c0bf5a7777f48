/**
 * Plain types at the core's boundary. Nothing here knows about LSP or the file system: the
 * adapters convert these to protocol types and supply the host services.
 */

/** A 0-based line and UTF-16 character offset within that line, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A severity a user can set in `policy.severity` or the editor settings; `off` drops the finding. */
export type SeveritySetting = Severity | 'off';

/** The kind of file a finding belongs to. */
export type FileKind = 'manifest' | 'model-card';

/** A path in a YAML document (a manifest, or a card's front matter), as keys and list indexes. */
export type DataPath = (string | number)[];

/**
 * Fields any finding's data may be asked for, whatever its kind: absent where the kind has none.
 * Each kind below says which of them it always carries.
 */
export type CommonData = {
  /** The provision concerned, where there is one. */
  provision?: string;
  /** A replacement the finding suggests (a provision number, a field name, a value). */
  suggestion?: string;
  /** Field names that are missing, or values that are missing from a list. */
  missing?: string[];
  /** The YAML path of the node at fault, as keys and indexes. */
  path?: DataPath;
  /**
   * The verb of the sentence of the provision the finding is about, where it is not the
   * provision's own (3.1's second sentence is a "should" in a "shall" provision): severity
   * overrides by verb go by it.
   */
  modal?: 'shall' | 'should';
};

/** No fields beyond the kind. */
type Nothing = Record<never, never>;
type AtPath = { path: DataPath };
type OnProvision = { path: DataPath; provision: string };

/** The data of each kind of manifest finding, by kind. */
export interface ManifestDataByKind {
  /** YAML problems: a key written twice (a syntax error carries no data). */
  'duplicate-key': { key: string; first: [number, number] };
  /** A rule, or a fact the rules read, that threw on this file. */
  'internal-error': { rule: string };
  /** A manifest that states nothing (empty, only comments, `~`): the editor's command writes one. */
  'empty-manifest': Nothing;
  // The shape of the manifest (rules/shape.ts).
  'unknown-field': AtPath & { suggestion?: string };
  'missing-field': AtPath & { missing: string[]; provision?: string };
  'yaml11-boolean': AtPath & { suggestion: string };
  'entry-not-mapping': AtPath;
  'invalid-type': AtPath & { expected: string };
  'invalid-enum': AtPath & { suggestion?: string };
  'too-small': AtPath;
  'invalid-value': AtPath;
  // Provision keys, entries and their schemas.
  'unknown-provision': AtPath & { suggestion?: string };
  'misplaced-field': OnProvision;
  'missing-evidence': OnProvision;
  'missing-justification': OnProvision;
  'waiver-expired': OnProvision;
  overdue: OnProvision;
  open: OnProvision;
  'stale-review': OnProvision;
  'too-few-channels': OnProvision;
  'unpublished-policy': OnProvision;
  'missing-attacks': OnProvision & { missing: string[] };
  'missing-logs': OnProvision & { missing: string[] };
  // The asset inventory.
  'empty-inventory': OnProvision;
  'asset-fault': OnProvision & { missing: string[] };
  'duplicate-asset': AtPath;
  'unknown-asset': AtPath & { provision: string; suggestion?: string };
  'invalid-hash': AtPath;
  // References to documents.
  'insecure-url': AtPath & { suggestion: string };
  'bad-reference': AtPath;
  'outside-workspace': AtPath;
  'not-found': AtPath & { target: string };
  'not-a-file': AtPath & { target: string };
  'model-card-not-found': AtPath & { target: string };
  'hash-mismatch': AtPath & { target: string };
  /** Text the tool wrote as a placeholder (util/placeholders.ts), still there. */
  'unchanged-placeholder': AtPath;
  // Coverage.
  'missing-provision': { provision: string; assumed?: string[] };
}

/** The data of each kind of model-card finding, by kind. */
export interface CardDataByKind {
  'internal-error': { rule: string };
  'front-matter-unclosed': Nothing;
  /** YAML problems in the front matter, by their code. */
  'yaml-syntax': Nothing;
  'duplicate-key': Nothing;
  'hf-metadata': AtPath;
  placeholder: Nothing;
  'empty-section': Nothing;
  /** A section the Code asks for; `missing` lists them all when one finding covers several. */
  /**
   * A section the Code asks for: `item` names an 8.1.1 item (`training`, `scope`, `guardrails`,
   * `retention`, `review`, `failure`); `missing` and `items` list them all when one finding
   * covers several; `also` names the other provisions the same gap falls short of.
   */
  'missing-section': { provision: string; section: string; item?: string; missing?: string[]; items?: string[]; also?: string[] };
  'training-data-detail': { provision: string; missing: string[]; also?: string[] };
  'card-language': Nothing;
  /** A template's placeholder, or a waiver's placeholder reason, still there. */
  'unchanged-placeholder': Nothing;
  'invalid-waiver': Nothing;
  'waiver-without-reason': { code: string };
}

/** One member per kind: `{ kind }`, the common fields, and the kind's own. */
type DataOf<M> = { [K in keyof M & string]: { kind: K } & CommonData & M[K] }[keyof M & string];

export type ManifestFindingData = DataOf<ManifestDataByKind>;
export type CardFindingData = DataOf<CardDataByKind>;
/** The data of a finding of the given kind, in a manifest. */
export type ManifestDataOf<K extends keyof ManifestDataByKind> = Extract<ManifestFindingData, { kind: K }>;
/** The data of a finding of the given kind, in a model card. */
export type CardDataOf<K extends keyof CardDataByKind> = Extract<CardFindingData, { kind: K }>;

/**
 * What a quick fix needs to know about a finding, so that fixes key on data and never on the
 * message: `kind` names the situation, and decides the other fields (a union by kind, so that a
 * switch over kinds can be checked for completeness).
 */
export type FindingData = ManifestFindingData | CardFindingData;

/** One thing the tool has to say about a file. */
export interface Finding {
  /** Stable identifier: a provision number such as `6.4`, or a kebab-case rule ID. */
  code: string;
  severity: Severity;
  /** What is wrong and what to do about it, in one or two sentences. */
  message: string;
  range: Range;
  /** A link to the Code of Practice (or the part of it the finding is about). */
  href: string;
  data?: FindingData;
}

/** How an entry's provision stands in a manifest. */
export interface Coverage {
  /** Provisions that apply now (role, phase and condition). */
  applicable: number;
  /** Applicable provisions that are addressed (implemented, not applicable, or a live waiver). */
  addressed: number;
  /** Provisions that will apply at a later lifecycle stage. */
  upcoming: number;
  /** The same counts split by modal verb: `shall` (requirements) and `should` (recommendations). */
  byVerb: Record<'shall' | 'should', { applicable: number; addressed: number }>;
}

/** A file-system view of the workspace, given to the core by its host. */
export interface WorkspaceHost {
  /**
   * What is at a workspace-relative POSIX path (no leading `/`, no `..`). `outside` means the
   * path resolves, through a symbolic link, to somewhere outside the workspace: the host never
   * reads such a path and the core treats it as a finding. `special` is something that is
   * neither a regular file nor a folder (a FIFO, a socket, a device): it is never read.
   */
  stat(relPath: string): 'file' | 'directory' | 'special' | 'missing' | 'outside';
  /**
   * The text of a file inside the workspace, or `undefined` if it cannot be read, is outside,
   * is not text, or is larger than `maxBytes`.
   */
  readText(relPath: string, maxBytes: number): string | undefined;
  /**
   * The entries of a workspace folder (for path completion), or an empty list. Optional: hosts
   * that cannot list folders simply offer no path completion.
   */
  list?(relDir: string): { name: string; kind: 'file' | 'directory' }[];
}

/** The clock, injected so that freshness checks are testable. */
export interface Clock {
  /** Today's date as `YYYY-MM-DD` (the user's calendar day). */
  today(): string;
}

/** Severity overrides from editor settings (the manifest's own `policy.severity` wins over them). */
export interface SeverityOverrides {
  [verbOrCodeOrNumber: string]: SeveritySetting;
}

export interface AnalyzeOptions {
  /** Path of the document relative to the workspace root, POSIX separators (e.g. `ai-security.yaml`). */
  path: string;
  host?: WorkspaceHost;
  clock?: Clock;
  severity?: SeverityOverrides;
  /** Texts longer than this (in UTF-16 code units) get one `file-too-large` finding and no analysis. */
  maxSize?: number;
}

/** The default size limit: far above any real manifest or model card. */
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

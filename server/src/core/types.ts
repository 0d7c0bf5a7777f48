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

/**
 * What a quick fix needs to know about a finding, so that fixes key on data and never on the
 * message. `kind` names the situation; the other fields depend on it.
 */
export interface FindingData {
  kind: string;
  /** The provision concerned, where there is one. */
  provision?: string;
  /** A replacement the finding suggests (a provision number, a field name, a value). */
  suggestion?: string;
  /** Field names that are missing, or values that are missing from a list. */
  missing?: string[];
  /** The YAML path of the node at fault, as keys and indexes. */
  path?: (string | number)[];
  /** Any further facts a fix or a hover may need. */
  [key: string]: unknown;
}

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

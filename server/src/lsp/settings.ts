/**
 * Settings per resource (`aiSecurity.*`), read with workspace/configuration where the client
 * supports it and cached per document until the configuration changes. Clients without it get
 * the defaults, or what they sent in didChangeConfiguration.
 */
import type { Connection } from 'vscode-languageserver';
import { SEVERITY_SETTINGS } from '../core/schema';
import { DEFAULT_MAX_SIZE, type SeverityOverrides } from '../core/index';

export interface Settings {
  enable: boolean;
  /** Severity overrides by modal verb (`shall`, `should`), provision number or rule ID. */
  severity: SeverityOverrides;
  /** Extra globs (workspace-relative) of files to check as manifests. */
  files: string[];
  /** Extra globs (workspace-relative) of Markdown files to check as model cards. */
  modelCards: string[];
  /**
   * Files larger than this are reported once and not analysed. Settings may lower the default,
   * never raise it: workspace settings come with the repository, and a safety bound that the
   * repository could lift would not be one.
   */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, severity: {}, files: [], modelCards: [], maxFileSize: DEFAULT_MAX_SIZE };

export function normalise(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const severity: SeverityOverrides = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [k, v] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v)) severity[k] = v as SeverityOverrides[string];
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    severity,
    files: Array.isArray(r.files) ? r.files.filter((f): f is string => typeof f === 'string') : [],
    modelCards: Array.isArray(r.modelCards) ? r.modelCards.filter((f): f is string => typeof f === 'string') : [],
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize >= 1 ? Math.min(Math.floor(r.maxFileSize), DEFAULT_MAX_SIZE) : DEFAULT_SETTINGS.maxFileSize,
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private global: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly pull: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.pull()) return Promise.resolve(this.global);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'aiSecurity' })
        .then(normalise, () => DEFAULT_SETTINGS);
      this.cache.set(uri, s);
    }
    return s;
  }

  /** After didChangeConfiguration: forget what was read; keep what a push-only client sent. */
  changed(pushed: unknown): void {
    this.cache.clear();
    const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).aiSecurity : undefined;
    if (section !== undefined) this.global = normalise(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}


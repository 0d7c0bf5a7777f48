/**
 * The project configuration file, `.ai-securityrc.yaml` (or `.yml`, `.json`, or an
 * `"ai-security"` key in package.json): which files a search takes (`include`, `exclude`), which
 * more files are model cards (`modelCards`), severity overrides (`severity`), the CLI's gate
 * (`failOn`) and baseline (`baseline`), and whether `.gitignore` files are honoured
 * (`gitignore`). The CLI and the language server find it, read it through their workspace hosts
 * and hand its text here; this module parses and validates it, and merges it with what the
 * command line or the editor's settings say. Nothing here reads a file.
 *
 * The file comes with the repository, so it is untrusted input: it is size-limited by the
 * adapters, every glob goes through the core's linear matcher (util/glob.ts, with its length and
 * expansion limits), a list holds at most `CONFIG_MAX_PATTERNS` patterns, and `baseline` must
 * name a path inside the workspace (no absolute path, no `..` that climbs out; symbolic links are
 * the host's to refuse when the file is read). A mistake is a problem with its place in the file,
 * never an exception.
 */
import { allRuleCodes, compileGlob, LineIndex, provision, type Range, type SeverityOverrides, type SeveritySetting } from './index';
import { parseYaml, type YEntry, type YNode } from './parse/yaml';
import { SEVERITY_SETTINGS } from './schema';
import { suggest } from './util/suggest';

/** The configuration files a folder may hold, in the order they are looked for. */
export const CONFIG_FILE_NAMES = ['.ai-securityrc.yaml', '.ai-securityrc.yml', '.ai-securityrc.json'] as const;
/** package.json holds a configuration under this key; a package.json without it is no configuration. */
export const PACKAGE_JSON_KEY = 'ai-security';
/** The largest configuration file (or package.json) read. */
export const CONFIG_MAX_BYTES = 1024 * 1024;
/** The most patterns one list (`include`, `exclude`, `modelCards`) may hold. */
export const CONFIG_MAX_PATTERNS = 256;
/** The longest `baseline` path. */
const MAX_PATH_LENGTH = 1024;

export const FAIL_ON_LEVELS = ['error', 'warning', 'information', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** A project configuration, validated. Globs are as written: relative to the configuration's folder. */
export interface ProjectConfig {
  /** A search takes only the files that match one of these (default: every file). */
  include?: string[];
  /** A search skips the files and folders that match one of these. */
  exclude?: string[];
  /** More files to check as model cards (the CLI's --include, the editor's aiSecurity.modelCards). */
  modelCards?: string[];
  /** Severity overrides by modal verb, provision number or rule ID (as aiSecurity.severity). */
  severity?: SeverityOverrides;
  /** The CLI's --fail-on. */
  failOn?: FailOn;
  /** The CLI's --baseline: the workspace-relative path (resolved from the configuration's folder). */
  baseline?: string;
  /** Whether searches honour `.gitignore` files (default true). */
  gitignore?: boolean;
}

export interface ConfigProblem {
  message: string;
  /** Where in the configuration file (0-based, UTF-16, as in LSP). */
  range: Range;
}

/** A configuration file as read: where it is, what it says, and what is wrong with it. */
export interface LoadedConfig {
  /** The file's workspace-relative path (`.ai-securityrc.yaml`, `sub/package.json`). */
  file: string;
  /** Its folder, workspace-relative: '' at the root. Globs and `baseline` are relative to it. */
  dir: string;
  /** The valid parts: an invalid value is left out, the others apply. */
  config: ProjectConfig;
  problems: ConfigProblem[];
}

const KEYS = ['$schema', 'include', 'exclude', 'modelCards', 'severity', 'failOn', 'baseline', 'gitignore'] as const;
const GLOB_LISTS = ['include', 'exclude', 'modelCards'] as const;

/** The files to look for in a folder, in order: the rc files, then package.json. */
export function configCandidates(dir: string): string[] {
  return [...CONFIG_FILE_NAMES, 'package.json'].map((n) => (dir ? `${dir}/${n}` : n));
}

/** Whether a workspace-relative path is one a configuration may be read from (its name alone). */
export function isConfigCandidate(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name) || name === 'package.json';
}

/** The folders searched for a configuration, nearest first: `from` and its parents, up to the root (''). */
export function configSearchPath(from: string): string[] {
  const parts = from.split('/').filter(Boolean);
  const out: string[] = [];
  for (let n = parts.length; n >= 0; n--) out.push(parts.slice(0, n).join('/'));
  return out;
}

/**
 * Parses and validates a configuration file's text. `file` is its workspace-relative path; a
 * package.json without the `"ai-security"` key is no configuration (undefined), so that the
 * search goes on past it. Never throws.
 */
export function parseConfig(file: string, text: string): LoadedConfig | undefined {
  const slash = file.lastIndexOf('/');
  const dir = slash < 0 ? '' : file.slice(0, slash);
  const name = file.slice(slash + 1);
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const at = (start: number, end: number, message: string) => problems.push({ message, range: lines.range(start, end) });
  const out: LoadedConfig = { file, dir, config: {}, problems };

  const json = name.endsWith('.json');
  if (json) {
    // JSON's own reader decides what is valid JSON; the YAML reader below gives the places.
    try {
      JSON.parse(text);
    } catch (e) {
      if (name === 'package.json' && !text.includes(`"${PACKAGE_JSON_KEY}"`)) return undefined;
      // Node words some of these errors with the whole text quoted after a comma: left out.
      const message = (e as Error).message;
      const cut = message.indexOf(', "');
      const short = (cut > 0 ? message.slice(0, cut) : message).slice(0, 200);
      const m = /position (\d+)/.exec(short);
      // Without a position from JSON's reader, the YAML reader's place for the error.
      let offset = m ? Math.min(Number(m[1]), text.length) : 0;
      if (!m) {
        try {
          offset = parseYaml(text).problems.find((p) => p.code === 'yaml-syntax')?.range[0] ?? 0;
        } catch {
          offset = 0;
        }
      }
      at(offset, offset, `not valid JSON: ${short}`);
      return out;
    }
  }
  let parsed: ReturnType<typeof parseYaml>;
  try {
    parsed = parseYaml(text);
  } catch (e) {
    at(0, 0, `could not be read (${e instanceof Error ? e.message : String(e)})`);
    return out;
  }
  let root = parsed.root;
  if (name === 'package.json') {
    const e = root?.kind === 'map' ? lastEntry(root, PACKAGE_JSON_KEY) : undefined;
    if (!e) return undefined;
    root = e.value;
  } else {
    // A duplicate key is said by the reader (the first one is used); a syntax error ends the reading.
    for (const p of parsed.problems) if (p.severity === 'error') at(p.range[0], p.range[1], p.message);
    if (parsed.problems.some((p) => p.code === 'yaml-syntax')) return out;
  }
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return out;
  if (root.kind !== 'map') {
    at(root.range[0], root.range[1], `must be ${name === 'package.json' ? `an object under "${PACKAGE_JSON_KEY}"` : 'a mapping (key: value)'}, not ${describe(root)}`);
    return out;
  }
  const seen = new Set<string>();
  for (const e of root.entries) {
    const key = e.key;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!(KEYS as readonly string[]).includes(key)) {
      const guess = suggest(key, KEYS.filter((k) => k !== '$schema'));
      at(e.keyRange[0], e.keyRange[1], `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ''} (keys: ${KEYS.filter((k) => k !== '$schema').join(', ')})`);
      continue;
    }
    const v = e.value;
    const bad = (what: string) => at(v.range[0], v.range[1], `${key} must be ${what}, not ${describe(v)}`);
    if ((GLOB_LISTS as readonly string[]).includes(key)) {
      const list = globList(key, v, at);
      if (list) out.config[key as (typeof GLOB_LISTS)[number]] = list;
    } else if (key === 'severity') {
      if (v.kind !== 'map') bad('a mapping of shall, should, provision numbers or rule IDs to error, warning, information, hint or off');
      else out.config.severity = severityMap(v, at);
    } else if (key === 'failOn') {
      if (v.kind === 'scalar' && typeof v.value === 'string' && (FAIL_ON_LEVELS as readonly string[]).includes(v.value)) out.config.failOn = v.value as FailOn;
      else bad(`one of ${FAIL_ON_LEVELS.join(', ')}`);
    } else if (key === 'baseline') {
      if (v.kind !== 'scalar' || typeof v.value !== 'string') bad('a path (a string)');
      else {
        const r = workspacePath(v.value, dir);
        if ('error' in r) at(v.range[0], v.range[1], `baseline ${JSON.stringify(v.value.slice(0, 100))} ${r.error}`);
        else out.config.baseline = r.rel;
      }
    } else if (key === 'gitignore') {
      if (v.kind === 'scalar' && typeof v.value === 'boolean') out.config.gitignore = v.value;
      else bad('true or false');
    } else if (key === '$schema' && (v.kind !== 'scalar' || typeof v.value !== 'string')) bad('a string');
  }
  // In the file's order: the CLI names the first.
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

function lastEntry(map: Extract<YNode, { kind: 'map' }>, key: string): YEntry | undefined {
  return map.entries.filter((e) => e.key === key).at(-1);
}

function describe(v: YNode): string {
  if (v.kind === 'map') return 'a mapping';
  if (v.kind === 'seq') return 'a list';
  if (v.value === null) return 'empty';
  const s = typeof v.value === 'string' ? JSON.stringify(v.value.length > 60 ? `${v.value.slice(0, 60)}…` : v.value) : String(v.value);
  return `${typeof v.value === 'string' ? 'the string' : `the ${typeof v.value}`} ${s}`;
}

type At = (start: number, end: number, message: string) => void;

/** A list of globs, each compiled with the core's matcher; a bad one is a problem and left out. */
function globList(key: string, v: YNode, at: At): string[] | undefined {
  if (v.kind !== 'seq') {
    at(v.range[0], v.range[1], `${key} must be a list of glob patterns, not ${describe(v)}`);
    return undefined;
  }
  if (v.items.length > CONFIG_MAX_PATTERNS) {
    at(v.range[0], v.range[1], `${key} holds ${v.items.length} patterns; at most ${CONFIG_MAX_PATTERNS} are taken`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of v.items) {
    if (item.kind !== 'scalar' || typeof item.value !== 'string') {
      at(item.range[0], item.range[1], `${key}: each pattern must be a string, not ${describe(item)}`);
      continue;
    }
    const r = compileGlob(item.value);
    if (r.error !== undefined) at(item.range[0], item.range[1], `${key}: the pattern ${JSON.stringify(item.value.length > 100 ? `${item.value.slice(0, 100)}…` : item.value)} ${r.error}`);
    else out.push(item.value);
  }
  return out;
}

/** `severity`: the keys and values of aiSecurity.severity and policy.severity. */
function severityMap(v: Extract<YNode, { kind: 'map' }>, at: At): SeverityOverrides {
  const out: SeverityOverrides = {};
  const codes = allRuleCodes.map((r) => r.code);
  for (const e of v.entries) {
    const key = e.key.trim();
    if (!(key === 'shall' || key === 'should' || provision(key) || codes.includes(key))) {
      const guess = suggest(key, ['shall', 'should', ...codes]);
      at(e.keyRange[0], e.keyRange[1], `severity: "${key.slice(0, 100)}" is not shall, should, a provision number of the Code or a rule ID${guess ? `; did you mean "${guess}"?` : ''}`);
      continue;
    }
    const s = e.value.kind === 'scalar' ? e.value.value : undefined;
    if (typeof s === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(s)) out[key] = s as SeveritySetting;
    else at(e.value.range[0], e.value.range[1], `severity.${key} must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${describe(e.value)}`);
  }
  return out;
}

/**
 * A path written in the configuration, relative to its folder, as a workspace-relative path; or
 * why not. Refused before any file-system call: absolute paths, `~`, drive letters, URLs, NUL,
 * and `..` that climbs out of the workspace.
 */
export function workspacePath(written: string, dir: string): { rel: string } | { error: string } {
  if (written.length > MAX_PATH_LENGTH) return { error: `is longer than ${MAX_PATH_LENGTH} characters` };
  if (written.includes('\0')) return { error: 'contains a NUL character' };
  const p = written.trim().replace(/\\/g, '/');
  if (p === '') return { error: 'is empty' };
  if (p.startsWith('/') || p.startsWith('~') || /^[a-zA-Z]:/.test(p)) return { error: 'must be a path relative to the configuration file\u2019s folder, inside the workspace' };
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(p)) return { error: 'must be a workspace path, not a URL' };
  const parts = dir ? dir.split('/') : [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return { error: 'leads outside the workspace (its .. climbs out); it is not read' };
      parts.pop();
    } else parts.push(seg);
  }
  if (parts.length === 0) return { error: 'names the workspace folder, not a file' };
  return { rel: parts.join('/') };
}

/** `file:line:column: message`, 1-based, for a command line or a log. */
export function problemText(loaded: LoadedConfig, problem: ConfigProblem): string {
  return `${loaded.file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`;
}

// ---- Merging with the command line and the editor's settings -------------------------------------

/** Characters the glob matcher reads as syntax: escaped when a folder name becomes a pattern's prefix. */
const GLOB_SYNTAX = /[\\*?[\]{}()!|"'@+]/g;

/** A pattern relative to the configuration's folder, made relative to the workspace root. */
export function rootPattern(dir: string, pattern: string): string {
  const p = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  return dir ? `${dir.replace(GLOB_SYNTAX, '\\$&')}/${p}` : p;
}

/** The configuration's card patterns, relative to the workspace root. */
export function configCardPatterns(loaded: LoadedConfig | undefined): string[] {
  return (loaded?.config.modelCards ?? []).map((p) => rootPattern(loaded!.dir, p));
}

/**
 * Severity overrides for the editor: aiSecurity.severity, then the project's configuration over
 * it, key by key. The configuration comes with the repository and CI reads it too, so it wins, as
 * a `.markdownlint.*` file does over the markdownlint extension's setting; a manifest's own
 * `policy.severity` still wins over both (engine: applySeverity).
 */
export function mergeSeverity(settings: SeverityOverrides, loaded: LoadedConfig | undefined): SeverityOverrides {
  return loaded?.config.severity ? { ...settings, ...loaded.config.severity } : settings;
}

/** What a search takes, by the configuration's `include` and `exclude`. */
export interface SearchFilter {
  /** Whether a folder is skipped whole (`exclude`). */
  skipsFolder(rel: string): boolean;
  /** Whether a file is left out (`exclude`, or `include` not matching). */
  skipsFile(rel: string): boolean;
}

const NOTHING: SearchFilter = { skipsFolder: () => false, skipsFile: () => false };

export function searchFilter(loaded: LoadedConfig | undefined): SearchFilter {
  if (!loaded) return NOTHING;
  const compile = (list: string[] | undefined) => (list ?? []).map((p) => compileGlob(rootPattern(loaded.dir, p)).glob).filter((g) => g !== undefined);
  const include = compile(loaded.config.include);
  const exclude = compile(loaded.config.exclude);
  if (!include.length && !exclude.length) return NOTHING;
  return {
    skipsFolder: (rel) => exclude.some((g) => g.matches(rel)),
    skipsFile: (rel) => exclude.some((g) => g.matches(rel)) || (include.length > 0 && !include.some((g) => g.matches(rel))),
  };
}

/** The CLI's settings: a flag given on the command line wins over the configuration. */
export interface CheckSettings {
  failOn: FailOn;
  /** Workspace-relative path of the baseline, from the configuration (a --baseline flag is the CLI's own). */
  baseline?: string;
  /** Card patterns relative to the root: the configuration's `modelCards`, then `--include`'s. */
  cards: string[];
}

export function mergeCheckSettings(flags: { failOn?: FailOn; include?: string[] }, loaded: LoadedConfig | undefined): CheckSettings {
  const c = loaded?.config;
  return {
    failOn: flags.failOn ?? c?.failOn ?? 'error',
    ...(c?.baseline !== undefined ? { baseline: c.baseline } : {}),
    cards: [...configCardPatterns(loaded), ...(flags.include ?? [])],
  };
}

/** The JSON Schema of the configuration (schemas/ai-security-config.schema.json is written from it). */
export function configJsonSchema(): Record<string, unknown> {
  const globs = (description: string) => ({
    type: 'array',
    maxItems: CONFIG_MAX_PATTERNS,
    items: { type: 'string', minLength: 1, maxLength: 1024 },
    description,
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/your-org/ai-security-cop/blob/main/schemas/ai-security-config.schema.json',
    title: 'ai-security project configuration (.ai-securityrc.yaml, .ai-securityrc.yml, .ai-securityrc.json, or "ai-security" in package.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      include: globs('Glob patterns (picomatch syntax, relative to this file\u2019s folder): a search takes only the manifests and model cards that match one of them. Default: every file.'),
      exclude: globs('Glob patterns (relative to this file\u2019s folder) of files and folders a search skips, besides .gitignore and the default ignores. A manifest that names a card, or a path on the command line, is still checked.'),
      modelCards: globs('Glob patterns (relative to this file\u2019s folder) of more files to check as model cards: the CLI\u2019s --include and the editor\u2019s aiSecurity.modelCards add to them.'),
      severity: {
        type: 'object',
        description: 'Severity overrides, by modal verb (shall, should), provision number ("9.2.1") or rule ID (stale-review), as the aiSecurity.severity setting; they win over that setting, and a manifest\u2019s own policy.severity wins over them.',
        additionalProperties: { type: 'string', enum: [...SEVERITY_SETTINGS] },
      },
      failOn: { type: 'string', enum: [...FAIL_ON_LEVELS], description: 'The CLI exits 1 when a finding reaches this severity (default error); --fail-on wins over it.' },
      baseline: { type: 'string', minLength: 1, maxLength: MAX_PATH_LENGTH, description: 'The baseline file of the CLI, relative to this file\u2019s folder and inside the workspace; --baseline wins over it.' },
      gitignore: { type: 'boolean', description: 'Whether searches skip what .gitignore files ignore (default true).' },
    },
  };
}

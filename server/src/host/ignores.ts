/**
 * What a search of the workspace skips, for the CLI's folder walk and the language server's
 * workspace scan alike: folders that hold dependencies, virtual environments and build output
 * (a model card inside `.venv/lib/python3.11/site-packages/…` or `build/` is a copy of someone
 * else's, not the project's), what `.gitignore` files ignore (at the root and in sub-folders,
 * read with the `ignore` package, which ESLint also uses), and the project configuration's
 * `exclude` and `include` (core/config.ts).
 *
 * What a user names explicitly is checked anyway: a path on the command line, a file open in
 * the editor, a card a manifest names. Those never go through here.
 *
 * A `.gitignore` comes with the repository, so it is untrusted input: it is read through the
 * root like any workspace file (a regular file inside it, never through a link that leads out),
 * at most `GITIGNORE_MAX_BYTES`, and a line whose pattern the `ignore` package would match with a
 * backtracking regular expression of high degree (more than `MAX_GLOBSTARS` `**`, or more than
 * `MAX_WILDCARDS` wildcards, or longer than `MAX_LINE`) is not applied and is reported. So a match
 * costs at worst about a tenth of a second on a 4,000-character path
 * (test/cli/ignores.test.ts), instead of minutes; a line left out makes the search take more
 * files, never fewer, so a gate cannot pass for it.
 */
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { decodeText } from '../core/index';
import type { SearchFilter } from '../core/config';
import { kindWithin, readWithin, type Root } from './files';

/**
 * Folders a search never enters, by name: version control, dependencies, virtual environments,
 * caches and build output. A folder holding `pyvenv.cfg` (a Python virtual environment, whatever
 * its name: `env`, `.env3`) or `conda-meta` (a conda environment) is skipped too, as is `*.egg-info`.
 */
export const DEFAULT_IGNORED_FOLDERS: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '.venv',
  'venv',
  'site-packages',
  'dist-packages',
  '__pycache__',
  '.tox',
  '.nox',
  '.eggs',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.ipynb_checkpoints',
  'build',
  'dist',
  'target',
];

export const GITIGNORE_MAX_BYTES = 256 * 1024;
const MAX_LINE = 256;
const MAX_GLOBSTARS = 2;
const MAX_WILDCARDS = 8;

/** Why a `.gitignore` line is not applied, or undefined when it is. */
export function unsafeGitignoreLine(line: string): string | undefined {
  if (line.length > MAX_LINE) return `it is longer than ${MAX_LINE} characters`;
  const globstars = line.split('**').length - 1;
  if (globstars > MAX_GLOBSTARS) return `it has more than ${MAX_GLOBSTARS} **`;
  const wildcards = (line.replace(/\*\*/g, '').match(/[*?[]/g) ?? []).length + globstars;
  if (wildcards > MAX_WILDCARDS) return `it has more than ${MAX_WILDCARDS} wildcards`;
  return undefined;
}

export interface IgnoreOptions {
  /** Honour `.gitignore` files (default true; the configuration's `gitignore: false` turns it off). */
  gitignore?: boolean;
  /** The configuration's include and exclude. */
  filter?: SearchFilter;
  /** Told once per `.gitignore` problem (a line not applied, a file too large), as `file:line: why`. */
  onProblem?: (message: string) => void;
  /**
   * The folder the search starts in, workspace-relative. When the user named it although it is
   * ignored (`ai-security check build`), it is searched: the rules that ignore it as a whole (its
   * name, the `.gitignore` files above it, `exclude`) are not applied inside it, and the
   * `.gitignore` files inside it still are.
   */
  start?: string;
}

/** The decisions of one search: `.gitignore` files are read once each, when first needed. */
export class Ignores {
  private readonly rules = new Map<string, Ignore | undefined>();
  private from = '';
  private filter: SearchFilter | undefined;

  constructor(
    private readonly root: Root,
    private readonly options: IgnoreOptions = {},
  ) {
    this.filter = options.filter;
    const start = options.start ?? '';
    if (start !== '' && this.ignoredAbove(start)) {
      this.from = start;
      this.filter = undefined;
    }
  }

  /** Whether the search skips a folder (workspace-relative, never the root). */
  skipsFolder(rel: string): boolean {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (DEFAULT_IGNORED_FOLDERS.includes(name) || name.endsWith('.egg-info')) return true;
    if (this.isEnvironment(rel)) return true;
    return this.filter?.skipsFolder(rel) === true || this.gitignored(rel, true);
  }

  /** Whether the search leaves a file out (workspace-relative). */
  skipsFile(rel: string): boolean {
    return this.filter?.skipsFile(rel) === true || this.gitignored(rel, false);
  }

  /** Whether a search from the root would leave a file out: a folder above it skipped, or the file. */
  skipsPath(rel: string): boolean {
    const slash = rel.lastIndexOf('/');
    return (slash > 0 && this.ignoredAbove(rel.slice(0, slash))) || this.skipsFile(rel);
  }

  /** Whether something above the folder, or the folder itself, would have the search skip it. */
  private ignoredAbove(start: string): boolean {
    const parts = start.split('/');
    for (let i = 1; i <= parts.length; i++) if (this.skipsFolder(parts.slice(0, i).join('/'))) return true;
    return false;
  }

  private isEnvironment(rel: string): boolean {
    const abs = path.join(this.root.dir, ...rel.split('/'));
    return kindWithin(this.root, path.join(abs, 'pyvenv.cfg')) === 'file' || kindWithin(this.root, path.join(abs, 'conda-meta')) === 'directory';
  }

  /**
   * As git decides: each `.gitignore` from the search's top folder down to the path's own folder
   * is asked about the path relative to it, and the deepest one with an answer (ignored, or
   * re-included by `!`) decides.
   */
  private gitignored(rel: string, folder: boolean): boolean {
    if (this.options.gitignore === false) return false;
    const parts = rel.split('/');
    const fromDepth = this.from ? this.from.split('/').length : 0;
    let ignored = false;
    for (let depth = fromDepth; depth < parts.length; depth++) {
      const dir = parts.slice(0, depth).join('/');
      const ig = this.load(dir);
      if (!ig) continue;
      const sub = parts.slice(depth).join('/') + (folder ? '/' : '');
      let r: { ignored: boolean; unignored: boolean };
      try {
        r = ig.test(sub);
      } catch {
        // A name the package will not take as a relative path: no rule is about it.
        continue;
      }
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }

  private load(dir: string): Ignore | undefined {
    if (this.rules.has(dir)) return this.rules.get(dir);
    let ig: Ignore | undefined;
    const file = dir ? `${dir}/.gitignore` : '.gitignore';
    const r = readWithin(this.root, path.join(this.root.dir, ...file.split('/')), GITIGNORE_MAX_BYTES);
    if ('bytes' in r) {
      const decoded = decodeText(r.bytes);
      if (!decoded.notText) {
        const lines: string[] = [];
        decoded.text.split(/\r?\n/).forEach((line, i) => {
          const why = unsafeGitignoreLine(line);
          if (why) this.options.onProblem?.(`${file}:${i + 1}: this line is not applied: ${why}, which the matcher could take too long over`);
          else lines.push(line);
        });
        // Case-sensitive, as git is on Linux: a search then skips fewer files, never more.
        ig = ignore({ ignorecase: false }).add(lines);
      }
    } else if ('tooLarge' in r) this.options.onProblem?.(`${file}: it is larger than ${GITIGNORE_MAX_BYTES} bytes and is not applied`);
    this.rules.set(dir, ig);
    return ig;
  }
}

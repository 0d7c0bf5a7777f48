/**
 * What the commands share: the root every file is read through, the files the command line
 * names, reading and analysing one file, and writing one. Which files are manifests and which
 * model cards, the project says (core/project.ts), as it does for the language server.
 */
import * as path from 'node:path';
import { problemText, searchFilter, type LoadedConfig } from '../core/config';
import type { FileKind } from '../core/index';
import type { FilePatterns, Project } from '../core/project';
import { fileText, type DocumentAnalysis, type DocumentOptions, type LanguageService } from '../core/service';
import { isRealDate } from '../core/schema';
import { localToday } from '../core/util/dates';
import { findFiles, MAX_FILES } from '../host/discover';
import { findConfig } from '../host/config-file';
import { kindAt, rootAt, writeWithin, WriteRefused, type ReadFailure } from '../host/files';
import { Ignores } from '../host/ignores';
import { NodeWorkspaceHost } from '../host/node-host';
import { terminalText } from './formatters/escape';
import type { FileResult } from './formatters/types';
import { UsageError, type Io } from './io';

/** `--today YYYY-MM-DD`, or the local calendar day. */
export function todayOption(value: unknown): string {
  const today = value === undefined ? localToday() : String(value);
  if (!isRealDate(today)) throw new UsageError(`--today must be a date written as YYYY-MM-DD, not "${today}"`);
  return today;
}

/** The workspace root (--root, default the current folder) and the host every file is read through. */
export function openRoot(io: Io, root: unknown): { rootDir: string; host: NodeWorkspaceHost } {
  const rootDir = path.resolve(io.cwd, String(root ?? '.'));
  if (kindAt(rootDir) !== 'directory') throw new UsageError(`--root ${String(root)} is not a folder`);
  return { rootDir, host: new NodeWorkspaceHost(rootDir) };
}

/**
 * The project configuration (core/config.ts) for a run: found from the current folder up to
 * --root (host/config-file.ts). A configuration with a mistake is a usage error naming its file,
 * line and column: a gate must not run on a policy it misread.
 */
export function loadConfig(io: Io, host: NodeWorkspaceHost): LoadedConfig | undefined {
  const config = findConfig(host, host.relative(io.cwd) ?? '');
  const first = config?.problems[0];
  if (config && first) {
    const more = config.problems.length - 1;
    throw new UsageError(`${problemText(config, first)}${more ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'} in ${config.file})` : ''}`);
  }
  return config;
}

/**
 * The manifests and model cards named by the command line's paths (default: the current folder),
 * as workspace-relative paths: folders are searched, files taken as given. A search skips what
 * host/ignores.ts skips (dependencies, virtual environments, build output, .gitignore, the
 * configuration's include and exclude); a path named on the command line is checked even so, as
 * is a folder named there, inside which only the rules found inside it apply. `only: 'manifest'`
 * takes no card from a search (a report has no use for them, and they would count towards the
 * search's limit).
 */
export function discover(
  positionals: string[],
  io: Io,
  rootDir: string,
  host: NodeWorkspaceHost,
  project: Project,
  patterns: FilePatterns = {},
  only?: 'manifest',
  config?: LoadedConfig,
): { rel: string; kind: FileKind }[] {
  // A .gitignore line the matcher could take too long over is left out (the search then takes
  // more, never fewer, files): said once on standard error, which the output formats leave alone.
  const told = new Set<string>();
  const onProblem = (message: string) => {
    if (told.has(message)) return;
    told.add(message);
    io.stderr(`ai-security: warning: ${terminalText(message)}\n`);
  };
  const targets = positionals.length ? positionals : ['.'];
  const found: { rel: string; kind: FileKind }[] = [];
  for (const t of targets) {
    const abs = path.resolve(io.cwd, t);
    const rel = host.relative(abs);
    if (rel === undefined) throw new UsageError(`${t} is outside the root ${rootDir} (set --root)`);
    // Through the host: a folder named here that is a link out of --root is not searched.
    const kind = host.stat(rel);
    if (kind === 'missing') throw new UsageError(`${t}: no such file or folder`);
    if (kind === 'outside') throw new UsageError(`${t} leads outside --root ${rootDir} through a symbolic link; it was not read`);
    if (kind === 'directory') {
      const limit = io.maxFiles ?? MAX_FILES;
      const kinds = new Map<string, FileKind>();
      const ignores = new Ignores(rootAt(host.root), { gitignore: config?.config.gitignore !== false, filter: searchFilter(config), start: rel, onProblem });
      const accept = (p: string) => {
        const r = host.relative(p);
        if (r === undefined || ignores.skipsFile(r)) return false;
        // A search for manifests alone reads no README's front matter.
        const k = project.searchKind(r, only ? () => '' : () => host.readHead(r), patterns);
        if (!k || (only && k !== only)) return false;
        kinds.set(p, k);
        return true;
      };
      const search = findFiles(abs, accept, limit, (p) => {
        const r = host.relative(p);
        return r !== undefined && ignores.skipsFolder(r);
      });
      // A gate must not pass on a partial scan: what was not seen was not checked.
      if (search.truncated) throw new UsageError(`${t} holds more than ${limit} manifests and model cards to check; the search stopped there, and an incomplete check must not pass. Check its folders one at a time.`);
      for (const f of search.files) found.push({ rel: host.relative(f)!, kind: kinds.get(f)! });
    } else found.push({ rel, kind: project.namedKind(rel) });
  }
  return found;
}

/** Why a file was not read, in the words of a usage error. */
export const READ_FAILURES: Record<ReadFailure, string> = {
  missing: 'it does not exist',
  outside: 'it leads outside --root (a symbolic link may lead out); it was not opened',
  directory: 'it is a folder',
  special: 'it is not a regular file (a FIFO, socket or device); it was not read',
  unreadable: 'it could not be opened',
};

/**
 * Reads a file through the workspace host and analyses it: a path that leads outside the root is
 * never opened, a FIFO or a device is refused without blocking, and a file over the limit or not
 * text gets its one finding.
 */
export function analyseFile(service: LanguageService, host: NodeWorkspaceHost, kind: FileKind, options: DocumentOptions & { maxSize: number }): { result: FileResult; analysis: DocumentAnalysis } {
  const rel = options.path;
  const r = host.readBytes(rel, options.maxSize);
  if ('failure' in r) throw new UsageError(`${rel} cannot be read: ${READ_FAILURES[r.failure]}${r.code ? ` (${r.code})` : ''}`);
  const file = fileText(r, options.maxSize);
  const analysis = file.problem ? service.unanalysed(kind, rel, file.problem) : service.analyze(kind, file.text, options);
  return { result: { path: rel, kind, findings: analysis.findings, ...(analysis.coverage ? { coverage: analysis.coverage } : {}) }, analysis };
}

/**
 * Writes a file the user asked for (`what` names it as they did), through host/files.ts: by way
 * of a temporary file renamed into place, never through a symbolic link, never over anything but
 * a regular file, and never into a folder that a link inside `untrusted` leads to. A refusal or a
 * failure is a usage error in one line.
 */
export function writeOut(what: string, abs: string, text: string, untrusted: string[], exclusive = false): void {
  try {
    writeWithin(abs, text, { untrusted, exclusive });
  } catch (e) {
    if (e instanceof WriteRefused) throw new UsageError(`${what} was not written: ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    if (exclusive && code === 'EEXIST') throw new UsageError(`${what} already exists; it was not overwritten`);
    throw new UsageError(`${what} cannot be written (${code ?? (e as Error).message})`);
  }
}

#!/usr/bin/env node
/**
 * `ai-security`: the command-line adapter over the core. It finds manifests, reads them through
 * the same workspace host the editor uses (so a path outside the root is never opened), and
 * prints text, JSON or SARIF. Exit codes: 0 nothing reaches --fail-on, 1 something does,
 * 2 usage or I/O error (one line on stderr, never a stack trace).
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyzeManifest,
  analyzeModelCard,
  attribution,
  catalogue,
  compileGlob,
  coverageReport,
  decodeText,
  fileProblem,
  isHuggingFaceCard,
  isManifestPath,
  isModelCardName,
  isReadme,
  modelCardLinks,
  principle,
  provision,
  renderCycloneDx,
  renderHtml,
  renderJson,
  renderMarkdown,
  REPORT_FORMATS,
  starterManifest,
  suggestProvision,
  verbMeaning,
  DEFAULT_MAX_SIZE,
  type CardLink,
  type Finding,
  type ManifestAnalysis,
  type ModelCardAnalysis,
  type Severity,
} from '../core/index';
import { NodeWorkspaceHost } from '../host/node-host';
import { findFiles, MAX_FILES } from '../host/discover';
import { entryAt, kindAt, writeWithin, WriteRefused, type ReadFailure } from '../host/files';
import { localToday } from '../core/util/dates';
import { isRealDate, LIFECYCLES, ROLES, type Lifecycle, type Role } from '../core/schema';
import { BASELINE_MAX_BYTES, baselineText, compareWithBaseline, identify, parseBaseline, type BaselineEntry, type Identity } from './baseline';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { terminalText } from './formatters/escape';
import type { FileResult } from './formatters/types';

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The largest manifest analysed; a larger file gets one `file-too-large` finding. */
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_SIZE;

/**
 * The most --max-size may allow: ten times the default. The command line is the user's own, so
 * it may raise the bound, but a file is read whole and analysed in memory, and no manifest or
 * model card comes near this.
 */
export const MAX_BYTES_CEILING = 10 * DEFAULT_MAX_SIZE;

export class UsageError extends Error {}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTty: boolean;
  env: Record<string, string | undefined>;
  /** The most files one folder's search may find (default MAX_FILES); tests set it lower. */
  maxFiles?: number;
}

const HELP = `Usage: ai-security <command> [options]

Checks ai-security.yaml manifests against the UK Code of Practice for the Cyber Security of AI.

Commands:
  check [paths...]       Check the manifests and model cards in these files or folders (default: .)
  report [paths...]      Write a coverage report of the manifests in these files or folders
                         (default: .), one document for all: --format markdown (default), html,
                         json or cyclonedx; --output FILE (default: standard output); --root DIR
                         and --today YYYY-MM-DD as for check. Exit 0, or 2 on a usage error.
  explain <provision>    Print a provision of the Code, e.g. "ai-security explain 6.4"
  init [folder]          Write a starter ai-security.yaml with every requirement that applies now
                         as planned: --roles developer,system-operator --lifecycle design
                         [--name NAME] [--owner OWNER]; never overwrites an existing manifest

Options for check:
  --root DIR             Workspace root: evidence paths must stay inside it (default: .)
  --format FORMAT        text (default), json or sarif
  --fail-on LEVEL        error (default), warning, information or never: exit 1 when a finding
                         reaches this severity
  --today YYYY-MM-DD     Check freshness as of this date (default: today), for reproducible runs
  --include GLOB         Also check files matching GLOB (relative to --root, picomatch syntax)
                         as model cards; repeatable. Manifests' modelCard files are always
                         checked.
  --max-size BYTES       Skip files larger than this with one finding (default: ${DEFAULT_MAX_BYTES},
                         at most ${MAX_BYTES_CEILING})
  --baseline FILE        Report only findings that are not in FILE, and gate --fail-on on those
                         alone (SARIF keeps every result and marks each new or unchanged)
  --write-baseline FILE  Write every finding to FILE (JSON, sorted, for review and commit), then
                         check against it: exit 0, and later runs with --baseline FILE see new gaps
  --color, --no-color    Force colour on or off (default: on for a terminal, off with NO_COLOR)

  -h, --help             Show this help
  -v, --version          Show the version
`;

export function run(argv: string[], io: Io): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    // Messages echo arguments and file names: printed as text, on one line.
    if (e instanceof UsageError) {
      io.stderr(`ai-security: ${terminalText(e.message)}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    io.stderr(`ai-security: ${terminalText(`${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}`)}\n`);
    return 2;
  }
}

function dispatch(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === 'check') return check(rest, io);
  if (command === 'report') return report(rest, io);
  if (command === 'explain') return explain(rest, io);
  if (command === 'init') return init(rest, io);
  throw new UsageError(`unknown command "${command}" (commands: check, report, explain, init; see ai-security --help)`);
}

function parse<O extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node writes some of these messages as several sentences on several lines: one line here.
    throw new UsageError(`${(e as Error).message.replace(/\. To specify a positional argument.*$/, '').replace(/([.?])\n/g, '$1 ')} (see ai-security --help)`);
  }
}

/** `--today YYYY-MM-DD`, or the local calendar day. */
function todayOption(value: unknown): string {
  const today = value === undefined ? localToday() : String(value);
  if (!isRealDate(today)) throw new UsageError(`--today must be a date written as YYYY-MM-DD, not "${today}"`);
  return today;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

function check(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    root: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string', default: 'error' },
    today: { type: 'string' },
    'max-size': { type: 'string' },
    include: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = String(values.format);
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const failOn = String(values['fail-on']);
  if (!['error', 'warning', 'information', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, information or never, not "${failOn}"`);
  const today = todayOption(values.today);
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-size']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError('--max-size must be a positive whole number of bytes');
  if (maxBytes > MAX_BYTES_CEILING) throw new UsageError(`--max-size must be at most ${MAX_BYTES_CEILING} bytes (100 MiB)`);
  const { rootDir, host } = openRoot(io, values.root);
  // Read before anything is analysed (or written, should --write-baseline name the same file).
  let accepted: { file: string; entries: BaselineEntry[] } | undefined;
  if (values.baseline !== undefined) accepted = { file: String(values.baseline), entries: readBaseline(io, String(values.baseline), host) };
  const includes = ((values.include as string[] | undefined) ?? []).map((g) => {
    const r = compileGlob(g);
    if (r.error !== undefined) throw new UsageError(`--include ${JSON.stringify(g)} ${r.error}`);
    return r.glob;
  });
  const isCard = (abs: string, name: string) => {
    const rel = host.relative(abs);
    if (isModelCardName(name) || (rel !== undefined && includes.some((g) => g.matches(rel)))) return true;
    return isReadme(name) && rel !== undefined && isHuggingFaceCard(host.readHead(rel));
  };
  const { manifests, cards } = discover(positionals, io, rootDir, host, isCard);

  const results: FileResult[] = [];
  const analyses = new Map<string, ManifestAnalysis | ModelCardAnalysis>();
  const links = new Map<string, CardLink[]>();
  for (const abs of [...manifests].sort()) {
    const { result, analysis } = checkManifest(host.relative(abs)!, host, today, maxBytes);
    results.push(result);
    if (analysis) analyses.set(result.path, analysis);
    for (const { card, link } of analysis ? modelCardLinks(analysis.context) : []) {
      links.set(card, [...(links.get(card) ?? []), link]);
      // A card a manifest names is checked too, wherever it is in the root.
      if (host.stat(card) === 'file') cards.add(path.join(rootDir, ...card.split('/')));
    }
  }
  for (const abs of [...cards].sort()) {
    const rel = host.relative(abs)!;
    const { result, analysis } = checkCard(rel, host, links.get(rel) ?? [], maxBytes);
    results.push(result);
    if (analysis) analyses.set(rel, analysis);
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // A baseline leaves out the findings it lists, matched by fingerprint; --write-baseline
  // accepts every finding there is, and the run then reads as if it had been given that file.
  const ids = format === 'sarif' || accepted || values['write-baseline'] !== undefined ? identify(results, analyses) : new Map<Finding, Identity>();
  if (values['write-baseline'] !== undefined) {
    const file = String(values['write-baseline']);
    const text = baselineText(results, ids);
    writeOut(`--write-baseline ${file}`, path.resolve(io.cwd, file), text, [rootDir, io.cwd]);
    accepted ??= { file, entries: parseBaseline(text) };
  }
  const compared = accepted && compareWithBaseline(results, ids, accepted.entries);
  const shown = compared ? compared.fresh : results;

  const color = values['no-color'] ? false : values.color ? true : io.isTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  if (format === 'json') io.stdout(formatJson(shown));
  else if (format === 'sarif') io.stdout(formatSarif(results, VERSION, { fingerprint: (f) => ids.get(f)!.fingerprint, ...(compared ? { baselineState: (f) => (compared.isNew(f) ? 'new' : 'unchanged') } : {}) }));
  else {
    io.stdout(formatText(shown, { color }));
    if (compared && accepted) {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      io.stdout(`${plural(compared.known, 'known finding')} in the baseline ${terminalText(accepted.file)} left out${compared.fixed ? `; ${compared.fixed} of its findings no longer found (fixed)` : ''}.\n`);
    }
  }

  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn as Severity];
  return shown.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}

/**
 * A baseline file, or a usage error in one line: a gate must not pass on a file it cannot read.
 * It is read like any file of the workspace (a regular file inside --root, capped), since a
 * repository can plant it as a link to a device, a FIFO or a file elsewhere; and no error quotes
 * what it holds.
 */
function readBaseline(io: Io, file: string, host: NodeWorkspaceHost): BaselineEntry[] {
  const rel = host.relative(path.resolve(io.cwd, file));
  if (rel === undefined) throw new UsageError(`--baseline ${file} is outside --root ${host.root}; it was not read`);
  const r = host.readBytes(rel, BASELINE_MAX_BYTES);
  if ('tooLarge' in r) throw new UsageError(`--baseline ${file} is larger than ${BASELINE_MAX_BYTES} bytes; it was not read`);
  if ('failure' in r && r.failure === 'outside') throw new UsageError(`--baseline ${file} leads outside --root ${host.root} through a symbolic link; it was not read`);
  if ('failure' in r) {
    const why = r.failure === 'missing' ? 'ENOENT' : r.failure === 'directory' ? 'EISDIR' : r.failure === 'unreadable' ? (r.code ?? 'EIO') : READ_FAILURES[r.failure];
    throw new UsageError(`--baseline ${file} cannot be read (${why})`);
  }
  const decoded = decodeText(r.bytes);
  if (decoded.notText) throw new UsageError(`--baseline ${file} is not a baseline written by --write-baseline: it is not text`);
  const text = decoded.text;
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new UsageError(`--baseline ${file} is not a baseline written by --write-baseline: ${(e as Error).message}`);
  }
}

/** The workspace root (--root, default the current folder) and the host every file is read through. */
function openRoot(io: Io, root: unknown): { rootDir: string; host: NodeWorkspaceHost } {
  const rootDir = path.resolve(io.cwd, String(root ?? '.'));
  if (kindAt(rootDir) !== 'directory') throw new UsageError(`--root ${String(root)} is not a folder`);
  return { rootDir, host: new NodeWorkspaceHost(rootDir) };
}

/**
 * The manifests and model cards named by the command line's paths (default: the current folder),
 * as absolute paths: folders are searched (skipping node_modules and .git), files taken as given.
 */
function discover(positionals: string[], io: Io, rootDir: string, host: NodeWorkspaceHost, isCard: (abs: string, name: string) => boolean): { manifests: Set<string>; cards: Set<string> } {
  const targets = positionals.length ? positionals : ['.'];
  const manifests = new Set<string>();
  const cards = new Set<string>();
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
      const found = findFiles(abs, (p, name) => isManifestPath(name) || isCard(p, name), limit);
      // A gate must not pass on a partial scan: what was not seen was not checked.
      if (found.truncated) throw new UsageError(`${t} holds more than ${limit} manifests and model cards to check; the search stopped there, and an incomplete check must not pass. Check its folders one at a time.`);
      for (const f of found.files) (isManifestPath(f) ? manifests : cards).add(f);
    } else if (/\.(md|markdown)$/i.test(abs)) cards.add(abs);
    else manifests.add(abs);
  }
  return { manifests, cards };
}

const READ_FAILURES: Record<ReadFailure, string> = {
  missing: 'it does not exist',
  outside: 'it leads outside --root (a symbolic link may lead out); it was not opened',
  directory: 'it is a folder',
  special: 'it is not a regular file (a FIFO, socket or device); it was not read',
  unreadable: 'it could not be opened',
};

/**
 * Reads a file through the workspace host: a path that leads outside the root is never opened,
 * and a FIFO or a device is refused without blocking.
 */
function read(host: NodeWorkspaceHost, rel: string, kind: FileResult['kind'], maxBytes: number): { text: string } | { result: FileResult } {
  const r = host.readBytes(rel, maxBytes);
  if ('failure' in r) throw new UsageError(`${rel} cannot be read: ${READ_FAILURES[r.failure]}${r.code ? ` (${r.code})` : ''}`);
  if ('tooLarge' in r) return { result: { path: rel, kind, findings: [fileProblem('file-too-large', r.tooLarge, maxBytes)] } };
  const decoded = decodeText(r.bytes);
  if (decoded.notText) return { result: { path: rel, kind, findings: [fileProblem('binary-file', r.bytes.length, maxBytes, decoded.notText)] } };
  return { text: decoded.text };
}

function checkManifest(rel: string, host: NodeWorkspaceHost, today: string, maxBytes: number): { result: FileResult; analysis?: ManifestAnalysis } {
  const r = read(host, rel, 'manifest', maxBytes);
  if ('result' in r) return r;
  const analysis = analyzeManifest(r.text, { path: rel, host, clock: { today: () => today }, maxSize: maxBytes });
  return { result: { path: rel, kind: 'manifest', findings: analysis.findings, coverage: analysis.coverage }, analysis };
}

function checkCard(rel: string, host: NodeWorkspaceHost, links: CardLink[], maxBytes: number): { result: FileResult; analysis?: ModelCardAnalysis } {
  const r = read(host, rel, 'model-card', maxBytes);
  if ('result' in r) return r;
  const analysis = analyzeModelCard(r.text, { path: rel, links, maxSize: maxBytes });
  return { result: { path: rel, kind: 'model-card', findings: analysis.findings }, analysis };
}

/**
 * `report`: one document covering every manifest found, in the Code's order per manifest. Links
 * to evidence are relative to where the report is written (the --output file's folder, or the
 * current folder for standard output), so they work when the report is opened from there.
 */
function report(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    root: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
    output: { type: 'string', short: 'o' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = String(values.format);
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${REPORT_FORMATS.slice(0, -1).join(', ')} or ${REPORT_FORMATS.at(-1)}, not "${format}"`);
  const today = todayOption(values.today);
  let outFile: string | undefined;
  if (values.output !== undefined) {
    outFile = path.resolve(io.cwd, String(values.output));
    const dir = path.dirname(outFile);
    if (kindAt(dir) !== 'directory') throw new UsageError(`--output ${String(values.output)}: the folder ${path.relative(io.cwd, dir) || dir} does not exist`);
    if (kindAt(outFile) === 'directory') throw new UsageError(`--output ${String(values.output)} is a folder, not a file`);
  }
  const { rootDir, host } = openRoot(io, values.root);
  const { manifests } = discover(positionals, io, rootDir, host, () => false);
  if (manifests.size === 0) throw new UsageError(`no ai-security.yaml or ai-security.yml found in ${(positionals.length ? positionals : ['.']).join(', ')}`);
  const analyses: ManifestAnalysis[] = [];
  for (const abs of [...manifests].sort()) {
    const rel = host.relative(abs)!;
    const { result, analysis } = checkManifest(rel, host, today, DEFAULT_MAX_BYTES);
    if (!analysis) throw new UsageError(`${rel} cannot be reported on: ${result.findings[0]?.message ?? 'it was not analysed'}`);
    analyses.push(analysis);
  }
  const doc = coverageReport(analyses, { generator: { name: 'ai-security', version: VERSION } });
  const base = outFile ? path.dirname(outFile) : io.cwd;
  const fileHref = (rel: string) => path.relative(base, path.join(rootDir, ...rel.split('/'))).split(path.sep).map(encodeURIComponent).join('/') || '.';
  let text: string;
  if (format === 'markdown') text = renderMarkdown(doc, { fileHref });
  else if (format === 'html') text = renderHtml(doc, { fileHref });
  else if (format === 'json') text = renderJson(doc);
  else {
    // A fixed --today fixes the timestamp too, so that the same inputs give the same BOM; the
    // serial number is derived from the content (an RFC 4122 name-based UUID), never random.
    const timestamp = values.today === undefined ? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') : `${today}T00:00:00Z`;
    text = renderCycloneDx(doc, { timestamp, serialNumber: contentUuid(renderCycloneDx(doc, { timestamp })) });
  }
  if (outFile === undefined) {
    io.stdout(text);
    return 0;
  }
  writeOut(`--output ${String(values.output)}`, outFile, text, [rootDir, io.cwd]);
  const all = doc.systems.reduce((acc, s) => ({ addressed: acc.addressed + s.coverage.all.addressed, applicable: acc.applicable + s.coverage.all.applicable }), { addressed: 0, applicable: 0 });
  const shown = path.relative(io.cwd, outFile);
  io.stdout(`Wrote ${terminalText(shown && !shown.startsWith('..') ? shown : outFile)}: ${doc.systems.length === 1 ? '1 system' : `${doc.systems.length} systems`}, ${all.addressed} of ${all.applicable} applicable provisions addressed.\n`);
  return 0;
}

/**
 * Writes a file the user asked for (`what` names it as they did), through host/files.ts: by way
 * of a temporary file renamed into place, never through a symbolic link, never over anything but
 * a regular file, and never into a folder that a link inside `untrusted` leads to. A refusal or a
 * failure is a usage error in one line.
 */
function writeOut(what: string, abs: string, text: string, untrusted: string[], exclusive = false): void {
  try {
    writeWithin(abs, text, { untrusted, exclusive });
  } catch (e) {
    if (e instanceof WriteRefused) throw new UsageError(`${what} was not written: ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    if (exclusive && code === 'EEXIST') throw new UsageError(`${what} already exists; it was not overwritten`);
    throw new UsageError(`${what} cannot be written (${code ?? (e as Error).message})`);
  }
}

/** A version-5 style UUID (SHA-1, RFC 4122 variant) from a text: the same text, the same UUID. */
function contentUuid(text: string): string {
  const h = createHash('sha1').update(text).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function init(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    roles: { type: 'string', default: 'developer' },
    lifecycle: { type: 'string', default: 'design' },
    name: { type: 'string' },
    owner: { type: 'string', default: 'owner@example.org' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init takes at most one folder');
  const roles = String(values.roles).split(',').map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || bad.length) throw new UsageError(`--roles must be a comma-separated list of ${ROLES.join(', ')}${bad.length ? `, not "${bad.join(', ')}"` : ''}`);
  const lifecycle = String(values.lifecycle);
  if (!(LIFECYCLES as readonly string[]).includes(lifecycle)) throw new UsageError(`--lifecycle must be one of ${LIFECYCLES.join(', ')}, not "${lifecycle}"`);
  const today = todayOption(values.today);
  const folder = path.resolve(io.cwd, positionals[0] ?? '.');
  if (kindAt(folder) !== 'directory') throw new UsageError(`${positionals[0] ?? '.'} is not a folder`);
  for (const name of ['ai-security.yaml', 'ai-security.yml']) {
    if (entryAt(path.join(folder, name)) !== 'missing') throw new UsageError(`${path.join(positionals[0] ?? '.', name)} already exists; init never overwrites a manifest`);
  }
  const target = path.join(folder, 'ai-security.yaml');
  const text = starterManifest({ name: String(values.name ?? path.basename(folder)), owner: String(values.owner), roles: roles as Role[], lifecycle: lifecycle as Lifecycle, today });
  // Exclusive: fail rather than overwrite, should a manifest appear between the check and the write.
  writeOut(path.relative(io.cwd, target) || target, target, text, [io.cwd], true);
  io.stdout(`Wrote ${terminalText(path.relative(io.cwd, target) || target)}: ${text.split('\n').filter((l) => l.includes('status: planned')).length} requirements as planned. Fill in each owner and due date, and state the system's facts.\n`);
  return 0;
}

function explain(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('explain takes one provision number, e.g. ai-security explain 6.4');
  const id = positionals[0]!.trim();
  const p = provision(id);
  if (!p) {
    const guess = suggestProvision(id, catalogue().provisions.map((x) => x.id));
    throw new UsageError(`the Code has no provision ${id}${guess ? `; did you mean ${guess} (${provision(guess)!.title})?` : ' (numbers run from 1.1 to 13.2)'}`);
  }
  const pr = principle(p.principle)!;
  const src = catalogue().source;
  if (values.format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          id: p.id,
          title: p.title,
          text: p.quote,
          principle: { number: pr.number, title: pr.title },
          phase: p.phase,
          modal: p.modal,
          meaning: verbMeaning[p.modal],
          obliges: p.stakeholders,
          etsi: p.etsi,
          source: src.url,
          attribution: attribution(),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  if (values.format !== 'text') throw new UsageError(`--format must be text or json, not "${String(values.format)}"`);
  const who = p.stakeholders.map((s) => (s === 'Organisation' ? 'Organisations' : `${s}s`)).join(', ');
  io.stdout(
    [
      `${p.id}  ${p.title}`,
      `Principle ${pr.number}: ${pr.title} (${p.phase})`,
      `${verbMeaning[p.modal][0]!.toUpperCase()}${verbMeaning[p.modal].slice(1)} (${p.modal}); obliges ${who}${p.stakeholdersImplied ? ' (implied by its principle)' : ''}; ETSI TS 104 223 ${p.etsi}`,
      '',
      wrap(`\u201c${p.quote}\u201d`, 76, '  '),
      '',
      `Source: ${src.title} (${src.publisher}, ${src.date})`,
      `        ${src.url}`,
      attribution(),
      '',
    ].join('\n'),
  );
  return 0;
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export type { Finding };

if (require.main === module) {
  const code = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: process.stdout.isTTY === true,
    env: process.env,
  });
  process.exitCode = code;
}

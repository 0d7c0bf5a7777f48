/**
 * `ai-security check`: finds the manifests and model cards (or reads one document from standard
 * input), analyses the manifests first and the cards with what the manifests say about them, and
 * prints text, JSON, SARIF, GitHub annotations or JUnit XML, to standard output or --output.
 * Exit 1 when a finding reaches --fail-on; exit 2 when there is nothing to check.
 */
import * as path from 'node:path';
import { decodeText, type Finding, type ManifestAnalysis, type ModelCardAnalysis, type Severity } from '../../core/index';
import { mergeCheckSettings, type FailOn } from '../../core/config';
import { Project } from '../../core/project';
import { createLanguageService, fileText as fileContentText } from '../../core/service';
import type { NodeWorkspaceHost } from '../../host/node-host';
import { BASELINE_MAX_BYTES, baselineText, compareWithBaseline, identify, parseBaseline, type BaselineEntry, type Identity } from '../baseline';
import { CHECK, DEFAULT_MAX_BYTES, MAX_BYTES_CEILING } from '../commands';
import { useColor } from '../color';
import { terminalText } from '../formatters/escape';
import { formatGithub } from '../formatters/github';
import { formatJson } from '../formatters/json';
import { formatJunit } from '../formatters/junit';
import { formatSarif } from '../formatters/sarif';
import { formatText } from '../formatters/text';
import type { FileResult } from '../formatters/types';
import { UsageError, VERSION, type Io } from '../io';
import { nothingFound } from '../nothing-found';
import { choice, type Values } from '../options';
import { readStdinDocument } from '../stdin';
import { analyseFile, discover, loadConfig, openRoot, READ_FAILURES, todayOption, writeOut } from '../workspace';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

export function check(values: Values, positionals: string[], io: Io): number {
  const format = choice(CHECK, 'format', values);
  // --fail-on has no parser default: given, it wins over the configuration's failOn.
  if (values['fail-on'] !== undefined) choice(CHECK, 'fail-on', values);
  const today = todayOption(values.today);
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-size']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError('--max-size must be a positive whole number of bytes', true);
  if (maxBytes > MAX_BYTES_CEILING) throw new UsageError(`--max-size must be at most ${MAX_BYTES_CEILING} bytes (100 MiB)`, true);
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) throw new UsageError('"-" reads one document from standard input: give no other path with it', true);
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename names the document read from standard input: give "-" as the path', true);
  const { rootDir, host } = openRoot(io, values.root);
  const config = loadConfig(io, host);
  const settings = mergeCheckSettings({ ...(values['fail-on'] !== undefined ? { failOn: String(values['fail-on']) as FailOn } : {}), include: (values.include as string[] | undefined) ?? [] }, config);
  const failOn = settings.failOn;
  // Read before anything is analysed (or written, should --write-baseline name the same file).
  // The configuration's baseline is relative to its folder; --baseline, to the current folder.
  const baselineFile = values.baseline !== undefined ? String(values.baseline) : settings.baseline !== undefined ? path.relative(io.cwd, path.join(rootDir, ...settings.baseline.split('/'))) : undefined;
  let accepted: { file: string; entries: BaselineEntry[] } | undefined;
  if (baselineFile !== undefined) accepted = { file: baselineFile, entries: readBaseline(io, baselineFile, host) };
  // A pattern given on the command line names the files the user wants checked, whatever their type.
  const project = new Project({
    cardPatternsAnyFile: true,
    onPatternError: (_list, pattern, error) => {
      throw new UsageError(`--include ${JSON.stringify(pattern)} ${error}`);
    },
  });
  const patterns = { cards: settings.cards };
  project.checkPatterns(patterns);
  const service = createLanguageService({ host, clock: { today: () => today } });
  // The configuration's severity overrides, under each manifest's own policy.severity.
  const severity = config?.config.severity ?? {};
  const results: FileResult[] = [];
  const analyses = new Map<string, ManifestAnalysis | ModelCardAnalysis>();
  if (stdin) {
    // The same decoding and limit as a file's: binary or oversized input gets the same finding.
    const doc = readStdinDocument(io, host, project, values['stdin-filename'], maxBytes);
    const file = fileContentText(doc.content, maxBytes);
    const analysis = file.problem ? service.unanalysed(doc.kind, doc.rel, file.problem) : service.analyze(doc.kind, file.text, { path: doc.rel, maxSize: maxBytes, severity });
    results.push({ path: doc.rel, kind: doc.kind, findings: analysis.findings, ...(analysis.coverage ? { coverage: analysis.coverage } : {}) });
    const a = analysis.manifest ?? analysis.card;
    if (a) analyses.set(doc.rel, a);
  }
  const { manifests, cards } = stdin ? { manifests: [], cards: [] } : project.manifestsFirst(discover(positionals, io, rootDir, host, project, patterns, undefined, config));
  if (!stdin && manifests.length === 0 && cards.length === 0) throw nothingFound('check', positionals, patterns.cards);
  for (const rel of manifests) {
    const { result, analysis } = analyseFile(service, host, 'manifest', { path: rel, maxSize: maxBytes, severity });
    results.push(result);
    if (analysis.manifest) {
      analyses.set(rel, analysis.manifest);
      project.record(rel, analysis);
    }
  }
  // A card a manifest names is checked too, wherever it is in the root.
  for (const rel of project.cardsToCheck(cards, (card) => host.stat(card) === 'file')) {
    const { result, analysis } = analyseFile(service, host, 'model-card', { path: rel, maxSize: maxBytes, severity, links: project.linksFor(rel) });
    results.push(result);
    if (analysis.card) analyses.set(rel, analysis.card);
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
  // --quiet, as ESLint's: errors only, in every format, and the gate looks at what is reported.
  const quiet = (files: FileResult[]) => (values.quiet ? files.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : files);
  const shown = quiet(compared ? compared.fresh : results);

  // --output, as ESLint's -o: the whole output goes to the file and nothing to standard output.
  // The file is no terminal, so colour only when forced.
  const outFile = values.output === undefined ? undefined : String(values.output);
  const color = useColor({ color: values.color, noColor: values['no-color'] }, io.env, outFile === undefined && io.isTty);
  let text: string;
  if (format === 'json') text = formatJson(shown);
  else if (format === 'sarif') text = formatSarif(quiet(results), VERSION, { fingerprint: (f) => ids.get(f)!.fingerprint, ...(compared ? { baselineState: (f) => (compared.isNew(f) ? 'new' : 'unchanged') } : {}) });
  else if (format === 'github') text = formatGithub(shown);
  else if (format === 'junit') text = formatJunit(shown);
  else {
    text = formatText(shown, { color });
    if (compared && accepted) {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      text += `${plural(compared.known, 'known finding')} in the baseline ${terminalText(accepted.file)} left out${compared.fixed ? `; ${compared.fixed} of its findings no longer found (fixed)` : ''}.\n`;
    }
  }
  if (outFile === undefined) io.stdout(text);
  else writeOut(`--output ${outFile}`, path.resolve(io.cwd, outFile), text, [rootDir, io.cwd]);

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

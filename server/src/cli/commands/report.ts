/**
 * `ai-security report`: one document covering every manifest found, in the Code's order per
 * manifest. Links to evidence are relative to where the report is written (the --output file's
 * folder, or the current folder for standard output), so they work when the report is opened
 * from there.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { renderCycloneDx, renderHtml, renderJson, renderMarkdown } from '../../core/index';
import { Project } from '../../core/project';
import { createLanguageService, reportOf, type DocumentAnalysis } from '../../core/service';
import { kindAt } from '../../host/files';
import { DEFAULT_MAX_BYTES, REPORT } from '../commands';
import { terminalText } from '../formatters/escape';
import { UsageError, VERSION, type Io } from '../io';
import { nothingFound } from '../nothing-found';
import { choice, type Values } from '../options';
import { analyseFile, discover, loadConfig, openRoot, todayOption, writeOut } from '../workspace';

export function report(values: Values, positionals: string[], io: Io): number {
  const format = choice(REPORT, 'format', values);
  const today = todayOption(values.today);
  const outFile = outputFile(values, io);
  const { analyses, rootDir } = analyseManifests('report', values, positionals, io, today);
  const doc = reportOf(analyses, { generator: { name: 'ai-security', version: VERSION } });
  const fileHref = relativeFileHref(rootDir, outFile, io);
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

/** The --output file, checked before anything is analysed: its folder exists and it is no folder. */
export function outputFile(values: Values, io: Io): string | undefined {
  if (values.output === undefined) return undefined;
  const outFile = path.resolve(io.cwd, String(values.output));
  const dir = path.dirname(outFile);
  if (kindAt(dir) !== 'directory') throw new UsageError(`--output ${String(values.output)}: the folder ${path.relative(io.cwd, dir) || dir} does not exist`);
  if (kindAt(outFile) === 'directory') throw new UsageError(`--output ${String(values.output)} is a folder, not a file`);
  return outFile;
}

/**
 * The manifests in the paths, analysed as of `today` (undefined: no date at all, so nothing is
 * judged stale, overdue or expired); a manifest that cannot be analysed is a usage error.
 */
export function analyseManifests(command: 'report' | 'oscal', values: Values, positionals: string[], io: Io, today: string | undefined): { analyses: DocumentAnalysis[]; rootDir: string } {
  const { rootDir, host } = openRoot(io, values.root);
  const config = loadConfig(io, host);
  const project = new Project();
  const { manifests } = project.manifestsFirst(discover(positionals, io, rootDir, host, project, {}, 'manifest', config).filter((f) => f.kind === 'manifest'));
  if (manifests.length === 0) throw nothingFound(command, positionals);
  const service = createLanguageService({ host, ...(today === undefined ? {} : { clock: { today: () => today } }) });
  const analyses: DocumentAnalysis[] = [];
  for (const rel of manifests) {
    const { result, analysis } = analyseFile(service, host, 'manifest', { path: rel, maxSize: DEFAULT_MAX_BYTES });
    if (!analysis.manifest) throw new UsageError(`${rel} cannot be reported on: ${result.findings[0]?.message ?? 'it was not analysed'}`);
    analyses.push(analysis);
  }
  return { analyses, rootDir };
}

/** Links to workspace files relative to where the output is read: the --output file's folder, or the current folder. */
export function relativeFileHref(rootDir: string, outFile: string | undefined, io: Io): (rel: string) => string {
  const base = outFile ? path.dirname(outFile) : io.cwd;
  return (rel: string) => path.relative(base, path.join(rootDir, ...rel.split('/'))).split(path.sep).map(encodeURIComponent).join('/') || '.';
}

/** A version-5 style UUID (SHA-1, RFC 4122 variant) from a text: the same text, the same UUID. */
function contentUuid(text: string): string {
  const h = createHash('sha1').update(text).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * `oscal component-definition` and `oscal assessment-results`: the manifests found in the paths,
 * through the same discovery, analysis and report model as `report`, as OSCAL. Evidence links
 * are relative to where the document is written (the --output file's folder, or the current
 * folder), as the report's are.
 *
 * Reruns write the same bytes. The component definition is analysed without a clock: it states
 * what the manifests claim, whatever the day; its last-modified is --today, else
 * SOURCE_DATE_EPOCH's day, else the latest `reviewed` date in the manifests, else the Code's
 * date. The assessment results are as of one day, --today, else SOURCE_DATE_EPOCH's, else
 * today's: a check judges deadlines on the day it runs, so pass --today (or set
 * SOURCE_DATE_EPOCH) where the same bytes matter.
 */
import { catalogue } from '../../core/catalogue/index';
import { assessmentResults } from '../../core/oscal/assessment-results';
import { componentDefinition } from '../../core/oscal/component-definition';
import { implementationState, renderOscal, verdict } from '../../core/oscal/implementation';
import type { CoverageReport, ProvisionRow } from '../../core/report/model';
import { reportOf } from '../../core/service';
import { asDate } from '../../core/util/dates';
import { analyseManifests, relativeFileHref } from '../commands/report';
import { UsageError, VERSION } from '../io';
import { todayOption } from '../workspace';
import type { OscalContext, Written } from './context';

const TOOL = { name: 'ai-security', version: VERSION };
/** Where the documents find the catalog unless --catalog-href says otherwise: `oscal catalog -o` beside them. */
const CATALOG_HREF = 'ai-security-catalog.json';

export function componentDefinitionDocument(c: OscalContext): Written {
  const { analyses, rootDir } = analyseManifests('oscal', c.values, c.paths, c.io, undefined);
  const report = reportOf(analyses, { generator: TOOL });
  const doc = componentDefinition(report, {
    catalogHref: catalogHref(c),
    fileHref: relativeFileHref(rootDir, c.outFile, c.io),
    lastModified: dayOf(c) ?? latestReview(report) ?? catalogue().source.date,
    toolVersion: VERSION,
  });
  const requirements = rows(report).filter((r) => implementationState(r) !== undefined).length;
  const n = report.systems.length;
  return { text: renderOscal(doc), summary: `${n === 1 ? '1 component' : `${n} components`}, ${requirements} implemented requirement${requirements === 1 ? '' : 's'}` };
}

export function assessmentResultsDocument(c: OscalContext): Written {
  const today = dayOf(c) ?? todayOption(undefined);
  const { analyses, rootDir } = analyseManifests('oscal', c.values, c.paths, c.io, today);
  const report = reportOf(analyses, { generator: TOOL });
  const doc = assessmentResults(report, { today, tool: TOOL, catalogHref: catalogHref(c), fileHref: relativeFileHref(rootDir, c.outFile, c.io) });
  const gaps = rows(report).filter((r) => !verdict(r).satisfied).length;
  const n = report.systems.length;
  return { text: renderOscal(doc), summary: `${n === 1 ? '1 result' : `${n} results`} as of ${today}, ${gaps} finding${gaps === 1 ? '' : 's'} not satisfied` };
}

function catalogHref(c: OscalContext): string {
  const v = c.values['catalog-href'];
  return v === undefined ? CATALOG_HREF : String(v);
}

/** --today, else SOURCE_DATE_EPOCH (seconds since 1970, as reproducible builds set it) as a UTC day. */
function dayOf(c: OscalContext): string | undefined {
  if (c.values.today !== undefined) return todayOption(c.values.today);
  const epoch = c.io.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

/** The latest `reviewed` date any entry records: when the manifests last said something was looked at. */
function latestReview(report: CoverageReport): string | undefined {
  let latest: string | undefined;
  for (const r of rows(report)) {
    const d = asDate(r.reviewed);
    if (d && (latest === undefined || d > latest)) latest = d;
  }
  return latest;
}

function rows(report: CoverageReport): ProvisionRow[] {
  return report.systems.flatMap((s) => s.principles.flatMap((p) => p.provisions));
}

/**
 * The coverage report as plain data: where one AI system stands against the Code, built from a
 * manifest's analysis. Every renderer (Markdown, HTML, JSON, CycloneDX) reads this one model,
 * and the model reads the same `provisionState` and coverage as the diagnostics, so a report can
 * never disagree with `ai-security check` or the editor.
 *
 * The JSON format is this model serialised as it is: the interfaces below are its documentation,
 * and `REPORT_FORMAT_VERSION` changes whenever a field changes meaning or goes away.
 */
import { applicability } from '../catalogue/applicability';
import { attribution, catalogue, type CatalogueSource, type ModalVerb, type Phase } from '../catalogue/index';
import { provisionState, type ProvisionState } from '../model/state';
import type { ManifestAnalysis } from '../engine/validate';
import type { ManifestContext } from '../model/manifest';
import { get, str, strings } from '../parse/yaml';
import { ASSET_MET_PROVISIONS, INVENTORY_CHECKED } from '../model/assets';
import { LIFECYCLES, type Lifecycle, type Role } from '../schema';
import type { Finding, Severity } from '../types';
import { asDate, daysBetween } from '../util/dates';
import { classifyReference, dirOf, resolvePath } from '../util/workspace-path';

/** The `format` of a report document, so that a reader can tell it from other JSON. */
export const REPORT_FORMAT = 'ai-security-coverage-report';
/** Bumped whenever a field of the report changes meaning or is removed (adding one does not). */
export const REPORT_FORMAT_VERSION = 1;

/** Applicable provisions and how many of them are addressed. */
export interface Counts {
  applicable: number;
  addressed: number;
}

/** Coverage split as the Code splits its provisions: requirements (`shall`) and recommendations (`should`). */
export interface CoverageBreakdown {
  /** Every applicable provision. */
  all: Counts;
  /** `shall` provisions. */
  requirements: Counts;
  /** `should` provisions. */
  recommendations: Counts;
  /** Provisions that apply but whose phase is not yet due at the system's lifecycle stage. */
  upcoming: number;
}

/**
 * One reference from an entry's `evidence`, resolved as the checker resolves it: a path is
 * relative to the manifest's folder and becomes a workspace-relative `path`; an https (or http)
 * URL stays a URL; anything else cannot be linked and says why.
 */
export type EvidenceRef =
  | {
      kind: 'file';
      /** As written in the manifest. */
      ref: string;
      /** Workspace-relative POSIX path. */
      path: string;
      /** The `#fragment` written after the path, if any (without the `#`). */
      fragment?: string;
      /** Whether the file or folder exists in the workspace; absent when no workspace was read. */
      found?: boolean;
    }
  | { kind: 'url'; ref: string; url: string; /** `false` for http. */ secure: boolean }
  | { kind: 'unusable'; ref: string; reason: string };

/** A finding of the check, as the report carries it. */
export interface ReportFinding {
  code: string;
  severity: Severity;
  message: string;
  /** 1-based line in the manifest. */
  line: number;
}

/** An applicable provision and what the manifest says about it. */
export interface ProvisionRow {
  id: string;
  /** Our short title (not the Code's words). */
  title: string;
  modal: ModalVerb;
  principle: number;
  /** The Code's exact words (Crown copyright, OGL v3: see the report's `code.attribution`). */
  quote: string;
  /** Where it stands: addressed, open (planned or partial), expired (a lapsed waiver) or missing. */
  state: Exclude<ProvisionState, 'upcoming' | 'not-applicable'>;
  /** The entry's `status` as written, when there is an entry. */
  status?: string;
  /** True when no entry is needed because the asset inventory meets it (5.1, 5.2, 7.2, …). */
  metByInventory: boolean;
  /** For a provision met by the inventory: what its check looked at, and what it cannot see. */
  inventoryCheck?: string;
  evidence: EvidenceRef[];
  owner?: string;
  due?: string;
  /** A planned or partial entry whose due date has passed. */
  overdue?: boolean;
  reviewed?: string;
  approvedBy?: string;
  expires?: string;
  justification?: string;
  notes?: string;
  /** Findings about this provision (its number as code, or naming it in their data). */
  findings: ReportFinding[];
}

export interface PrincipleReport {
  number: number;
  /** The Code's title of the principle. */
  title: string;
  phase: Phase;
  coverage: CoverageBreakdown;
  /** Its applicable provisions, in the Code's order (none when nothing applies yet). */
  provisions: ProvisionRow[];
}

/** A `risk-accepted` entry of an applicable provision. */
export interface Waiver {
  provision: string;
  title: string;
  modal: ModalVerb;
  state: ProvisionRow['state'];
  approvedBy?: string;
  expires?: string;
  justification?: string;
  /** The expiry date has passed (as of the report's date). */
  expired: boolean;
  /** Days from the report's date to the expiry (negative once expired); absent without both dates. */
  daysLeft?: number;
}

/** A provision that becomes due at a later lifecycle stage. */
export interface UpcomingProvision {
  id: string;
  title: string;
  modal: ModalVerb;
  /** The entry's status, where the manifest already plans for it. */
  status?: string;
}

export interface StageOutlook {
  stage: Lifecycle;
  /** The stage right after the current one. */
  next: boolean;
  /** Provisions that become due at this stage, and were not due before it. */
  provisions: UpcomingProvision[];
}

/** One manifest's report. */
export interface SystemReport {
  /** The manifest's workspace-relative path. */
  manifest: string;
  system: {
    name: string;
    owner?: string;
    description?: string;
    /** As stated; absent when not stated (every role is then assumed). */
    roles?: Role[];
    /** As stated; absent when not stated (read as maintenance). */
    lifecycle?: Lifecycle;
  };
  coverage: CoverageBreakdown;
  principles: PrincipleReport[];
  waivers: Waiver[];
  /** The lifecycle stages after the current one, each with what becomes due there. */
  outlook: StageOutlook[];
  findings: { counts: Record<Severity, number>; items: ReportFinding[] };
}

/** Where the quoted text comes from (the catalogue's source), with the attribution that must travel with it. */
export interface CodeSource extends CatalogueSource {
  /** The line to print wherever the Code is quoted. */
  attribution: string;
}

/** A whole report: one or more systems, as of one date. */
export interface CoverageReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_FORMAT_VERSION;
  /** The date freshness was judged on (YYYY-MM-DD); absent when no date was given. */
  asOf?: string;
  generator: { name: string; version: string };
  code: CodeSource;
  systems: SystemReport[];
}

export interface ReportOptions {
  /** The tool that made the report, for the document's `generator`. */
  generator?: { name: string; version: string };
}

/** A report over analysed manifests (in the order given). */
export function coverageReport(analyses: ManifestAnalysis[], options: ReportOptions = {}): CoverageReport {
  const s = catalogue().source;
  const asOf = analyses.map((a) => a.context.today).find((t) => t !== undefined);
  return {
    format: REPORT_FORMAT,
    version: REPORT_FORMAT_VERSION,
    ...(asOf ? { asOf } : {}),
    generator: options.generator ?? { name: 'ai-security', version: '0.0.0-dev' },
    code: { title: s.title, publisher: s.publisher, date: s.date, url: s.url, licence: s.licence, licenceUrl: s.licenceUrl, copyright: s.copyright, attribution: attribution() },
    systems: analyses.map((a) => systemReport(a)),
  };
}

/** One manifest's report, from its analysis. */
export function systemReport(analysis: ManifestAnalysis): SystemReport {
  const ctx = analysis.context;
  const system = get(ctx.root, 'system');
  const rolesStated = ctx.facts.roles;
  const principles: PrincipleReport[] = catalogue().principles.map((pr) => {
    const provisions: ProvisionRow[] = [];
    let upcoming = 0;
    for (const p of pr.provisions) {
      const state = provisionState(ctx, p.id);
      if (state === 'upcoming') upcoming++;
      if (state === 'upcoming' || state === 'not-applicable') continue;
      provisions.push(row(ctx, analysis.findings, p.id, state));
    }
    return { number: pr.number, title: pr.title, phase: pr.phase, coverage: countRows(provisions, upcoming), provisions };
  });
  const cov = analysis.coverage;
  const rows = principles.flatMap((p) => p.provisions);
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  return {
    manifest: ctx.path,
    system: {
      name: str(get(system, 'name'))?.trim() || ctx.path,
      ...optional('owner', str(get(system, 'owner'))),
      ...optional('description', str(get(system, 'description'))),
      ...(rolesStated ? { roles: rolesStated } : {}),
      ...(ctx.facts.lifecycle ? { lifecycle: ctx.facts.lifecycle } : {}),
    },
    coverage: {
      all: { applicable: cov.applicable, addressed: cov.addressed },
      requirements: { ...cov.byVerb.shall },
      recommendations: { ...cov.byVerb.should },
      upcoming: cov.upcoming,
    },
    principles,
    waivers: rows.filter((r) => r.status === 'risk-accepted').map((r) => waiver(ctx, r)),
    outlook: outlook(ctx),
    findings: { counts, items: analysis.findings.map(reportFinding) },
  };
}

function row(ctx: ManifestContext, findings: Finding[], id: string, state: ProvisionRow['state']): ProvisionRow {
  const p = catalogue().byId.get(id)!;
  const info = ctx.entries.get(id);
  const out: ProvisionRow = {
    id,
    title: p.title,
    modal: p.modal,
    principle: p.principle,
    quote: p.quote,
    state,
    metByInventory: !info && ASSET_MET_PROVISIONS.includes(id),
    evidence: [],
    // Its findings: those that name it, and those about its entry's fields (an evidence path
    // not found names no provision, but it is this entry's claim that it weakens).
    findings: findings.filter((f) => f.code === id || f.data?.provision === id || (info !== undefined && underEntry(f, info.entry.key))).map(reportFinding),
  };
  if (!info) {
    if (out.metByInventory) out.inventoryCheck = INVENTORY_CHECKED[id]!;
    return out;
  }
  const node = info.node;
  const status = str(get(node, 'status'));
  if (status) out.status = status;
  out.evidence = strings(get(node, 'evidence')).map((e) => evidenceRef(ctx, e.value));
  for (const field of ['owner', 'due', 'reviewed', 'approvedBy', 'expires', 'justification', 'notes'] as const) {
    const v = str(get(node, field))?.trim();
    if (v) out[field] = v;
  }
  const due = asDate(out.due);
  if (due && ctx.today && (status === 'planned' || status === 'partial') && due < ctx.today) out.overdue = true;
  return out;
}

function underEntry(f: Finding, key: string): boolean {
  const path = f.data?.path;
  return path !== undefined && path.length > 2 && path[0] === 'provisions' && path[1] === key;
}

function evidenceRef(ctx: ManifestContext, ref: string): EvidenceRef {
  const r = classifyReference(ref, dirOf(ctx.path));
  switch (r.kind) {
    case 'https':
      return { kind: 'url', ref, url: r.url, secure: true };
    case 'http':
      return { kind: 'url', ref, url: r.url, secure: false };
    case 'path': {
      // The same host call the check makes: a symbolic link out of the workspace is never linked.
      const { rel, kind, literal } = resolvePath(r, ctx.host);
      if (kind === 'outside') return { kind: 'unusable', ref, reason: 'it leads outside the workspace through a symbolic link' };
      // A file whose name holds the `#` has no fragment.
      const hash = literal ? -1 : ref.indexOf('#');
      const fragment = hash >= 0 ? ref.slice(hash + 1).trim() : '';
      return { kind: 'file', ref, path: rel, ...(fragment ? { fragment } : {}), ...(kind === undefined ? {} : { found: kind === 'file' || kind === 'directory' }) };
    }
    default:
      return { kind: 'unusable', ref, reason: r.reason };
  }
}

function waiver(ctx: ManifestContext, r: ProvisionRow): Waiver {
  const expires = asDate(r.expires);
  return {
    provision: r.id,
    title: r.title,
    modal: r.modal,
    state: r.state,
    ...optional('approvedBy', r.approvedBy),
    ...optional('expires', r.expires),
    ...optional('justification', r.justification),
    expired: !!(expires && ctx.today && expires < ctx.today),
    ...(expires && ctx.today ? { daysLeft: daysBetween(ctx.today, expires) } : {}),
  };
}

/**
 * What each later lifecycle stage brings: the provisions that apply and are due there but not
 * now. Regular phases fall due by stage; end of life also turns on its own conditions (13.2 on
 * decommissioning), so each stage is asked of the same applicability the checks use.
 */
function outlook(ctx: ManifestContext): StageOutlook[] {
  // An unstated stage is read as maintenance, as applicability reads it.
  const current = LIFECYCLES.indexOf(ctx.facts.lifecycle ?? 'maintenance');
  const seen = new Set<string>();
  const out: StageOutlook[] = [];
  for (const stage of LIFECYCLES.slice(current + 1)) {
    const facts = { ...ctx.facts, lifecycle: stage };
    const provisions: UpcomingProvision[] = [];
    for (const p of catalogue().provisions) {
      const now = ctx.applicability.get(p.id);
      if (seen.has(p.id) || (now?.applies && now.due)) continue;
      const then = applicability(p, facts);
      if (!then.applies || !then.due) continue;
      seen.add(p.id);
      const status = str(get(ctx.entries.get(p.id)?.node, 'status'));
      provisions.push({ id: p.id, title: p.title, modal: p.modal, ...optional('status', status) });
    }
    out.push({ stage, next: out.length === 0, provisions });
  }
  return out;
}

function countRows(rows: ProvisionRow[], upcoming: number): CoverageBreakdown {
  const c = (list: ProvisionRow[]): Counts => ({ applicable: list.length, addressed: list.filter((r) => r.state === 'addressed').length });
  return { all: c(rows), requirements: c(rows.filter((r) => r.modal === 'shall')), recommendations: c(rows.filter((r) => r.modal === 'should')), upcoming };
}

function reportFinding(f: Finding): ReportFinding {
  return { code: f.code, severity: f.severity, message: f.message, line: f.range.start.line + 1 };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  const v = value?.trim();
  return (v ? { [key]: v } : {}) as { [P in K]?: string };
}

/** The share addressed, rounded down so that a gap never reads as 100 %; undefined for none applicable. */
export function percent(c: Counts): number | undefined {
  return c.applicable === 0 ? undefined : Math.floor((c.addressed * 100) / c.applicable);
}

/**
 * The report as CycloneDX 1.6 attestations (CDXA): machine-readable conformance that other
 * tools can import.
 *
 * - `definitions.standards`: the Code as a standard, its 13 principles as top-level requirements
 *   and its 72 provisions as their children, each with the provision's number as identifier and
 *   the Code's exact words as text (the attribution is in the standard's description).
 * - `declarations`: per system, a target (the AI system), its owner as a self-assessor, and one
 *   attestation mapping each applicable provision to one claim: what the manifest says about it
 *   (a counter-claim where nothing addresses it), with the evidence it names, the check's findings
 *   against it as counter-evidence, and a conformance score with its rationale. Plans and waivers
 *   are mitigation strategies. No confidence is claimed anywhere: for entries the tool checked
 *   the evidence's presence, not what the documents say; for provisions the asset inventory
 *   meets it checked the inventory's fields as stated, and the rationale says which fields and
 *   what it could not see.
 *
 * bom-refs are built from provision numbers and manifest paths, so they are stable across runs.
 * The serial number and timestamp are the caller's (the CLI derives the serial from the content).
 */
import { catalogue } from '../catalogue/index';
import { oneLine, STATE_LABEL, verbText, waiverTimeText } from './common';
import { asDate } from '../util/dates';
import { jsonInvisiblesEscaped } from '../util/escape';
import type { CoverageReport, EvidenceRef, ProvisionRow, SystemReport, Waiver } from './model';

export interface CycloneDxOptions {
  /** ISO 8601 date-time of the BOM (`metadata.timestamp`). */
  timestamp?: string;
  /** `urn:uuid:…` (RFC 4122); omitted when not given. */
  serialNumber?: string;
}

const STANDARD_REF = 'code-of-practice-cyber-security-of-ai-2025';
const principleRef = (n: number) => `${STANDARD_REF}/principle-${n}`;
const provisionRef = (id: string) => `${STANDARD_REF}/${id}`;

type Json = Record<string, unknown>;

export function renderCycloneDx(report: CoverageReport, options: CycloneDxOptions = {}): string {
  return jsonInvisiblesEscaped(JSON.stringify(cycloneDxBom(report, options), null, 2)) + '\n';
}

export function cycloneDxBom(report: CoverageReport, options: CycloneDxOptions = {}): Json {
  const decl = { assessors: [] as Json[], attestations: [] as Json[], claims: [] as Json[], evidence: [] as Json[], targets: { components: [] as Json[] } };
  for (const s of report.systems) declare(s, report, decl);
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    ...(options.serialNumber ? { serialNumber: options.serialNumber } : {}),
    version: 1,
    metadata: {
      ...(options.timestamp ? { timestamp: options.timestamp } : {}),
      tools: { components: [{ type: 'application', name: report.generator.name, version: report.generator.version, description: 'Checks ai-security.yaml manifests against the UK Code of Practice for the Cyber Security of AI.' }] },
      properties: [
        ...(report.asOf ? [{ name: 'ai-security:as-of', value: report.asOf }] : []),
        { name: 'ai-security:report-format', value: `${report.format}@${report.version}` },
      ],
    },
    definitions: { standards: [standard(report)] },
    declarations: decl,
  };
}

function standard(report: CoverageReport): Json {
  const c = report.code;
  const requirements: Json[] = [];
  for (const pr of catalogue().principles) {
    requirements.push({
      'bom-ref': principleRef(pr.number),
      identifier: `Principle ${pr.number}`,
      title: pr.title,
      properties: [
        { name: 'ai-security:phase', value: pr.phase },
        { name: 'ai-security:etsi-clause', value: pr.etsiClause },
      ],
    });
    for (const p of pr.provisions) {
      requirements.push({
        'bom-ref': provisionRef(p.id),
        identifier: p.id,
        title: p.title,
        text: p.quote,
        parent: principleRef(pr.number),
        properties: [
          { name: 'ai-security:modal-verb', value: p.modal },
          { name: 'ai-security:obliges', value: p.stakeholders.join(', ') },
          { name: 'ai-security:etsi', value: p.etsi },
        ],
      });
    }
  }
  return {
    'bom-ref': STANDARD_REF,
    name: c.title,
    version: c.date,
    description: `${c.title}, published by ${c.publisher} on ${c.date}: 13 principles (top-level requirements) and 72 provisions (their children). Each provision's text is the Code's exact words; "shall" provisions are requirements and "should" provisions recommendations (property ai-security:modal-verb). Requirement titles are short titles written by ai-security, not the Code's words. ${c.attribution}`,
    owner: c.publisher,
    requirements,
    externalReferences: [
      { type: 'website', url: c.url, comment: 'The Code of Practice on GOV.UK' },
      { type: 'license', url: c.licenceUrl, comment: c.licence },
    ],
  };
}

interface Declarations {
  assessors: Json[];
  attestations: Json[];
  claims: Json[];
  evidence: Json[];
  targets: { components: Json[] };
}

function declare(s: SystemReport, report: CoverageReport, d: Declarations): void {
  const key = s.manifest;
  const target = `system:${key}`;
  const assessor = `assessor:${key}`;
  d.targets.components.push({
    type: 'application',
    'bom-ref': target,
    name: s.system.name,
    ...(s.system.description ? { description: s.system.description } : {}),
    properties: [
      { name: 'ai-security:manifest', value: s.manifest },
      { name: 'ai-security:roles', value: s.system.roles?.join(', ') ?? 'not stated (all assumed)' },
      { name: 'ai-security:lifecycle', value: s.system.lifecycle ?? 'not stated (read as maintenance)' },
      { name: 'ai-security:coverage:applicable', value: String(s.coverage.all.applicable) },
      { name: 'ai-security:coverage:addressed', value: String(s.coverage.all.addressed) },
      { name: 'ai-security:coverage:requirements', value: `${s.coverage.requirements.addressed}/${s.coverage.requirements.applicable}` },
      { name: 'ai-security:coverage:recommendations', value: `${s.coverage.recommendations.addressed}/${s.coverage.recommendations.applicable}` },
      { name: 'ai-security:coverage:upcoming', value: String(s.coverage.upcoming) },
    ],
  });
  d.assessors.push({ 'bom-ref': assessor, thirdParty: false, organization: { name: s.system.owner ?? s.system.name } });

  const map: Json[] = [];
  for (const r of s.principles.flatMap((p) => p.provisions)) {
    const claimRef = `claim:${key}#${r.id}`;
    const evidence = r.evidence.map((e, i) => evidenceItem(e, `evidence:${key}#${r.id}/${i + 1}`, r));
    const counter = r.findings.map((f, i) => ({
      'bom-ref': `finding:${key}#${r.id}/${i + 1}`,
      propertyName: 'ai-security:finding',
      description: `ai-security finding ${f.code} (${f.severity}) at line ${f.line} of ${s.manifest}: ${f.message}`,
      ...(report.asOf ? { created: `${report.asOf}T00:00:00Z` } : {}),
    }));
    const waiver = s.waivers.find((w) => w.provision === r.id);
    const mitigation = mitigationItem(r, `mitigation:${key}#${r.id}`, waiver);
    d.evidence.push(...evidence, ...counter, ...(mitigation ? [mitigation] : []));
    const noEntry = r.status === undefined && !r.metByInventory;
    d.claims.push({
      'bom-ref': claimRef,
      target,
      predicate: predicate(s, r),
      ...(mitigation ? { mitigationStrategies: [mitigation['bom-ref']] } : {}),
      reasoning: reasoning(r),
      ...(evidence.length ? { evidence: evidence.map((e) => e['bom-ref']) } : {}),
      ...(counter.length ? { counterEvidence: counter.map((e) => e['bom-ref']) } : {}),
    });
    const { score, rationale } = conformance(r, waiver);
    map.push({
      requirement: provisionRef(r.id),
      ...(noEntry ? { counterClaims: [claimRef] } : { claims: [claimRef] }),
      conformance: { score, rationale, ...(mitigation ? { mitigationStrategies: [mitigation['bom-ref']] } : {}) },
    });
  }
  const c = s.coverage;
  d.attestations.push({
    summary: `${s.system.name}: self-assessment against the Code of Practice for the Cyber Security of AI, recorded in ${s.manifest} and checked by ${report.generator.name}${report.asOf ? ` as of ${report.asOf}` : ''}. ${c.all.addressed} of ${c.all.applicable} applicable provisions addressed (requirements ${c.requirements.addressed}/${c.requirements.applicable}, recommendations ${c.recommendations.addressed}/${c.recommendations.applicable}); ${c.upcoming} upcoming at later lifecycle stages.`,
    assessor,
    map,
  });
}

function predicate(s: SystemReport, r: ProvisionRow): string {
  const name = s.system.name;
  const what = `${r.id} (${r.title})`;
  if (r.metByInventory) return r.state === 'addressed' ? `${name}'s asset inventory meets ${what}.` : `${name}'s asset inventory does not yet meet ${what}.`;
  switch (r.status) {
    case undefined:
      return `Nothing in ${name}'s manifest addresses ${what}.`;
    case 'implemented':
      return `${name} implements ${what}.`;
    case 'partial':
      return `${name} partly implements ${what}${r.due ? `, to be completed by ${r.due}` : ''}.`;
    case 'planned':
      return `${name} plans to implement ${what}${r.due ? ` by ${r.due}` : ''}.`;
    case 'not-applicable':
      return `${what} does not apply to ${name}.`;
    case 'risk-accepted':
      return `${name} accepts the risk of not meeting ${what}${r.expires ? ` until ${r.expires}` : ''}.`;
    default:
      return `${name}'s manifest gives ${what} the status "${r.status}", which the manifest format does not have.`;
  }
}

function reasoning(r: ProvisionRow): string {
  const parts: string[] = [`It is a ${verbText(r.modal)} that applies to this system.`];
  if (r.inventoryCheck) parts.push(`The asset inventory is checked in its place. ${r.inventoryCheck}`);
  if (r.justification) parts.push(`Justification: ${oneLine(r.justification)}`);
  if (r.notes) parts.push(`Notes: ${oneLine(r.notes)}`);
  if (r.evidence.length) parts.push(`The manifest names ${r.evidence.length} piece${r.evidence.length === 1 ? '' : 's'} of evidence.`);
  if (r.findings.length) parts.push(`The check reports ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'} against it (counter-evidence).`);
  return parts.join(' ');
}

/** Scores: 1 met, 0.5 partly implemented, 0 not met (a waiver accepts a gap; it does not close it). */
function conformance(r: ProvisionRow, waiver: Waiver | undefined): { score: number; rationale: string } {
  const state = STATE_LABEL[r.state];
  if (r.state === 'addressed') {
    if (r.metByInventory) return { score: 1, rationale: `Met by the asset inventory as far as its fields go, as the manifest states them. ${r.inventoryCheck ?? ''}`.trim() };
    if (r.status === 'implemented') return { score: 1, rationale: 'Implemented, with evidence. ai-security checked that workspace paths exist and URLs are well formed, not what the documents say.' };
    if (r.status === 'not-applicable') return { score: 1, rationale: `Declared not applicable by the system's owner, with a justification: ${oneLine(r.justification ?? '')}` };
    if (r.status === 'risk-accepted') return { score: 0, rationale: `Not met: the risk is accepted${r.approvedBy ? ` by ${r.approvedBy}` : ''} (${waiver ? waiverTimeText(waiver) : 'no expiry date'}). Coverage counts a live waiver as addressed.` };
  }
  if (r.state === 'open') {
    const when = r.due ? `, due ${r.due}${r.overdue ? ' (overdue)' : ''}` : '';
    return r.status === 'partial'
      ? { score: 0.5, rationale: `Partly implemented${when}. The manifest does not say how much; 0.5 marks "partial".` }
      : { score: 0, rationale: `Not met yet: planned${r.owner ? ` by ${r.owner}` : ''}${when}.` };
  }
  if (r.state === 'expired') return { score: 0, rationale: `Not met, and the risk acceptance has lapsed (${waiver ? waiverTimeText(waiver) : 'no expiry date'}).` };
  const why = r.findings.length ? ` ${r.findings.map((f) => f.message).join(' ')}` : '';
  return { score: 0, rationale: r.status === undefined && !r.metByInventory ? `Not met: ${state}, no entry in the manifest addresses it.${why}` : `Not met: the entry does not count.${why}` };
}

function evidenceItem(e: EvidenceRef, ref: string, r: ProvisionRow): Json {
  const where =
    e.kind === 'url'
      ? { url: e.url }
      : e.kind === 'file'
        ? { url: e.fragment ? `${encodeURI(e.path)}#${encodeURIComponent(e.fragment)}` : encodeURI(e.path) }
        : undefined;
  const about =
    e.kind === 'file'
      ? `a workspace file (path relative to the workspace root)${e.found === false ? ' that does not exist' : ''}`
      : e.kind === 'url'
        ? `a ${e.secure ? 'https' : 'http'} URL (not fetched)`
        : `a reference that cannot be used (${e.reason})`;
  return {
    'bom-ref': ref,
    propertyName: 'ai-security:evidence',
    description: `Evidence for ${r.id} named in the manifest: ${about}.${r.reviewed ? ` Reviewed ${r.reviewed}.` : ''}`,
    data: [{ name: e.ref, ...(where ? { contents: where } : {}) }],
    ...(r.owner ? { author: { name: r.owner } } : {}),
  };
}

/** The plan (planned, partial) or the waiver (risk-accepted) as a mitigation strategy. */
function mitigationItem(r: ProvisionRow, ref: string, waiver: Waiver | undefined): Json | undefined {
  if (r.status === 'planned' || r.status === 'partial') {
    const parts = [`${r.status === 'planned' ? 'Plan' : 'Completion plan'} for ${r.id}`];
    if (r.owner) parts.push(`owner ${r.owner}`);
    if (r.due) parts.push(`due ${r.due}${r.overdue ? ' (overdue)' : ''}`);
    return {
      'bom-ref': ref,
      propertyName: 'ai-security:plan',
      description: `${parts.join(', ')}.${r.notes ? ` ${oneLine(r.notes)}` : ''}`,
      ...(r.owner ? { author: { name: r.owner } } : {}),
    };
  }
  if (r.status === 'risk-accepted') {
    const time = waiver ? waiverTimeText(waiver) : 'no expiry date';
    const expires = asDate(r.expires);
    return {
      'bom-ref': ref,
      propertyName: 'ai-security:risk-acceptance',
      description: `Risk acceptance for ${r.id}${r.approvedBy ? `, approved by ${r.approvedBy}` : ''}, ${time}.${r.justification ? ` ${oneLine(r.justification)}` : ''}`,
      ...(expires ? { expires: `${expires}T00:00:00Z` } : {}),
      ...(r.approvedBy ? { reviewer: { name: r.approvedBy } } : {}),
    };
  }
  return undefined;
}

/**
 * A manifest as an OSCAL component definition: per manifest, one component (the AI system, of
 * OSCAL type `software`: a model, its pipelines and the code around them, whoever runs it; a
 * `service` in OSCAL is one that the system leverages) with one control implementation that
 * sources the Code's catalog, and in it one implemented requirement per provision the manifest
 * addresses or plans, in the Code's order.
 *
 * It says what the manifest claims, as the check accepts it, and nothing about dates: it is
 * built from an analysis without a clock, so the same manifest gives the same document on any
 * day (a waiver's expiry and a plan's due date are properties; whether they have passed is the
 * assessment results' business). Provisions nothing addresses are not in it: a component
 * definition describes implementations, and the gaps are findings in the assessment results.
 */
import type { CoverageReport, ProvisionRow, SystemReport } from '../report/model';
import { controlId, metadata, uuidFor } from './common';
import {
  defaultFileHref,
  entryRemarks,
  evidenceHref,
  implementationState,
  md,
  mdStart,
  prop,
  obligedRoles,
  provisionOf,
  statusSentence,
  systemRoleIds,
  type FileHref,
  type Json,
} from './implementation';
import { ownerParties, withParties, type Party } from './parties';

export interface ComponentDefinitionOptions {
  /** Where the control implementations' `source` points: the catalog (see `oscal catalog`). */
  catalogHref: string;
  /** How evidence files are linked (default: their workspace path). */
  fileHref?: FileHref;
  /** The document's last-modified day (YYYY-MM-DD: the caller's, never a clock). */
  lastModified: string;
  /** The tool's version: the document's version and the tool party's. */
  toolVersion: string;
}

/** The document, as the object JSON.stringify writes (keys in OSCAL's order). */
export function componentDefinition(report: CoverageReport, options: ComponentDefinitionOptions): Json {
  const fileHref = options.fileHref ?? defaultFileHref;
  const parties = new Map<string, Party>();
  const components = report.systems.map((s) => component(s, options.catalogHref, fileHref, parties));
  const names = report.systems.map((s) => s.system.name);
  const title = names.length === 1 ? `${mdStart(names[0]!)}: how it meets the UK Code of Practice for the Cyber Security of AI` : `${names.length} AI systems: how they meet the UK Code of Practice for the Cyber Security of AI`;
  const body: Json = {
    uuid: '',
    metadata: withParties(metadata({ title, lastModified: options.lastModified, version: options.toolVersion, toolVersion: options.toolVersion }), parties),
    components,
  };
  // The document's uuid changes whenever its content does (OSCAL: change-on-write), and only then.
  body.uuid = uuidFor(`component-definition:${JSON.stringify(body)}`);
  return { 'component-definition': body };
}

function component(s: SystemReport, catalogHref: string, fileHref: FileHref, parties: Map<string, Party>): Json {
  const key = s.manifest;
  const rows = s.principles.flatMap((p) => p.provisions).filter((r) => implementationState(r) !== undefined);
  const systemOwner = s.system.owner ? ownerParties(parties, s.system.owner) : undefined;
  const requirements = rows.map((r) => requirement(s, r, fileHref, parties, systemOwner));
  const c = s.coverage;
  return {
    uuid: uuidFor(`component:${key}`),
    type: 'software',
    title: mdStart(s.system.name),
    description: s.system.description ? mdStart(s.system.description) : `The AI system that ${md(key)} describes.`,
    purpose: 'An AI system, assessed against the UK Code of Practice for the Cyber Security of AI.',
    props: [
      ...prop('manifest', key),
      ...prop('roles', s.system.roles?.join(' ') ?? 'not-stated'),
      ...prop('lifecycle', s.system.lifecycle ?? 'not-stated'),
      ...prop('applicable', String(c.all.applicable)),
      ...prop('addressed', String(c.all.addressed)),
    ],
    'responsible-roles': systemRoleIds(s).map((role) => ({ 'role-id': role, ...(systemOwner ? { 'party-uuids': [systemOwner] } : {}) })),
    ...(requirements.length
      ? {
          'control-implementations': [
            {
              uuid: uuidFor(`control-implementation:${key}`),
              source: catalogHref,
              description: `How ${md(s.system.name)} meets the provisions of the Code that apply to it, as ${md(key)} states: ${requirements.length} of its ${c.all.applicable} applicable provisions are addressed or planned. Provisions not addressed are findings in the assessment results (ai-security oscal assessment-results).`,
              'implemented-requirements': requirements,
            },
          ],
        }
      : {}),
    remarks: rows.length
      ? `Written by ai-security from ${md(key)}. Evidence links are the manifest's own references; ai-security checked that workspace files exist and that URLs are well formed, not what they say.`
      : `Written by ai-security from ${md(key)}, which addresses or plans none of the ${c.all.applicable} provisions that apply to the system.`,
  };
}

function requirement(s: SystemReport, r: ProvisionRow, fileHref: FileHref, parties: Map<string, Party>, systemOwner: string | undefined): Json {
  const p = provisionOf(r.id);
  const state = implementationState(r)!;
  const answerer = r.owner ? ownerParties(parties, r.owner) : systemOwner;
  const links = r.evidence.flatMap((e) => {
    const href = evidenceHref(e, fileHref);
    return href ? [{ href, rel: 'reference', text: md(`Evidence: ${e.ref}`) }] : [];
  });
  const remarks = entryRemarks(r);
  return {
    uuid: uuidFor(`implemented-requirement:${s.manifest}#${r.id}`),
    'control-id': controlId(r.id),
    description: statusSentence(r, s.manifest),
    props: [
      // The state as compliance-trestle reads it on a component definition's requirement.
      { name: 'implementation-status', value: state, ...(remarks ? { remarks } : {}) },
      ...prop('provision', r.id),
      ...prop('status', r.metByInventory ? 'met-by-inventory' : r.status),
      ...prop('modal-verb', r.modal),
      ...prop('owner', r.owner),
      ...prop('due', r.due),
      ...prop('reviewed', r.reviewed),
      ...prop('approved-by', r.approvedBy),
      ...prop('expires', r.expires),
    ],
    ...(links.length ? { links } : {}),
    'responsible-roles': obligedRoles(s, p).map((role) => ({ 'role-id': role, ...(answerer ? { 'party-uuids': [answerer] } : {}) })),
    ...(remarks ? { remarks } : {}),
  };
}

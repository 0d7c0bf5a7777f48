/**
 * What the component definition and the assessment results share: how a row of the coverage
 * report (report/model.ts, the same states as `check` and the editor) reads in OSCAL's terms.
 *
 * - The manifest's status as an OSCAL implementation state (the five values of OSCAL's
 *   `implementation-status`): implemented → implemented, partial → partial, planned → planned,
 *   not-applicable → not-applicable, and a provision the asset inventory meets → implemented.
 *   A waiver (risk-accepted) has no OSCAL state of its own: the control is not implemented, and
 *   the waiver's expiry is the date by which it must be dealt with, so it reads as planned, with
 *   our own `status` prop saying risk-accepted and the waiver in the remarks. (Not
 *   "not-applicable": the provision applies; not "alternative": nothing else meets it.)
 * - Evidence as links: a workspace file as a relative reference (where the caller says files
 *   are, by default the workspace-relative path percent-encoded), a URL as it is (normalised,
 *   http or https only); a reference the check refuses (leaving the workspace, another scheme)
 *   gets no link at all, only words saying why.
 * - Responsible roles: the Code's stakeholders the provision obliges among the system's roles
 *   (every role the system has, for a provision that obliges Organisations), each with the party
 *   that answers for it: the entry's owner where it names one, else the system's owner.
 *
 * Every piece of manifest text goes into Markdown fields escaped (mdText), and into plain
 * strings on one line, so that it stays text in whatever renders the document.
 */
import { catalogue, type Provision, type Stakeholder } from '../catalogue/index';
import { ROLE_STAKEHOLDER } from '../catalogue/applicability';
import { encodePath } from '../report/common';
import type { EvidenceRef, ProvisionRow, SystemReport } from '../report/model';
import { ROLES, type Role } from '../schema';
import { jsonInvisiblesEscaped, mdLineStart, mdText, oneLine, webHref } from '../util/escape';
import { oscalJson, PROPS_NS, STAKEHOLDER_ROLE } from './common';

export type Json = Record<string, unknown>;

/** OSCAL's implementation states (implementation-status/@state). */
export type ImplementationState = 'implemented' | 'partial' | 'planned' | 'not-applicable';

/** How workspace files are linked: the caller's choice (the CLI: relative to where the document is written). */
export type FileHref = (workspacePath: string) => string;

/**
 * The OSCAL implementation state of what the manifest says about a provision, or undefined when
 * the manifest says nothing that counts (no entry, or an entry the check does not accept).
 */
export function implementationState(r: ProvisionRow): ImplementationState | undefined {
  if (r.metByInventory) return r.state === 'addressed' ? 'implemented' : undefined;
  switch (r.status) {
    case 'implemented':
      return r.state === 'addressed' ? 'implemented' : undefined;
    case 'not-applicable':
      return r.state === 'addressed' ? 'not-applicable' : undefined;
    case 'risk-accepted':
      return r.state === 'addressed' || r.state === 'expired' ? 'planned' : undefined;
    case 'planned':
      return 'planned';
    case 'partial':
      return 'partial';
    default:
      return undefined;
  }
}

/** The roles of the system (every role when it states none, as applicability reads it). */
export function systemRoles(s: SystemReport): readonly Role[] {
  return s.system.roles?.length ? s.system.roles : ROLES;
}

/**
 * The OSCAL role ids (the catalog's stakeholder roles) a provision obliges in this system: its
 * stakeholders among the system's roles, and Organisation where it obliges Organisations.
 */
export function obligedRoles(s: SystemReport, p: Provision): string[] {
  const held = new Set<Stakeholder>([...systemRoles(s).map((r) => ROLE_STAKEHOLDER[r]), 'Organisation']);
  const obliged = p.stakeholders.filter((x) => held.has(x));
  // An applicable provision always obliges one of them; the system's roles, should none match.
  return (obliged.length ? obliged : systemRoles(s).map((r) => ROLE_STAKEHOLDER[r])).map((x) => STAKEHOLDER_ROLE[x]);
}

/** The system's roles as OSCAL role ids. */
export function systemRoleIds(s: SystemReport): string[] {
  return systemRoles(s).map((r) => STAKEHOLDER_ROLE[ROLE_STAKEHOLDER[r]]);
}

export function provisionOf(id: string): Provision {
  return catalogue().byId.get(id)!;
}

/** Where a piece of evidence links to, or undefined when it must not be linked. */
export function evidenceHref(e: EvidenceRef, fileHref: FileHref): string | undefined {
  if (e.kind === 'url') return webHref(e.url);
  if (e.kind === 'unusable') return undefined;
  const base = fileHref(e.path);
  return e.fragment ? `${base}#${encodeURIComponent(e.fragment)}` : base;
}

export const defaultFileHref: FileHref = (p) => encodePath(p) || '.';

/** What a piece of evidence is, in words (Markdown, the manifest's text escaped). */
export function evidenceText(e: EvidenceRef): string {
  const ref = mdText(e.ref);
  if (e.kind === 'url') return `${ref}: ${e.secure ? 'an https' : 'an http (not https)'} URL, not fetched`;
  if (e.kind === 'unusable') return `${ref}: not linked, as ${mdText(e.reason)}`;
  const where = e.path === e.ref ? '' : ` (workspace path ${mdText(e.path)})`;
  const found = e.found === undefined ? '' : e.found ? ', found' : ', not found in the workspace';
  return `${ref}${where}: a workspace file${found}`;
}

/** Manifest text inside a Markdown field: one line, escaped so that none of it is markup. */
export function md(s: string): string {
  return mdText(s);
}

/** Manifest text that starts a Markdown field: escaped as md(), and so that it opens no list or heading. */
export function mdStart(s: string): string {
  return mdLineStart(mdText(s));
}

/** A plain string property value: one line, no leading or trailing space (OSCAL's string pattern); undefined when empty. */
export function plain(s: string | undefined): string | undefined {
  const v = s === undefined ? '' : oneLine(s);
  return v === '' ? undefined : v;
}

/** One of our own props (PROPS_NS), as a list of none when the value is empty. */
export function prop(name: string, value: string | undefined): Json[] {
  const v = plain(value);
  return v === undefined ? [] : [{ name, ns: PROPS_NS, value: v }];
}

/**
 * An e-mail address as OSCAL takes one: a local part and a dotted domain of the usual
 * characters. Anything else (a team name, "the SRE rota") is a name, not an address.
 */
export function emailLike(s: string): boolean {
  const at = s.indexOf('@');
  if (at <= 0 || at !== s.lastIndexOf('@')) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  return /^[A-Za-z0-9._%+-]+$/.test(local) && /^[A-Za-z0-9.-]+$/.test(domain) && domain.split('.').length >= 2 && domain.split('.').every((l) => l.length > 0 && !l.startsWith('-') && !l.endsWith('-'));
}

/** "1 piece of evidence", "3 pieces of evidence". */
export function evidenceCount(n: number): string {
  return `${n} piece${n === 1 ? '' : 's'} of evidence`;
}

/**
 * What the manifest says about a provision, in sentences (Markdown): the status, the people and
 * dates, and for the asset inventory what its check looked at.
 */
export function statusSentence(r: ProvisionRow, manifest: string): string {
  if (r.metByInventory) return `Met by the asset inventory in ${md(manifest)}, which needs no entry for it. ${r.inventoryCheck ?? ''}`.trim();
  switch (r.status) {
    case 'implemented':
      return `Implemented, as the manifest states, with ${evidenceCount(r.evidence.length)}${r.reviewed ? `; reviewed ${r.reviewed}` : ''}.`;
    case 'not-applicable':
      return `Not applicable to this system, in its owner's judgement${r.justification ? `: ${md(r.justification)}` : '.'}`;
    case 'risk-accepted':
      return `Not implemented: the risk is accepted${r.approvedBy ? ` by ${md(r.approvedBy)}` : ''}${r.expires ? ` until ${md(r.expires)}` : ''}, after which the provision must be met or the acceptance renewed.`;
    case 'planned':
      return `Planned${r.owner ? `, owner ${md(r.owner)}` : ''}${r.due ? `, due ${md(r.due)}` : ''}.`;
    case 'partial':
      return `Partly implemented${r.due ? `, to be completed by ${md(r.due)}` : ''}${r.owner ? `, owner ${md(r.owner)}` : ''}.`;
    case undefined:
      return 'Nothing in the manifest addresses it.';
    default:
      return `The manifest gives it the status ${md(r.status)}, which the manifest format does not have.`;
  }
}

/** The justification, waiver text and notes, as Markdown paragraphs; undefined when there are none. */
export function entryRemarks(r: ProvisionRow): string | undefined {
  const parts: string[] = [];
  if (r.justification) parts.push(`${r.status === 'risk-accepted' ? 'Waiver' : 'Justification'}: ${md(r.justification)}`);
  if (r.notes) parts.push(`Notes: ${md(r.notes)}`);
  const refused = r.evidence.filter((e) => e.kind === 'unusable');
  if (refused.length) parts.push(`Evidence not linked: ${refused.map(evidenceText).join('; ')}.`);
  return parts.length ? parts.join('\n\n') : undefined;
}

/** An OSCAL document as JSON text: two-space indents, keys in the order built, invisible characters escaped, a final newline. */
export function renderOscal(doc: Json): string {
  // Manifest text may hold bidirectional controls and the like: escaped, the same data parsed.
  return jsonInvisiblesEscaped(oscalJson(doc));
}

/**
 * The check's verdict on a provision as an OSCAL objective status: satisfied where it is
 * addressed, except by a waiver, which accepts the gap rather than closing it (reason `other`,
 * its risk says deviation-approved); not satisfied, for a failure, otherwise.
 */
export function verdict(r: ProvisionRow): { satisfied: boolean; reason: 'pass' | 'fail' | 'other'; sentence: string } {
  if (r.state === 'addressed' && r.status === 'risk-accepted') return { satisfied: false, reason: 'other', sentence: 'Not satisfied: a live waiver accepts the gap (coverage counts it as addressed).' };
  if (r.state === 'addressed') return { satisfied: true, reason: 'pass', sentence: 'Satisfied: the check accepts what the manifest says.' };
  const sentence =
    r.state === 'open'
      ? `Not satisfied yet: ${r.status === 'partial' ? 'partly implemented' : 'planned'}${r.overdue ? ', and overdue' : ''}.`
      : r.state === 'expired'
        ? 'Not satisfied, and the waiver has lapsed.'
        : r.status === undefined && !r.metByInventory
          ? 'Not satisfied: nothing in the manifest addresses it.'
          : 'Not satisfied: the check does not accept what the manifest says (see the findings in the observation).';
  return { satisfied: false, reason: 'fail', sentence };
}

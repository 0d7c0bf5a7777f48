/**
 * `ai-security check` as OSCAL assessment results, as of one date: per manifest, one result
 * whose reviewed controls are the provisions that apply to the system now, with
 *
 * - one observation per applicable provision: what the tool examined (method EXAMINE: it reads
 *   the manifest and looks for the evidence it names; it runs nothing, so not TEST), with each
 *   piece of evidence as relevant evidence (a link where it may be linked), the check's own
 *   findings in the remarks, the AI system as subject and the tool as origin;
 * - one finding per applicable provision, targeting the provision's statement in the catalog,
 *   `satisfied` where the provision is addressed and `not-satisfied` for each gap: nothing
 *   addresses it, the entry does not count, it is only planned or partial, or a waiver stands
 *   in for it (a waiver accepts a gap; it does not close it: reason `other`, and the risk says
 *   deviation-approved). The target's implementation-status is what was found (see
 *   implementation.ts), the manifest's own status is our `status` prop;
 * - one risk per plan (planned, partial) and per waiver (risk-accepted), with its deadline (the
 *   due date, or the waiver's expiry) and whether it has passed as of the date: planned → open
 *   with a planned remediation, partial → remediating, a live waiver → deviation-approved, a
 *   lapsed one → open again.
 *
 * Plans and waivers are risks here, not a separate POA&M: they come from this one check, as of
 * this one date, and belong to the findings they qualify (the finding names its risk, the risk
 * its observation); OSCAL's POA&M is the system owner's tracking document across assessments,
 * which a GRC tool builds from the risks of assessment results like these. The risk uuids are
 * derived from the manifest and the provision alone, so a tool can follow one risk across runs.
 *
 * The tool is an assessment asset (a software component with its version, on an assessment
 * platform) and the actor of every origin. There is no separate assessment plan: `import-ap`
 * points at a back-matter resource that says so and names what was checked.
 */
import type { CoverageReport, ProvisionRow, SystemReport, Waiver } from '../report/model';
import { catalogue, ETSI_STANDARD } from '../catalogue/index';
import { asDate, daysBetween } from '../util/dates';
import { controlId, dateTime, metadata, uuidFor } from './common';
import {
  defaultFileHref,
  entryRemarks,
  evidenceHref,
  evidenceText,
  implementationState,
  md,
  mdStart,
  prop,
  provisionOf,
  statusSentence,
  verdict,
  type FileHref,
  type Json,
} from './implementation';
import { ownerParties, withParties, type Party } from './parties';

export interface AssessmentResultsOptions {
  /** The date the check judged deadlines on (YYYY-MM-DD): the results' start, and every timestamp. */
  today: string;
  /** The tool that checked (name and version), the assessment asset. */
  tool: { name: string; version: string };
  /** The catalog the findings' targets are in (see `oscal catalog`). */
  catalogHref: string;
  fileHref?: FileHref;
}

/** The id of a provision's statement part in the catalog: the finding's target. */
export function statementId(provision: string): string {
  return `${controlId(provision)}_smt`;
}

/** The document, as the object JSON.stringify writes (keys in OSCAL's order). */
export function assessmentResults(report: CoverageReport, options: AssessmentResultsOptions): Json {
  const fileHref = options.fileHref ?? defaultFileHref;
  const parties = new Map<string, Party>();
  const planUuid = uuidFor('resource:assessment-plan:ai-security-check');
  const catalogUuid = uuidFor(`resource:catalog:${options.catalogHref}`);
  const results = report.systems.map((s) => result(s, options, fileHref, parties));
  const names = report.systems.map((s) => s.system.name);
  const title = names.length === 1 ? `${mdStart(names[0]!)}: assessment against the UK Code of Practice for the Cyber Security of AI, as of ${options.today}` : `${names.length} AI systems: assessment against the UK Code of Practice for the Cyber Security of AI, as of ${options.today}`;
  const body: Json = {
    uuid: '',
    metadata: withParties(metadata({ title, lastModified: options.today, version: options.tool.version, toolVersion: options.tool.version }), parties),
    'import-ap': {
      href: `#${planUuid}`,
      remarks: 'There is no separate OSCAL assessment plan: the plan is the ai-security check itself (see the back-matter resource this points at).',
    },
    results,
    'back-matter': {
      resources: [
        {
          uuid: planUuid,
          title: 'Assessment plan: the ai-security check',
          description: `Each manifest is checked by ${md(options.tool.name)} ${md(options.tool.version)} against the provisions of the Code that apply to its system (by its roles, its lifecycle stage and the facts it states): whether each is addressed by an entry that carries what its status needs (evidence, a justification, an approver and an expiry, an owner and a due date), or by the asset inventory. Workspace files named as evidence are looked for; URLs are checked for form only, never fetched; what documents say is not read.`,
        },
        {
          uuid: catalogUuid,
          title: 'The UK Code of Practice for the Cyber Security of AI as an OSCAL catalog',
          description: `The catalog the findings target (ai-security oscal catalog), with each provision as a control and its ${ETSI_STANDARD} designator.`,
          rlinks: [{ href: options.catalogHref }],
        },
      ],
    },
  };
  body.uuid = uuidFor(`assessment-results:${JSON.stringify(body)}`);
  return { 'assessment-results': body };
}

interface Ids {
  system: string;
  tool: string;
  platform: string;
}

function result(s: SystemReport, o: AssessmentResultsOptions, fileHref: FileHref, parties: Map<string, Party>): Json {
  const key = s.manifest;
  const at = dateTime(o.today);
  // Each result declares its own assets, and a uuid is declared once in a document: per manifest.
  const ids: Ids = { system: uuidFor(`component:${key}`), tool: uuidFor(`tool:${o.tool.name}:${key}`), platform: uuidFor(`assessment-platform:${o.tool.name}:${key}`) };
  const rows = s.principles.flatMap((p) => p.provisions);
  const observations: Json[] = [];
  const risks: Json[] = [];
  const findings: Json[] = [];
  const origins = [{ actors: [{ type: 'tool', 'actor-uuid': ids.tool }] }];
  for (const r of rows) {
    const observation = observationOf(s, r, o.today, ids, fileHref, origins);
    observations.push(observation);
    const risk = riskOf(s, r, o.today, observation.uuid as string, origins, parties);
    if (risk) risks.push(risk);
    findings.push(findingOf(s, r, o.today, observation.uuid as string, risk?.uuid as string | undefined, origins));
  }
  const gaps = findings.filter((f) => (f.target as { status: { state: string } }).status.state === 'not-satisfied').length;
  const c = s.coverage;
  const applicable = rows.map((r) => ({ 'control-id': controlId(r.id) }));
  return {
    uuid: uuidFor(`result:${key}@${o.today}`),
    title: `${mdStart(s.system.name)}: ai-security check of ${md(key)} as of ${o.today}`,
    description: `${md(key)} checked by ${md(o.tool.name)} ${md(o.tool.version)} as of ${o.today} against the ${c.all.applicable} provisions of the Code that apply to ${md(s.system.name)} now (${s.system.roles ? `roles ${s.system.roles.join(', ')}` : 'roles not stated, all assumed'}; ${s.system.lifecycle ? `lifecycle ${s.system.lifecycle}` : 'lifecycle not stated, read as maintenance'}): ${c.all.addressed} addressed as coverage counts them, ${gaps} not satisfied (a live waiver counts as addressed but does not satisfy), ${c.upcoming} more due at later lifecycle stages.`,
    start: at,
    end: at,
    props: [...prop('manifest', key), ...prop('as-of', o.today)],
    'local-definitions': {
      components: [
        {
          uuid: ids.system,
          type: 'software',
          title: mdStart(s.system.name),
          description: s.system.description ? mdStart(s.system.description) : `The AI system that ${md(key)} describes.`,
          props: prop('manifest', key),
          status: { state: s.system.lifecycle === 'end-of-life' ? 'disposition' : s.system.lifecycle === 'design' || s.system.lifecycle === 'development' ? 'under-development' : 'operational' },
        },
      ],
      'assessment-assets': {
        components: [
          {
            uuid: ids.tool,
            type: 'software',
            title: mdStart(o.tool.name),
            description: 'Checks ai-security.yaml manifests and model cards against the UK Code of Practice for the Cyber Security of AI.',
            props: prop('version', o.tool.version),
            status: { state: 'operational' },
          },
        ],
        'assessment-platforms': [{ uuid: ids.platform, title: mdStart(`${o.tool.name} ${o.tool.version}`), 'uses-components': [{ 'component-uuid': ids.tool }] }],
      },
    },
    'reviewed-controls': {
      description: `The provisions of the Code that apply to ${md(s.system.name)} at its lifecycle stage.`,
      'control-selections': [applicable.length ? { 'include-controls': applicable } : { description: 'No provision of the Code applies to the system now.', 'include-all': {}, 'exclude-controls': allControls() }],
    },
    ...(observations.length ? { observations } : {}),
    ...(risks.length ? { risks } : {}),
    ...(findings.length ? { findings } : {}),
  };
}

function allControls(): Json[] {
  return catalogue().provisions.map((p) => ({ 'control-id': controlId(p.id) }));
}

function observationOf(s: SystemReport, r: ProvisionRow, today: string, ids: Ids, fileHref: FileHref, origins: Json[]): Json {
  const key = s.manifest;
  const entry = r.status !== undefined;
  const evidence: Json[] = [];
  if (entry || r.metByInventory) {
    evidence.push({ href: fileHref(key), description: entry ? `The manifest's entry for ${r.id}.` : `The manifest's asset inventory, which meets ${r.id} in place of an entry.` });
  }
  for (const e of r.evidence) {
    const href = evidenceHref(e, fileHref);
    evidence.push({ ...(href ? { href } : {}), description: `Evidence named in the manifest: ${evidenceText(e)}.` });
  }
  const found = r.findings.map((f) => `- ${f.code} (${f.severity}, line ${f.line}): ${md(f.message)}`);
  return {
    uuid: uuidFor(`observation:${key}#${r.id}@${today}`),
    title: `${r.id} ${r.title}`,
    description: `${statusSentence(r, key)}${r.evidence.length ? ` Evidence examined: ${r.evidence.map(evidenceText).join('; ')}.` : ''}${r.status === undefined && !r.metByInventory ? '' : ` ${verdict(r).sentence}`}`,
    props: [...prop('provision', r.id), ...prop('state', r.state)],
    methods: ['EXAMINE'],
    types: ['control-objective'],
    origins,
    subjects: [{ 'subject-uuid': ids.system, type: 'component' }],
    ...(evidence.length ? { 'relevant-evidence': evidence } : {}),
    collected: dateTime(today),
    ...(found.length ? { remarks: `The check reports:\n\n${found.join('\n')}` } : {}),
  };
}

function findingOf(s: SystemReport, r: ProvisionRow, today: string, observation: string, risk: string | undefined, origins: Json[]): Json {
  const p = provisionOf(r.id);
  const state = implementationState(r);
  const { satisfied, reason, sentence } = verdict(r);
  const waived = reason === 'other';
  const remarks = entryRemarks(r);
  return {
    uuid: uuidFor(`finding:${s.manifest}#${r.id}@${today}`),
    title: `${r.id} ${r.title}: ${satisfied ? 'satisfied' : 'not satisfied'}`,
    description: r.status === undefined && !r.metByInventory ? sentence : `${sentence} ${statusSentence(r, s.manifest)}`,
    props: [...prop('provision', r.id), ...prop('modal-verb', p.modal), ...prop('status', r.metByInventory ? 'met-by-inventory' : (r.status ?? 'none'))],
    origins,
    target: {
      type: 'statement-id',
      'target-id': statementId(r.id),
      title: `Provision ${r.id} of the Code`,
      status: { state: satisfied ? 'satisfied' : 'not-satisfied', reason },
      ...(state && !(waived || r.state === 'expired') ? { 'implementation-status': { state } } : {}),
    },
    'related-observations': [{ 'observation-uuid': observation }],
    ...(risk ? { 'related-risks': [{ 'risk-uuid': risk }] } : {}),
    ...(remarks ? { remarks } : {}),
  };
}

/** The risk a plan or a waiver stands for, with its deadline; undefined for other rows. */
function riskOf(s: SystemReport, r: ProvisionRow, today: string, observation: string, origins: Json[], parties: Map<string, Party>): Json | undefined {
  const plan = r.status === 'planned' || r.status === 'partial';
  const waiver = r.status === 'risk-accepted' && (r.state === 'addressed' || r.state === 'expired');
  if (!plan && !waiver) return undefined;
  const deadline = asDate(plan ? r.due : r.expires);
  const days = deadline ? daysBetween(today, deadline) : undefined;
  const passed = days !== undefined && days < 0;
  const w: Waiver | undefined = waiver ? s.waivers.find((x) => x.provision === r.id) : undefined;
  const status = plan ? (r.status === 'partial' ? 'remediating' : 'open') : w?.expired ? 'open' : 'deviation-approved';
  const p = provisionOf(r.id);
  const remarks = entryRemarks(r);
  const who = plan ? r.owner : r.approvedBy;
  const party = who ? ownerParties(parties, who) : undefined;
  const title = plan ? `${r.id} ${r.title}: ${r.status === 'partial' ? 'partly implemented' : 'planned'}${deadline ? `, due ${deadline}` : ''}` : `${r.id} ${r.title}: risk accepted${deadline ? ` until ${deadline}` : ''}`;
  const deadlineText = deadline ? (passed ? `The deadline, ${deadline}, passed ${-days!} day${days === -1 ? '' : 's'} before ${today}.` : `The deadline is ${deadline}, ${days === 0 ? 'the day of the check' : `${days} day${days === 1 ? '' : 's'} after ${today}`}.`) : 'No deadline is stated.';
  return {
    // Per subject, not per run: the same plan or waiver is the same risk in every assessment.
    uuid: uuidFor(`risk:${s.manifest}#${r.id}`),
    title,
    description: `${statusSentence(r, s.manifest)} ${deadlineText}`,
    statement: `Until it is met, the system does not meet the ${p.modal === 'shall' ? 'requirement' : 'recommendation'} in provision ${r.id} of the Code.${remarks ? `\n\n${remarks}` : ''}`,
    props: [
      ...prop('provision', r.id),
      ...prop('status', r.status),
      ...prop('deadline-passed', deadline ? (passed ? 'yes' : 'no') : undefined),
      ...prop('days-to-deadline', days === undefined ? undefined : String(days)),
    ],
    status,
    origins,
    ...(deadline ? { deadline: `${deadline}T23:59:59Z` } : {}),
    ...(plan
      ? {
          remediations: [
            {
              uuid: uuidFor(`remediation:${s.manifest}#${r.id}`),
              lifecycle: 'planned',
              title: `${r.status === 'partial' ? 'Complete' : 'Implement'} provision ${r.id}`,
              description: statusSentence(r, s.manifest),
              ...(party ? { origins: [{ actors: [{ type: 'party', 'actor-uuid': party }] }] } : {}),
            },
          ],
        }
      : {}),
    'related-observations': [{ 'observation-uuid': observation }],
  };
}

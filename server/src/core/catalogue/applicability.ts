/**
 * Which provisions apply to a manifest, and why. A provision applies when its obliged
 * stakeholders include one of the system's roles (or it obliges Organisations), its condition
 * holds on the manifest's facts, and its phase is due at the system's lifecycle stage. Rules,
 * hovers, completion and the coverage report all ask this module, so they always agree.
 */
import { catalogue, type Phase, type Provision, type Stakeholder } from './index';
import { LIFECYCLES, type Lifecycle, type Role } from '../schema';

/** The facts of a manifest that applicability turns on; `undefined` means "not stated". */
export interface Facts {
  roles: Role[] | undefined;
  lifecycle: Lifecycle | undefined;
  exposesApi?: boolean | undefined;
  usesCloud?: boolean | undefined;
  humanOversightIsRiskControl?: boolean | undefined;
  transferringOwnership?: boolean | undefined;
  /** AI security threats were identified that Developers cannot resolve (3.2). */
  unresolvedThreats?: boolean | undefined;
  /** An external entity has responsibility for AI security risks in the infrastructure (3.3). */
  externalRiskOwners?: boolean | undefined;
  /** Number of integrations, or `undefined` when `system.integrations` is not stated. */
  integrations?: number | undefined;
  assets: AssetFacts[];
}

export interface AssetFacts {
  id?: string | undefined;
  type?: string | undefined;
  external?: boolean | undefined;
  shared?: boolean | undefined;
  public?: boolean | undefined;
  confidential?: boolean | undefined;
  wellDocumented?: boolean | undefined;
  /** An `api` asset serves a model (a hosted model reached by its API), for 7.3. */
  hostsModel?: boolean | undefined;
  /** A model being decommissioned while the system goes on (13.2). */
  decommissioning?: boolean | undefined;
}

export interface Applicability {
  provision: Provision;
  /** Role and condition hold. */
  applies: boolean;
  /** The provision's phase is due at the system's lifecycle stage. */
  due: boolean;
  /** One sentence each: why it applies or not (role, phase, condition). */
  reasons: string[];
  /** Facts that were not stated and were assumed true to make it apply (say which to state). */
  assumed: string[];
  /**
   * The Code's condition (its "where" or "if" clause, quoted) when no fact of a manifest can
   * decide it, and the provision is counted as applying for that reason.
   */
  undecided?: string;
}

export const ROLE_STAKEHOLDER: Record<Role, Stakeholder> = {
  developer: 'Developer',
  'system-operator': 'System Operator',
  'data-custodian': 'Data Custodian',
};

/** The lifecycle stage from which each phase is due; end of life is by condition only. */
const PHASE_FROM: Record<Phase, Lifecycle | undefined> = {
  'Secure Design': 'design',
  'Secure Development': 'development',
  'Secure Deployment': 'deployment',
  'Secure Maintenance': 'deployment',
  'Secure End of Life': undefined,
};

interface ConditionResult {
  holds: boolean;
  reason: string;
  assumed?: string;
  undecided?: string;
}

/** The Code's "if" and "where" clauses, decided by the manifest's facts. */
const CONDITIONS: Record<string, (f: Facts) => ConditionResult> = {
  // "Organisations shall provide developers with training": an organisation that is only a Data
  // Custodian for this system has no developers of it to train.
  '1.2.2': (f) =>
    f.roles !== undefined && !f.roles.includes('developer') && !f.roles.includes('system-operator')
      ? { holds: false, reason: 'It asks Organisations to train their developers; this organisation is only a Data Custodian for this system (roles: data-custodian).' }
      : { holds: true, reason: 'It asks Organisations to train their developers; this organisation develops or operates the system, or its roles are not stated.' },
  '2.1.1': (f) => {
    const roles = f.roles ?? [];
    const holds = f.roles === undefined || (roles.includes('developer') && roles.includes('data-custodian'));
    return { holds, reason: holds ? 'The data custodian is part of the developer\u2019s organisation (roles include both).' : 'It applies only where the roles include both developer and data-custodian.' };
  },
  '2.4': (f) => someAsset(f, (a) => a.external === true, 'some asset is external (external: true)', 'no asset is external'),
  '2.7': (f) => someAsset(f, (a) => a.external === true, 'some asset is external (external: true)', 'no asset is external'),
  '2.6': (f) =>
    f.integrations === undefined
      ? { holds: true, reason: 'system.integrations is not stated, so the system is assumed to interact with other systems.', assumed: 'system.integrations' }
      : f.integrations > 0
        ? { holds: true, reason: 'The system interacts with other systems (system.integrations is not empty).' }
        : { holds: false, reason: 'system.integrations is empty: the system interacts with no other system.' },
  '3.1.2': () => undecided('where increased functionality leads to increased risk', 'Whether a model provides superfluous functionalities is not something the manifest states'),
  '3.2': (f) => systemFact(f.unresolvedThreats, 'unresolvedThreats', 'AI security threats were identified that Developers cannot resolve'),
  '3.3': (f) => systemFact(f.externalRiskOwners, 'externalRiskOwners', 'an external entity has responsibility for AI security risks identified within the organisation\u2019s infrastructure'),
  '4.3': (f) => systemFact(f.humanOversightIsRiskControl, 'humanOversightIsRiskControl', 'human oversight is a risk control'),
  '5.4.2': (f) => {
    // "Where training data or model weights could be confidential": models and datasets only; a
    // confidential prompt or configuration is neither.
    const weightsOrData = (a: AssetFacts) => a.type === 'model' || a.type === 'dataset';
    const stated = f.assets.some((a) => weightsOrData(a) && a.confidential === true);
    const r = someAsset(
      f,
      (a) => weightsOrData(a) && a.confidential !== false,
      'some model or dataset could be confidential (confidential: true, or not stated on a model or dataset)',
      'no model or dataset is confidential',
    );
    return r.holds && !stated ? { ...r, assumed: 'assets[].confidential' } : r;
  },
  '6.2': (f) => systemFact(f.exposesApi, 'exposesApi', 'the system offers an API to external customers'),
  '6.6': (f) => systemFact(f.usesCloud, 'usesCloud', 'cloud service operators help deliver the capability'),
  '7.2': (f) => poorlyDocumented(f),
  '7.2.1': (f) => poorlyDocumented(f),
  '7.2.2': (f) => poorlyDocumented(f),
  '8.1.2': (f) => someAsset(f, (a) => a.shared === true && a.type === 'model', 'a model is shared with other stakeholders (type: model, shared: true)', 'no model is shared with other stakeholders (a shared dataset or API is no model component)'),
  '8.2': (f) => publicData(f),
  '8.2.1': (f) => publicData(f),
  '10.1': (f) => externalDeveloper(f),
  '10.2': (f) => externalDeveloper(f),
  '12.3': () => undecided('where this could better enable them to address security threats, or to enable future security analytics', 'No fact of the manifest says whether monitoring internal states would help'),
  '13.1': (f) => systemFact(f.transferringOwnership, 'transferringOwnership', 'ownership of training data or a model is being transferred'),
  '13.2': (f) => {
    if (f.lifecycle === 'end-of-life') return { holds: true, reason: 'The system is being decommissioned (lifecycle: end-of-life).' };
    const retiring = f.assets.filter((a) => a.type === 'model' && a.decommissioning === true);
    if (retiring.length > 0) return { holds: true, reason: `A model is being decommissioned (decommissioning: true): ${retiring.map((a) => a.id ?? '?').slice(0, 5).join(', ')}.` };
    return { holds: false, reason: 'It applies when the system is decommissioned (lifecycle: end-of-life) or a model is (decommissioning: true on the model).' };
  },
};

/** A condition no fact of a manifest can decide: the provision counts as applying, and says why. */
function undecided(clause: string, why: string): ConditionResult {
  return { holds: true, reason: `${why}, so its condition ("${clause}") could not be decided and it is counted as applying.`, undecided: clause };
}

/**
 * 10.1 and 10.2: the first sentence obliges System Operators; the second ("If the Developer is an
 * external entity, they shall provide …") obliges a Developer that is not the System Operator.
 */
function externalDeveloper(f: Facts): ConditionResult {
  const roles = f.roles;
  if (roles === undefined) return { holds: true, reason: 'Roles are not stated: both its System Operator sentence and its sentence for an external Developer are counted.' };
  if (roles.includes('system-operator')) return { holds: true, reason: 'Its first sentence obliges System Operators (roles include system-operator).' };
  if (roles.includes('developer')) return { holds: true, reason: 'Its second sentence applies: the Developer is an external entity to the System Operators (roles include developer, not system-operator).' };
  return { holds: false, reason: 'It obliges System Operators, and Developers only where they are an external entity to them.' };
}

function systemFact(value: boolean | undefined, name: string, meaning: string): ConditionResult {
  if (value === undefined) return { holds: true, reason: `system.${name} is not stated, so it is assumed that ${meaning}.`, assumed: `system.${name}` };
  return value
    ? { holds: true, reason: `It applies because ${meaning} (system.${name}: true).` }
    : { holds: false, reason: `It does not apply: system.${name} is false.` };
}

function someAsset(f: Facts, test: (a: AssetFacts) => boolean, yes: string, no: string): ConditionResult {
  const hits = f.assets.filter(test);
  if (hits.length > 0) {
    const ids = hits.map((a) => a.id ?? '?').slice(0, 5).join(', ');
    return { holds: true, reason: `It applies because ${yes}: ${ids}.` };
  }
  return { holds: false, reason: `It does not apply: ${no}.` };
}

/**
 * 7.2, 7.2.1, 7.2.2: "any models, or components, which are not well-documented or secured",
 * internal or external. An asset stated `wellDocumented: false` counts; an external one that does
 * not say counts too (the cautious reading), an internal one that does not say does not.
 */
export function poorlyDocumentedAsset(a: AssetFacts): boolean {
  return a.wellDocumented === false || (a.external === true && a.wellDocumented === undefined);
}

function poorlyDocumented(f: Facts): ConditionResult {
  const stated = f.assets.some((a) => a.wellDocumented === false);
  const r = someAsset(
    f,
    poorlyDocumentedAsset,
    'some asset is not well documented or secured (wellDocumented: false, or not stated on an external asset)',
    'no asset is stated as not well documented or secured, and every external one is stated as well documented',
  );
  return r.holds && !stated ? { ...r, assumed: 'assets[].wellDocumented' } : r;
}

function publicData(f: Facts): ConditionResult {
  return someAsset(f, (a) => a.type === 'dataset' && a.public === true, 'some dataset comes from public sources (public: true)', 'no dataset comes from public sources');
}

/** What to write to settle a fact that was assumed, for the finding's message. */
export function assumedHint(fact: string): string {
  switch (fact) {
    case 'system.integrations':
      return 'list the systems it acts on under system.integrations, or write integrations: [] if there are none';
    case 'assets[].confidential':
      return 'state confidential: false on the models and datasets whose data and weights are not confidential';
    case 'assets[].wellDocumented':
      return 'state wellDocumented: true on external assets that are well documented and secured';
    case 'system.unresolvedThreats':
      return 'state system.unresolvedThreats: false if Developers have resolved every AI security threat identified';
    case 'system.externalRiskOwners':
      return 'state system.externalRiskOwners: false if no external entity has responsibility for AI security risks in your infrastructure';
    default:
      return `state ${fact.replace(/^system\./, 'system.')} as true or false`;
  }
}

/** Whether a provision applies to a manifest with these facts, and why. */
export function applicability(p: Provision, f: Facts): Applicability {
  const reasons: string[] = [];
  const assumed: string[] = [];
  const roles = f.roles ?? (['developer', 'system-operator', 'data-custodian'] as Role[]);
  let roleOk: boolean;
  if (p.stakeholders.includes('Organisation')) {
    roleOk = true;
    reasons.push('It obliges Organisations, whatever their role.');
  } else {
    const matched = roles.filter((r) => p.stakeholders.includes(ROLE_STAKEHOLDER[r]));
    roleOk = matched.length > 0;
    const who = p.stakeholders.join(', ');
    reasons.push(
      roleOk
        ? `It obliges ${who}; this system\u2019s roles include ${matched.join(', ')}${f.roles === undefined ? ' (roles not stated: all assumed)' : ''}.`
        : `It obliges ${who}; none of this system\u2019s roles (${roles.join(', ') || 'none'}).`,
    );
  }
  let condOk = true;
  let undecidedClause: string | undefined;
  const cond = CONDITIONS[p.id];
  if (cond) {
    const c = cond(f);
    condOk = c.holds;
    reasons.push(c.reason);
    if (c.assumed && roleOk) assumed.push(c.assumed);
    if (c.undecided && roleOk) undecidedClause = c.undecided;
  }
  const due = phaseDue(p, f, condOk);
  const stage = f.lifecycle ?? 'maintenance';
  const from = PHASE_FROM[p.phase];
  if (from) {
    reasons.push(due ? `${p.phase} is due from ${from}; the system is at ${stage}.` : `${p.phase} is due from ${from}; the system is still at ${stage}.`);
  }
  return { provision: p, applies: roleOk && condOk, due, reasons, assumed, ...(undecidedClause ? { undecided: undecidedClause } : {}) };
}

function phaseDue(p: Provision, f: Facts, condOk: boolean): boolean {
  const from = PHASE_FROM[p.phase];
  // End of life is decided by the condition alone (13.1 transfer, 13.2 decommissioning).
  if (!from) return condOk;
  // An unknown lifecycle stage is read as the latest regular one: every regular phase is due.
  const stage = f.lifecycle ?? 'maintenance';
  return LIFECYCLES.indexOf(stage) >= LIFECYCLES.indexOf(from);
}

/** Applicability of every provision, in the Code's order. */
export function applicabilityAll(f: Facts): Applicability[] {
  return catalogue().provisions.map((p) => applicability(p, f));
}

/** The provisions whose applicability a condition decides, for hovers on facts. */
export function conditionalProvisions(): string[] {
  return Object.keys(CONDITIONS);
}

/**
 * The shape of an `ai-security.yaml` manifest (format v1), as a zod schema. It is the single
 * source of the shape checks, the JSON Schema shipped for other editors, the field descriptions
 * shown in hovers and completion, and the facts about fields that checks, fixes and features
 * share (`fieldFacts`: which fields name documents, what a fix writes for a field). Facts the
 * Code's conditions turn on say so in their descriptions; semantic checks (applicability,
 * evidence, freshness) live in `rules/`.
 */
import * as z from 'zod';
import { PLACEHOLDERS } from './placeholders';

export const ROLES = ['developer', 'system-operator', 'data-custodian'] as const;
export const LIFECYCLES = ['design', 'development', 'deployment', 'maintenance', 'end-of-life'] as const;
export const ASSET_TYPES = ['model', 'dataset', 'prompt', 'configuration', 'pipeline', 'api', 'software', 'infrastructure'] as const;
export const STATUSES = ['implemented', 'partial', 'planned', 'not-applicable', 'risk-accepted'] as const;
export const SEVERITY_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'] as const;

/** Attacks 3.1 names ("such as data poisoning, model inversion, and membership inference"). */
export const REQUIRED_ATTACKS = ['data-poisoning', 'model-inversion', 'membership-inference'];
/** What 12.1 asks to be logged. */
export const REQUIRED_LOGS = ['system', 'user'];

export type Role = (typeof ROLES)[number];
export type Lifecycle = (typeof LIFECYCLES)[number];
export type Status = (typeof STATUSES)[number];

/**
 * What a quick fix writes for a field it adds: a placeholder to replace (`text`; `quoted` when
 * YAML would read it bare as something other than text), a flow list of placeholders (`list`),
 * text written as it is (`literal`), a date so many days from today as a placeholder (`date`),
 * or the system's owner, else the given address (`systemOwner`).
 */
export type Example = { text: string; quoted?: true } | { list: string[] } | { literal: string } | { date: number } | { systemOwner: string };

/** Facts about a field beyond its shape, kept out of the JSON Schema (which reads zod's global registry). */
export interface FieldFacts {
  /**
   * The value names a document: a workspace path or an https URL, or a list of them
   * (`document`); `model-card` is one that is also read for the digests it publishes.
   */
  reference?: 'document' | 'model-card';
  /** What a quick fix writes when it adds the field. */
  example?: Example;
}

/** The registry of field facts. A schema cloned by `.describe()` inherits its parent's facts. */
export const fieldFacts = z.registry<FieldFacts>();

const text = z.string().min(1);
/** Text with an example, for fields that have no description of their own. */
const textLike = (example: Example) => z.string().min(1).register(fieldFacts, { example });
const date = z
  .string()
  // Abort on a wrong form, so that "never" gets one finding, not a second about the calendar.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD', abort: true })
  .refine((s) => isRealDate(s), { error: 'expected a real calendar date' });
const ref = z
  .string()
  .min(1)
  .describe('A path relative to this manifest\u2019s folder, inside the workspace, or an https URL.')
  .register(fieldFacts, { reference: 'document' });
const refs = z.union([ref, z.array(ref).min(1)]).register(fieldFacts, { reference: 'document' });
const flag = (description: string) => z.boolean().describe(description).optional();

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export const integrationSchema = z
  .object({
    name: text.describe('The other system or data source the AI system acts on.').register(fieldFacts, { example: { text: PLACEHOLDERS.systemName.text } }),
    permissions: z.array(text).describe('What the AI system may do there (e.g. read, write); only what it needs (2.6).').optional(),
    riskAssessment: ref.describe('The risk assessment of those permissions (2.6).').register(fieldFacts, { example: { text: 'docs/risk-assessment.md' } }).optional(),
    notes: text.optional(),
  })
  .strict();

export const systemSchema = z
  .object({
    name: text.describe('The AI system this manifest describes.').register(fieldFacts, { example: { text: PLACEHOLDERS.systemName.text } }),
    owner: text.describe('Who is accountable for the system: a team address or a person.').register(fieldFacts, { example: { systemOwner: PLACEHOLDERS.owner.text } }),
    description: text.optional(),
    roles: z
      .array(z.enum(ROLES))
      .min(1)
      .describe('The roles your organisation plays for this system, in the Code\u2019s terms: developer, system-operator, data-custodian. They decide which provisions apply.')
      .register(fieldFacts, { example: { list: ['developer'] } }),
    lifecycle: z
      .enum(LIFECYCLES)
      .describe('Where the system is in its life: design, development, deployment, maintenance or end-of-life. Provisions of later phases are listed as upcoming.')
      .register(fieldFacts, { example: { text: 'design' } }),
    exposesApi: flag('The system offers an API to external customers or collaborators (decides 6.2). Unstated counts as true.'),
    usesCloud: flag('Cloud service operators help deliver the capability (decides 6.6). Unstated counts as true.'),
    humanOversightIsRiskControl: flag('Human oversight is one of the system\u2019s risk controls (decides 4.3). Unstated counts as true.'),
    transferringOwnership: flag('Training data or a model is being transferred or shared to another entity (decides 13.1). Unstated counts as true.'),
    unresolvedThreats: flag('AI security threats were identified that Developers cannot resolve (decides 3.2). Unstated counts as true.'),
    externalRiskOwners: flag('An external entity has responsibility for AI security risks identified within your infrastructure (decides 3.3). Unstated counts as true.'),
    integrations: z
      .array(integrationSchema)
      .describe('Other systems or data sources the AI system interacts with (decides 2.6). Unstated counts as some; write [] for none.')
      .optional(),
  })
  .strict();

export const originSchema = z
  .object({
    // Optional here: a public dataset without them fails 8.2 / 8.2.1, reported on the asset,
    // so that policy.severity for those provisions governs the finding.
    url: text.describe('Where the data came from, such as the URL of the scraped page (8.2, 8.2.1).').register(fieldFacts, { example: { text: PLACEHOLDERS.dataUrl.text } }).optional(),
    obtained: date.describe('The date the data was obtained (8.2.1).').register(fieldFacts, { example: { date: 0 } }).optional(),
    method: text.describe('How the data was obtained, e.g. scraped, downloaded, licensed (8.2).').optional(),
  })
  .strict();

export const assetSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'expected an identifier of letters, digits, ".", "_" or "-"' })
      .describe('A unique identifier for the asset, used in dependsOn.')
      .register(fieldFacts, { example: { text: PLACEHOLDERS.assetId.text } }),
    type: z
      .enum(ASSET_TYPES)
      .describe('What kind of asset this is: model, dataset, prompt, configuration, pipeline, api, software or infrastructure.')
      .register(fieldFacts, { example: { text: 'model' } }),
    name: text.optional(),
    description: text.optional(),
    owner: text.optional(),
    version: z
      .union([text, z.number()])
      .describe('The version in use; every asset needs one to be tracked (5.2).')
      .register(fieldFacts, { example: { text: PLACEHOLDERS.version.text } })
      .optional(),
    sha256: z
      .string()
      .describe('SHA-256 digest of the asset (64 hexadecimal characters); required when shared (8.1.2).')
      // Quoted: bare, 64 zeros are the number 0 to YAML.
      .register(fieldFacts, { example: { text: PLACEHOLDERS.digest.text, quoted: true } })
      .optional(),
    shared: flag('The asset is made available to other stakeholders (on a model, decides 8.1.2: publish its hashes; 8.1.2 asks it of model components only).'),
    modelCard: ref.describe('The model card that documents this model (Principle 8).').register(fieldFacts, { reference: 'model-card' }).optional(),
    dependsOn: z.array(text).describe('IDs of the assets this one depends on (5.1: interdependencies).').optional(),
    external: flag('The asset comes from a third party (decides 2.4, 2.7 and 7.3).'),
    supplier: text.describe('Who supplies an external asset.').optional(),
    source: text.describe('Where an external asset is obtained from.').optional(),
    wellDocumented: flag('The asset is well documented and secured (false decides 7.2, 7.2.1, 7.2.2, for internal and external assets alike). Unstated counts as false on an external asset, as true on an internal one.'),
    justification: text.describe('Why an asset that is not well documented or secured is used (7.2).').register(fieldFacts, { example: { text: PLACEHOLDERS.justification.text } }).optional(),
    riskAssessment: ref.describe('The risk assessment of an asset that is not well documented or secured (7.2.1).').register(fieldFacts, { example: { text: 'docs/risk-assessment.md' } }).optional(),
    sharedWithEndUsers: ref.describe('Where that documentation is shared with end-users (7.2.2).').register(fieldFacts, { example: { text: PLACEHOLDERS.endUserDocs.text } }).optional(),
    evaluations: refs.describe('Evaluations re-run on an external model, or an external API that serves one, before use (7.3).').register(fieldFacts, { example: { list: ['docs/evaluation.md'] } }).optional(),
    hostsModel: flag('An api asset serves a model: a hosted model reached by its API (with external, decides 7.3). Unstated on an external api counts as true.'),
    decommissioning: flag('A model being decommissioned while the system goes on (decides 13.2, which otherwise waits for lifecycle: end-of-life).'),
    public: flag('A dataset from publicly available sources (decides 8.2, 8.2.1).'),
    origin: originSchema.describe('How and where a public dataset was obtained (8.2, 8.2.1).').optional(),
    confidential: flag('On a model or dataset: its weights or training data could be confidential (decides 5.4.2, which asks it of training data and model weights only). Unstated on a model or dataset counts as true.'),
    notes: text.optional(),
  })
  .strict();

export const entrySchema = z
  .object({
    status: z.enum(STATUSES).describe('implemented, partial, planned, not-applicable or risk-accepted.').register(fieldFacts, { example: { text: 'planned' } }),
    evidence: refs.describe('Workspace paths or https URLs that show the provision is met.').register(fieldFacts, { example: { list: ['docs/evidence.md'] } }).optional(),
    justification: text
      .describe('Why the provision does not apply, or why its risk is accepted: a sentence.')
      .register(fieldFacts, { example: { text: PLACEHOLDERS.justification.text } })
      .optional(),
    approvedBy: text.describe('Who accepted the risk.').register(fieldFacts, { example: { text: PLACEHOLDERS.riskOwner.text } }).optional(),
    expires: date.describe('When an accepted risk must be reviewed again.').register(fieldFacts, { example: { date: 180 } }).optional(),
    owner: text.describe('Who will do the work.').register(fieldFacts, { example: { systemOwner: PLACEHOLDERS.owner.text } }).optional(),
    due: date.describe('When the work is due.').register(fieldFacts, { example: { date: 90 } }).optional(),
    notes: textLike({ text: PLACEHOLDERS.notes.text }).optional(),
    reviewed: date.describe('When this was last reviewed.').register(fieldFacts, { example: { date: 0 } }).optional(),
    channels: z
      .array(text)
      .describe('Channels that carry AI security updates to staff (1.2.1: two or more).')
      .register(fieldFacts, { example: { list: [PLACEHOLDERS.channel.text, PLACEHOLDERS.otherChannel.text] } })
      .optional(),
    attacks: z
      .array(text)
      .describe('AI-specific attacks the threat model covers (3.1).')
      .register(fieldFacts, { example: { literal: `[${REQUIRED_ATTACKS.join(', ')}]` } })
      .optional(),
    incidentPlan: refs.describe('The AI system incident management plan (6.5).').register(fieldFacts, { example: { text: 'docs/incident-plan.md' } }).optional(),
    recoveryPlan: refs.describe('The AI system recovery plan (6.5).').register(fieldFacts, { example: { text: 'docs/recovery-plan.md' } }).optional(),
    tested: date.describe('When the incident and recovery plans were last tested (6.5).').register(fieldFacts, { example: { date: 0 } }).optional(),
    logs: z
      .array(text)
      .describe('What is logged: must include system and user (12.1).')
      .register(fieldFacts, { example: { literal: `[${REQUIRED_LOGS.join(', ')}]` } })
      .optional(),
  })
  .strict();

export const policySchema = z
  .object({
    severity: z
      .record(z.string(), z.enum(SEVERITY_SETTINGS))
      .describe('Severity overrides: keys are shall, should, a provision number or a rule ID; values error, warning, information, hint or off.')
      .optional(),
    maxReviewAgeDays: z.number().int().positive().describe('How old a review may be before it is stale (default 365).').optional(),
  })
  .strict();

export const manifestSchema = z
  .object({
    version: z.literal(1).describe('The manifest format version: 1.').register(fieldFacts, { example: { literal: '1' } }),
    system: systemSchema.describe('Facts about the AI system. They decide which provisions apply.'),
    assets: z.array(assetSchema).describe('The inventory of the system\u2019s assets and their interdependencies (5.1, 5.2).').optional(),
    provisions: z
      .record(z.string(), entrySchema)
      .describe('How the system meets each provision of the Code, keyed by the Code\u2019s own number (e.g. "6.4").')
      .optional(),
    policy: policySchema.describe('Project policy, the same in the editor and CI.').optional(),
  })
  .strict();

/** Fields that only some provisions' entries may carry, and which. */
export const PROVISION_ONLY_FIELDS = new Map<string, string[]>([
  ['channels', ['1.2.1']],
  ['attacks', ['3.1']],
  ['incidentPlan', ['6.5']],
  ['recoveryPlan', ['6.5']],
  ['tested', ['6.5']],
  ['logs', ['12.1']],
]);

type AnyObject = z.ZodObject<z.ZodRawShape>;

/**
 * The object schemas by the YAML path they govern (`#` for any list index), but for a provision
 * entry's. A map, not an object: a path such as `constructor` must find nothing.
 */
const OBJECT_SCHEMAS = new Map<string, AnyObject>([
  ['', manifestSchema as unknown as AnyObject],
  ['system', systemSchema as unknown as AnyObject],
  ['system/integrations/#', integrationSchema as unknown as AnyObject],
  ['assets/#', assetSchema as unknown as AnyObject],
  ['assets/#/origin', originSchema as unknown as AnyObject],
  ['policy', policySchema as unknown as AnyObject],
]);
const ENTRY_SCHEMA = entrySchema as unknown as AnyObject;

/** The object schema that governs a YAML path, for "did you mean", completion, hovers and fixes. */
export function objectSchemaAt(path: readonly (string | number)[]): AnyObject | undefined {
  if (path.length === 2 && path[0] === 'provisions') return ENTRY_SCHEMA;
  return OBJECT_SCHEMAS.get(path.map((s) => (typeof s === 'number' ? '#' : s)).join('/'));
}

export function knownKeysAt(path: readonly (string | number)[]): readonly string[] {
  const s = objectSchemaAt(path);
  return s ? factsOf(s).keys : [];
}

/**
 * What the rules ask of an object schema, worked out once per schema: zod's `shape` and its
 * registry's `get` (which merges a schema's metadata with its parents') cost microseconds a
 * call, and the rules ask for every mapping of a manifest of thousands.
 */
interface SchemaFacts {
  keys: readonly string[];
  required: readonly string[];
  facts: Map<string, FieldFacts | undefined>;
  references: Map<string, readonly string[]>;
}
const schemaFacts = new WeakMap<AnyObject, SchemaFacts>();

function factsOf(s: AnyObject): SchemaFacts {
  let f = schemaFacts.get(s);
  if (!f) {
    const shape = s.shape;
    const keys = Object.keys(shape);
    f = {
      keys,
      required: keys.filter((k) => !(shape[k] instanceof z.ZodOptional)),
      facts: new Map(keys.map((k) => [k, fieldFacts.get(unwrapped(shape[k] as z.ZodType))])),
      references: new Map(),
    };
    schemaFacts.set(s, f);
  }
  return f;
}

/** What an optional field wraps; any other schema as it is. */
function unwrapped(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** The facts of a field of the mapping at a path (see `FieldFacts`), if it has any. */
export function fieldFactsAt(path: readonly (string | number)[], field: string): FieldFacts | undefined {
  const s = objectSchemaAt(path);
  // A Map: `constructor` is no field of the manifest.
  return s ? factsOf(s).facts.get(field) : undefined;
}

/** The fields of the mapping at a path whose values name documents of a kind, in the schema's order. */
export function referenceFieldsAt(path: readonly (string | number)[], kind: NonNullable<FieldFacts['reference']> = 'document'): readonly string[] {
  const s = objectSchemaAt(path);
  if (!s) return [];
  const f = factsOf(s);
  let refs = f.references.get(kind);
  if (!refs) f.references.set(kind, (refs = f.keys.filter((k) => f.facts.get(k)?.reference === kind)));
  return refs;
}

/** The fields the mapping at a path must have, in the schema's order. */
export function requiredKeysAt(path: readonly (string | number)[]): readonly string[] {
  const s = objectSchemaAt(path);
  return s ? factsOf(s).required : [];
}

/** The names of the fields, anywhere in the manifest, whose schema passes a test. */
function fieldNamesWhere(test: (schema: z.ZodType) => boolean): ReadonlySet<string> {
  return new Set([...OBJECT_SCHEMAS.values(), ENTRY_SCHEMA].flatMap((o) => Object.entries(o.shape).filter(([, f]) => test(unwrapped(f as z.ZodType))).map(([k]) => k)));
}

// The two sets below are worked out when first asked for: the editor's features ask, a check
// never does, and the CLI should not spend its start on them.
let referenceFields: ReadonlySet<string> | undefined;
let booleanFields: ReadonlySet<string> | undefined;

/**
 * Every field name that names a document (of either kind), wherever it is: for readers that see
 * a key but not reliably the mapping it is in (completion on a line being typed, links).
 */
export function referenceFieldNames(): ReadonlySet<string> {
  return (referenceFields ??= fieldNamesWhere((s) => fieldFacts.get(s)?.reference !== undefined));
}

/** Every field name that holds true or false, wherever it is (for completion, as above). */
export function booleanFieldNames(): ReadonlySet<string> {
  return (booleanFields ??= fieldNamesWhere((s) => s instanceof z.ZodBoolean));
}

/**
 * The JSON Schema of the manifest shipped for other editors (schemas/ai-security.schema.json),
 * made from the zod schema and the catalogue so that it says what this tool says and no more:
 * yaml-language-server (Red Hat's YAML extension) and any schema-aware editor then give the
 * same completion and hovers, and report no problem the tool does not (test/lsp/yaml-language-server.test.ts).
 *
 * What zod's JSON Schema alone got wrong or left out:
 * - Provision keys. YAML reads an unquoted `1.1:` as the number 1.1, and a JSON Schema
 *   validator sees that number: `propertyNames: { type: string }` made every unquoted key an
 *   error ("Incorrect type. Expected string") on a manifest this tool reports clean. Each of the
 *   72 provisions is now a property of its own, whose name a number matches (1.1 is "1.1"),
 *   with the Code's words as its description; anything else is an unknown provision, as here.
 *   What a schema cannot see: an unquoted `4.10:` is the number 4.1 to it, so it takes it for
 *   provision 4.1, where this tool reads the key's text and reports 4.10 as no provision (saying
 *   why, see rules/provision-keys.ts).
 * - What each status needs (if/then), as rules/entries.ts and model/entries.ts check it; the
 *   fields only some provisions' entries may carry; and what an implemented entry of 1.1, 6.5
 *   and 12.1 needs besides evidence (model/provision-schemas.ts), where the tool calls its
 *   absence an error. What the tool reports as a warning or a note (a "should", a stale review),
 *   reads from the file system or the clock, or counts across entries stays out: a schema
 *   validator reports everything as an error.
 * - An `$id`, built by the links builder from the repository the README links to.
 *
 * `markdownDescription`, `markdownEnumDescriptions` and `patternErrorMessage` are the editors'
 * annotation keywords (VS Code's JSON, yaml-language-server): validators ignore them.
 */
import * as z from 'zod';
import { attribution, catalogue, type Provision } from '../catalogue/index';
import { provisionUrl, schemaUrl } from '../catalogue/links';
import { STATUS_NEEDS } from '../model/entries';
import { REQUIRED_LOGS, requiredSchemaFields } from '../model/provision-schemas';
import { manifestSchema, PROVISION_ONLY_FIELDS, SEVERITY_SETTINGS, STATUSES, type Status } from '../schema';
import { ruleCodes } from '../rules/index';
import { provisionHover, STATUS_HELP } from './hover';

type Json = Record<string, unknown>;

/**
 * A justification of a sentence: three words or more, as `justificationWords` counts them (the
 * text split on white space). Anchored, and each run's class disjoint from the next, so that a
 * validator matches it in linear time.
 */
const SENTENCE = '^\\s*\\S+\\s+\\S+\\s+\\S';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** The JSON Schema of the manifest, for editors that read JSON Schema (draft-07 for the widest support). */
export function manifestJsonSchema(): Json {
  const schema = z.toJSONSchema(manifestSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Json;
  withPatternMessages(schema);
  const properties = schema.properties as Record<string, Json>;
  const provisions = properties.provisions!;
  const entry = provisions.additionalProperties as Json;
  const policy = properties.policy as Json & { properties: Record<string, Json> };
  const c = catalogue();

  const definitions: Record<string, Json> = { entry: entrySchema(entry, undefined) };
  const provisionProps: Record<string, Json> = {};
  for (const p of c.provisions) {
    const own = ownFields(p.id).length > 0 || requiredSchemaFields(p.id).length > 0;
    if (own) definitions[`entry-${p.id}`] = entrySchema(entry, p.id);
    provisionProps[p.id] = {
      ...provisionText(p),
      allOf: [{ $ref: `#/definitions/${own ? `entry-${p.id}` : 'entry'}` }],
    };
  }

  return {
    $schema: schema.$schema,
    $id: schemaUrl(),
    title: 'ai-security.yaml (format v1)',
    description: 'How an AI system meets the UK Code of Practice for the Cyber Security of AI (DSIT, January 2025).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
    properties: {
      ...properties,
      provisions: {
        type: 'object',
        description: provisions.description,
        properties: provisionProps,
        ...numberKeys(),
        // An unknown provision, as unknown-provision reports it.
        additionalProperties: false,
      },
      policy: { ...policy, properties: { ...policy.properties, severity: severitySchema(policy.properties.severity!) } },
    },
    definitions,
  };
}

/**
 * The provision numbers again, as a pattern whose schema is `true`: it adds nothing for a
 * validator that reads keys as text, but yaml-language-server, which checks `properties` by the
 * key's text (so the value of `6.4:` is validated as provision 6.4's) and then strikes off the
 * keys it matched by their value, never strikes off the number 6.4, and `additionalProperties:
 * false` called it "not allowed". A pattern is tested against the number turned to text, "6.4".
 */
function numberKeys(): Json {
  const ids = catalogue().provisions.map((p) => p.id.replace(/\./g, '\\.'));
  return { patternProperties: { [`^(?:${ids.join('|')})$`]: true } };
}

/** The fields only this provision's entry may carry (none for most). */
function ownFields(id: string): string[] {
  return [...PROVISION_ONLY_FIELDS].filter(([, owners]) => owners.includes(id)).map(([field]) => field);
}

/**
 * An entry's schema: the fields every entry may carry and this provision's own, what each
 * status needs, and what an implemented entry of this provision needs besides.
 */
function entrySchema(entry: Json, id: string | undefined): Json {
  const all = entry.properties as Record<string, Json>;
  const own = id ? ownFields(id) : [];
  const properties = Object.fromEntries(Object.entries(all).filter(([k]) => !PROVISION_ONLY_FIELDS.has(k) || own.includes(k)));
  properties.status = { ...properties.status, markdownEnumDescriptions: STATUSES.map((s) => STATUS_HELP[s]) };
  // A field a `then` requires is named in its `properties` too (as `true`, adding nothing), as
  // strict validators ask of a schema that requires a field.
  const when = (status: Status, then: { required: string[]; properties?: Json }): Json => ({
    if: { type: 'object', properties: { status: { const: status } }, required: ['status'] },
    then: { type: 'object', properties: { ...Object.fromEntries(then.required.map((f) => [f, true])), ...then.properties }, required: then.required },
  });
  const sentence = { justification: { type: 'string', pattern: SENTENCE, patternErrorMessage: 'Write a sentence (three words or more) that explains the decision.' } };
  // What each status needs: STATUS_NEEDS, with the evidence (missing-evidence) and the
  // justification of a sentence (missing-justification) that are checked on their own.
  const needs: Record<Status, { required: string[]; properties?: Json }> = {
    implemented: { required: ['evidence', ...(id ? requiredSchemaFields(id) : [])] },
    partial: { required: [...STATUS_NEEDS.partial] },
    planned: { required: [...STATUS_NEEDS.planned] },
    'not-applicable': { required: ['justification', ...STATUS_NEEDS['not-applicable']], properties: sentence },
    'risk-accepted': { required: ['justification', ...STATUS_NEEDS['risk-accepted']], properties: sentence },
  };
  // 12.1: the logs include system and user (letter case and surrounding spaces aside).
  if (id && own.includes('logs') && requiredSchemaFields(id).includes('logs')) {
    needs.implemented.properties = {
      logs: { type: 'array', allOf: REQUIRED_LOGS.map((l) => ({ contains: { type: 'string', pattern: `^\\s*${caseless(l)}\\s*$` } })) },
    };
  }
  return {
    type: 'object',
    properties,
    required: entry.required,
    additionalProperties: false,
    allOf: STATUSES.map((s) => when(s, needs[s])),
  };
}

/** A pattern that matches a word in any letter case. */
function caseless(word: string): string {
  return [...word].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch)).join('');
}

/** A provision's description: the Code's words, with their attribution and a link, as the hover shows them. */
function provisionText(p: Provision): Json {
  const s = catalogue().source;
  return {
    description: `${p.id} ${p.title} (short title ours): \u201c${p.quote}\u201d (${s.title}, ${s.publisher}, provision ${p.id}.) ${attribution()} ${provisionUrl(p.id)}`,
    markdownDescription: provisionHover(undefined, p),
  };
}

/**
 * policy.severity: keys shall, should, a provision number (unquoted too) or a rule ID, as
 * rules/policy.ts reads them; anything else is reported there.
 */
function severitySchema(severity: Json): Json {
  const value = (description: string): Json => ({ type: 'string', enum: [...SEVERITY_SETTINGS], description });
  const c = catalogue();
  return {
    type: 'object',
    description: severity.description,
    properties: {
      shall: value('The severity of every requirement (a provision with "shall").'),
      should: value('The severity of every recommendation (a provision with "should").'),
      ...Object.fromEntries(c.provisions.map((p) => [p.id, value(`The severity of ${p.id} ${p.title} (short title ours).`)])),
      ...Object.fromEntries(ruleCodes.map((r) => [r.code, value(`The severity of ${r.code}: ${r.summary}`)])),
    },
    ...numberKeys(),
    additionalProperties: false,
  };
}

/** Adds the tool's own words to every date pattern ("expected a date written as YYYY-MM-DD"). */
function withPatternMessages(node: unknown): void {
  if (Array.isArray(node)) {
    for (const x of node) withPatternMessages(x);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  if (o.pattern === DATE) o.patternErrorMessage = 'Expected a date written as YYYY-MM-DD.';
  for (const v of Object.values(o)) withPatternMessages(v);
}

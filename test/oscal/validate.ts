/**
 * Validation of a document against the NIST OSCAL JSON schemas vendored under
 * test/fixtures/oscal/schemas (see SOURCE.md there). The schemas are draft-07; Ajv compiles them
 * strictly (an unknown keyword would be an error, not ignored), with every format checked
 * (ajv-formats: date-time, uri, uri-reference, email) and their patterns as Unicode regular
 * expressions (Ajv's default, which their \p{L} classes need). test/oscal/schemas.test.ts proves
 * that it rejects broken documents.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fixturesRoot } from '../helpers';

export const oscalSchemaDir = path.join(fixturesRoot, 'oscal', 'schemas');

/** The models with a vendored schema, by the name their file carries. */
export const OSCAL_MODELS = {
  catalog: 'oscal_catalog_schema.json',
  profile: 'oscal_profile_schema.json',
  'component-definition': 'oscal_component_schema.json',
  'assessment-results': 'oscal_assessment-results_schema.json',
  'plan-of-action-and-milestones': 'oscal_poam_schema.json',
} as const;

export type OscalModel = keyof typeof OSCAL_MODELS;

const validators = new Map<OscalModel, ValidateFunction>();

function validator(model: OscalModel): ValidateFunction {
  let v = validators.get(model);
  if (!v) {
    const ajv = new Ajv({ allErrors: true, strict: true, unicodeRegExp: true, validateFormats: true });
    addFormats(ajv);
    v = ajv.compile(JSON.parse(fs.readFileSync(path.join(oscalSchemaDir, OSCAL_MODELS[model]), 'utf8')) as object);
    validators.set(model, v);
  }
  return v;
}

/** The schema's complaints about a document, as "path message" lines; none when it is valid. */
export function validateOscal(model: OscalModel, doc: unknown): string[] {
  const v = validator(model);
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

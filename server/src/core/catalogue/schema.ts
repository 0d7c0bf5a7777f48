/**
 * The catalogue's schema. The generator checks the data against it before writing
 * data.generated.ts, and a test checks the file as it is, so that a bad regeneration or a hand
 * edit fails loudly there; the tool itself trusts the checked data and never loads this module.
 */
import * as z from 'zod';
import type { CatalogueData } from './index';

const provisionSchema = z.object({
  id: z.string().regex(/^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/),
  title: z.string().min(3).max(60),
  text: z.string().min(10),
  quote: z.string().min(10),
  modal: z.enum(['shall', 'should']),
  parts: z.array(z.strictObject({ modal: z.enum(['shall', 'should']), text: z.string().min(10) })).min(2).optional(),
  stakeholders: z.array(z.enum(['Developer', 'System Operator', 'Data Custodian', 'End-user', 'Affected Entity', 'Organisation'])).min(1),
  stakeholdersFrom: z.string().regex(/^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/).optional(),
  etsi: z.string().min(3),
});

export const catalogueSchema = z.strictObject({
  source: z.strictObject({
    title: z.string(),
    publisher: z.string(),
    date: z.string(),
    url: z.url(),
    licence: z.string(),
    licenceUrl: z.url(),
    copyright: z.string(),
  }),
  principles: z
    .array(
      z.strictObject({
        number: z.number().int().min(1).max(13),
        title: z.string(),
        phase: z.enum(['Secure Design', 'Secure Development', 'Secure Deployment', 'Secure Maintenance', 'Secure End of Life']),
        etsiClause: z.string(),
        provisions: z.array(provisionSchema.strict()).min(1),
      }),
    )
    .length(13),
});

/** The data, checked: its shape, and each provision's number once. Throws what is wrong. */
export function validateCatalogue(data: unknown): CatalogueData {
  const checked = catalogueSchema.parse(data);
  const ids = checked.principles.flatMap((p) => p.provisions.map((v) => v.id));
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`catalogue: duplicate provision number ${twice.join(', ')}`);
  for (const v of checked.principles.flatMap((p) => p.provisions)) {
    // The parts are the quote, cut up: no word of the Code lost, added or changed.
    if (v.parts && v.parts.map((x) => x.text).join(' ') !== v.quote) throw new Error(`catalogue: the parts of ${v.id} are not its quote`);
    if (v.parts && v.parts.some((x) => !(x.modal === 'shall' ? /\bshall\b/ : /\bshould\b/).test(x.text))) throw new Error(`catalogue: a part of ${v.id} lacks its verb`);
    if (v.stakeholdersFrom && !ids.includes(v.stakeholdersFrom)) throw new Error(`catalogue: ${v.id} takes its stakeholders from ${v.stakeholdersFrom}, which is no provision`);
  }
  return checked;
}

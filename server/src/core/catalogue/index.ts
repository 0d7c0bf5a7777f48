/**
 * The Code's provisions as the tool uses them: loaded from the generated data, validated once
 * with zod (so a bad regeneration fails loudly at start rather than quietly at a hover), and
 * indexed by number.
 */
import { z } from 'zod';
import { catalogueData } from './data.generated';

export type ModalVerb = 'shall' | 'should';
export type Stakeholder = 'Developer' | 'System Operator' | 'Data Custodian' | 'End-user' | 'Affected Entity' | 'Organisation';
export type Phase = 'Secure Design' | 'Secure Development' | 'Secure Deployment' | 'Secure Maintenance' | 'Secure End of Life';

const provisionSchema = z.object({
  id: z.string().regex(/^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/),
  title: z.string().min(3).max(60),
  text: z.string().min(10),
  quote: z.string().min(10),
  modal: z.enum(['shall', 'should']),
  stakeholders: z.array(z.enum(['Developer', 'System Operator', 'Data Custodian', 'End-user', 'Affected Entity', 'Organisation'])).min(1),
  stakeholdersImplied: z.boolean(),
  etsi: z.string().min(3),
});

const catalogueSchema = z.object({
  source: z.object({
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
      z.object({
        number: z.number().int().min(1).max(13),
        title: z.string(),
        phase: z.enum(['Secure Design', 'Secure Development', 'Secure Deployment', 'Secure Maintenance', 'Secure End of Life']),
        etsiClause: z.string(),
        provisions: z.array(provisionSchema).min(1),
      }),
    )
    .length(13),
});

export interface Provision extends z.infer<typeof provisionSchema> {
  modal: ModalVerb;
  stakeholders: Stakeholder[];
  /** The principle's number (1–13). */
  principle: number;
  phase: Phase;
}

export interface Principle {
  number: number;
  title: string;
  phase: Phase;
  etsiClause: string;
  provisions: Provision[];
}

export interface Catalogue {
  source: z.infer<typeof catalogueSchema>['source'];
  principles: Principle[];
  /** All 72 provisions in the Code's order. */
  provisions: Provision[];
  byId: ReadonlyMap<string, Provision>;
}

let loaded: Catalogue | undefined;

/** The catalogue, validated on first use. */
export function catalogue(): Catalogue {
  if (loaded) return loaded;
  const data = catalogueSchema.parse(catalogueData);
  const principles: Principle[] = data.principles.map((p) => ({
    number: p.number,
    title: p.title,
    phase: p.phase,
    etsiClause: p.etsiClause,
    provisions: p.provisions.map((v) => ({ ...v, principle: p.number, phase: p.phase })),
  }));
  const provisions = principles.flatMap((p) => p.provisions);
  const byId = new Map(provisions.map((p) => [p.id, p]));
  if (byId.size !== provisions.length) throw new Error('catalogue: duplicate provision number');
  loaded = { source: data.source, principles, provisions, byId };
  return loaded;
}

export function provision(id: string): Provision | undefined {
  return catalogue().byId.get(id);
}

export function principle(n: number): Principle | undefined {
  return catalogue().principles[n - 1];
}

/** The attribution line that must travel with every quotation of the Code. */
export function attribution(): string {
  const s = catalogue().source;
  return `${s.copyright}. ${s.licence}.`;
}

/** Where a provision (or the Code as a whole) can be read. */
export function codeUrl(_id?: string): string {
  // The gov.uk page has one anchor for the principles; it has no stable anchor per provision.
  return catalogue().source.url;
}

/** Compares provision numbers as the Code orders them (1.2 < 1.2.1 < 1.10). */
export function compareProvisionIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

export const verbMeaning: Record<ModalVerb, string> = { shall: 'requirement', should: 'recommendation' };

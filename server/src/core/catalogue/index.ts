/**
 * The Code's provisions as the tool uses them: loaded from the generated data and indexed by
 * number. The data is checked against its schema (schema.ts) when it is generated and by the
 * tests, not at every start: the schema library is most of what a start would otherwise load.
 */
import { catalogueData } from './data.generated';

export type ModalVerb = 'shall' | 'should';
export type Stakeholder = 'Developer' | 'System Operator' | 'Data Custodian' | 'End-user' | 'Affected Entity' | 'Organisation';
export type Phase = 'Secure Design' | 'Secure Development' | 'Secure Deployment' | 'Secure Maintenance' | 'Secure End of Life';

/** A provision as the generated data holds it. */
export interface ProvisionData {
  /** Its number, such as `6.4` or `8.1.2`. */
  id: string;
  /** Our short title (server/catalogue/titles.yaml). */
  title: string;
  text: string;
  /** The text as quoted, without footnote markers. */
  quote: string;
  modal: ModalVerb;
  stakeholders: Stakeholder[];
  /** No stakeholder is named in the provision: those of its principle are taken. */
  stakeholdersImplied: boolean;
  /** The clause of ETSI TS 104 223 it maps to. */
  etsi: string;
}

export interface Provision extends ProvisionData {
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

export interface CatalogueSource {
  title: string;
  publisher: string;
  date: string;
  url: string;
  licence: string;
  licenceUrl: string;
  copyright: string;
}

/** The generated data (data.generated.ts), in the shape schema.ts checks. */
export interface CatalogueData {
  source: CatalogueSource;
  principles: { number: number; title: string; phase: Phase; etsiClause: string; provisions: ProvisionData[] }[];
}

export interface Catalogue {
  source: CatalogueSource;
  principles: Principle[];
  /** All 72 provisions in the Code's order. */
  provisions: Provision[];
  byId: ReadonlyMap<string, Provision>;
}

let loaded: Catalogue | undefined;

/** The catalogue, indexed on first use. */
export function catalogue(): Catalogue {
  if (loaded) return loaded;
  const data = catalogueData;
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

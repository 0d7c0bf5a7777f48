/**
 * The Code's provisions as the tool uses them: loaded from the generated data and indexed by
 * number. The data is checked against its schema (schema.ts) when it is generated and by the
 * tests, not at every start: the schema library is most of what a start would otherwise load.
 */
import { catalogueData } from './data.generated';

export type ModalVerb = 'shall' | 'should';
export type Stakeholder = 'Developer' | 'System Operator' | 'Data Custodian' | 'End-user' | 'Affected Entity' | 'Organisation';
export type Phase = 'Secure Design' | 'Secure Development' | 'Secure Deployment' | 'Secure Maintenance' | 'Secure End of Life';

/**
 * A sentence of a provision (or, where one sentence holds both verbs, a clause) with its own
 * modal verb: the Code mixes "shall" and "should" within 2.7, 3.1, 3.2 and 8.1, and a "should"
 * there is a recommendation even though the provision as a whole is a requirement.
 */
export interface ProvisionPart {
  modal: ModalVerb;
  /** The Code's words, exactly: the parts, joined by a space, are the provision's quote. */
  text: string;
}

/** A provision as the generated data holds it. */
export interface ProvisionData {
  /** Its number, such as `6.4` or `8.1.2`. */
  id: string;
  /** Our short title (server/catalogue/titles.yaml), not the Code's words. */
  title: string;
  text: string;
  /** The text as quoted, without footnote markers. */
  quote: string;
  /** The strongest verb in it: `shall` if any sentence says shall. */
  modal: ModalVerb;
  /** Each sentence's own verb, where the provision mixes shall and should (absent otherwise). */
  parts?: ProvisionPart[];
  stakeholders: Stakeholder[];
  /**
   * Where the provision names no one (1.1.1, 1.2.1, 3.1.1, 8.2.1): the provision whose named
   * stakeholders `stakeholders` are, the one it follows (1.1.1 follows 1.1, which names
   * Organisations). Absent when the provision names them itself.
   */
  stakeholdersFrom?: string;
  /** Its designator in ETSI EN 304 223 V2.1.1, such as `5.2.2-4`. */
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

/** The standard that carries the Code's provisions, cited with each provision's designator. */
export const ETSI_STANDARD = 'ETSI EN 304 223';
/** Its version and date, for the places that name the standard in full. */
export const ETSI_STANDARD_FULL = 'ETSI EN 304 223 V2.1.1 (2025-12)';

/** A provision's parts with their verbs: the whole quote as one part unless the Code mixes verbs in it. */
export function partsOf(p: ProvisionData): ProvisionPart[] {
  return p.parts ?? [{ modal: p.modal, text: p.quote }];
}

/**
 * The verb of a provision in words, exact where it mixes them: "requirement (shall)", or
 * "requirement (shall) and recommendation (should), sentence by sentence".
 */
export function verbText(p: ProvisionData): string {
  if (!p.parts) return `${verbMeaning[p.modal]} (${p.modal})`;
  const verbs = [...new Set(p.parts.map((x) => x.modal))];
  return `${verbs.map((v) => `${verbMeaning[v]} (${v})`).join(' and ')}, ${partsKind(p)} by ${partsKind(p)}`;
}

/** What a provision's parts are: sentences, or (2.7, one sentence with both verbs) clauses. */
export function partsKind(p: ProvisionData): 'sentence' | 'part' {
  return (p.parts ?? []).every((x) => /[.!?]$/.test(x.text)) ? 'sentence' : 'part';
}

/** Who a provision obliges, in the plural as the Code writes it ("Developers, System Operators"). */
export function obligedText(p: ProvisionData): string {
  return p.stakeholders.map((s) => (s === 'Organisation' ? 'Organisations' : `${s}s`)).join(', ');
}

/** Said beside `obligedText` where the provision names no one: where the names come from. */
export function obligedSource(p: ProvisionData): string | undefined {
  return p.stakeholdersFrom ? `${p.id} names no one; ${p.stakeholdersFrom}, which it follows, names them` : undefined;
}

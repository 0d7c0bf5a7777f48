/**
 * What every OSCAL document this tool writes shares: the OSCAL version, the ids it gives the
 * Code's principles and provisions, UUIDs derived from names (so the same inputs give the same
 * bytes), the namespace of its own props, and the metadata block. Pure: no clock, no file
 * system; the commands pass in the date a document is "last modified".
 */
import type { Stakeholder } from '../catalogue/index';

/**
 * The OSCAL version written, the version of the NIST schemas vendored as test fixtures
 * (test/fixtures/oscal/schemas/SOURCE.md) and the last one compliance-trestle 3.x reads.
 */
export const OSCAL_VERSION = '1.1.3';

/**
 * The namespace of the props this tool defines (those without `ns` are NIST's own). A URI
 * that names the tool; nothing is fetched from it.
 */
export const PROPS_NS = 'https://github.com/your-org/ai-security-cop/ns/oscal';

/**
 * The fixed namespace UUID every derived UUID is made from (RFC 4122 §4.3, version 5). Drawn
 * once at random for this tool: changing it changes every UUID in every document it writes.
 */
export const UUID_NAMESPACE = '16fd94a4-6b35-47cf-9a0a-f8bb820e7787';

/**
 * The catalog's id of a principle's group: `principle-5`. OSCAL ids are tokens, which may not
 * start with a digit, so the Code's numbers are prefixed.
 */
export function groupId(principle: number): string {
  return `principle-${principle}`;
}

/** The catalog's id of a provision's control: `cop-5.4.2` for the Code's 5.4.2. */
export function controlId(provision: string): string {
  return `cop-${provision}`;
}

/** The provision number of a control id (`cop-5.4.2` → `5.4.2`), or undefined for another id. */
export function provisionOfControl(id: string): string | undefined {
  return /^cop-(\d+(?:\.\d+)*)$/.exec(id)?.[1];
}

/** The OSCAL role id of each of the Code's stakeholders: the manifest's role names, where it has them. */
export const STAKEHOLDER_ROLE: Record<Stakeholder, string> = {
  Developer: 'developer',
  'System Operator': 'system-operator',
  'Data Custodian': 'data-custodian',
  'End-user': 'end-user',
  'Affected Entity': 'affected-entity',
  Organisation: 'organisation',
};

/**
 * A name-based UUID (RFC 4122 version 5: SHA-1 over the namespace's bytes and the name's UTF-8)
 * under UUID_NAMESPACE. Callers name what the UUID identifies, such as `catalog` or
 * `component:payments/ai-security.yaml`, so that the same thing keeps its UUID from run to run.
 */
export function uuidFor(name: string): string {
  return uuidV5(UUID_NAMESPACE, name);
}

export function uuidV5(namespace: string, name: string): string {
  const ns = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(ns)) throw new Error(`uuidV5: not a UUID: ${namespace}`);
  const nameBytes = new TextEncoder().encode(name);
  const bytes = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(ns.slice(2 * i, 2 * i + 2), 16);
  bytes.set(nameBytes, 16);
  const h = sha1(bytes).slice(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = [...h].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * SHA-1 (FIPS 180-4), for name-based UUIDs only: the core has no hashing of its own and may not
 * import node:crypto (it runs in the editor's server too). Not for anything that needs a secure
 * hash. Checked against node:crypto in test/oscal/common.test.ts.
 */
export function sha1(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array((((data.length + 8) >> 6) + 1) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  // The length in bits as a 64-bit big-endian number; inputs here are far below 2^32 bits.
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + 4 * i);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]!) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((v, i) => ov.setUint32(4 * i, v));
  return out;
}

/** An OSCAL date-time (with its time zone, as the schema requires) for a calendar day: midnight UTC. */
export function dateTime(day: string): string {
  return `${day}T00:00:00Z`;
}

export interface Prop {
  name: string;
  value: string;
  ns?: string;
  class?: string;
  remarks?: string;
}

/** One of this tool's own props (in PROPS_NS). */
export function ownProp(name: string, value: string, cls?: string): Prop {
  return { name, ns: PROPS_NS, value, ...(cls ? { class: cls } : {}) };
}

export interface Link {
  href: string;
  rel?: string;
  'media-type'?: string;
  text?: string;
}

export interface Role {
  id: string;
  title: string;
  description?: string;
}

export interface Party {
  uuid: string;
  type: 'organization' | 'person';
  name: string;
  'short-name'?: string;
  props?: Prop[];
  links?: Link[];
  remarks?: string;
}

export interface ResponsibleParty {
  'role-id': string;
  'party-uuids': string[];
}

export interface Metadata {
  title: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: Prop[];
  links?: Link[];
  roles: Role[];
  parties: Party[];
  'responsible-parties': ResponsibleParty[];
  remarks?: string;
}

/** The tool, as the party that wrote a document; its UUID is the same in every document. */
export function toolParty(toolVersion: string): Party {
  return {
    uuid: uuidFor('party:tool'),
    type: 'organization',
    name: 'ai-security (AI Security Code of Practice checker)',
    'short-name': 'ai-security',
    props: [ownProp('tool-version', toolVersion)],
  };
}

/** Each stakeholder as the Code writes it in the plural. */
const PLURAL: Record<Stakeholder, string> = {
  Developer: 'Developers',
  'System Operator': 'System Operators',
  'Data Custodian': 'Data Custodians',
  'End-user': 'End-users',
  'Affected Entity': 'Affected Entities',
  Organisation: 'Organisations',
};

/** The roles every document declares: each of the Code's stakeholders, and the document's creator. */
export function stakeholderRoles(): Role[] {
  const roles: Role[] = (Object.keys(STAKEHOLDER_ROLE) as Stakeholder[]).map((s) => ({ id: STAKEHOLDER_ROLE[s], title: s, description: `The Code's stakeholder ${s}: the provisions that name ${PLURAL[s]} oblige it.` }));
  return [...roles, { id: 'creator', title: 'Document creator', description: 'The tool that wrote this document from the Code (and, for a component definition or assessment results, from the manifests).' }];
}

export interface MetadataOptions {
  title: string;
  /** A calendar day (YYYY-MM-DD): never the clock, so that reruns are byte-identical. */
  lastModified: string;
  /** The document's own version. */
  version: string;
  /** The tool's version, recorded on the tool's party. */
  toolVersion: string;
  props?: Prop[];
  links?: Link[];
  remarks?: string;
}

/** A metadata block, its keys in the order the OSCAL model lists them. */
export function metadata(o: MetadataOptions): Metadata {
  const tool = toolParty(o.toolVersion);
  return {
    title: o.title,
    'last-modified': dateTime(o.lastModified),
    version: o.version,
    'oscal-version': OSCAL_VERSION,
    ...(o.props?.length ? { props: o.props } : {}),
    ...(o.links?.length ? { links: o.links } : {}),
    roles: stakeholderRoles(),
    parties: [tool],
    'responsible-parties': [{ 'role-id': 'creator', 'party-uuids': [tool.uuid] }],
    ...(o.remarks ? { remarks: o.remarks } : {}),
  };
}

/** A document as JSON text: two-space indented, one final line break, keys in insertion order. */
export function oscalJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

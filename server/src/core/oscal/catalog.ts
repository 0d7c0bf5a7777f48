/**
 * The Code as an OSCAL catalog: a group per principle (with its lifecycle phase) and a control
 * per provision, whose statement is the Code's text exactly as the catalogue quotes it (without
 * footnote markers), never reworded. The attribution the Open Government Licence asks for is in
 * the metadata's remarks and in a back-matter resource; the Code itself is a back-matter
 * resource that every control links to.
 */
import { attribution, catalogue, ETSI_STANDARD_FULL, verbMeaning, type Provision } from '../catalogue/index';
import { controlId, groupId, metadata, ownProp, STAKEHOLDER_ROLE, uuidFor, type Link, type Metadata, type Prop } from './common';

export interface Part {
  id: string;
  name: string;
  prose: string;
  props?: Prop[];
}

export interface Control {
  id: string;
  class: string;
  title: string;
  props: Prop[];
  links: Link[];
  parts: Part[];
}

export interface Group {
  id: string;
  class: string;
  title: string;
  props: Prop[];
  controls: Control[];
}

export interface Resource {
  uuid: string;
  title: string;
  description?: string;
  props?: Prop[];
  citation?: { text: string };
  rlinks?: { href: string; 'media-type'?: string }[];
  remarks?: string;
}

export interface OscalCatalog {
  catalog: {
    uuid: string;
    metadata: Metadata;
    groups: Group[];
    'back-matter': { resources: Resource[] };
  };
}

/** The UUIDs of the back-matter resources, which controls and profiles link to as `#uuid`. */
export const CODE_RESOURCE = uuidFor('resource:code-of-practice');
export const LICENCE_RESOURCE = uuidFor('resource:licence');
export const ETSI_RESOURCE = uuidFor('resource:etsi-en-304-223');

/** The catalog's UUID: the same in every run and every version of the tool, so that a profile or a GRC tool can hold on to it. */
export const CATALOG_UUID = uuidFor('catalog');

/** The Code's page, without the fragment the catalogue's URL carries (it points at the principles' heading). */
export function codeUrl(): string {
  const url = catalogue().source.url;
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export interface CatalogOptions {
  /** The tool's version, recorded on the tool's party. */
  toolVersion: string;
}

/** The catalog. No clock: it is last modified on the date the Code was published, so that every run gives the same bytes. */
export function oscalCatalog(o: CatalogOptions): OscalCatalog {
  const cat = catalogue();
  const src = cat.source;
  return {
    catalog: {
      uuid: CATALOG_UUID,
      metadata: metadata({
        title: `${src.title} (UK, ${src.date.slice(0, 4)}): OSCAL catalog`,
        lastModified: src.date,
        version: src.date,
        toolVersion: o.toolVersion,
        props: [ownProp('source-published', src.date), ownProp('standard', ETSI_STANDARD_FULL)],
        links: [{ href: `#${CODE_RESOURCE}`, rel: 'reference', text: src.title }],
        remarks: [
          `${attribution()} Source: ${src.title}, ${src.publisher}, ${src.date} (${codeUrl()}).`,
          '',
          'Each control is one provision of the Code: its statement quotes the Code exactly; its title is a short title of this tool\u2019s, not the Code\u2019s words. Props in this tool\u2019s namespace give the modal verb (shall: requirement; should: recommendation), the stakeholders it obliges (as role ids), and its designator in ETSI EN 304 223.',
        ].join('\n'),
      }),
      groups: cat.principles.map((pr) => ({
        id: groupId(pr.number),
        class: 'principle',
        title: pr.title,
        props: [{ name: 'label', value: String(pr.number) }, ownProp('phase', pr.phase), ownProp('etsi-clause', pr.etsiClause)],
        controls: pr.provisions.map(control),
      })),
      'back-matter': {
        resources: [
          {
            uuid: CODE_RESOURCE,
            title: src.title,
            description: `The Code of Practice, published by the ${src.publisher} on ${src.date}. The statements of this catalog\u2019s controls quote it.`,
            props: [ownProp('published', src.date)],
            citation: { text: `${src.publisher}. ${src.title}. ${src.date}. ${codeUrl()}` },
            rlinks: [{ href: codeUrl(), 'media-type': 'text/html' }],
          },
          {
            uuid: LICENCE_RESOURCE,
            title: 'Open Government Licence v3.0',
            description: `${attribution()} The Code\u2019s text in this catalog is used under this licence.`,
            rlinks: [{ href: src.licenceUrl, 'media-type': 'text/html' }],
          },
          {
            uuid: ETSI_RESOURCE,
            title: ETSI_STANDARD_FULL,
            description: 'The European Standard that carries the Code\u2019s provisions; each control\u2019s etsi-en-304-223 prop is its designator there.',
          },
        ],
      },
    },
  };
}

function control(p: Provision): Control {
  const id = controlId(p.id);
  const props: Prop[] = [
    { name: 'label', value: p.id },
    ownProp('modal-verb', p.modal, verbMeaning[p.modal]),
    // Where the Code mixes its verbs in one provision, each sentence's (or clause's) own verb,
    // with that sentence quoted: the statement stays the one exact text.
    ...(p.parts ?? []).map((x) => ({ ...ownProp('part-modal-verb', x.modal, verbMeaning[x.modal]), remarks: x.text })),
    ...p.stakeholders.map((s) => ownProp('obliges', STAKEHOLDER_ROLE[s])),
    // 1.1.1, 1.2.1, 3.1.1 and 8.2.1 name no one: the stakeholders are those of the provision they follow.
    ...(p.stakeholdersFrom ? [ownProp('obliges-from', controlId(p.stakeholdersFrom))] : []),
    ownProp('etsi-en-304-223', p.etsi),
  ];
  return {
    id,
    class: 'provision',
    title: p.title,
    props,
    links: [
      { href: `#${CODE_RESOURCE}`, rel: 'reference' },
      { href: `#${ETSI_RESOURCE}`, rel: 'related' },
    ],
    parts: [{ id: `${id}_smt`, name: 'statement', prose: p.quote }],
  };
}

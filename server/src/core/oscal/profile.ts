/**
 * An OSCAL profile over the catalog (catalog.ts): the provisions that oblige a role, and with a
 * lifecycle stage only those due by then. The selection is the one the manifests' applicability
 * makes (catalogue/applicability.ts), for a system that has these roles and is at this stage and
 * whose other facts are not known: each of the Code's conditions on a system's facts (an external
 * asset, an API offered to customers, a transfer of ownership...) counts as holding, as a fact a
 * manifest leaves unstated does. The conditions on the roles themselves (1.2.2, 2.1.1, 10.1,
 * 10.2) are decided by the roles given. A system's own selection, with its facts, is its
 * component definition.
 */
import { applicability, type AssetFacts, type Facts } from '../catalogue/applicability';
import { catalogue, type Provision } from '../catalogue/index';
import { ROLES, type Lifecycle, type Role } from '../schema';
import { controlId, metadata, ownProp, uuidFor, type Metadata } from './common';

export interface OscalProfile {
  profile: {
    uuid: string;
    metadata: Metadata;
    imports: { href: string; 'include-controls': { 'with-ids': string[] }[] }[];
    merge: { 'as-is': boolean };
  };
}

export interface ProfileOptions {
  roles: Role[];
  /** Only the provisions due by this stage; every stage when absent. */
  lifecycle?: Lifecycle | undefined;
  /** Where the profile finds the catalog: relative to the profile, or a URL (trestle also reads `trestle://`). */
  catalogHref: string;
  toolVersion: string;
}

/**
 * Assets for which every asset condition of the Code holds: an external, shared, confidential,
 * not well documented model being decommissioned, and a dataset from public sources.
 */
const ANY_ASSETS: AssetFacts[] = [
  { id: 'any-model', type: 'model', external: true, shared: true, confidential: true, wellDocumented: false, decommissioning: true },
  { id: 'any-dataset', type: 'dataset', external: true, public: true, confidential: true },
];

/** The provisions a profile for these roles (and stage) selects, in the Code's order. */
export function profileSelection(roles: readonly Role[], lifecycle?: Lifecycle): Provision[] {
  // The system's facts left unstated (undefined counts as true), its assets such that every
  // asset condition holds; the roles and the stage as given. With no stage, the latest regular
  // one: every phase is due (end of life, by its condition, at any stage).
  const facts: Facts = { roles: [...roles], lifecycle: lifecycle ?? 'maintenance', assets: ANY_ASSETS };
  return catalogue().provisions.filter((p) => {
    const a = applicability(p, facts);
    return a.applies && a.due;
  });
}

/** The roles in the manifest's order, each once. */
function ordered(roles: readonly Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

export function oscalProfile(o: ProfileOptions): OscalProfile {
  const roles = ordered(o.roles);
  const src = catalogue().source;
  const selected = profileSelection(roles, o.lifecycle);
  const stage = o.lifecycle ? `, due by ${o.lifecycle}` : '';
  return {
    profile: {
      // Named by what it selects: the same roles and stage, the same UUID, wherever the catalog is.
      uuid: uuidFor(`profile:${roles.join(',')}:${o.lifecycle ?? 'every-stage'}`),
      metadata: metadata({
        title: `${src.title}: the provisions for ${roles.join(' and ')}${stage}`,
        lastModified: src.date,
        version: src.date,
        toolVersion: o.toolVersion,
        props: [...roles.map((r) => ownProp('role', r)), ownProp('lifecycle', o.lifecycle ?? 'every-stage')],
        remarks: [
          `Selects the ${selected.length} provisions of the Code that oblige ${roles.join(' and ')} (or Organisations, whatever their role)${o.lifecycle ? ` and whose phase is due by the ${o.lifecycle} stage (Secure Design from design, Secure Development from development, Secure Deployment and Secure Maintenance from deployment)` : ' at any stage'}.`,
          'Conditions on a system\u2019s facts (an external asset, an API offered to customers, a transfer of ownership, and so on) count as holding, as an unstated fact does in a manifest: a system whose facts rule one out does not need it. Secure End of Life is due by its condition, which can come at any stage.',
        ].join('\n\n'),
      }),
      imports: [{ href: o.catalogHref, 'include-controls': [{ 'with-ids': selected.map((p) => controlId(p.id)) }] }],
      // As is: the resolved catalog keeps the principles as groups.
      merge: { 'as-is': true },
    },
  };
}

/** `oscal catalog` and `oscal profile`: the Code's catalogue as OSCAL, from the catalogue alone. */
import { oscalJson } from '../../core/oscal/common';
import { oscalCatalog } from '../../core/oscal/catalog';
import { oscalProfile } from '../../core/oscal/profile';
import { LIFECYCLES, ROLES, type Lifecycle, type Role } from '../../core/schema';
import { UsageError, VERSION } from '../io';
import type { OscalContext, Written } from './context';

/** Where a profile looks for the catalog unless told: beside it, under the name the README uses. */
export const DEFAULT_CATALOG_HREF = 'ai-security-catalog.json';

export function catalogDocument(_: OscalContext): Written {
  const doc = oscalCatalog({ toolVersion: VERSION });
  const controls = doc.catalog.groups.reduce((n, g) => n + g.controls.length, 0);
  return { text: oscalJson(doc), summary: `OSCAL catalog, ${controls} controls in ${doc.catalog.groups.length} groups` };
}

export function profileDocument({ values }: OscalContext): Written {
  if (values.role === undefined) throw new UsageError(`oscal profile needs --role: ${ROLES.join(', ')}, or several, comma-separated`, true);
  const roles = String(values.role)
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || bad.length) throw new UsageError(`--role must be ${ROLES.join(', ')}, or several of them comma-separated${bad.length ? `, not "${bad.join(', ')}"` : ''}`, true);
  let lifecycle: Lifecycle | undefined;
  if (values.lifecycle !== undefined) {
    const stage = String(values.lifecycle);
    if (!(LIFECYCLES as readonly string[]).includes(stage)) throw new UsageError(`--lifecycle must be one of ${LIFECYCLES.join(', ')}, not "${stage}"`, true);
    lifecycle = stage as Lifecycle;
  }
  const href = values['catalog-href'] === undefined ? DEFAULT_CATALOG_HREF : String(values['catalog-href']);
  // An href goes into the profile as it is: it must be a URI reference, which no space, control
  // character or the like may be part of (percent-encode them), or the profile is not valid OSCAL.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (href === '' || /[\u0000-\u0020\u007f"<>\\^`{|}]/.test(href)) throw new UsageError(`--catalog-href must be a URI reference (a relative path or a URL, with spaces and the like percent-encoded), not "${href}"`);
  const doc = oscalProfile({ roles: roles as Role[], lifecycle, catalogHref: href, toolVersion: VERSION });
  const n = doc.profile.imports[0]!['include-controls'][0]!['with-ids'].length;
  return { text: oscalJson(doc), summary: `OSCAL profile, ${n} controls of the catalog at ${href}` };
}

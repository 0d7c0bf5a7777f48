/**
 * What happens to findings after the rules: severity overrides from policy and settings, and
 * the one order every output shares. Both kinds of document go through these.
 */
import { compareProvisionIds, provision } from '../catalogue/index';
import { get, type YNode } from '../parse/yaml';
import { SEVERITY_SETTINGS } from '../schema';
import type { Finding, SeverityOverrides, SeveritySetting } from '../types';

/** A manifest's own `policy.severity`, as overrides (values that are not a severity are ignored). */
export function policyOverrides(root: YNode | undefined): SeverityOverrides {
  const out: SeverityOverrides = {};
  const sev = get(get(root, 'policy'), 'severity');
  if (sev?.kind !== 'map') return out;
  for (const e of sev.entries) {
    const v = e.value.kind === 'scalar' ? e.value.value : undefined;
    if (typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v)) out[e.key.trim()] = v as SeveritySetting;
  }
  return out;
}

/**
 * Severity overrides: the manifest's own `policy.severity` wins over the editor settings, so the
 * editor and CI agree on a project's policy. Within each, an exact code or number wins over a
 * modal verb (`shall`, `should`).
 */
export function applySeverity(findings: Finding[], policy: SeverityOverrides, settings: SeverityOverrides): Finding[] {
  const lookup = (f: Finding): SeveritySetting | undefined => {
    const p = provision(f.code);
    // The verb of the sentence the finding is about: a "should" in a "shall" provision is a
    // recommendation, and `policy.severity.should` is what sets it.
    const verb = p ? (f.data?.modal ?? p.modal) : undefined;
    // Open work (planned, partial) stays information: an override is about gaps, not plans.
    if (f.data?.kind === 'open') return undefined;
    return policy[f.code] ?? (verb ? policy[verb] : undefined) ?? settings[f.code] ?? (verb ? settings[verb] : undefined);
  };
  const result: Finding[] = [];
  for (const f of findings) {
    const o = lookup(f);
    if (o === 'off') continue;
    // A note that the Code's examples are not listed (3.1's "such as …") is no gap: an override
    // may silence it, never raise it.
    result.push(o && f.data?.kind !== 'missing-attacks' ? { ...f, severity: o } : f);
  }
  return result;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    compareCodes(a.code, b.code) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Provision numbers in the Code's order, before rule IDs in alphabetical order. */
function compareCodes(a: string, b: string): number {
  const pa = /^\d/.test(a);
  const pb = /^\d/.test(b);
  if (pa && pb) return compareProvisionIds(a, b);
  if (pa !== pb) return pa ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

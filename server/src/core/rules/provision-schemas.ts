/**
 * Provisions with a schema of their own, checked when their entry says `implemented`: what the
 * Code's words ask for that a bare "implemented" with evidence would not show.
 */
import { entry, get, present, strings } from '../parse/yaml';
import type { EntryInfo, ManifestContext, RawFinding } from '../engine/context';
import type { ManifestRule } from './rule';
import { withoutQueryOrFragment } from '../util/workspace-path';

/** Attacks 3.1 names ("such as data poisoning, model inversion, and membership inference"). */
export const REQUIRED_ATTACKS = ['data-poisoning', 'model-inversion', 'membership-inference'];
export const REQUIRED_LOGS = ['system', 'user'];

type Check = (ctx: ManifestContext, info: EntryInfo, base: (string | number)[], report: (f: RawFinding) => void) => void;

function requireFields(fields: string[]): Check {
  return (_ctx, info, base, report) => {
    const missing = fields.filter((f) => !present(get(info.node, f)));
    if (missing.length === 0) return;
    report({
      code: 'missing-field',
      severity: 'error',
      message: `${info.id} is implemented but has no ${missing.map((m) => `"${m}"`).join(', ')}: the Code asks for ${describe(missing)}.`,
      at: info.entry.keyRange,
      data: { kind: 'missing-field', path: base, missing, provision: info.id },
    });
  };
}

function describe(fields: string[]): string {
  const words: Record<string, string> = {
    reviewed: 'a date of last review',
    channels: 'the channels that carry updates',
    attacks: 'the AI-specific attacks the threat model covers',
    incidentPlan: 'an incident management plan',
    recoveryPlan: 'a recovery plan',
    tested: 'the date the plans were last tested',
    logs: 'what is logged',
  };
  return fields.map((f) => words[f] ?? f).join(', ');
}

const SCHEMAS: Record<string, Check[]> = {
  '1.1': [requireFields(['reviewed'])],
  '1.2.1': [
    requireFields(['channels']),
    (_ctx, info, base, report) => {
      // The same channel twice ("intranet", "Intranet") is still one channel.
      const channels = [...new Map(strings(get(info.node, 'channels')).map((c) => [c.value.trim().toLowerCase(), c])).values()];
      if (channels.length === 0 || channels.length >= 2) return;
      report({
        code: '1.2.1',
        severity: 'warning',
        message: `1.2.1 asks for multiple channels; only "${channels[0]!.value}" is listed. Name at least two (e.g. newsletter, intranet).`,
        at: entry(info.node, 'channels')!.value.range,
        data: { kind: 'too-few-channels', path: [...base, 'channels'], provision: '1.2.1' },
      });
    },
  ],
  '3.1': [
    requireFields(['reviewed', 'attacks']),
    (_ctx, info, base, report) => {
      const attacksEntry = entry(info.node, 'attacks');
      if (!attacksEntry) return;
      const named = new Set(strings(attacksEntry.value).map((a) => a.value.trim().toLowerCase().replace(/[\s_]+/g, '-')));
      const missing = REQUIRED_ATTACKS.filter((a) => !named.has(a));
      if (missing.length === 0) return;
      report({
        code: '3.1',
        severity: 'warning',
        message: `The threat model for 3.1 should address AI-specific attacks the Code names; "attacks" lacks ${missing.join(', ')}.`,
        at: attacksEntry.value.range[1] > attacksEntry.value.range[0] ? attacksEntry.value.range : attacksEntry.keyRange,
        data: { kind: 'missing-attacks', path: [...base, 'attacks'], missing, provision: '3.1' },
      });
    },
  ],
  '6.4': [
    (_ctx, info, base, report) => {
      const evidence = strings(get(info.node, 'evidence'));
      if (evidence.length === 0) return; // missing-evidence already says so
      // Published means an https URL, or a SECURITY.md / security.txt file in the repository
      // (which is how projects publish one); an http URL is neither.
      const isUrl = (v: string) => /^[a-z][a-z0-9+.-]*:/i.test(v.trim());
      const published = evidence.some(({ value }) => /^https:\/\//i.test(value.trim()) || (!isUrl(value) && /(^|[\\/])(security\.md|security\.txt)$/i.test(withoutQueryOrFragment(value.trim()))));
      if (published) return;
      report({
        code: '6.4',
        severity: 'error',
        message: '6.4 asks for a published vulnerability disclosure policy: add its public https URL, or a SECURITY.md or security.txt path, to the evidence.',
        at: entry(info.node, 'evidence')!.value.range,
        data: { kind: 'unpublished-policy', path: [...base, 'evidence'], provision: '6.4' },
      });
    },
  ],
  '6.5': [requireFields(['incidentPlan', 'recoveryPlan', 'tested'])],
  '12.1': [
    requireFields(['logs']),
    (_ctx, info, base, report) => {
      const logsEntry = entry(info.node, 'logs');
      if (!logsEntry) return;
      const named = new Set(strings(logsEntry.value).map((l) => l.value.trim().toLowerCase()));
      const missing = REQUIRED_LOGS.filter((l) => !named.has(l));
      if (missing.length === 0) return;
      report({
        code: '12.1',
        severity: 'error',
        message: `12.1 asks for system and user actions to be logged; "logs" lacks ${missing.join(' and ')}.`,
        at: logsEntry.value.range[1] > logsEntry.value.range[0] ? logsEntry.value.range : logsEntry.keyRange,
        data: { kind: 'missing-logs', path: [...base, 'logs'], missing, provision: '12.1' },
      });
    },
  ],
};

/**
 * What an implemented entry lacks of its provision's schema. The coverage counts an implemented
 * entry with an error here as not addressed: the claim does not yet show what the Code asks.
 */
export function schemaProblems(ctx: ManifestContext, info: EntryInfo): RawFinding[] {
  const checks = SCHEMAS[info.id];
  if (!checks || info.status !== 'implemented' || info.node.kind !== 'map') return [];
  const out: RawFinding[] = [];
  for (const c of checks) c(ctx, info, ['provisions', info.entry.key], (f) => out.push(f));
  return out;
}

export const provisionSchemasRule: ManifestRule = {
  id: 'provision-schemas',
  codes: [],
  provisions: Object.keys(SCHEMAS),
  check(ctx) {
    for (const id of Object.keys(SCHEMAS)) {
      const info = ctx.entries.get(id);
      if (info) for (const f of schemaProblems(ctx, info)) ctx.report(f);
    }
  },
};

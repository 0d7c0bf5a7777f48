/**
 * Provisions with a schema of their own, checked when their entry says `implemented`: what the
 * Code's words ask for that a bare "implemented" with evidence would not show. Computed once per
 * analysis as facts: the provision-schemas rule reports them, and the provision states count an
 * implemented entry with an error here as not addressed.
 */
import { entry, get, present, strings } from '../parse/yaml';
import { REQUIRED_ATTACKS, REQUIRED_LOGS } from '../schema';
import { withoutQueryOrFragment } from '../util/workspace-path';
import type { RawFinding } from './guard';
import type { EntryInfo, ManifestContext } from './manifest';

export { REQUIRED_ATTACKS, REQUIRED_LOGS } from '../schema';

type Check = (info: EntryInfo, base: (string | number)[], report: (f: RawFinding) => void) => void;

interface ProvisionSchema {
  /** Fields an implemented entry must have, in the order a new entry gets them. */
  required: string[];
  /** What else its values must say. */
  checks: Check[];
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

const SCHEMAS: Record<string, ProvisionSchema> = {
  '1.1': { required: ['reviewed'], checks: [] },
  '1.2.1': {
    required: ['channels'],
    checks: [
      (info, base, report) => {
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
  },
  '3.1': {
    required: ['reviewed', 'attacks'],
    checks: [
      (info, base, report) => {
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
  },
  '6.4': {
    required: [],
    checks: [
      (info, base, report) => {
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
  },
  '6.5': { required: ['incidentPlan', 'recoveryPlan', 'tested'], checks: [] },
  '12.1': {
    required: ['logs'],
    checks: [
      (info, base, report) => {
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
  },
};

/** The provisions with a schema of their own. */
export const SCHEMA_PROVISIONS = Object.keys(SCHEMAS);

/** The fields an implemented entry for a provision must carry beyond its evidence (none for most). */
export function requiredFields(id: string): readonly string[] {
  return SCHEMAS[id]?.required ?? [];
}

/** What an implemented entry lacks of its provision's schema (nothing for other entries). */
function problemsOf(info: EntryInfo): RawFinding[] {
  const schema = SCHEMAS[info.id];
  if (!schema || info.status !== 'implemented' || info.node.kind !== 'map') return [];
  const out: RawFinding[] = [];
  const base = ['provisions', info.entry.key];
  const missing = schema.required.filter((f) => !present(get(info.node, f)));
  if (missing.length > 0) {
    out.push({
      code: 'missing-field',
      severity: 'error',
      message: `${info.id} is implemented but has no ${missing.map((m) => `"${m}"`).join(', ')}: the Code asks for ${describe(missing)}.`,
      at: info.entry.keyRange,
      data: { kind: 'missing-field', path: base, missing, provision: info.id },
    });
  }
  for (const c of schema.checks) c(info, base, (f) => out.push(f));
  return out;
}

/** The schema problems of every entry, by provision, in the schemas' order. */
export function schemaProblems(ctx: Pick<ManifestContext, 'entries'>): Map<string, RawFinding[]> {
  const out = new Map<string, RawFinding[]>();
  for (const id of SCHEMA_PROVISIONS) {
    const info = ctx.entries.get(id);
    if (info) out.set(id, problemsOf(info));
  }
  return out;
}

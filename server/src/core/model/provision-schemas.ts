/**
 * Provisions with a schema of their own, checked when their entry says `implemented`: what the
 * Code's words ask for that a bare "implemented" with evidence would not show. Computed once per
 * analysis as facts: the provision-schemas rule reports them, and the provision states count an
 * implemented entry with an error here as not addressed.
 */
import { provision } from '../catalogue/index';
import { entry, get, present, strings } from '../parse/yaml';
import { REQUIRED_ATTACKS, REQUIRED_LOGS } from '../schema';
import { withoutQueryOrFragment } from '../util/workspace-path';
import type { RawFinding } from './guard';
import type { EntryInfo, ManifestContext } from './manifest';

export { REQUIRED_ATTACKS, REQUIRED_LOGS } from '../schema';

type Check = (info: EntryInfo, base: (string | number)[], report: (f: RawFinding) => void) => void;

interface ProvisionSchema {
  /**
   * Fields that show what a "shall" sentence asks for: an implemented entry without them is an
   * error and does not count as addressed.
   */
  required: string[];
  /**
   * Fields that show what a "should" sentence recommends (1.2.1 as a whole; 3.1's second
   * sentence): without them the entry gets a warning under the provision's number and still
   * counts, as the "shall" is met by its evidence.
   */
  recommended?: string[];
  /** What else its values must say. */
  checks: Check[];
}

function describe(fields: string[], last = ', '): string {
  const words: Record<string, string> = {
    reviewed: 'a date of last review',
    channels: 'the channels that carry updates',
    attacks: 'the AI-specific attacks the threat model covers',
    incidentPlan: 'an incident management plan',
    recoveryPlan: 'a recovery plan',
    tested: 'the date the plans were last tested',
    logs: 'what is logged',
  };
  const said = fields.map((f) => words[f] ?? f);
  return said.length > 1 ? `${said.slice(0, -1).join(', ')}${last}${said[said.length - 1]}` : said.join('');
}

/** Which sentence of a provision carries a verb ("second sentence"), for messages. */
function partOrdinal(id: string, modal: 'shall' | 'should'): string {
  const parts = provision(id)?.parts ?? [];
  const i = parts.findIndex((x) => x.modal === modal);
  return `${['first', 'second', 'third', 'fourth'][i] ?? 'later'} ${parts.every((x) => x.text.endsWith('.')) ? 'sentence' : 'clause'}`;
}

const SCHEMAS: Record<string, ProvisionSchema> = {
  '1.1': { required: ['reviewed'], checks: [] },
  '1.2.1': {
    required: [],
    recommended: ['channels'],
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
    // "Threat modelling should include regular reviews and updates and address AI-specific
    // attacks": the second sentence, a recommendation; the first ("shall analyse threats and
    // manage security risks") is met by the evidence.
    required: [],
    recommended: ['reviewed', 'attacks'],
    checks: [
      (info, base, report) => {
        const attacksEntry = entry(info.node, 'attacks');
        if (!attacksEntry) return;
        const named = new Set(strings(attacksEntry.value).map((a) => a.value.trim().toLowerCase().replace(/[\s_]+/g, '-')));
        const missing = REQUIRED_ATTACKS.filter((a) => !named.has(a));
        if (missing.length === 0) return;
        // The three attacks follow "such as": the Code's examples, not a list to complete. A
        // note, then, which says so; never a gap.
        report({
          code: '3.1',
          severity: 'information',
          message: `"attacks" does not list ${missing.join(', ')}, which 3.1 gives as examples of AI-specific attacks ("such as …"). Add them if your threat model covers them; they are examples, not required.`,
          at: attacksEntry.value.range[1] > attacksEntry.value.range[0] ? attacksEntry.value.range : attacksEntry.keyRange,
          data: { kind: 'missing-attacks', path: [...base, 'attacks'], missing, provision: '3.1', modal: 'should' },
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

/**
 * The fields an implemented entry for a provision is given beyond its evidence (none for most):
 * those a "shall" needs, then those a "should" recommends.
 */
export function schemaFields(id: string): readonly string[] {
  return [...(SCHEMAS[id]?.required ?? []), ...(SCHEMAS[id]?.recommended ?? [])];
}

/**
 * The fields an implemented entry for a provision must have beyond its evidence, whose absence
 * is an error (what its "shall" asks): none for most. The JSON Schema requires them too.
 */
export function requiredSchemaFields(id: string): readonly string[] {
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
  const absent = (schema.recommended ?? []).filter((f) => !present(get(info.node, f)));
  if (absent.length > 0) {
    // Reported under the provision's number, as what its "should" asks: policy.severity's
    // `should` (or the number) sets its severity, and the entry still counts as addressed.
    const whole = provision(info.id)!.modal === 'should';
    out.push({
      code: info.id,
      severity: 'warning',
      message: `${whole ? info.id : `${info.id}'s ${partOrdinal(info.id, 'should')}`} recommends (should) ${describe(absent, ' and ')}: add ${absent.map((m) => `"${m}"`).join(', ')}. The entry counts as addressed without ${absent.length > 1 ? 'them' : 'it'}.`,
      at: info.entry.keyRange,
      data: { kind: 'missing-field', path: base, missing: absent, provision: info.id, modal: 'should' },
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

/**
 * A starter manifest generated from the catalogue for given roles and lifecycle stage: the
 * editor's "Create manifest" command and `ai-security init` use it. (The coverage report lives
 * in `core/report/`.)
 */
import { catalogue } from '../catalogue/index';
import { applicability, type Facts } from '../catalogue/applicability';
import { addDays } from '../util/dates';
import { visibleText } from '../util/escape';
import type { Lifecycle, Role } from '../schema';
import { PLACEHOLDERS } from '../placeholders';

export interface StarterOptions {
  name: string;
  owner: string;
  roles: Role[];
  lifecycle: Lifecycle;
  today: string;
}

/**
 * A new manifest: the system's facts left as their cautious defaults, stated explicitly or, where
 * the default is "unstated", written as comments, so the user sees what to settle, and every requirement that applies now as `planned`. The name and
 * owner are whatever the user typed: each is written as one YAML scalar that reads back as
 * exactly that text, and the comment that names the system never holds a line break.
 */
export function starterManifest(o: StarterOptions): string {
  // No owner given (an empty answer, or init without --owner): the placeholder, reported until
  // it is replaced, never an invented address that passes for one.
  o = o.owner.trim() ? o : { ...o, owner: PLACEHOLDERS.owner.text };
  const facts: Facts = { roles: o.roles, lifecycle: o.lifecycle, assets: [] };
  const due = addDays(o.today, 90);
  const lines = [
    `# How ${visibleText(o.name)} meets the UK Code of Practice for the Cyber Security of AI.`,
    '# Hover a provision number to read the Code; each planned entry needs an owner and a due date.',
    'version: 1',
    'system:',
    `  name: ${yamlScalar(o.name)}`,
    `  owner: ${yamlScalar(o.owner)}`,
    `  roles: [${o.roles.map(yamlScalar).join(', ')}]`,
    `  lifecycle: ${yamlScalar(o.lifecycle)}`,
    '  # State these facts: each one decides whether a provision applies (unstated counts as true).',
    '  exposesApi: true                   # offers an API to external customers (6.2)',
    '  usesCloud: true                    # cloud service operators deliver the capability (6.6)',
    '  humanOversightIsRiskControl: true  # human oversight is a risk control (4.3)',
    // Left unstated, so that they count as true (13.1, 2.6, 3.2 and 3.3 are planned below) until
    // the user settles them: writing false or [] here would drop those provisions unasked.
    '  # Unstated, these count as true; uncomment and correct each one that is not:',
    '  # transferringOwnership: false     # training data or a model is being handed over (13.1)',
    '  # integrations: []                 # other systems the AI system acts on (2.6); list them, or [] for none',
    '  # unresolvedThreats: false         # AI security threats Developers cannot resolve (3.2)',
    '  # externalRiskOwners: false        # an external entity owns AI security risks in your infrastructure (3.3)',
    'assets:                              # the inventory (5.1, 5.2): models, datasets, prompts, pipelines',
    '  - id: model',
    '    type: model',
    `    version: ${PLACEHOLDERS.version.text}`,
    'provisions:',
  ];
  const withFacts: Facts = { ...facts, exposesApi: true, usesCloud: true, humanOversightIsRiskControl: true, assets: [{ id: 'model', type: 'model' }] };
  for (const p of catalogue().provisions) {
    const a = applicability(p, withFacts);
    if (!a.applies || !a.due || p.modal !== 'shall') continue;
    if (['5.1', '5.2'].includes(p.id)) continue; // met by the inventory above
    lines.push(`  "${p.id}":  # ${p.title}`, '    status: planned', `    owner: ${yamlScalar(o.owner)}`, `    due: ${due}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * A string as a YAML scalar that reads back as exactly that string: plain when it is a letter
 * followed by letters, digits, `_`, `@`, `.`, `-` and inner spaces, and is no word that YAML
 * (1.1 or 1.2) reads as a boolean or null; double-quoted otherwise, with `\` and `"` escaped and
 * every control, bidirectional or non-printable character written as a `\x` or `\u` escape.
 */
export function yamlScalar(s: string): string {
  if (/^[A-Za-z][\w@. -]*$/.test(s) && !s.endsWith(' ') && !/^(true|false|yes|no|on|off|y|n|null)$/i.test(s)) return s;
  return `"${s.replace(YAML_ESCAPED, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    const code = c.charCodeAt(0);
    return YAML_NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  })}"`;
}

/** What a double-quoted scalar must escape; with the `u` flag, the surrogate range matches lone surrogates only. */
// eslint-disable-next-line no-control-regex -- control characters are what this escapes.
const YAML_ESCAPED = /[\\"\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/gu;
const YAML_NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

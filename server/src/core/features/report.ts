/**
 * A starter manifest generated from the catalogue for given roles and lifecycle stage: the
 * editor's "Create manifest" command and `ai-security init` use it. (The coverage report lives
 * in `core/report/`.)
 */
import { catalogue } from '../catalogue/index';
import { applicability, type Facts } from '../catalogue/applicability';
import { addDays } from '../util/dates';
import type { Lifecycle, Role } from '../schema';

export interface StarterOptions {
  name: string;
  owner: string;
  roles: Role[];
  lifecycle: Lifecycle;
  today: string;
}

/**
 * A new manifest: the system's facts left as their cautious defaults, stated explicitly so the
 * user sees what to settle, and every requirement that applies now as `planned`.
 */
export function starterManifest(o: StarterOptions): string {
  const facts: Facts = { roles: o.roles, lifecycle: o.lifecycle, assets: [] };
  const due = addDays(o.today, 90);
  const lines = [
    `# How ${o.name} meets the UK Code of Practice for the Cyber Security of AI.`,
    '# Hover a provision number to read the Code; each planned entry needs an owner and a due date.',
    'version: 1',
    'system:',
    `  name: ${yamlText(o.name)}`,
    `  owner: ${yamlText(o.owner)}`,
    `  roles: [${o.roles.join(', ')}]`,
    `  lifecycle: ${o.lifecycle}`,
    '  # State these facts: each one decides whether a provision applies (unstated counts as true).',
    '  exposesApi: true                   # offers an API to external customers (6.2)',
    '  usesCloud: true                    # cloud service operators deliver the capability (6.6)',
    '  humanOversightIsRiskControl: true  # human oversight is a risk control (4.3)',
    '  transferringOwnership: false       # training data or a model is being handed over (13.1)',
    '  integrations: []                   # other systems the AI system acts on (2.6)',
    'assets:                              # the inventory (5.1, 5.2): models, datasets, prompts, pipelines',
    '  - id: model',
    '    type: model',
    '    version: 0.1.0',
    'provisions:',
  ];
  const withFacts: Facts = { ...facts, exposesApi: true, usesCloud: true, humanOversightIsRiskControl: true, transferringOwnership: false, integrations: 0, assets: [{ id: 'model', type: 'model' }] };
  for (const p of catalogue().provisions) {
    const a = applicability(p, withFacts);
    if (!a.applies || !a.due || p.modal !== 'shall') continue;
    if (['5.1', '5.2'].includes(p.id)) continue; // met by the inventory above
    lines.push(`  "${p.id}":  # ${p.title}`, '    status: planned', `    owner: ${yamlText(o.owner)}`, `    due: ${due}`);
  }
  return lines.join('\n') + '\n';
}

function yamlText(s: string): string {
  return /^[\w@. -]+$/.test(s) && !/^[\d-]/.test(s) && !/^(true|false|yes|no|null|on|off)$/i.test(s) ? s : JSON.stringify(s);
}

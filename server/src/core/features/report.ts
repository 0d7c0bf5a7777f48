/**
 * Documents generated from the catalogue and an analysis: a starter manifest for given roles
 * and lifecycle stage, and a coverage report per principle in Markdown. The editor's
 * "Create manifest" and "Show coverage report" commands use them through the server.
 */
import { attribution, catalogue, codeUrl } from '../catalogue/index';
import { applicability, type Facts } from '../catalogue/applicability';
import { get, str, strings } from '../parse/yaml';
import { provisionState, type ProvisionState } from '../engine/state';
import { addDays } from '../util/dates';
import type { ManifestContext } from '../engine/context';
import type { Coverage } from '../types';
import type { Lifecycle, Role } from '../schema';
import { coverageTitle } from './outline';

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

const STATE_LABEL: Record<ProvisionState, string> = {
  addressed: 'addressed',
  open: 'open',
  expired: 'waiver expired',
  missing: 'missing',
  upcoming: 'upcoming',
  'not-applicable': 'does not apply',
};

/** A readable coverage report, per principle, in Markdown. */
export function coverageMarkdown(ctx: ManifestContext, coverage: Coverage): string {
  const system = get(ctx.root, 'system');
  const name = str(get(system, 'name')) ?? ctx.path;
  const out: string[] = [
    `# ${name}: coverage of the Code of Practice`,
    '',
    `**${coverageTitle(coverage)}** — ${coverage.addressed} of ${coverage.applicable} applicable provisions addressed.`,
    '',
    `Roles: ${ctx.facts.roles?.join(', ') ?? '(not stated: all assumed)'} · lifecycle: ${ctx.facts.lifecycle ?? '(not stated)'}${ctx.today ? ` · as of ${ctx.today}` : ''}`,
    '',
  ];
  for (const pr of catalogue().principles) {
    const rows = pr.provisions.map((p) => ({ p, state: provisionState(ctx, p.id) })).filter((r) => r.state !== 'not-applicable');
    if (rows.length === 0) continue;
    const applicable = rows.filter((r) => r.state !== 'upcoming');
    const done = applicable.filter((r) => r.state === 'addressed').length;
    out.push(`## Principle ${pr.number}: ${pr.title}`, '', `${pr.phase} · ${done} of ${applicable.length} addressed`, '', '| # | provision | verb | status | evidence, owner, dates |', '| --- | --- | --- | --- | --- |');
    for (const { p, state } of rows) {
      const entry = ctx.entries.get(p.id);
      const details: string[] = [];
      if (entry) {
        const ev = strings(get(entry.node, 'evidence')).map((e) => e.value);
        if (ev.length) details.push(ev.map((e) => `\`${e}\``).join(', '));
        for (const f of ['owner', 'due', 'expires', 'approvedBy', 'reviewed']) {
          const v = str(get(entry.node, f));
          if (v) details.push(`${f} ${v}`);
        }
      } else if (state === 'addressed') details.push('met by the asset inventory');
      const status = entry?.status ? `${entry.status} (${STATE_LABEL[state]})` : STATE_LABEL[state];
      out.push(`| ${p.id} | ${p.title} | ${p.modal} | ${status} | ${details.join(' · ').replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  out.push('---', '', `Provision titles are ours; the Code's own words are in the hovers and in [the Code](${codeUrl()}). ${attribution()}`, '');
  return out.join('\n');
}

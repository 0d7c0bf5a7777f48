/**
 * Snippets, served as completion items where they belong: the manifest's in a manifest (the
 * skeleton at the top level of one that has no `system:` yet, an asset under `assets:`, the
 * provision entries under `provisions:`), the model card's sections in a card that lacks them.
 * Contributed to VS Code statically, they were offered in every YAML and Markdown file of the
 * workspace (a docker-compose.yml, any README); the server answers only for the files it checks.
 *
 * Bodies are in the snippet syntax LSP and VS Code share (`${1:default}`, `${2|a,b|}`, `$0`),
 * one line per item and relative to the line the snippet starts on; the items carry them with
 * every line's full indentation, to be inserted as they are.
 */
import { CARD_SECTIONS } from '../cards/sections';
import type { CardContext } from '../model/card';
import type { ManifestContext } from '../model/manifest';
import { get } from '../parse/yaml';
import { ASSET_TYPES, LIFECYCLES, ROLES } from '../schema';
import type { Position, Range } from '../types';
import type { CompletionItem } from './completion';

export interface Snippet {
  /** What the user types to find it; the item's label. */
  prefix: string;
  description: string;
  body: string[];
}

const choice = (n: number, values: readonly string[]) => `\${${n}|${values.join(',')}|}`;
/** Stands for today's date in a body; replaced by the analysis's date when served. */
const TODAY = '$TODAY';

export const MANIFEST_SKELETON: Snippet = {
  prefix: 'ai-security-manifest',
  description: 'A new ai-security.yaml: system facts, an asset and a first provision entry.',
  body: [
    'version: 1',
    'system:',
    '  name: ${1:System name}',
    '  owner: ${2:team@example.org}',
    `  roles: [${choice(3, ROLES)}]`,
    `  lifecycle: ${choice(4, LIFECYCLES)}`,
    '  exposesApi: ${5|true,false|}',
    '  usesCloud: ${6|true,false|}',
    '  humanOversightIsRiskControl: ${7|true,false|}',
    '  transferringOwnership: ${8|false,true|}',
    '  integrations: []',
    'assets:',
    '  - id: ${9:model}',
    `    type: ${choice(10, ASSET_TYPES)}`,
    '    version: ${11:1.0.0}',
    'provisions:',
    '  "${12:1.1}":',
    '    status: planned',
    '    owner: ${13:$2}',
    `    due: \${14:${TODAY}}`,
    '$0',
  ],
};

export const ASSET_SNIPPET: Snippet = {
  prefix: 'ai-security-asset',
  description: 'An asset in the inventory (5.1, 5.2).',
  body: ['- id: ${1:asset-id}', `  type: ${choice(2, ASSET_TYPES)}`, '  version: ${3:1.0.0}', '  dependsOn: [${4}]', '$0'],
};

export const PROVISION_SNIPPETS: Snippet[] = [
  {
    prefix: 'ai-security-implemented',
    description: 'A provision entry that is met, with its evidence.',
    body: ['"${1:6.4}":', '  status: implemented', '  evidence: [${2:docs/evidence.md}]', '$0'],
  },
  {
    prefix: 'ai-security-partial',
    description: 'A provision entry that is partly met: what is missing, and by when.',
    body: ['"${1:6.4}":', '  status: partial', '  notes: ${2:What remains to be done.}', `  due: \${3:${TODAY}}`, '$0'],
  },
  {
    prefix: 'ai-security-planned',
    description: 'A provision entry that is planned: who and by when.',
    body: ['"${1:6.4}":', '  status: planned', '  owner: ${2:team@example.org}', `  due: \${3:${TODAY}}`, '$0'],
  },
  {
    prefix: 'ai-security-not-applicable',
    description: 'A provision that does not apply, with the reason in a sentence.',
    body: ['"${1:6.6}":', '  status: not-applicable', '  justification: ${2:Explain in a sentence why this does not apply to the system.}', '$0'],
  },
  {
    prefix: 'ai-security-risk-accepted',
    description: 'A known gap whose risk is accepted, by whom and until when.',
    body: ['"${1:9.2.1}":', '  status: risk-accepted', '  justification: ${2:Why the risk is accepted for now.}', '  approvedBy: ${3:risk-owner@example.org}', `  expires: \${4:${TODAY}}`, '$0'],
  },
];

/** The model-card sections, each a heading and the template the quick fixes insert. */
export function cardSnippets(): (Snippet & { key: string })[] {
  return CARD_SECTIONS.map((s) => ({
    key: s.key,
    prefix: `ai-security-card-${s.key}`,
    description: `A "${s.heading}" section: ${s.what} (${s.provisions.join(', ')}).`,
    body: [`## ${s.heading}`, '', ...s.template, '$0'],
  }));
}

/** A snippet as a completion item: lines after the first indented to the column it starts at. */
function snippetItem(s: Snippet, range: Range, today: string, eol: string, order: number): CompletionItem {
  const indent = ' '.repeat(range.start.character);
  const text = s.body
    .map((l, i) => (i === 0 || l === '' ? l : indent + l))
    .join(eol)
    .split(TODAY)
    .join(today);
  return { label: s.prefix, kind: 'snippet', detail: s.description, sortText: `9${String(order).padStart(3, '0')}`, insertText: text, snippet: true, range };
}

/**
 * The manifest's snippets for a key being typed at `range` (as `completionAt` reads the line):
 * `path` is the mapping the key is in, `dash` whether the line starts a list item.
 */
export function manifestSnippets(ctx: ManifestContext, path: readonly string[], dash: boolean, range: Range, eol: string): CompletionItem[] {
  const today = ctx.today ?? new Date().toISOString().slice(0, 10);
  if (path.length === 0 && !dash && range.start.character === 0 && get(ctx.root, 'system') === undefined) return [snippetItem(MANIFEST_SKELETON, range, today, eol, 0)];
  if (path.length === 1 && path[0] === 'provisions' && !dash) return PROVISION_SNIPPETS.map((s, i) => snippetItem(s, range, today, eol, i));
  if (path.length === 1 && path[0] === 'assets' && !dash) return [snippetItem(ASSET_SNIPPET, range, today, eol, 0)];
  if (path.length === 2 && path[0] === 'assets' && dash) {
    // After `- `: the item's mapping without its dash, aligned with its first key (and no final
    // tab stop, which would sit inside the item).
    const body = ASSET_SNIPPET.body.filter((l) => l !== '$0').map((l) => l.slice(2));
    return [snippetItem({ ...ASSET_SNIPPET, body }, range, today, eol, 0)];
  }
  return [];
}

/** The sections a model card lacks, as snippets, for a word typed at the start of a line of its body. */
export function cardSectionSnippets(ctx: CardContext, position: Position, eol: string): CompletionItem[] {
  const fm = ctx.card.frontMatter;
  if (fm && ctx.lines.offsetAt(position) < fm.range[1]) return [];
  const before = ctx.lines.lineText(position.line).slice(0, position.character);
  if (!/^[\w-]*$/.test(before)) return [];
  const range: Range = { start: { line: position.line, character: 0 }, end: position };
  return cardSnippets()
    .filter((s) => !ctx.present.has(s.key))
    .map((s, i) => snippetItem(s, range, '', eol, i));
}

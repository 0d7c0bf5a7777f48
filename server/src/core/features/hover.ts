/**
 * Hovers: on a provision number, the Code's exact words with their principle, phase, verb,
 * stakeholders, ETSI designator, whether the provision applies here and why, and its status
 * here; on a field or fact, what it means and the provisions it decides, quoted; on a status
 * value, what it requires. Every quotation carries the attribution line.
 */
import type { Applicability } from '../catalogue/applicability';
import { attribution, ETSI_STANDARD, obligedSource, obligedText, partsKind, partsOf, principle, provision, verbMeaning, type Provision } from '../catalogue/index';
import { codeUrl, provisionUrl } from '../catalogue/links';
import { get, str } from '../parse/yaml';
import { objectSchemaAt, STATUSES } from '../schema';
import { provisionState, type ProvisionState } from '../model/state';
import type { ManifestContext } from '../model/manifest';
import type { Position, Range } from '../types';
import { mdCode, mdText } from '../util/escape';
import { assetHover } from './assets';
import { provisionTokenAt, spotAt } from './spot';

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

export const STATUS_HELP: Record<string, string> = {
  implemented: 'The provision is met. Needs `evidence`: one or more workspace paths or https URLs that show it. Counts as addressed while at least one of them is found (not when every path is missing or outside the workspace).',
  partial: 'Work has started but the provision is not fully met. Needs `notes` (what is missing) and `due`. Counts as not yet addressed; past its due date it is `overdue`.',
  planned: 'Work is planned. Needs `owner` and `due`. Counts as not yet addressed; past its due date it is `overdue`.',
  'not-applicable': 'The provision does not apply to this system. Needs a `justification` of a sentence that a reviewer can check. Counts as addressed.',
  'risk-accepted': 'The gap is known and the risk accepted. Needs `justification`, `approvedBy` and `expires`. Counts as addressed until it expires (then `waiver-expired`).',
};

const STATE_WORDS: Record<ProvisionState, string> = {
  addressed: 'addressed',
  open: 'not yet addressed (work is planned or partial)',
  expired: 'not addressed: its risk acceptance has expired',
  missing: 'not addressed',
  upcoming: 'not due yet (a later lifecycle stage)',
  'not-applicable': 'not applicable to this system',
};

export function hoverAt(ctx: ManifestContext, position: Position): Hover | undefined {
  // An asset ID first: "llama-3.1" is an asset, not provision 3.1.
  const asset = assetHover(ctx, position);
  if (asset) return asset;
  const lineText = ctx.lines.lineText(position.line);
  const token = provisionTokenAt(lineText, position.character);
  if (token) {
    const p = provision(token.id);
    if (p) {
      return {
        contents: provisionHover(ctx, p),
        range: { start: { line: position.line, character: token.start }, end: { line: position.line, character: token.end } },
      };
    }
  }
  const offset = ctx.lines.offsetAt(position);
  const spot = spotAt(ctx.root, offset);
  if (!spot?.entry) return undefined;
  const range = ctx.lines.range(spot.on === 'key' ? spot.entry.keyRange[0] : spot.node!.range[0], spot.on === 'key' ? spot.entry.keyRange[1] : spot.node!.range[1]);
  const last = spot.path[spot.path.length - 1];
  if (spot.on === 'value' && last === 'status' && spot.path[0] === 'provisions') {
    const value = str(spot.node);
    if (value && (STATUSES as readonly string[]).includes(value)) return { contents: `**status: ${mdText(value)}**\n\n${STATUS_HELP[value]}`, range };
  }
  if (spot.on === 'key' && typeof last === 'string') {
    const parentPath = spot.path.slice(0, -1);
    const field = fieldHover(parentPath, last);
    if (field) return { contents: field, range };
  }
  return undefined;
}

export function provisionHover(ctx: ManifestContext | undefined, p: Provision): string {
  const pr = principle(p.principle)!;
  const from = obligedSource(p);
  const lines = [
    `${provisionLink(p)} ${p.title} *(our short title)*`,
    '',
    quote(p.quote),
    '',
    `Principle ${pr.number}: ${pr.title} · ${p.phase}`,
    '',
    `${hoverVerbs(p)} · obliges ${obligedText(p)}${from ? ` (${from})` : ''} · ${ETSI_STANDARD} ${p.etsi}`,
  ];
  // Where the Code mixes shall and should, each sentence under its own verb.
  if (p.parts) lines.push('', `Each ${partsKind(p)}'s own verb:`, '', ...p.parts.map((x) => `- *${x.modal}* (${verbMeaning[x.modal]}): \u201c${escapeQuoted(x.text)}\u201d`));
  if (ctx) {
    const a = ctx.applicability.get(p.id)!;
    const state = provisionState(ctx, p.id);
    lines.push('', `**Here:** ${a.applies ? (a.due ? 'applies' : 'applies at a later stage') : 'does not apply'}${a.applies ? undecidedNote(a) : ''}. ${a.reasons.join(' ')}`);
    const entry = ctx.entries.get(p.id);
    const status = entry?.status;
    lines.push('', `**Status:** ${status ? `${mdCode(status)}, ` : 'no entry, '}${STATE_WORDS[state]}.`);
    // The due date is whatever the manifest says: escaped, so that it reads as text and never
    // as a link, an image or HTML.
    const due = str(get(entry?.node, 'due'));
    if (status && due && (status === 'planned' || status === 'partial')) lines[lines.length - 1] += ` Due ${mdText(due)}.`;
  }
  lines.push('', footer());
  return lines.join('\n');
}

/** Quotes the Code as a Markdown block quote, escaping characters Markdown would interpret. */
export function quote(text: string): string {
  return `> ${escapeQuoted(text)}`;
}

function escapeQuoted(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/**
 * A provision's number in bold, linked to where the Code's page shows it: the same address as
 * its findings and "Open provision" (catalogue/links.ts).
 */
export function provisionLink(p: Provision): string {
  return `**[${p.id}](${provisionUrl(p.id)})**`;
}

export function footer(): string {
  return `Short titles are ours; quoted text is the Code's. [Code of Practice for the Cyber Security of AI](${codeUrl()}) · ${attribution()}`;
}

/** A provision's number, our title and its verbs, above a quotation of it: "**6.4** Published … (*shall*)". */
export function provisionLine(p: Provision): string {
  return `${provisionLink(p)} ${p.title} (*${[...new Set(partsOf(p).map((x) => x.modal))].join('* and *')}*${p.parts ? `, ${partsKind(p)} by ${partsKind(p)}` : ''})`;
}

/** "**Requirement** (*shall*)", or for a provision that mixes its verbs, each verb and how they are split. */
function hoverVerbs(p: Provision): string {
  const verbs = [...new Set(partsOf(p).map((x) => x.modal))].map((v, i) => `**${i ? verbMeaning[v] : cap(verbMeaning[v])}** (*${v}*)`);
  return p.parts ? `${verbs.join(' and ')}, ${partsKind(p)} by ${partsKind(p)}` : verbs[0]!;
}

/** Why a provision counts as applying when its condition was not decided by what the manifest states. */
function undecidedNote(a: Applicability): string {
  if (a.undecided) return ' because its condition could not be decided (no fact of a manifest states it)';
  if (a.assumed.length) return ` because its condition could not be decided (${a.assumed.join(', ')} not stated)`;
  return '';
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The provisions a field's description names: "(decides 6.2)", "(7.2.1)", "(5.1, 5.2)". */
export function provisionsNamedIn(description: string | undefined): string[] {
  if (!description) return [];
  const ids = [...description.matchAll(/(?<![\d.])\d{1,2}\.\d{1,2}(?:\.\d{1,2})?/g)].map((m) => m[0]);
  return [...new Set(ids)].filter((id) => provision(id));
}

export function fieldDescription(parentPath: (string | number)[], field: string): string | undefined {
  const schema = objectSchemaAt(parentPath);
  const fieldSchema = schema?.shape[field] as { description?: string; unwrap?: () => { description?: string } } | undefined;
  return fieldSchema?.description ?? fieldSchema?.unwrap?.()?.description;
}

function fieldHover(parentPath: (string | number)[], field: string): string | undefined {
  if (parentPath.length === 1 && parentPath[0] === 'provisions') return undefined;
  const description = fieldDescription(parentPath, field);
  if (!description) return undefined;
  const ids = provisionsNamedIn(description);
  const lines = [`**${field}**`, '', description];
  for (const id of ids) {
    const p = provision(id)!;
    lines.push('', provisionLine(p), '', quote(p.quote));
  }
  if (ids.length) lines.push('', footer());
  return lines.join('\n');
}

/**
 * What every model-card rule and feature reads: the parsed card, what the manifests that name
 * it say about it, the roles it is read for, and which of the sections the Code asks for it
 * has. Built once per analysis; rules only read it and report.
 */
import { codeUrl, provision } from '../catalogue/index';
import { parseCard, type Heading, type ParsedCard } from '../parse/model-card';
import { CARD_SECTIONS } from '../cards/sections';
import { get, str, strings, type Offsets } from '../parse/yaml';
import type { Role } from '../schema';
import { LineIndex } from '../text';
import type { Finding, SeverityOverrides } from '../types';
import { classifyReference, dirOf, resolvePath } from '../util/workspace-path';
import type { RawFinding } from './guard';
import type { ManifestContext } from './manifest';

/** What the manifest that names a card says about it. */
export interface CardLink {
  /** The manifest's path, workspace-relative. */
  manifest: string;
  assetId: string | undefined;
  roles: Role[] | undefined;
  /** The asset's sha256, when it is a well-formed digest. */
  sha256: string | undefined;
  shared: boolean | undefined;
  /** Whether the asset depends on a dataset marked public. */
  publicData: boolean;
}

export interface CardAnalyzeOptions {
  path: string;
  /** Texts longer than this get one `file-too-large` finding and no analysis. */
  maxSize?: number;
  /** The manifests that name this card (usually none or one). */
  links?: CardLink[];
  severity?: SeverityOverrides;
}

export interface CardContext {
  text: string;
  lines: LineIndex;
  path: string;
  card: ParsedCard;
  links: CardLink[];
  roles: Role[];
  /** Which sections are present with content, by key. */
  present: Map<string, Heading>;
  /** Where findings about the card as a whole go. */
  anchor: Offsets;
  /** The rule IDs of the card's own checks, for waivers. */
  ruleCodes: readonly string[];
  report(f: RawFinding): void;
}

/** Every card section with content that matches a checked item, by key (the first such heading). */
export function presentSections(headings: Heading[]): Map<string, Heading> {
  const first = new Map<string, Heading>();
  for (const h of headings) {
    if (!h.subtreeHasContent) continue;
    for (const key of h.keys) if (!first.has(key)) first.set(key, h);
  }
  // In the order of the checked items, as callers may list them.
  const present = new Map<string, Heading>();
  for (const s of CARD_SECTIONS) {
    const h = first.get(s.key);
    if (h) present.set(s.key, h);
  }
  return present;
}

/** The first heading that counts for a section or an anchor (`ANCHOR_SYNONYMS`), with content or not. */
export function findSectionHeading(ctx: Pick<CardContext, 'card'>, key: string): Heading | undefined {
  return ctx.card.firstHeading.get(key);
}

/** The text of a section and its sub-sections. */
export function sectionText(ctx: Pick<CardContext, 'card'>, h: Heading): string {
  return ctx.card.headings
    .filter((x) => x.line >= h.line && x.line < h.sectionEnd)
    .map((x) => `${x.text}\n${x.ownText}`)
    .join('\n');
}

/** The sections that serve a provision (the table in cards/sections.ts), in the table's order. */
export function sectionsServing(id: string): string[] {
  return CARD_SECTIONS.filter((s) => s.provisions.includes(id)).map((s) => s.key);
}

/** Whether a provision obliges one of the roles the card is read for. */
export function cardApplies(ctx: Pick<CardContext, 'roles'>, id: string): boolean {
  const stakeholders = provision(id)!.stakeholders;
  const map: Record<Role, string> = { developer: 'Developer', 'system-operator': 'System Operator', 'data-custodian': 'Data Custodian' };
  return ctx.roles.some((r) => stakeholders.includes(map[r] as never));
}

export function buildCardContext(args: { text: string; path: string; links: CardLink[]; out: Finding[]; ruleCodes?: readonly string[] }): CardContext {
  const { text } = args;
  const lines = new LineIndex(text);
  const card = parseCard(text, lines);
  const links = args.links;
  // A card no manifest names is read as a Developer's document.
  const roles = [...new Set(links.flatMap((l) => l.roles ?? ['developer', 'system-operator', 'data-custodian']))] as Role[];
  const first = card.headings.find((h) => h.level === 1) ?? card.headings[0];
  const anchor: Offsets = first ? first.range : [lines.lineStart(card.bodyStart), lines.lineStart(card.bodyStart)];
  return {
    text,
    lines,
    path: args.path,
    card,
    links,
    roles: roles.length ? roles : ['developer'],
    present: presentSections(card.headings),
    anchor,
    ruleCodes: args.ruleCodes ?? [],
    report(f) {
      args.out.push({ code: f.code, severity: f.severity, message: f.message, range: lines.range(f.at[0], f.at[1]), href: codeUrl(provision(f.code)?.id), ...(f.data ? { data: f.data } : {}) });
    },
  };
}

/** The model cards a manifest names, with what it says about each (workspace-relative paths). */
export function modelCardLinks(ctx: ManifestContext): { card: string; link: CardLink }[] {
  const out: { card: string; link: CardLink }[] = [];
  const datasets = new Map(ctx.assets.filter((a) => a.id).map((a) => [a.id!, a.facts]));
  for (const a of ctx.assets) {
    const card = str(get(a.node, 'modelCard'));
    if (!card) continue;
    const ref = classifyReference(card, dirOf(ctx.path));
    if (ref.kind !== 'path') continue;
    const { rel } = resolvePath(ref, ctx.host);
    const sha = str(get(a.node, 'sha256'))?.trim().toLowerCase();
    const deps = strings(get(a.node, 'dependsOn')).map((d) => datasets.get(d.value));
    out.push({
      card: rel,
      link: {
        manifest: ctx.path,
        assetId: a.id,
        roles: ctx.facts.roles,
        sha256: sha && /^[0-9a-f]{64}$/.test(sha) ? sha : undefined,
        shared: a.facts.shared,
        publicData: deps.some((d) => d?.type === 'dataset' && d.public === true),
      },
    });
  }
  return out;
}

/**
 * The model-card checks (design: model-cards.md): front matter syntax and Hugging Face metadata
 * shape, template placeholders, the security-relevant content Principle 8 asks for (8.1.1), hashes
 * of shared components (8.1.2), the provenance of public training data (8.2, 8.2.1), prohibited
 * uses (4.5), appropriate-use guidance for operators (10.2.1), evaluation findings (9.3), and the
 * manifest's hash. A waiver comment with a reason silences one code in the card.
 */
import { codeUrl, provision } from '../catalogue/index';
import { applySeverity, compareFindings } from '../model/findings';
import { entry, get, str, type Offsets, type YNode } from '../parse/yaml';
import type { Role } from '../schema';
import { LineIndex } from '../text';
import { DEFAULT_MAX_SIZE, type CardFindingData, type Finding, type FindingData, type Severity, type SeverityOverrides } from '../types';
import { fileProblem } from '../engine/file-problem';
import { parseCard, type Heading, type ParsedCard } from './parse';
import { CARD_SECTIONS, type CardSection } from './sections';

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
}

export interface ModelCardAnalysis {
  kind: 'model-card';
  findings: Finding[];
  context: CardContext;
}

export const CARD_CODES: { code: string; severity: Severity; summary: string }[] = [
  { code: 'front-matter-syntax', severity: 'error', summary: 'A model card\u2019s front matter that does not parse (ranges are lines of the Markdown file).' },
  { code: 'hf-metadata', severity: 'warning', summary: 'A Hugging Face metadata key with the wrong shape (license, datasets, model-index, …).' },
  { code: 'placeholder', severity: 'warning', summary: 'Template text left in a model card ([More Information Needed], TODO, an empty section).' },
  { code: 'invalid-waiver', severity: 'warning', summary: 'An ai-security-ignore comment without a reason, or for a code that does not exist.' },
];

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
export function findSectionHeading(ctx: CardContext, key: string): Heading | undefined {
  return ctx.card.firstHeading.get(key);
}

export function analyzeModelCard(text: string, options: CardAnalyzeOptions): ModelCardAnalysis {
  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > max) {
    const empty = analyzeModelCard('', { path: options.path });
    return { ...empty, findings: [fileProblem('file-too-large', text.length, max)] };
  }
  const lines = new LineIndex(text);
  const card = parseCard(text, lines);
  const links = options.links ?? [];
  // A card no manifest names is read as a Developer's document.
  const roles = [...new Set(links.flatMap((l) => l.roles ?? ['developer', 'system-operator', 'data-custodian']))] as Role[];
  const first = card.headings.find((h) => h.level === 1) ?? card.headings[0];
  const anchor: Offsets = first ? first.range : [lines.lineStart(card.bodyStart), lines.lineStart(card.bodyStart)];
  const ctx: CardContext = { text, lines, path: options.path, card, links, roles: roles.length ? roles : ['developer'], present: presentSections(card.headings), anchor };
  const out: Finding[] = [];
  const report = (code: string, severity: Severity, message: string, at: Offsets, data: FindingData) =>
    out.push({ code, severity, message, range: lines.range(at[0], at[1]), href: codeUrl(provision(code)?.id), data });

  checkFrontMatter(ctx, report);
  checkPlaceholders(ctx, report);
  checkContent(ctx, report);
  checkWaivers(ctx, report);

  // Waivers with a reason silence their code in this card.
  const waived = new Set(card.waivers.filter((w) => w.reason).map((w) => w.code));
  const kept = out.filter((f) => !waived.has(f.code) || f.code === 'invalid-waiver');
  const findings = applySeverity(kept, {}, options.severity ?? {});
  findings.sort(compareFindings);
  return { kind: 'model-card', findings, context: ctx };
}

type Report = (code: string, severity: Severity, message: string, at: Offsets, data: FindingData) => void;

function checkFrontMatter(ctx: CardContext, report: Report): void {
  const fm = ctx.card.frontMatter;
  if (!fm) return;
  if (!fm.closed) {
    report('front-matter-syntax', 'error', 'The front matter that starts on line 1 is never closed. End it with a line of three dashes (---).', [0, 3], { kind: 'front-matter-unclosed' });
    return;
  }
  for (const p of fm.problems) {
    const message = p.message.replace(/^YAML syntax error: /, 'Front matter: ').replace(/^The key/, 'Front matter: the key');
    report('front-matter-syntax', p.severity, message, p.range, { kind: p.code } as CardFindingData);
  }
  const root = fm.root;
  if (!root || root.kind !== 'map') return;
  const shape = (key: string, ok: (n: YNode) => boolean, expected: string) => {
    const e = entry(root, key);
    if (e && !ok(e.value)) {
      report('hf-metadata', 'warning', `Hugging Face metadata: "${key}" should be ${expected}. The Hub and tools that read model cards expect that shape.`, e.value.range[1] > e.value.range[0] ? e.value.range : e.keyRange, { kind: 'hf-metadata', path: [key] });
    }
  };
  const isString = (n: YNode) => n.kind === 'scalar' && typeof n.value === 'string' && n.value.trim() !== '';
  const isStringList = (n: YNode) => n.kind === 'seq' && n.items.length > 0 && n.items.every(isString);
  shape('license', isString, 'a single licence identifier, such as apache-2.0 or other');
  shape('datasets', isStringList, 'a list of dataset IDs');
  shape('base_model', (n) => isString(n) || isStringList(n), 'a model ID, or a list of them');
  shape('pipeline_tag', isString, 'one task name, such as text-generation');
  shape('library_name', isString, 'a library name, such as transformers');
  shape('tags', isStringList, 'a list of tags');
  shape('language', (n) => isString(n) || isStringList(n), 'a language code, or a list of them');
  const mi = entry(root, 'model-index');
  if (mi) {
    const problem = modelIndexProblem(mi.value);
    if (problem) {
      const at: Offsets = problem.node && problem.node.range[1] > problem.node.range[0] ? problem.node.range : mi.keyRange;
      report('hf-metadata', 'warning', `Hugging Face metadata: model-index ${problem.message}. The Hub's format is a list of { name, results: [{ task: { type }, dataset: { name, type }, metrics: [{ type, value }] }] }.`, at, { kind: 'hf-metadata', path: ['model-index'] });
    }
  }
}

/** What is wrong with a model-index, and the node at fault. */
function modelIndexProblem(n: YNode): { message: string; node?: YNode } | undefined {
  if (n.kind !== 'seq' || n.items.length === 0) return { message: 'should be a list of models', node: n };
  for (const m of n.items) {
    if (m.kind !== 'map' || !str(get(m, 'name'))) return { message: 'entries need a name', node: m };
    const results = get(m, 'results');
    if (!results || results.kind !== 'seq') {
      const e = entry(m, 'results');
      return { message: 'entries need a list of results', node: e ? { kind: 'scalar', range: e.keyRange, value: null, source: '', quoted: false, block: false } : m };
    }
    for (const r of results.items) {
      if (!str(get(get(r, 'task'), 'type'))) return { message: 'results need task.type', node: r };
      const ds = get(r, 'dataset');
      if (!str(get(ds, 'name')) || !str(get(ds, 'type'))) return { message: 'results need dataset.name and dataset.type', node: ds ?? r };
      const metrics = get(r, 'metrics');
      if (!metrics || metrics.kind !== 'seq' || metrics.items.some((x) => !str(get(x, 'type')) || get(x, 'value') === undefined)) return { message: 'results need a list of metrics with type and value', node: metrics ?? r };
    }
  }
  return undefined;
}

function checkPlaceholders(ctx: CardContext, report: Report): void {
  for (const p of ctx.card.placeholders) {
    report('placeholder', 'warning', `Template text "${p.text}" is still here. Replace it with the real information, or remove the section if it does not apply.`, p.range, { kind: 'placeholder' });
  }
  const withPlaceholder = new Set(ctx.card.placeholders.map((p) => p.line));
  const headings = ctx.card.headings;
  for (const h of headings) {
    // An empty section with no sub-sections: a heading left over from a template.
    if (h.hasChildren || h.ownHasContent) continue;
    let placeholderInside = false;
    for (let l = h.line + 1; l < h.ownEnd; l++) if (withPlaceholder.has(l)) placeholderInside = true;
    if (placeholderInside) continue; // already reported on its line
    report('placeholder', 'warning', `The section "${h.text}" is empty. Write it, or remove the heading.`, h.range, { kind: 'empty-section' });
  }
}

function applies(ctx: CardContext, id: string): boolean {
  const stakeholders = provision(id)!.stakeholders;
  const map: Record<Role, string> = { developer: 'Developer', 'system-operator': 'System Operator', 'data-custodian': 'Data Custodian' };
  return ctx.roles.some((r) => stakeholders.includes(map[r] as never));
}

function missing(ctx: CardContext, key: string): boolean {
  return !ctx.present.has(key);
}

function section(key: string): CardSection {
  return CARD_SECTIONS.find((s) => s.key === key)!;
}

function checkContent(ctx: CardContext, report: Report): void {
  const at = ctx.anchor;
  // A missing item whose heading is there (holding only template text) is reported on that
  // heading, where the reader has to write; one with no heading at all, on the card's title.
  const where = (key: string): Offsets => findSectionHeading(ctx, key)?.range ?? at;
  if (applies(ctx, '8.1.1')) {
    for (const key of ['training-data', 'scope', 'guardrails', 'retention', 'review-frequency', 'failure-modes']) {
      if (!missing(ctx, key)) continue;
      const s = section(key);
      const heading = findSectionHeading(ctx, key);
      const advice = heading ? `Write the "${heading.text}" section.` : `Add a "${s.heading}" section.`;
      report('8.1.1', 'warning', `The card does not document ${s.what} (8.1.1). ${advice}`, where(key), { kind: 'missing-section', provision: '8.1.1', section: key });
    }
  }
  const shared = ctx.links.length ? ctx.links.some((l) => l.shared === true) : true;
  if (applies(ctx, '8.1.2') && shared && ctx.card.digests.size === 0) {
    report(
      '8.1.2',
      'error',
      `The model is shared with other stakeholders but its card lists no SHA-256 hashes of its components (8.1.2). Add a "Hashes" table of file names and digests${ctx.links.length ? '' : ' (a card no manifest names is taken as published; waive 8.1.2 if it is not)'}.`,
      where('hashes'),
      { kind: 'missing-section', provision: '8.1.2', section: 'hashes' },
    );
  }
  const fmDatasets = get(ctx.card.frontMatter?.root, 'datasets');
  const publicData = (fmDatasets?.kind === 'seq' && fmDatasets.items.length > 0) || ctx.links.some((l) => l.publicData);
  if (publicData && applies(ctx, '8.2')) {
    const training = ctx.present.get('training-data');
    if (!training) {
      report('8.2', 'error', 'The model is trained on public data but the card does not say how and where that data was obtained (8.2). Add a "Training data" section with each source.', where('training-data'), { kind: 'missing-section', provision: '8.2', section: 'training-data' });
    } else {
      const body = sectionText(ctx, training);
      const lacks = [!/https?:\/\/\S+/.test(body) ? 'the URL it came from' : undefined, !/\b(19|20)\d{2}-\d{2}-\d{2}\b|\b(19|20)\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2}, )?(19|20)\d{2}\b/i.test(body) ? 'the date it was obtained' : undefined].filter(
        (x): x is string => !!x,
      );
      if (lacks.length) {
        report('8.2.1', 'warning', `The training data section does not give ${lacks.join(' or ')} for its public sources (8.2.1), which is what lets you tell whether a reported poisoning affects you.`, training.range, {
          kind: 'training-data-detail',
          provision: '8.2.1',
          missing: lacks,
        });
      }
    }
  }
  if (applies(ctx, '4.5') && missing(ctx, 'out-of-scope')) {
    report('4.5', 'warning', 'The card does not say which uses are prohibited or out of scope (4.5). Add an "Out-of-scope use" section so end-users can be told.', where('out-of-scope'), { kind: 'missing-section', provision: '4.5', section: 'out-of-scope' });
  }
  if (ctx.roles.includes('system-operator') && applies(ctx, '10.2.1')) {
    const lacks = ['scope', 'failure-modes'].filter((k) => missing(ctx, k));
    if (lacks.length) {
      report('10.2.1', 'error', `As System Operator you must give guidance on appropriate use with limitations and failure modes (10.2.1); the card lacks ${lacks.map((k) => section(k).what).join(' and ')}.`, at, {
        kind: 'missing-section',
        provision: '10.2.1',
        section: lacks[0]!,
        missing: lacks,
      });
    }
  }
  if (applies(ctx, '9.3') && missing(ctx, 'evaluation')) {
    report('9.3', 'warning', 'The card shares no evaluation or security-testing findings (9.3). Add an "Evaluation" section with what was tested and found.', where('evaluation'), { kind: 'missing-section', provision: '9.3', section: 'evaluation' });
  }
  for (const link of ctx.links) {
    if (link.sha256 && !ctx.card.digests.has(link.sha256)) {
      const hashes = ctx.present.get('hashes') ?? findSectionHeading(ctx, 'hashes');
      report(
        'hash-mismatch',
        'error',
        `${link.manifest} gives ${link.assetId ?? 'this model'} the sha256 ${link.sha256.slice(0, 12)}…, which this card does not list. Publish the same digest in both places.`,
        hashes ? hashes.range : at,
        { kind: 'hash-mismatch', sha256: link.sha256, manifest: link.manifest },
      );
    }
  }
}

/** The text of a section and its sub-sections. */
export function sectionText(ctx: CardContext, h: Heading): string {
  return ctx.card.headings
    .filter((x) => x.line >= h.line && x.line < h.sectionEnd)
    .map((x) => `${x.text}\n${x.ownText}`)
    .join('\n');
}

function checkWaivers(ctx: CardContext, report: Report): void {
  for (const w of ctx.card.waivers) {
    const known = provision(w.code) || CARD_CODES.some((c) => c.code === w.code) || w.code === 'hash-mismatch';
    if (!w.code || !known) {
      report('invalid-waiver', 'warning', `"ai-security-ignore ${w.code}" names no provision or check of a model card. Write the provision number (e.g. 8.1.2) or the check's code.`, w.range, { kind: 'invalid-waiver' });
    } else if (!w.reason) {
      report('invalid-waiver', 'warning', `The waiver for ${w.code} gives no reason, so it is not applied. Write it as <!-- ai-security-ignore ${w.code}: why this does not apply -->.`, w.range, { kind: 'waiver-without-reason', code: w.code });
    }
  }
}

/**
 * How well the model-card checks judge real cards: runs the checker over a labelled corpus of
 * cards written by others and compares each content finding with a label given by hand.
 *
 * A corpus is a folder of card folders (the card and its SOURCE.txt) and a `labels.tsv` of
 * `slug, item, expected[, note]`: `absent` says the card lacks the item (a finding on it is
 * right), `present` that it has it (a finding on it is wrong); `skip` rows and items with no row
 * are not judged. Each card is read as a Developer's and a System Operator's document at once,
 * so that every content check runs.
 *
 *   npm run eval:cards                 the bundled corpus (test/corpus/model-cards)
 *   npm run eval:cards -- DIR [DIR…]   other corpora (e.g. ../shared/corpus/model-cards)
 *   npm run eval:cards -- --json       the figures as JSON
 *   npm run eval:cards -- --why SLUG[,SLUG…]   where each item was found in those cards
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeModelCard, type CardContext, type Finding } from '../server/src/core/index';

/** The items a label can name, in report order. */
export const ITEMS = ['8.1.1:training', '8.1.1:scope', '8.1.1:guardrails', '8.1.1:retention', '8.1.1:review', '8.1.1:failure', '4.5', '9.3', '10.2.1', '8.2', '8.2.1'] as const;
export type Item = (typeof ITEMS)[number];

export interface Label {
  corpus: string;
  slug: string;
  item: Item;
  expected: 'present' | 'absent';
  /** The labeller marked the label doubtful (its note starts with "doubtful", after a re-read's "re-read (…): " or a batch's "batch CA (…): "). */
  doubtful: boolean;
}

export interface CardRun {
  corpus: string;
  slug: string;
  file: string;
  findings: Finding[];
  /** The items the findings report missing, with the most severe finding for each. */
  reported: Map<Item, Finding>;
  /** The analysis, for where each item was found (`explainCard`). */
  context: CardContext;
}

export interface Outcome {
  label: Label;
  finding: Finding | undefined;
  /** tp: an absent item reported · fp: a present item reported · fn: an absent item missed · tn. */
  verdict: 'tp' | 'fp' | 'fn' | 'tn';
}

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  cards: number;
  labels: number;
  overall: Figures;
  byItem: Record<string, Figures>;
  outcomes: Outcome[];
  /** Findings of severity error on an item labelled present. */
  falseErrors: Outcome[];
  /**
   * The figures without the cards the checks say they cannot read (a `card-language` notice: a
   * card in another language is not checked for content, and says so), and how many those are.
   */
  readable: Figures;
  unreadCards: number;
  /** The figures over the labels no labeller marked doubtful (the close calls set aside). */
  clear: Figures;
}

/**
 * The items a finding says are missing. An 8.1.1 finding names its item in `data.item`; a
 * finding under another provision counts for that provision, and, when it stands for other items
 * too (one gap, one finding), for those: the 8.1.1 items a 10.2.1 finding lists (`data.items`),
 * and the provisions in `data.also` (8.2.1 for an 8.2 finding).
 */
export function itemsOf(f: Finding): Item[] {
  const data = (f.data ?? {}) as { item?: unknown; items?: unknown; also?: unknown };
  const sub = (x: unknown): Item | undefined => (typeof x === 'string' && (ITEMS as readonly string[]).includes(`8.1.1:${x}`) ? (`8.1.1:${x}` as Item) : undefined);
  const out = new Set<Item>();
  if ((ITEMS as readonly string[]).includes(f.code)) out.add(f.code as Item);
  if (f.code === '8.1.1' || f.code === '10.2.1') {
    // Findings from before items had names carry the section's key instead.
    const d = data as { section?: unknown; missing?: unknown };
    if (f.code === '8.1.1' && typeof d.section === 'string') out.add(`8.1.1:${SECTION_ITEM[d.section] ?? d.section}` as Item);
    if (f.code === '10.2.1' && Array.isArray(d.missing) && data.items === undefined) for (const m of d.missing) if (typeof m === 'string' && SECTION_ITEM[m]) out.add(`8.1.1:${SECTION_ITEM[m]}` as Item);
    const one = sub(data.item);
    if (one) out.add(one);
    if (Array.isArray(data.items)) for (const m of data.items) {
      const s = sub(m);
      if (s) out.add(s);
    }
  }
  if (Array.isArray(data.also)) for (const a of data.also) if (typeof a === 'string' && (ITEMS as readonly string[]).includes(a)) out.add(a as Item);
  for (const i of [...out]) if (!(ITEMS as readonly string[]).includes(i)) out.delete(i);
  return [...out];
}

/** The 8.1.1 item each card section's key stands for. */
const SECTION_ITEM: Record<string, string> = { 'training-data': 'training', scope: 'scope', guardrails: 'guardrails', 'failure-modes': 'failure', retention: 'retention', 'review-frequency': 'review' };

const RANK: Record<string, number> = { error: 3, warning: 2, information: 1, hint: 0 };

export function readCorpus(dir: string): { labels: Label[]; cards: { slug: string; file: string }[] } {
  const corpus = path.basename(path.dirname(path.resolve(dir))) + '/' + path.basename(path.resolve(dir));
  const labels: Label[] = [];
  for (const line of fs.readFileSync(path.join(dir, 'labels.tsv'), 'utf8').split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [slug, item, expected, note] = line.split('\t');
    if (expected !== 'present' && expected !== 'absent') continue;
    if (!(ITEMS as readonly string[]).includes(item!)) throw new Error(`${dir}/labels.tsv: unknown item ${item}`);
    labels.push({ corpus, slug: slug!, item: item as Item, expected, doubtful: /^(?:(?:re-read|batch [A-Z]{1,3}) \([^)]{1,120}\): )?doubtful/i.test(note ?? '') });
  }
  const cards = [...new Set(labels.map((l) => l.slug))].map((slug) => {
    const folder = path.join(dir, slug);
    const md = fs.readdirSync(folder).filter((n) => n.toLowerCase().endsWith('.md'));
    if (md.length !== 1) throw new Error(`${folder}: expected one .md card, found ${md.length}`);
    return { slug, file: path.join(folder, md[0]!) };
  });
  return { labels, cards };
}

/** Runs the checker on one card, read for both roles the content checks serve. */
export function runCard(corpus: string, slug: string, file: string): CardRun {
  const text = fs.readFileSync(file, 'utf8');
  const { findings, context } = analyzeModelCard(text, {
    path: path.basename(file),
    links: [{ manifest: 'ai-security.yaml', assetId: 'model', roles: ['developer', 'system-operator'], sha256: undefined, shared: undefined, publicData: false }],
  });
  const reported = new Map<Item, Finding>();
  for (const f of findings) {
    for (const item of itemsOf(f)) {
      const had = reported.get(item);
      if (!had || RANK[f.severity]! > RANK[had.severity]!) reported.set(item, f);
    }
  }
  return { corpus, slug, file, findings, reported, context };
}

function figures(outcomes: Outcome[]): Figures {
  const n = (v: Outcome['verdict']) => outcomes.filter((o) => o.verdict === v).length;
  const tp = n('tp'), fp = n('fp'), fn = n('fn'), tn = n('tn');
  return { tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export function evaluate(dirs: string[]): Evaluation & { runs: CardRun[] } {
  const outcomes: Outcome[] = [];
  const runs: CardRun[] = [];
  let labels = 0;
  for (const dir of dirs) {
    const corpus = readCorpus(dir);
    labels += corpus.labels.length;
    for (const card of corpus.cards) {
      const run = runCard(corpus.labels[0]!.corpus, card.slug, card.file);
      runs.push(run);
      for (const label of corpus.labels.filter((l) => l.slug === card.slug)) {
        const finding = run.reported.get(label.item);
        const verdict = label.expected === 'absent' ? (finding ? 'tp' : 'fn') : finding ? 'fp' : 'tn';
        outcomes.push({ label, finding, verdict });
      }
    }
  }
  const byItem: Record<string, Figures> = {};
  for (const item of ITEMS) {
    const of = outcomes.filter((o) => o.label.item === item);
    if (of.length) byItem[item] = figures(of);
  }
  const unread = new Set(runs.filter((r) => r.findings.some((f) => f.code === 'card-language')).map((r) => `${r.corpus}/${r.slug}`));
  return {
    readable: figures(outcomes.filter((o) => !unread.has(`${o.label.corpus}/${o.label.slug}`))),
    unreadCards: unread.size,
    clear: figures(outcomes.filter((o) => !o.label.doubtful)),
    cards: runs.length,
    labels,
    overall: figures(outcomes),
    byItem,
    outcomes,
    falseErrors: outcomes.filter((o) => o.verdict === 'fp' && o.finding?.severity === 'error'),
    runs,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function formatEvaluation(e: Evaluation): string {
  const out: string[] = [];
  out.push(`Model-card checks on ${e.cards} real cards, ${e.labels} hand labels`);
  out.push('');
  out.push(`${'item'.padEnd(18)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}${'tn'.padStart(5)}${'precision'.padStart(12)}${'recall'.padStart(10)}`);
  const row = (name: string, f: Figures) => `${name.padEnd(18)}${String(f.tp).padStart(5)}${String(f.fp).padStart(5)}${String(f.fn).padStart(5)}${String(f.tn).padStart(5)}${pct(f.precision).padStart(12)}${pct(f.recall).padStart(10)}`;
  for (const [item, f] of Object.entries(e.byItem)) out.push(row(item, f));
  out.push(row('overall', e.overall));
  out.push('');
  out.push(`False errors (severity error on an item the card has): ${e.falseErrors.length}, of which on labels marked doubtful: ${e.falseErrors.filter((o) => o.label.doubtful).length}`);
  out.push(`Without the ${e.unreadCards} cards the checks say they cannot read (card-language): precision ${pct(e.readable.precision)}, recall ${pct(e.readable.recall)}`);
  out.push(`Over the ${e.clear.tp + e.clear.fp + e.clear.fn + e.clear.tn} labels not marked doubtful: precision ${pct(e.clear.precision)}, recall ${pct(e.clear.recall)}`);
  const where = (o: Outcome) => `${o.label.corpus}/${o.label.slug}  ${o.label.item}`;
  const fps = e.outcomes.filter((o) => o.verdict === 'fp');
  out.push('', `False positives (${fps.length}): the card has it, a finding says it does not`);
  for (const o of fps) out.push(`  ${where(o)}  [${o.finding!.severity} ${o.finding!.code}, line ${o.finding!.range.start.line + 1}] ${o.finding!.message}`);
  const fns = e.outcomes.filter((o) => o.verdict === 'fn');
  out.push('', `Misses (${fns.length}): the card lacks it, no finding says so`);
  for (const o of fns) out.push(`  ${where(o)}`);
  return out.join('\n');
}

export const BUNDLED_CORPUS = path.join(__dirname, '..', 'test', 'corpus', 'model-cards');

/** Where the checker found each item in a card: how (heading, label, sentence, front matter) and the line. */
export function explainCard(run: CardRun): string {
  const out = [`${run.corpus}/${run.slug}`];
  for (const [key, e] of run.context.present) out.push(`  ${key.padEnd(16)} ${e.how.padEnd(12)} line ${String(e.line + 1).padEnd(5)} ${run.context.lines.lineText(e.line).trim().slice(0, 100)}`);
  for (const f of run.findings) if (itemsOf(f).length) out.push(`  finding ${f.code} ${f.severity} line ${f.range.start.line + 1}: ${itemsOf(f).join(', ')}`);
  return out.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const why = args.indexOf('--why');
  const slugs = why >= 0 ? args[why + 1]!.split(',') : [];
  const dirs = args.filter((a, i) => a !== '--json' && a !== '--why' && (why < 0 || i !== why + 1));
  if (why >= 0) {
    for (const run of evaluate(dirs.length ? dirs : [BUNDLED_CORPUS]).runs.filter((r) => slugs.includes(r.slug))) process.stdout.write(explainCard(run) + '\n');
    process.exit(0);
  }
  const e = evaluate(dirs.length ? dirs : [BUNDLED_CORPUS]);
  if (json) {
    const { runs: _runs, ...rest } = e;
    process.stdout.write(JSON.stringify({ ...rest, outcomes: rest.outcomes.map((o) => ({ ...o.label, verdict: o.verdict, finding: o.finding && { code: o.finding.code, severity: o.finding.severity, line: o.finding.range.start.line + 1, message: o.finding.message } })) }, null, 2) + '\n');
  } else {
    process.stdout.write(formatEvaluation(e) + '\n');
  }
}

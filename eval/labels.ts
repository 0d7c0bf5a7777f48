/**
 * The steps of labelling a held-out batch of real model cards twice, kept here so that a batch
 * can be finished on another machine (BRIEFS.md says who does what; this does the bookkeeping):
 *
 *   npm run -s eval:labels -- compare A.tsv B.tsv OUT.tsv   where two labellers differ, for a third reader
 *   npm run -s eval:labels -- merge DIR                      DIR/labels-1.tsv + labels-2.tsv + settled.tsv → DIR/labels.tsv
 *   npm run -s eval:labels -- overlap DIR CORPUS [CORPUS…]   share of each card's lines found in another card,
 *                                                            and any card whose whole text another card has
 *
 * A label file is TSV: `slug, item, expected[, note]` under a header row. Merging keeps the first
 * labeller's row where both agree (marked doubtful when either said so), the third reader's where
 * they differ (marked adjudicated), and refuses to write anything while a difference is unsettled.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Row {
  expected: string;
  note: string;
}

export type Labels = Map<string, Row>;

const key = (slug: string, item: string) => `${slug}\t${item}`;

export function parseLabels(text: string): Labels {
  const out: Labels = new Map();
  for (const line of text.split(/\r?\n/)) {
    const [slug, item, expected, note] = line.split('\t');
    if (!slug || !item || expected === undefined || slug === 'slug') continue;
    out.set(key(slug, item), { expected: expected.trim(), note: (note ?? '').trim() });
  }
  return out;
}

const isDoubtful = (note: string) => /^(?:re-read \([^)]{1,40}\): )?doubtful/i.test(note);

function sortedKeys(...maps: Labels[]): string[] {
  return [...new Set(maps.flatMap((m) => [...m.keys()]))].sort();
}

/** The labels on which two labellers differ (a missing row differs from any row). */
export function compare(a: Labels, b: Labels): { total: number; agree: number; differ: { key: string; a: Row | undefined; b: Row | undefined }[] } {
  const keys = sortedKeys(a, b);
  const differ = keys.filter((k) => a.get(k)?.expected !== b.get(k)?.expected).map((k) => ({ key: k, a: a.get(k), b: b.get(k) }));
  return { total: keys.length, agree: keys.length - differ.length, differ };
}

export function formatDisagreements(d: ReturnType<typeof compare>['differ']): string {
  const cell = (r: Row | undefined) => (r ? `${r.expected}\t${r.note}` : 'missing\t');
  return ['slug\titem\tlabeller1\tnote1\tlabeller2\tnote2', ...d.map((x) => `${x.key}\t${cell(x.a)}\t${cell(x.b)}`)].join('\n') + '\n';
}

/** One label per card and item from two labellers and a third reader's settlements. */
export function merge(a: Labels, b: Labels, settled: Labels): { labels: Labels; unsettled: string[] } {
  const labels: Labels = new Map();
  const unsettled: string[] = [];
  for (const k of sortedKeys(a, b)) {
    const s = settled.get(k);
    const x = a.get(k), y = b.get(k);
    if (s && x?.expected !== y?.expected) labels.set(k, { expected: s.expected, note: `${s.note} [adjudicated]` });
    else if (x && y && x.expected === y.expected) labels.set(k, { expected: x.expected, note: isDoubtful(y.note) && !isDoubtful(x.note) ? `doubtful: ${x.note}` : x.note });
    else unsettled.push(k);
  }
  return { labels, unsettled };
}

export function formatLabels(labels: Labels): string {
  return ['slug\titem\texpected\tnote', ...[...labels].map(([k, r]) => `${k}\t${r.expected}\t${r.note}`)].join('\n') + '\n';
}

/** The card file of a card folder (its one Markdown file). */
function cardFile(folder: string): string | undefined {
  const md = fs.readdirSync(folder).filter((n) => n.toLowerCase().endsWith('.md'));
  return md.length === 1 ? path.join(folder, md[0]!) : undefined;
}

function longLines(text: string): Set<string> {
  return new Set(text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 40));
}

/** A card's text with line ends and trailing spaces made uniform: two copies of one card compare equal. */
function sameText(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trimEnd()).join('\n').trim();
}

/**
 * For each card of a batch, the largest share of its long lines (over 40 characters) that one
 * other card holds too: a copy, a sibling model's card or an unfilled template shows as a high
 * share (over 0.3 deserves a look before the card is labelled). A short card can have no long
 * line at all (a stock adapter card is nine short lines), so a card whose whole text another card
 * has is named apart, in `same`: it is a copy whatever its length.
 */
export function overlap(batch: string, corpora: string[]): { slug: string; lines: number; share: number; with: string | undefined; same: string | undefined }[] {
  const cardsIn = (dir: string) =>
    fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({ name: d.name, file: cardFile(path.join(dir, d.name)) })).filter((c): c is { name: string; file: string } => c.file !== undefined);
  const index = new Map<string, Set<string>>();
  const texts = new Map<string, string>();
  const self = path.resolve(batch);
  for (const dir of corpora) {
    for (const c of cardsIn(dir)) {
      if (path.resolve(path.dirname(c.file), '..') === self) continue;
      const text = fs.readFileSync(c.file, 'utf8');
      const name = `${path.basename(dir)}/${c.name}`;
      const key = sameText(text);
      if (!texts.has(key)) texts.set(key, name);
      for (const l of longLines(text)) {
        let s = index.get(l);
        if (!s) index.set(l, (s = new Set()));
        s.add(name);
      }
    }
  }
  // Within the batch too: two gatherers can take one card.
  const inBatch = new Map<string, string>();
  return cardsIn(batch).map((c) => {
    const text = fs.readFileSync(c.file, 'utf8');
    const key = sameText(text);
    const same = texts.get(key) ?? inBatch.get(key);
    if (!inBatch.has(key)) inBatch.set(key, `${path.basename(batch)}/${c.name}`);
    const lines = longLines(text);
    const hits = new Map<string, number>();
    for (const l of lines) for (const o of index.get(l) ?? []) hits.set(o, (hits.get(o) ?? 0) + 1);
    const best = [...hits].sort((x, y) => y[1] - x[1])[0];
    return { slug: c.name, lines: lines.size, share: best && lines.size ? best[1] / lines.size : 0, with: best?.[0], same };
  });
}

if (require.main === module) {
  const [cmd, ...args] = process.argv.slice(2);
  const read = (p: string) => parseLabels(fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '');
  if (cmd === 'compare' && args.length === 3) {
    const c = compare(read(args[0]!), read(args[1]!));
    fs.writeFileSync(args[2]!, formatDisagreements(c.differ));
    process.stdout.write(`${c.total} labels, ${c.agree} agree (${((100 * c.agree) / Math.max(1, c.total)).toFixed(1)} %), ${c.differ.length} to settle\n`);
  } else if (cmd === 'merge' && args.length === 1) {
    const dir = args[0]!;
    const m = merge(read(path.join(dir, 'labels-1.tsv')), read(path.join(dir, 'labels-2.tsv')), read(path.join(dir, 'settled.tsv')));
    if (m.unsettled.length) {
      process.stderr.write(`unsettled (nothing written):\n${m.unsettled.map((k) => `  ${k.replace('\t', '  ')}`).join('\n')}\n`);
      process.exit(1);
    }
    fs.writeFileSync(path.join(dir, 'labels.tsv'), formatLabels(m.labels));
    process.stdout.write(`${m.labels.size} labels\n`);
  } else if (cmd === 'overlap' && args.length >= 2) {
    for (const o of overlap(args[0]!, args.slice(1))) {
      const flag = o.same ? 'SAME ' : o.share > 0.3 ? 'FLAG ' : '     ';
      process.stdout.write(`${flag}${o.slug.padEnd(60)} ${String(o.lines).padStart(4)} lines, ${o.share.toFixed(2)} shared with ${o.with ?? '-'}${o.same ? `; the same text as ${o.same}` : ''}\n`);
    }
  } else {
    process.stderr.write('usage: eval:labels compare A.tsv B.tsv OUT.tsv | merge DIR | overlap DIR CORPUS [CORPUS…]\n');
    process.exit(2);
  }
}

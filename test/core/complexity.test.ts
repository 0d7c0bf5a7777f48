/**
 * Linear time: for each hostile input, the time to analyse it at a size n and at 8n, as a ratio.
 * A linear analysis takes about 8 times as long on a text 8 times as long; a quadratic one about
 * 64 times. No time is asserted, only how times grow, so that a slow or loaded machine passes as
 * a fast one does:
 * - times are processor times of this process, which other processes do not add to;
 * - each case is grown until one run takes at least MIN_MS, so that timer noise and fixed costs
 *   do not decide, and the smaller text is long enough not to sit in the caches;
 * - the two sizes are timed in turn, the smaller FACTOR times in a row (as much work), and the
 *   fastest of several runs of each is kept: load only ever adds time;
 * - the margin is wide (see MARGIN), and a case over it is measured again before it fails.
 * Set COMPLEXITY_VERBOSE=1 to print every measurement.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest, analyzeModelCard, findingKeys } from '../../server/src/core/index';
import { parseYaml } from '../../server/src/core/parse/yaml';
import { compileGlob } from '../../server/src/core/util/glob';
import * as hostile from './hostile-inputs';

/** How much larger the larger text is. */
const FACTOR = 8;
/** Grow a case until its larger run takes at least this long. */
const MIN_MS = 25;
/** Runs of each size per measurement; the fastest counts. */
const REPS = 3;
/** Measurements of a case before it fails; each adds REPS runs of each size to the last. */
const ATTEMPTS = 3;
/**
 * How much faster than its length a case's time may grow: 8n may take up to 4 × 8 = 32 times as
 * long as n. Linear code measures 1 to 2.5 times linear here on a loaded machine (more when the
 * smaller input's data fits in the processor's caches and the larger one's does not), n log n
 * about 1.2, quadratic up to 8 (4.5 to 7 for the cases below that were quadratic, whose linear
 * part still counts), exponential far more.
 */
const MARGIN = 4;
/**
 * The smaller text is at least this long, so that less of its data fits in the caches (unless
 * the larger run takes 4 × MIN_MS anyway: a slow path need not be made slower still).
 */
const MIN_SMALL_LENGTH = 64 * 1024;
/** Texts stay under this many characters (and the 10 MB size limit). */
const MAX_LENGTH = 4_000_000;
const verbose = process.env.COMPLEXITY_VERBOSE === '1';

const clock = { today: () => '2026-06-01' };
const manifest = (text: string) => analyzeManifest(text, { path: 'ai-security.yaml', clock });
const card = (text: string) => analyzeModelCard(text, { path: 'MODEL_CARD.md' });

interface Case<T = string> {
  name: string;
  text: (n: number) => string;
  /** What is timed is `run(prepare(text))`; `prepare` runs before the clock starts. */
  prepare: (text: string) => T;
  run: (input: T) => unknown;
  /** The smallest n to start growing from, and the largest to grow to. */
  base: number;
  maxN?: number;
  /** The larger text is at least this long, whatever the time (a cost that only shows on large texts). */
  minLength?: number;
}

const same = (text: string) => text;
const onManifest = (name: string, text: (n: number) => string, base: number, minLength?: number): Case => ({ name, text, prepare: same, run: manifest, base, ...(minLength ? { minLength } : {}) });
const onCard = (name: string, text: (n: number) => string, base: number, minLength?: number): Case => ({ name, text, prepare: same, run: card, base, ...(minLength ? { minLength } : {}) });

/**
 * The processor time a run takes, in milliseconds: user and system time of this process, which
 * other processes competing for the processor do not add to, as they do to the wall clock.
 */
function timeOf(run: () => unknown): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

interface Measurement {
  small: { n: number; length: number; ms: number };
  large: { n: number; length: number; ms: number };
  /** Time ratio ÷ length ratio: about 1 for linear time, about 8 for quadratic. */
  excess: number;
}

/**
 * Doubles n until a run takes MIN_MS and the texts are long enough (or as long as allowed);
 * returns that n.
 */
function grow<T>(c: Case<T>): number {
  c.run(c.prepare(c.text(c.base))); // the first run compiles; it is not timed
  let n = c.base;
  let previous: { length: number; ms: number } | undefined;
  for (;;) {
    const text = c.text(n);
    const input = c.prepare(text);
    const length = text.length;
    const ms = Math.min(timeOf(() => c.run(input)), timeOf(() => c.run(input)));
    const enough = ms >= MIN_MS && length >= (c.minLength ?? 0) && (ms >= 4 * MIN_MS || c.text(Math.floor(n / FACTOR)).length >= MIN_SMALL_LENGTH);
    if (enough || n * 2 > (c.maxN ?? Infinity) || c.text(n * 2).length > MAX_LENGTH) return n;
    // Already far worse than linear (twice the margin), on times above noise: growing further
    // could take hours (an exponential case doubles its exponent with n). Measure here: it fails
    // if the growth is real, and passes on small, noisy times if it is not.
    if (previous && ms > 1 && ms / previous.ms > 2 * MARGIN * (length / previous.length)) return n;
    previous = { length, ms };
    n *= 2;
  }
}

/**
 * Times n ÷ FACTOR and n in turn, REPS times each, and keeps the fastest of each; `previous`
 * carries the fastest of earlier measurements, which still count (load only ever adds time).
 */
function measure<T>(c: Case<T>, n: number, previous?: Measurement): Measurement {
  const smallN = Math.max(1, Math.floor(n / FACTOR));
  const [small, large] = [smallN, n].map((size) => {
    const text = c.text(size);
    return { length: text.length, input: c.prepare(text) };
  }) as [{ length: number; input: T }, { length: number; input: T }];
  let smallMs = previous?.small.ms ?? Infinity;
  let largeMs = previous?.large.ms ?? Infinity;
  // The smaller input runs FACTOR times in a row, as much work as the larger if time is linear,
  // and its time is their mean: a single small run can allocate less than the young generation
  // holds and leave its garbage, uncounted, to the next run.
  for (let r = 0; r < REPS; r++) {
    smallMs = Math.min(smallMs, timeOf(() => {
      for (let i = 0; i < FACTOR; i++) c.run(small.input);
    }) / FACTOR);
    largeMs = Math.min(largeMs, timeOf(() => c.run(large.input)));
  }
  return {
    small: { n: smallN, length: small.length, ms: smallMs },
    large: { n, length: large.length, ms: largeMs },
    excess: largeMs / smallMs / (large.length / small.length),
  };
}

const describeMeasurement = (m: Measurement) =>
  `n ${m.small.n} → ${m.large.n}: length ×${(m.large.length / m.small.length).toFixed(2)} (${m.large.length} characters), time ×${(m.large.ms / m.small.ms).toFixed(2)} (${m.small.ms.toFixed(1)} → ${m.large.ms.toFixed(1)} ms): ${m.excess.toFixed(2)} times linear`;

/** Asserts that the case's time grows linearly with its length, measuring again before failing. */
function assertLinear<T>(c: Case<T>): void {
  const n = grow(c);
  const seen: string[] = [];
  let m: Measurement | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    m = measure(c, n, m);
    seen.push(describeMeasurement(m));
    if (verbose) console.log(`      ${c.name}: ${seen.at(-1)}`);
    if (m.excess <= MARGIN) return;
  }
  assert.fail(`${c.name} grows faster than linearly (the margin is ${MARGIN} times linear):\n  ${seen.join('\n  ')}`);
}

const cases: Case<string>[] = [
  // Past the 1,000 brackets the parser is spared: what is timed is the scan that counts them.
  onManifest('flow nesting', hostile.flowNesting, 2048),
  onManifest('block nesting (the text grows with n²)', hostile.blockNesting, 16),
  // Up to the 400 levels the fast reader reads before it leaves a text to the `yaml` package.
  { name: 'lists in lists on one line (YAML reader alone)', text: hostile.compactLists, prepare: same, run: parseYaml, base: 12, maxN: 384, minLength: 1_500_000 },
  onManifest('comment lines', hostile.paddedManifest, 256),
  onManifest('one long quoted line', hostile.longLine, 4096),
  onManifest('NUL bytes', hostile.nulBytes, 4096),
  onManifest('CRLF line ends', (n) => hostile.lineEnds(n, '\r\n'), 64),
  onManifest('lone CR line ends', (n) => hostile.lineEnds(n, '\r'), 64),
  onManifest('tab indentation', hostile.tabIndented, 64),
  onManifest('duplicate keys', hostile.duplicateKeys, 64),
  onManifest('provisions entries', hostile.provisionEntries, 64),
  onManifest('unknown top-level fields', hostile.unknownTopFields, 64),
  onManifest('unknown fields in an asset', hostile.unknownAssetFields, 64),
  onManifest('anchors of one name, each aliased', hostile.sharedAnchors, 64),
  // The reader alone, on texts long enough for a search per alias to show: 32,000 aliases.
  { name: 'anchors of one name, each aliased (YAML reader alone)', text: hostile.sharedAnchors, prepare: same, run: parseYaml, base: 64, minLength: 1_000_000 },
  // A multi-line value at the end sends the whole text to the `yaml` package.
  onManifest('anchors of one name, each aliased (yaml package)', (n) => hostile.sharedAnchors(n) + 'tail: a\n  b\n', 64),
  // Tens of thousands of values on one line: a search to the end of the line for each was 4.9 s.
  onManifest('a one-line JSON manifest of 2 MB', hostile.jsonManifest, 64, 2_000_000),
  onManifest('long keys', hostile.longKeys, 16),
  onCard('model card headings', hostile.cardHeadings, 64),
  onCard('model card nested headings', hostile.cardNestedHeadings, 64),
  onCard('model card code blocks', hostile.cardCodeBlocks, 64),
  // A scan of every heading per evaluation section shows only on large cards: 13 s at 64,000.
  onCard('model card: evaluation sections without results', hostile.cardEmptyEvaluations, 2048, 1_500_000),
  onCard('model card headings in quotes and lists', hostile.cardContainers, 64),
  onCard('model card: waiver comments never closed, on one line', hostile.cardWaiverOpens, 64),
  onCard('model card: comments opened on one line, closed on the next', hostile.cardCommentOpens, 64),
  onCard('model card: an HTML attribute value and no-break spaces', hostile.cardNbspAttribute, 256),
  // markdown-it's own tag expression: 18 attributes took 22 ms, each one more twice as long.
  onCard('model card: an HTML tag of attributes and no-break spaces', hostile.cardNbspAttributes, 4),
  onCard('model card: template braces never closed, on one line', hostile.cardOpenBraces, 64),
];
const fingerprintManifest: Case<ReturnType<typeof manifest>> = { name: 'fingerprints of duplicate keys in one list item', text: hostile.duplicatesInItem, prepare: manifest, run: (r) => findingKeys('ai-security.yaml', r.findings, r), base: 64 };
// A glob from a workspace's settings against a long file name: a backtracking matcher (the old
// one, and picomatch's regular expression) takes 2^11 times as long at 2n for these eleven stars.
const starsGlob = compileGlob('*a*a*a*a*a*a*a*a*a*a*a*b').glob!;
const globCase: Case = { name: 'a glob of eleven stars against a long name', text: (n) => 'a'.repeat(n), prepare: same, run: (name) => starsGlob.matches(name), base: 1024 };
const fingerprintCard: Case<ReturnType<typeof card>> = { name: 'fingerprints of a card with nested headings', text: hostile.cardNestedHeadings, prepare: card, run: (r) => findingKeys('MODEL_CARD.md', r.findings, r), base: 64 };

describe('linear time on hostile inputs (time ratios, not times)', function () {
  this.timeout(300_000);
  for (const c of cases) it(c.name, () => assertLinear(c));
  it(fingerprintManifest.name, () => assertLinear(fingerprintManifest));
  it(fingerprintCard.name, () => assertLinear(fingerprintCard));
  it(globCase.name, () => assertLinear(globCase));

  // The empty-file check in validate.ts (`checkRoot`) matched the text with /^(\s*(#.*)?)*$/,
  // which backtracks exponentially on comment lines followed by anything else.
  it('comment lines, then a document marker', () => assertLinear(onManifest('comment lines, then a document marker', hostile.commentsThenMarker, 2)));
});

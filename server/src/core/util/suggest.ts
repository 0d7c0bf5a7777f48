/** "Did you mean": the closest candidate by edit distance, if it is close enough to be a typo. */

// Rows reused across calls: suggestions run once per unknown key, and a file can have thousands.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions). With `max`, any
 * distance above it comes back as `max + 1` as soon as a whole row exceeds it: a file with
 * thousands of unknown keys asks for thousands of suggestions.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return Math.min(n, max + 1);
  if (n === 0) return Math.min(m, max + 1);
  if (Math.abs(m - n) > max) return max + 1;
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  let rowMinPrev = 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A transposition reads two rows back, so only stop when this row and the last both exceed.
    if (rowMin > max && i > 1 && rowMinPrev > max) return max + 1;
    rowMinPrev = rowMin;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n]!, max + 1);
}

/**
 * The candidate nearest to `input`, ignoring case, when the distance is small for its length
 * (one edit for short words, up to a third of the length for long ones).
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestD <= limit && bestD > 0 ? best : bestD === 0 && best !== input ? best : undefined;
}

/** The nearest real provision number: fewest edits first, then closest in the Code's order. */
export function suggestProvision(input: string, ids: readonly string[]): string | undefined {
  const cleaned = input.trim().replace(/\.$/, '');
  if (ids.includes(cleaned) && cleaned !== input) return cleaned;
  const target = numeric(cleaned);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of ids) {
    // Only distances up to 2 can be suggested, and only those that can beat the best so far.
    const max = Math.min(2, Math.floor(bestScore / 1000));
    if (Math.abs(cleaned.length - id.length) > max) continue;
    const d = editDistance(cleaned, id, max);
    if (d > max) continue;
    const score = d * 1000 + Math.min(999, Math.abs(numeric(id) - target));
    if (score < bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore < 3000 ? best : undefined;
}

const numericCache = new Map<string, number>();

function numeric(id: string): number {
  let v = numericCache.get(id);
  if (v === undefined) {
    const [a = 0, b = 0, c = 0] = id.split('.').map((x) => Number.parseInt(x, 10) || 0);
    v = a * 10000 + b * 100 + c;
    if (numericCache.size < 1000) numericCache.set(id, v);
  }
  return v;
}

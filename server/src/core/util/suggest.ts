/** "Did you mean": the closest candidate by edit distance, if it is close enough to be a typo. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
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
    const d = editDistance(cleaned, id);
    const score = d * 1000 + Math.min(999, Math.abs(numeric(id) - target));
    if (score < bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore < 3000 ? best : undefined;
}

function numeric(id: string): number {
  const [a = 0, b = 0, c = 0] = id.split('.').map((x) => Number.parseInt(x, 10) || 0);
  return a * 10000 + b * 100 + c;
}

/**
 * The benchmark's arithmetic: statistics over timings, the ratios it reports and the targets it
 * checks them against. Kept apart from `run.ts`, which measures, so that a test can feed it
 * made-up numbers: the unit suite checks what the bench computes, never what a machine measures.
 */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The nearest-rank percentile: the smallest value that at least `p` per cent of `xs` do not exceed. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/**
 * A time in milliseconds to `d` decimals; a time too small for that keeps two significant
 * figures instead, so that nothing measured is ever written as 0.
 */
export function round(x: number, d = 2): number {
  const r = Math.round(x * 10 ** d) / 10 ** d;
  return r === 0 && x !== 0 && Number.isFinite(x) ? Number(x.toPrecision(2)) : r;
}

/**
 * `a ÷ b` to two significant figures. Rounding to decimal places would write a ratio such as
 * 10 ms ÷ 2,262 ms as 0, which reads as "free" and hides the order of magnitude.
 */
export function ratio(a: number, b: number, digits = 2): number {
  const r = a / b;
  return Number.isFinite(r) && r !== 0 ? Number(r.toPrecision(digits)) : r;
}

export const TARGETS = {
  oursOverFloorL: 1.5,
  oursOverPeerML: 0.5,
  didChangeP95Ms: 50,
  hoverCompletionP95Ms: 20,
  coldStartMs: 300,
  rssMb: 80,
  cliWallMs: 3000,
  cliStartupOverNode: 2,
  vsixKb: 600,
};
export type Target = keyof typeof TARGETS;

/** What the targets are checked against: the parts of the results that carry them. */
export interface Measured {
  validation: { size: string; oursOverFloor: number; oursOverPeer: number }[];
  editor: { didChangeToDiagnostics: { p95: number }; hover: { p95: number }; completion: { p95: number } };
  coldStart: { spawnToInitializeMs: number };
  memory: { rssMb: number };
  cli: { wallMs: number };
  /** `ai-security check` on a one-file workspace ÷ bare `node -e 0`, medians of runs taken side by side. */
  cliStartup: { checkOverNode: number };
  package: { vsixKb: number | null };
}

/**
 * Which targets a run met. A target with nothing to judge it by (no L or M rows, no package)
 * counts as missed: a run that measured nothing has met nothing.
 */
export function targetsMet(m: Measured, targets: typeof TARGETS = TARGETS): Record<Target, boolean> {
  const L = m.validation.filter((r) => r.size === 'L');
  const ML = m.validation.filter((r) => r.size === 'M' || r.size === 'L');
  const atMost = (x: number | null, limit: number) => x !== null && Number.isFinite(x) && x <= limit;
  return {
    oursOverFloorL: L.length > 0 && L.every((r) => atMost(r.oursOverFloor, targets.oursOverFloorL)),
    oursOverPeerML: ML.length > 0 && ML.every((r) => atMost(r.oursOverPeer, targets.oursOverPeerML)),
    didChangeP95Ms: atMost(m.editor.didChangeToDiagnostics.p95, targets.didChangeP95Ms),
    hoverCompletionP95Ms: atMost(m.editor.hover.p95, targets.hoverCompletionP95Ms) && atMost(m.editor.completion.p95, targets.hoverCompletionP95Ms),
    coldStartMs: atMost(m.coldStart.spawnToInitializeMs, targets.coldStartMs),
    rssMb: atMost(m.memory.rssMb, targets.rssMb),
    cliWallMs: atMost(m.cli.wallMs, targets.cliWallMs),
    cliStartupOverNode: atMost(m.cliStartup.checkOverNode, targets.cliStartupOverNode),
    vsixKb: atMost(m.package.vsixKb, targets.vsixKb),
  };
}

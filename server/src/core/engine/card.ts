/**
 * Analyses one model card on the same pipeline as a manifest: parse → model → rules (each under
 * the guard) → waivers → severity → order. A card check that throws becomes one `internal-error`
 * finding naming it, and the card's other findings still appear.
 */
import { buildCardContext, type CardAnalyzeOptions, type CardContext } from '../model/card';
import { applySeverity, compareFindings } from '../model/findings';
import { cardRules, type CardRule } from '../rules/index';
import { DEFAULT_MAX_SIZE, type Finding } from '../types';
import { fileProblem } from './file-problem';
import { runRules } from './run';

export interface ModelCardAnalysis {
  kind: 'model-card';
  findings: Finding[];
  context: CardContext;
}

/**
 * `rules` is the registry's list; tests pass another (one that throws, say) to see what the
 * engine does with it.
 */
export function analyzeModelCard(text: string, options: CardAnalyzeOptions, rules: readonly CardRule[] = cardRules): ModelCardAnalysis {
  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > max) {
    const empty = analyzeModelCard('', { path: options.path }, rules);
    return { ...empty, findings: [fileProblem('file-too-large', text.length, max)] };
  }
  const out: Finding[] = [];
  // The card's own rule IDs, for waivers: the engine's codes (yaml-syntax, …) are not waivable in a card.
  const ruleCodes = rules.flatMap((r) => r.codes.map((c) => c.code));
  const ctx = buildCardContext({ text, path: options.path, links: options.links ?? [], out, ruleCodes });
  runRules(rules, ctx, ctx.anchor);

  // Waivers with a reason silence their code in this card.
  const waived = new Set(ctx.card.waivers.filter((w) => w.reason).map((w) => w.code));
  const kept = out.filter((f) => !waived.has(f.code) || f.code === 'invalid-waiver');
  const findings = applySeverity(kept, {}, options.severity ?? {});
  findings.sort(compareFindings);
  return { kind: 'model-card', findings, context: ctx };
}

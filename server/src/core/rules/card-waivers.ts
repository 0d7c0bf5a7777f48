/** Waiver comments in a model card: each names a real provision or check, and gives a reason. */
import { provision } from '../catalogue/index';
import { escapeSnippet } from '../model/edits';
import { PLACEHOLDERS } from '../placeholders';
import { collect } from './fix-kit';
import type { CardFixes, CardRule } from './rule';

export const cardWaiversRule: CardRule = {
  id: 'card-waivers',
  codes: [{ code: 'invalid-waiver', severity: 'warning', summary: 'An ai-security-ignore comment without a reason, or for a code that does not exist.' }],
  check(ctx) {
    for (const w of ctx.card.waivers) {
      // The card's own checks' codes come from the engine; hash-mismatch is reported on cards too.
      const known = provision(w.code) || ctx.ruleCodes.includes(w.code) || w.code === 'hash-mismatch';
      if (!w.code || !known) {
        ctx.report({
          code: 'invalid-waiver',
          severity: 'warning',
          message: `"ai-security-ignore ${w.code}" names no provision or check of a model card. Write the provision number (e.g. 8.1.2) or the check's code.`,
          at: w.range,
          data: { kind: 'invalid-waiver' },
        });
      } else if (!w.reason) {
        ctx.report({
          code: 'invalid-waiver',
          severity: 'warning',
          message: `The waiver for ${w.code} gives no reason, so it is not applied. Write it as <!-- ai-security-ignore ${w.code}: why this does not apply -->.`,
          at: w.range,
          data: { kind: 'waiver-without-reason', code: w.code },
        });
      }
    }
  },
};

export const cardWaiversFixes = {
  'waiver-without-reason': (ctx, finding) => {
    const { fixes, add } = collect(finding);
    const at = ctx.lines.offsetAt(finding.range.end);
    const close = ctx.text.lastIndexOf('-->', at);
    if (close > 0) {
      let before = close;
      while (before > 0 && ctx.text[before - 1] === ' ') before--;
      add('Give the waiver a reason', [{ range: ctx.lines.range(before, close), newText: `: ${PLACEHOLDERS.waiverReason.text} `, snippet: `: \${1:${escapeSnippet(PLACEHOLDERS.waiverReason.text)}} ` }], true);
    }
    return fixes;
  },
} satisfies CardFixes;

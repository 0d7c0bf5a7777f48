/** Template text left in a model card, and sections left empty. */
import { headingAt } from '../model/card';
import type { Heading } from '../parse/model-card';
import type { CardRule } from './rule';

export const cardPlaceholdersRule: CardRule = {
  id: 'card-placeholders',
  codes: [{ code: 'placeholder', severity: 'warning', summary: 'Template text left in a model card ([More Information Needed], TODO, an empty section).' }],
  check(ctx) {
    // A checked item's heading over nothing but template text already has its finding (the
    // item is missing, and is reported on that heading): one gap, one finding.
    const itemGap = (h: Heading | undefined) => h !== undefined && h.keys.some((k) => !ctx.present.has(k) && ctx.card.firstHeading.get(k) === h);
    // One finding per section, on its first placeholder: an unfilled template is a few
    // findings, not one a line.
    const seen = new Set<Heading | undefined>();
    const counts = new Map<Heading | undefined, number>();
    const under = ctx.card.placeholders.map((p) => headingAt(ctx.card.headings, p.line));
    for (const h of under) counts.set(h, (counts.get(h) ?? 0) + 1);
    ctx.card.placeholders.forEach((p, i) => {
      const h = under[i];
      if (seen.has(h) || itemGap(h)) return;
      seen.add(h);
      const more = counts.get(h)! - 1;
      ctx.report({
        code: 'placeholder',
        severity: 'warning',
        message: `Template text "${p.text}" is still here${more ? ` (and on ${more} more line${more > 1 ? 's' : ''} of this section)` : ''}. Replace it with the real information, or remove it if it does not apply.`,
        at: p.range,
        data: { kind: 'placeholder' },
      });
    });
    const withPlaceholder = new Set(ctx.card.placeholders.map((p) => p.line));
    for (const h of ctx.card.headings) {
      // An empty section with no sub-sections: a heading left over from a template. A notice
      // ("Note: files are missing") is not a section.
      if (h.hasChildren || h.ownHasContent || h.notice || itemGap(h)) continue;
      let placeholderInside = false;
      for (let l = h.line + 1; l < h.ownEnd; l++) if (withPlaceholder.has(l)) placeholderInside = true;
      if (placeholderInside) continue; // already reported on its line
      ctx.report({ code: 'placeholder', severity: 'warning', message: `The section "${h.text}" is empty. Write it, or remove the heading.`, at: h.range, data: { kind: 'empty-section' } });
    }
  },
};

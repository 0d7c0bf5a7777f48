/** Template text left in a model card, and sections left empty. */
import type { CardRule } from './rule';

export const cardPlaceholdersRule: CardRule = {
  id: 'card-placeholders',
  codes: [{ code: 'placeholder', severity: 'warning', summary: 'Template text left in a model card ([More Information Needed], TODO, an empty section).' }],
  check(ctx) {
    for (const p of ctx.card.placeholders) {
      ctx.report({
        code: 'placeholder',
        severity: 'warning',
        message: `Template text "${p.text}" is still here. Replace it with the real information, or remove the section if it does not apply.`,
        at: p.range,
        data: { kind: 'placeholder' },
      });
    }
    const withPlaceholder = new Set(ctx.card.placeholders.map((p) => p.line));
    for (const h of ctx.card.headings) {
      // An empty section with no sub-sections: a heading left over from a template.
      if (h.hasChildren || h.ownHasContent) continue;
      let placeholderInside = false;
      for (let l = h.line + 1; l < h.ownEnd; l++) if (withPlaceholder.has(l)) placeholderInside = true;
      if (placeholderInside) continue; // already reported on its line
      ctx.report({ code: 'placeholder', severity: 'warning', message: `The section "${h.text}" is empty. Write it, or remove the heading.`, at: h.range, data: { kind: 'empty-section' } });
    }
  },
};

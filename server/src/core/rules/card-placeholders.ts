/** Template text left in a model card, and sections left empty. */
import { headingAt } from '../model/card';
import type { Heading } from '../parse/model-card';
import { CARD_SECTIONS } from '../cards/sections';
import { PLACEHOLDERS, placeholderMessage, templateSlots, unchangedSlots, type TemplateSlot } from '../placeholders';
import type { CardContext } from '../model/card';
import type { CardRule } from './rule';
import { UNCHANGED_PLACEHOLDER } from './placeholders';

/** The template lines with placeholders that the section fixes insert (the same table they read). */
const TEMPLATE_LINES: TemplateSlot[] = CARD_SECTIONS.flatMap((s) => s.template.map(templateSlots).filter((t): t is TemplateSlot => t !== undefined));

export const cardPlaceholdersRule: CardRule = {
  id: 'card-placeholders',
  codes: [{ code: 'placeholder', severity: 'warning', summary: 'Template text left in a model card ([More Information Needed], TODO, an empty section).' }, UNCHANGED_PLACEHOLDER],
  check(ctx) {
    unchangedPlaceholders(ctx);
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

/**
 * What the tool's own fixes wrote and the user left as it was: a section template's placeholder
 * on a line that is still that template line ("Inputs and outputs are kept for 30 days, then
 * deleted."), a waiver's placeholder reason, the all-zero digest in the front matter. Template
 * text the `placeholder` check already reports there is not reported twice.
 */
function unchangedPlaceholders(ctx: CardContext): void {
  const taken = ctx.card.placeholders.map((p) => p.range);
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
  const report = (a: number, b: number, text: string, write: string) => {
    if (!free(a, b)) return;
    taken.push([a, b]);
    ctx.report({ code: UNCHANGED_PLACEHOLDER.code, severity: UNCHANGED_PLACEHOLDER.severity, message: placeholderMessage(text, write), at: [a, b], data: { kind: 'unchanged-placeholder' } });
  };
  // Most cards hold none of the templates' text: one search each says so.
  const templates = TEMPLATE_LINES.filter((t) => t.defaults.some((d) => ctx.text.includes(d)));
  if (templates.length) {
    for (let l = ctx.card.bodyStart; l < ctx.lines.lineCount; l++) {
      const line = ctx.lines.lineText(l).trimEnd();
      const start = ctx.lines.lineStart(l);
      for (const t of templates) for (const slot of unchangedSlots(line, t)) report(start + slot.start, start + slot.end, slot.text, 'what is true of this model');
    }
  }
  for (const p of [PLACEHOLDERS.waiverReason, PLACEHOLDERS.digest]) {
    for (let i = ctx.text.indexOf(p.text); i >= 0; i = ctx.text.indexOf(p.text, i + p.text.length)) {
      // A digest is one only as a whole: not the zeros inside a longer run or another digest.
      if (p === PLACEHOLDERS.digest && (/[0-9a-f]/i.test(ctx.text[i - 1] ?? '') || /[0-9a-f]/i.test(ctx.text[i + p.text.length] ?? ''))) continue;
      report(i, i + p.text.length, p.text, p.write);
    }
  }
}

/**
 * What Principle 8 and its neighbours ask a model card to document: the security-relevant
 * content of 8.1.1, hashes of shared components (8.1.2), the provenance of public training data
 * (8.2, 8.2.1), prohibited uses (4.5), appropriate-use guidance for operators (10.2.1) and
 * evaluation findings (9.3). Which section serves which provision is the table in
 * cards/sections.ts; each check asks it.
 */
import type { Heading } from '../parse/model-card';
import { CARD_SECTIONS, type CardSection } from '../cards/sections';
import { cardApplies, findSectionHeading, sectionsServing, sectionText, type CardContext } from '../model/card';
import { escapeSnippet, type TextEdit } from '../model/edits';
import { get, type Offsets } from '../parse/yaml';
import { detectEol } from '../text';
import { addHashToFrontMatter } from './card-hash';
import { collect } from './fix-kit';
import type { CardFixes, CardRule } from './rule';

function section(key: string): CardSection {
  return CARD_SECTIONS.find((s) => s.key === key)!;
}

/** The one section that serves a provision. */
function onlySection(id: string): string {
  return sectionsServing(id)[0]!;
}

function missing(ctx: CardContext, key: string): boolean {
  return !ctx.present.has(key);
}

export const cardSectionsRule: CardRule = {
  id: 'card-sections',
  codes: [],
  provisions: ['8.1.1', '8.1.2', '8.2', '8.2.1', '4.5', '10.2.1', '9.3'],
  check(ctx) {
    const at = ctx.anchor;
    // A missing item whose heading is there (holding only template text) is reported on that
    // heading, where the reader has to write; one with no heading at all, on the card's title.
    const where = (key: string): Offsets => findSectionHeading(ctx, key)?.range ?? at;
    if (cardApplies(ctx, '8.1.1')) {
      for (const key of sectionsServing('8.1.1')) {
        if (!missing(ctx, key)) continue;
        const s = section(key);
        const heading = findSectionHeading(ctx, key);
        const advice = heading ? `Write the "${heading.text}" section.` : `Add a "${s.heading}" section.`;
        ctx.report({ code: '8.1.1', severity: 'warning', message: `The card does not document ${s.what} (8.1.1). ${advice}`, at: where(key), data: { kind: 'missing-section', provision: '8.1.1', section: key } });
      }
    }
    const shared = ctx.links.length ? ctx.links.some((l) => l.shared === true) : true;
    if (cardApplies(ctx, '8.1.2') && shared && ctx.card.digests.size === 0) {
      const key = onlySection('8.1.2');
      ctx.report({
        code: '8.1.2',
        severity: 'error',
        message: `The model is shared with other stakeholders but its card lists no SHA-256 hashes of its components (8.1.2). Add a "Hashes" table of file names and digests${ctx.links.length ? '' : ' (a card no manifest names is taken as published; waive 8.1.2 if it is not)'}.`,
        at: where(key),
        data: { kind: 'missing-section', provision: '8.1.2', section: key },
      });
    }
    const fmDatasets = get(ctx.card.frontMatter?.root, 'datasets');
    const publicData = (fmDatasets?.kind === 'seq' && fmDatasets.items.length > 0) || ctx.links.some((l) => l.publicData);
    if (publicData && cardApplies(ctx, '8.2')) {
      const key = onlySection('8.2');
      const training = ctx.present.get(key);
      if (!training) {
        ctx.report({
          code: '8.2',
          severity: 'error',
          message: 'The model is trained on public data but the card does not say how and where that data was obtained (8.2). Add a "Training data" section with each source.',
          at: where(key),
          data: { kind: 'missing-section', provision: '8.2', section: key },
        });
      } else {
        const body = sectionText(ctx, training);
        const lacks = [!/https?:\/\/\S+/.test(body) ? 'the URL it came from' : undefined, !/\b(19|20)\d{2}-\d{2}-\d{2}\b|\b(19|20)\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2}, )?(19|20)\d{2}\b/i.test(body) ? 'the date it was obtained' : undefined].filter(
          (x): x is string => !!x,
        );
        if (lacks.length) {
          ctx.report({
            code: '8.2.1',
            severity: 'warning',
            message: `The training data section does not give ${lacks.join(' or ')} for its public sources (8.2.1), which is what lets you tell whether a reported poisoning affects you.`,
            at: training.range,
            data: { kind: 'training-data-detail', provision: '8.2.1', missing: lacks },
          });
        }
      }
    }
    if (cardApplies(ctx, '4.5') && missing(ctx, onlySection('4.5'))) {
      const key = onlySection('4.5');
      ctx.report({
        code: '4.5',
        severity: 'warning',
        message: 'The card does not say which uses are prohibited or out of scope (4.5). Add an "Out-of-scope use" section so end-users can be told.',
        at: where(key),
        data: { kind: 'missing-section', provision: '4.5', section: key },
      });
    }
    if (ctx.roles.includes('system-operator') && cardApplies(ctx, '10.2.1')) {
      const lacks = sectionsServing('10.2.1').filter((k) => missing(ctx, k));
      if (lacks.length) {
        ctx.report({
          code: '10.2.1',
          severity: 'error',
          message: `As System Operator you must give guidance on appropriate use with limitations and failure modes (10.2.1); the card lacks ${lacks.map((k) => section(k).what).join(' and ')}.`,
          at,
          data: { kind: 'missing-section', provision: '10.2.1', section: lacks[0]!, missing: lacks },
        });
      }
    }
    if (cardApplies(ctx, '9.3') && missing(ctx, onlySection('9.3'))) {
      const key = onlySection('9.3');
      ctx.report({
        code: '9.3',
        severity: 'warning',
        message: 'The card shares no evaluation or security-testing findings (9.3). Add an "Evaluation" section with what was tested and found.',
        at: where(key),
        data: { kind: 'missing-section', provision: '9.3', section: key },
      });
    }
  },
};

function render(lines: string[], snippet: boolean): string {
  return lines
    .map((l) => (snippet ? l.replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, d: string) => `\${${n}:${escapeSnippet(d)}}`) : l.replace(/\$\{\d+:([^}]*)\}/g, '$1')))
    .join('\n');
}

/** Inserts a section after the nearest related one, at that section's heading level. */
function insertSection(ctx: CardContext, s: CardSection): TextEdit {
  const eol = detectEol(ctx.text);
  let level = 2;
  let line = ctx.lines.lineCount;
  for (const key of s.after) {
    const h = ctx.present.get(key) ?? findSectionHeading(ctx, key);
    if (h) {
      level = h.level;
      line = h.sectionEnd;
      break;
    }
  }
  const atEnd = line >= ctx.lines.lineCount;
  const offset = atEnd ? ctx.text.length : ctx.lines.lineStart(line);
  // On at most four characters, so its backtracking is bounded. (It also takes the CR and LF of
  // one CRLF for two line breaks: a CRLF card's previous line always counts as blank.)
  // eslint-disable-next-line regexp/no-super-linear-move, regexp/optimal-quantifier-concatenation, regexp/no-misleading-capturing-group
  const prevBlank = offset === 0 || /(\r?\n|\r)\s*(\r?\n|\r)$/.test(ctx.text.slice(Math.max(0, offset - 4), offset));
  const needsEol = atEnd && ctx.text.length > 0 && !/[\r\n]$/.test(ctx.text);
  const body = [`${'#'.repeat(level)} ${s.heading}`, '', ...s.template, ''];
  const lead = (needsEol ? eol : '') + (prevBlank ? '' : eol);
  const plain = lead + render(body, false).split('\n').join(eol) + eol;
  const snip = lead + render(body, true).split('\n').join(eol) + eol;
  return { range: ctx.lines.range(offset, offset), newText: plain, snippet: snip };
}

/** Replaces what a placeholder-only section holds with the template. */
function fillSection(ctx: CardContext, s: CardSection, h: Heading): TextEdit {
  const eol = detectEol(ctx.text);
  // A heading on the file's last line, with no line break after it, has nothing below to replace.
  const atEnd = h.contentLine >= ctx.lines.lineCount;
  const start = atEnd ? ctx.text.length : ctx.lines.lineStart(h.contentLine);
  const end = h.ownEnd >= ctx.lines.lineCount ? ctx.text.length : ctx.lines.lineStart(h.ownEnd);
  const lead = atEnd && !/[\r\n]$/.test(ctx.text) ? eol + eol : eol;
  const tail = h.ownEnd >= ctx.lines.lineCount ? '' : eol;
  return {
    range: ctx.lines.range(start, end),
    newText: lead + render(s.template, false).split('\n').join(eol) + eol + tail,
    snippet: lead + render(s.template, true).split('\n').join(eol) + eol + tail,
  };
}

export const cardSectionsFixes = {
  'missing-section': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const keys = Array.isArray(data.missing) && data.missing.length ? data.missing : [String(data.section)];
    const digest = ctx.links.find((l) => l.sha256)?.sha256;
    keys.forEach((key, i) => {
      const s = CARD_SECTIONS.find((x) => x.key === key);
      if (!s) return;
      // With the manifest's digest at hand, the hashes table gets the real value.
      const filled = key === 'hashes' && digest ? { ...s, template: s.template.map((l) => l.replace(/\$\{2:0{64}\}/, digest)) } : s;
      // A heading that is there with only template text under it is filled in, not repeated.
      const existing = findSectionHeading(ctx, key);
      if (existing) add(`Fill in the "${existing.text}" section`, [fillSection(ctx, filled, existing)], i === 0);
      else add(`Add a "${s.heading}" section`, [insertSection(ctx, filled)], i === 0);
    });
    if (data.section === 'hashes') add('Add ai-security.hashes to the front matter', [addHashToFrontMatter(ctx, 'model.safetensors', ctx.links.find((l) => l.sha256)?.sha256 ?? '0'.repeat(64))]);
    return fixes;
  },
} satisfies CardFixes;

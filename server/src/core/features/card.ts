/**
 * Editor features on a model card: hovers on headings and front matter keys quoting the
 * provisions they serve, completion of section headings and front matter keys, and the quick
 * fixes the card rules keep beside their checks (a missing section inserted after the nearest
 * related one, a digest added to the front matter, a reason for a waiver).
 */
import { provision } from '../catalogue/index';
import { FRONT_MATTER_KEYS } from '../cards/front-matter';
import { CARD_SECTIONS, type CardSection } from '../cards/sections';
import type { Heading } from '../parse/model-card';
import type { CardContext } from '../model/card';
import type { Fix } from '../model/edits';
import { cardFixes, type CardFixTable } from '../rules/index';
import type { CardDataOf, CardFindingData, Finding, Position, Range } from '../types';
import { mdText } from '../util/escape';
import type { CompletionItem } from './completion';
import type { Hover } from './hover';
import { footer, provisionHover, provisionLine, quote } from './hover';
import { cardSectionSnippets } from './snippets';
import { provisionTokenAt } from './spot';
import { detectEol } from '../text';

export { FRONT_MATTER_KEYS } from '../cards/front-matter';

/** The checked items a heading counts for: the keys the parse matched it to, as the checks read it. */
function sectionsForHeading(heading: Heading): CardSection[] {
  return CARD_SECTIONS.filter((s) => heading.keys.includes(s.key));
}

export function cardHoverAt(ctx: CardContext, position: Position): Hover | undefined {
  const lineText = ctx.lines.lineText(position.line);
  const token = provisionTokenAt(lineText, position.character);
  if (token && provision(token.id) && /ai-security-ignore/.test(lineText)) {
    return { contents: provisionHover(undefined, provision(token.id)!), range: { start: { line: position.line, character: token.start }, end: { line: position.line, character: token.end } } };
  }
  const heading = ctx.card.headings.find((h) => h.line === position.line);
  if (heading) {
    const sections = sectionsForHeading(heading);
    if (!sections.length) return undefined;
    const ids = [...new Set(sections.flatMap((s) => s.provisions))];
    const parts = [`**${mdText(heading.text)}** documents ${sections.map((s) => s.what).join('; ')}.`];
    for (const id of ids) {
      const p = provision(id)!;
      parts.push('', provisionLine(p), '', quote(p.quote));
    }
    parts.push('', footer());
    return { contents: parts.join('\n'), range: ctx.lines.range(heading.range[0], heading.range[1]) };
  }
  const fm = ctx.card.frontMatter;
  const offset = ctx.lines.offsetAt(position);
  if (fm?.root?.kind === 'map' && offset >= fm.range[0] && offset <= fm.range[1]) {
    const e = fm.root.entries.find((x) => offset >= x.keyRange[0] && offset <= x.keyRange[1]);
    const info = e && FRONT_MATTER_KEYS[e.key];
    if (!e || !info) return undefined;
    const parts = [`**${e.key}**`, '', info.description];
    for (const id of info.provisions) {
      const p = provision(id)!;
      parts.push('', provisionLine(p), '', quote(p.quote));
    }
    if (info.provisions.length) parts.push('', footer());
    return { contents: parts.join('\n'), range: ctx.lines.range(e.keyRange[0], e.keyRange[1]) };
  }
  return undefined;
}

export function cardCompletionAt(ctx: CardContext, position: Position): CompletionItem[] {
  const before = ctx.lines.lineText(position.line).slice(0, position.character);
  const fm = ctx.card.frontMatter;
  const offset = ctx.lines.offsetAt(position);
  if (fm && offset > 3 && offset < fm.range[1] - 3) {
    const m = /^([A-Za-z_-]*)$/.exec(before);
    if (!m) return [];
    const existing = new Set(fm.root?.kind === 'map' ? fm.root.entries.map((e) => e.key) : []);
    const range: Range = { start: { line: position.line, character: 0 }, end: position };
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([k]) => !existing.has(k))
      .map(([k, v], i) => ({ label: k, kind: 'field' as const, documentation: v.description, sortText: String(i).padStart(3, '0'), insertText: `${k}: `, range }));
  }
  // The heading's text starts at its first non-space (`\S`): the spaces cannot be shared
  // between `\s+` and the text, which made the match quadratic in them.
  const h = /^(#{1,6})\s+(\S.*)?$/.exec(before);
  if (!h) return cardSectionSnippets(ctx, position, detectEol(ctx.text));
  const range: Range = { start: { line: position.line, character: h[1]!.length + (before.length - h[1]!.length - (h[2] ?? '').length) }, end: position };
  return CARD_SECTIONS.map((s, i) => {
    const missing = !ctx.present.has(s.key);
    const ids = s.provisions;
    return {
      label: s.heading,
      kind: 'field' as const,
      detail: `${missing ? 'missing · ' : ''}${ids.join(', ')}`,
      documentation: [`Documents ${s.what}.`, ...ids.map((id) => `\n**${id}** ${quote(provision(id)!.quote)}`)].join('\n'),
      sortText: `${missing ? 0 : 1}${String(i).padStart(3, '0')}`,
      insertText: s.heading,
      range,
    };
  });
}

export function cardFixesFor(ctx: CardContext, finding: Finding): Fix[] {
  const data = finding.data as CardFindingData | undefined;
  if (!data) return [];
  const fm = ctx.card.frontMatter;
  // Broken front matter first: an edit next to it could land in the wrong place.
  if (fm && (!fm.closed || fm.problems.some((p) => p.severity === 'error')) && finding.code !== 'front-matter-syntax') return [];
  return runFixer(cardFixes, ctx, finding, data);
}

/** Runs the fixer the table has for the data's kind (none for a kind it does not have). */
function runFixer<K extends keyof CardFixTable>(table: CardFixTable, ctx: CardContext, finding: Finding, data: CardDataOf<K>): Fix[] {
  // Data can come back from an editor client: only the table's own kinds are looked up.
  const fixer: CardFixTable[K] = Object.hasOwn(table, data.kind) ? table[data.kind as K] : null;
  return fixer ? fixer(ctx, finding, data) : [];
}

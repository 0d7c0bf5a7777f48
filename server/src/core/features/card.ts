/**
 * Editor features on a model card: hovers on headings and front matter keys quoting the
 * provisions they serve, completion of section headings and front matter keys, and quick fixes
 * that insert a missing section (after the nearest related one) or a front matter key.
 */
import { provision } from '../catalogue/index';
import { entry, get } from '../parse/yaml';
import { detectEol } from '../text';
import type { Finding, Position, Range } from '../types';
import type { CompletionItem } from './completion';
import type { Fix } from './fixes';
import type { Hover } from './hover';
import { footer, provisionHover, quote } from './hover';
import { escapeSnippet, type TextEdit } from '../model/edits';
import { mdText } from '../util/escape';
import { provisionTokenAt } from './spot';
import { findSectionHeading, type CardContext } from '../model/card';
import { FRONT_MATTER_KEYS } from '../cards/front-matter';
import type { Heading } from '../cards/parse';
import { CARD_SECTIONS, headingMatches, type CardSection } from '../cards/sections';

export { FRONT_MATTER_KEYS } from '../cards/front-matter';


function sectionsForHeading(normalised: string): CardSection[] {
  return CARD_SECTIONS.filter((s) => headingMatches(normalised, s.synonyms));
}

export function cardHoverAt(ctx: CardContext, position: Position): Hover | undefined {
  const lineText = ctx.lines.lineText(position.line);
  const token = provisionTokenAt(lineText, position.character);
  if (token && provision(token.id) && /ai-security-ignore/.test(lineText)) {
    return { contents: provisionHover(undefined, provision(token.id)!), range: { start: { line: position.line, character: token.start }, end: { line: position.line, character: token.end } } };
  }
  const heading = ctx.card.headings.find((h) => h.line === position.line);
  if (heading) {
    const sections = sectionsForHeading(heading.normalised);
    if (!sections.length) return undefined;
    const ids = [...new Set(sections.flatMap((s) => s.provisions))];
    const parts = [`**${mdText(heading.text)}** documents ${sections.map((s) => s.what).join('; ')}.`];
    for (const id of ids) {
      const p = provision(id)!;
      parts.push('', `**${p.id}** ${p.title} (*${p.modal}*)`, '', quote(p.quote));
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
      parts.push('', `**${p.id}** ${p.title} (*${p.modal}*)`, '', quote(p.quote));
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
  if (!h) return [];
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

/** Adds `ai-security: hashes: { file: digest }` to the front matter, creating it if need be. */
function addHashToFrontMatter(ctx: CardContext, file: string, digest: string): TextEdit | undefined {
  const eol = detectEol(ctx.text);
  const fm = ctx.card.frontMatter;
  if (!fm) {
    const text = `---${eol}ai-security:${eol}  hashes:${eol}    ${file}: ${digest}${eol}---${eol}`;
    return { range: ctx.lines.range(0, 0), newText: text, snippet: `---${eol}ai-security:${eol}  hashes:${eol}    \${1:${file}}: \${2:${digest}}${eol}---${eol}` };
  }
  if (!fm.closed || fm.problems.some((p) => p.severity === 'error')) return undefined;
  const root = fm.root;
  const sec = entry(root, 'ai-security');
  const hashes = get(sec?.value, 'hashes');
  if (hashes?.kind === 'map' && !hashes.flow && hashes.entries.length) {
    const last = hashes.entries[hashes.entries.length - 1]!;
    const indent = ctx.lines.positionAt(last.keyRange[0]).character;
    const lineEnd = ctx.lines.lineEnd(ctx.lines.positionAt(last.value.range[1]).line);
    return { range: ctx.lines.range(lineEnd, lineEnd), newText: `${eol}${' '.repeat(indent)}${file}: ${digest}` };
  }
  if (sec) return undefined; // an ai-security key of another shape: leave it to the user
  // Before the closing --- of the front matter.
  const closeLine = ctx.lines.positionAt(fm.range[1] - 1).line;
  const at = ctx.lines.lineStart(/^(---|\.\.\.)/.test(ctx.lines.lineText(closeLine)) ? closeLine : closeLine + 1);
  const text = `ai-security:${eol}  hashes:${eol}    ${file}: ${digest}${eol}`;
  return { range: ctx.lines.range(at, at), newText: text, snippet: `ai-security:${eol}  hashes:${eol}    \${1:${file}}: \${2:${digest}}${eol}` };
}

export function cardFixesFor(ctx: CardContext, finding: Finding): Fix[] {
  const data = finding.data;
  if (!data) return [];
  const fm = ctx.card.frontMatter;
  // Broken front matter first: an edit next to it could land in the wrong place.
  if (fm && (!fm.closed || fm.problems.some((p) => p.severity === 'error')) && finding.code !== 'front-matter-syntax') return [];
  const fixes: Fix[] = [];
  const add = (title: string, edits: (TextEdit | undefined)[], isPreferred = false) => {
    const real = edits.filter((e): e is TextEdit => !!e);
    if (real.length) fixes.push({ title, kind: 'quickfix', finding, edits: real, ...(isPreferred ? { isPreferred } : {}) });
  };
  if (data.kind === 'missing-section') {
    const keys = Array.isArray(data.missing) && data.missing.length ? (data.missing as string[]) : [String(data.section)];
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
  } else if (data.kind === 'hash-mismatch' && 'sha256' in data && typeof data.sha256 === 'string') {
    add(`Add the manifest's digest ${data.sha256.slice(0, 12)}… to the front matter`, [addHashToFrontMatter(ctx, 'model.safetensors', data.sha256)], true);
  } else if (data.kind === 'waiver-without-reason') {
    const at = ctx.lines.offsetAt(finding.range.end);
    const close = ctx.text.lastIndexOf('-->', at);
    if (close > 0) {
      let before = close;
      while (before > 0 && ctx.text[before - 1] === ' ') before--;
      add('Give the waiver a reason', [{ range: ctx.lines.range(before, close), newText: ': Explain why this does not apply. ', snippet: ': ${1:Explain why this does not apply.} ' }], true);
    }
  }
  return fixes;
}

/**
 * The coverage report's page in its webview, and where an evidence link goes: plain functions
 * over text (no vscode import), tested as such.
 */

/** The command an evidence link runs, with the link's "/path#fragment" as its argument. */
export const OPEN_EVIDENCE = 'aiSecurity.openEvidence';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const unesc = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => Object.keys(ESCAPES).find((k) => ESCAPES[k] === e)!);

/**
 * The report's evidence links made into command links. The server links workspace files by
 * paths from the workspace folder, written with a leading "/" (the form a Markdown renderer keeps);
 * a webview follows only web and command links, and this command opens the file beside the report
 * instead of replacing the report with it.
 */
export function commandLinks(html: string): string {
  return html.replace(/href="(\/[^"]*)"/g, (_, href: string) => `href="${esc(`command:${OPEN_EVIDENCE}?${encodeURIComponent(JSON.stringify([unesc(href)]))}`)}"`);
}

/** A link's "/a/b%20c.md#frag": its path's segments, decoded, and its fragment, or undefined if it is not one. */
export function evidenceTarget(href: string): { segments: string[]; fragment?: string } | undefined {
  if (!href.startsWith('/')) return undefined;
  const hash = href.indexOf('#');
  const rawPath = hash < 0 ? href : href.slice(0, hash);
  try {
    const segments = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
    // The server writes paths inside the workspace folder: anything that climbs out is refused.
    if (segments.length === 0 || segments.some((s) => s === '..' || s === '.' || s.includes('/') || s.includes('\\'))) return undefined;
    const fragment = hash < 0 ? undefined : decodeURIComponent(href.slice(hash + 1));
    return fragment ? { segments, fragment } : { segments };
  } catch {
    return undefined;
  }
}

/** A heading's anchor as GitHub and VS Code's Markdown preview make it: lower case, punctuation dropped, spaces to "-". */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The 0-based line a link's fragment names in a file: `L12` (or `L12-L20`) is that line; in
 * Markdown, otherwise, the ATX heading whose anchor it is (a repeated heading's anchor takes
 * "-1", "-2", as on GitHub). Undefined when nothing matches: the file opens at its top.
 */
export function fragmentLine(text: string, fragment: string, markdown: boolean): number | undefined {
  const line = /^L(\d{1,9})(?:-L?\d{1,9})?$/.exec(fragment);
  if (line) return Math.max(0, Number(line[1]) - 1);
  if (!markdown) return undefined;
  const wanted = fragment.toLowerCase();
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (f) {
      if (fence === undefined) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const h = /^ {0,3}#{1,6}[ \t](.*)$/.exec(l);
    if (!h) continue;
    const base = slug(withoutClosingHashes(h[1]!));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    if ((n === 0 ? base : `${base}-${n}`) === wanted) return i;
  }
  return undefined;
}

/** An ATX heading's text without its optional closing "#"s (`## Title ##`). */
function withoutClosingHashes(text: string): string {
  const t = text.trimEnd();
  let end = t.length;
  while (end > 0 && t[end - 1] === '#') end--;
  if (end === t.length) return t;
  return end === 0 ? '' : t[end - 1] === ' ' || t[end - 1] === '\t' ? t.slice(0, end).trimEnd() : t;
}

/**
 * The page: the rendered report, styled with the editor's theme, and a script that keeps the
 * scroll position when the report is refreshed on save. Nothing is loaded: the policy allows
 * only inline styles and the one script with this nonce.
 */
export function reportPage(body: string, title: string, nonce: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    body,
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

const CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); line-height: 1.5; max-width: 60rem; padding: 0 1.5rem 2rem; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
code { font-family: var(--vscode-editor-font-family); font-size: 0.95em; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid var(--vscode-panel-border, rgba(128, 128, 128, 0.35)); padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
blockquote { margin: 0.4rem 0 0.6rem; padding: 0.2rem 0.8rem; border-left: 4px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); }
h2 { border-bottom: 1px solid var(--vscode-panel-border, rgba(128, 128, 128, 0.35)); padding-bottom: 0.2rem; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const state = vscode.getState();
if (state && typeof state.y === 'number') window.scrollTo(0, state.y);
let pending;
window.addEventListener('scroll', () => { clearTimeout(pending); pending = setTimeout(() => vscode.setState({ y: window.scrollY }), 100); });
`;

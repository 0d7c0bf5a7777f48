/**
 * Evidence references, classified without touching the disk: an https URL, an http URL, some
 * other scheme, or a path. Paths are relative to the manifest's folder, like links in Markdown,
 * and must stay inside the workspace: `..` that climbs out, absolute paths, `~`, drive letters,
 * UNC paths and percent-encoded separators that hide any of these are refused here, before any
 * file-system call. Symbolic links are the host's to catch (`WorkspaceHost.stat` → 'outside').
 */
import type { WorkspaceHost } from '../types';

export type Reference =
  | { kind: 'https'; url: string }
  | { kind: 'http'; url: string }
  | { kind: 'bad-url'; reason: string }
  | { kind: 'outside'; reason: string }
  | PathReference;

/**
 * A workspace path. `rel` is the reference as a link would be read: a `#fragment` or `?query`
 * dropped and percent-escapes decoded. `literal` holds the other readings, from the text exactly
 * as written onwards, when they differ: a file may really be called `a%20b.md` or `a#b.md`, and
 * the first reading that exists is the one meant (see `resolvePath`).
 */
export interface PathReference {
  kind: 'path';
  rel: string;
  literal?: string[];
}

export function classifyReference(ref: string, manifestDir: string): Reference {
  const raw = ref.trim();
  if (/^https:\/\//i.test(raw)) {
    return validUrl(raw) ? { kind: 'https', url: raw } : { kind: 'bad-url', reason: 'it is not a well-formed URL' };
  }
  if (/^http:\/\//i.test(raw)) return { kind: 'http', url: raw };
  if (/^file:/i.test(raw)) return { kind: 'outside', reason: 'it is a file: URL, which names an absolute path' };
  if (/^[a-zA-Z]:[\\/]/.test(raw) || /^[a-zA-Z]:$/.test(raw)) return { kind: 'outside', reason: 'it is an absolute Windows path' };
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw)) return { kind: 'bad-url', reason: `the ${raw.split(':')[0]}: scheme is not supported (use a workspace path or an https URL)` };

  // Drop a fragment or query: `docs/plan.md#recovery` names docs/plan.md.
  const stripped = withoutQueryOrFragment(raw);
  const escaped = /%[0-9a-fA-F]{2}/;
  // Decode percent-escapes so that `%2e%2e%2f` cannot smuggle a `../` past the checks below. A
  // malformed escape (`50%e0.md`) cannot hide anything: the name is then read only as written.
  const decode = (s: string) => {
    if (!escaped.test(s)) return s;
    try {
      return decodeURIComponent(s);
    } catch {
      return undefined;
    }
  };
  // The reading a link would have decides: if it is refused, so is the reference, whatever a
  // literal reading would find (`%2e%2e%2f` stays refused). The other readings, least
  // interpreted first, are dropped when refused on their own: they are never looked up.
  const interpreted = place(decode(stripped) ?? stripped, manifestDir);
  if (interpreted.kind !== 'path') return interpreted;
  const literal: string[] = [];
  for (const reading of [raw, stripped, decode(raw)]) {
    const p = reading === undefined ? undefined : place(reading, manifestDir);
    if (p?.kind === 'path' && p.rel !== interpreted.rel && !literal.includes(p.rel)) literal.push(p.rel);
  }
  return literal.length ? { ...interpreted, literal } : interpreted;
}

/** One reading of a reference, placed in the workspace from the manifest's folder, or refused. */
function place(text: string, manifestDir: string): Reference {
  if (text.includes('\0')) return { kind: 'bad-url', reason: 'it contains a NUL character' };
  const path = text.replace(/\\/g, '/');
  if (path.startsWith('~')) return { kind: 'outside', reason: 'it starts with ~, a home folder' };
  if (path.startsWith('/')) return { kind: 'outside', reason: 'it is an absolute path' };
  if (/^[a-zA-Z]:/.test(path)) return { kind: 'outside', reason: 'it is an absolute Windows path' };
  if (path === '') return { kind: 'bad-url', reason: 'it is empty' };

  const parts = manifestDir ? manifestDir.split('/').filter(Boolean) : [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return { kind: 'outside', reason: 'its .. climbs out of the workspace' };
      parts.pop();
    } else parts.push(seg);
  }
  return { kind: 'path', rel: parts.join('/') };
}

/**
 * Which file a path reference names, given what is in the workspace: the first of its readings
 * (the text exactly as written first) that the host finds, or, when none is found or there is
 * no host, the reading a link would have (`rel`). `literal` says a literal reading was taken, so
 * a `#` in the reference was part of the name and not a fragment. What the host says is there
 * comes with it, so that no caller has to ask twice.
 */
export function resolvePath(ref: PathReference, host: WorkspaceHost | undefined): { rel: string; kind: ReturnType<WorkspaceHost['stat']> | undefined; literal: boolean } {
  for (const rel of ref.literal ?? []) {
    const kind = host?.stat(rel);
    if (kind !== undefined && kind !== 'missing') return { rel, kind, literal: true };
  }
  return { rel: ref.rel, kind: host?.stat(ref.rel), literal: false };
}

/** Every workspace path a reference could name, for revalidation when any of them changes. */
export function readingsOf(ref: PathReference): string[] {
  return [...(ref.literal ?? []), ref.rel];
}

function validUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The folder of a workspace-relative path ('' for the root). */
export function dirOf(relPath: string): string {
  const i = relPath.lastIndexOf('/');
  return i < 0 ? '' : relPath.slice(0, i);
}

/**
 * The text before its query or fragment: what `text.replace(/[#?].*$/, '')` leaves, found in one
 * pass. (That regular expression tried every `#` and `?` in turn, each to the end of its line,
 * and took time quadratic in their number when a line break followed them.) As there, a `#` or
 * `?` counts only on the last line.
 */
export function withoutQueryOrFragment(text: string): string {
  let from = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      from = i + 1;
      break;
    }
  }
  const at = text.slice(from).search(/[#?]/);
  return at < 0 ? text : text.slice(0, from + at);
}

/**
 * Evidence references, classified without touching the disk: an https URL, an http URL, some
 * other scheme, or a path. Paths are relative to the manifest's folder, like links in Markdown,
 * and must stay inside the workspace: `..` that climbs out, absolute paths, `~`, drive letters,
 * UNC paths and percent-encoded separators that hide any of these are refused here, before any
 * file-system call. Symbolic links are the host's to catch (`WorkspaceHost.stat` → 'outside').
 */

export type Reference =
  | { kind: 'https'; url: string }
  | { kind: 'http'; url: string }
  | { kind: 'bad-url'; reason: string }
  | { kind: 'outside'; reason: string }
  | { kind: 'path'; rel: string };

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
  let path = raw.replace(/[#?].*$/, '');
  // Decode percent-escapes so that `%2e%2e%2f` cannot smuggle a `../` past the checks below.
  if (/%[0-9a-fA-F]{2}/.test(path)) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return { kind: 'bad-url', reason: 'it has a malformed percent-escape' };
    }
  }
  if (path.includes('\0')) return { kind: 'bad-url', reason: 'it contains a NUL character' };
  path = path.replace(/\\/g, '/');
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

/**
 * `--format json`: one object, stable keys, for scripts. Messages are data here, carried as
 * written; the characters JSON.stringify leaves raw that could act on a terminal are written
 * as `\u` escapes, which parse back to the same text.
 */
import { jsonInvisiblesEscaped } from '../../core/util/escape';
import { summarise, type FileResult } from './types';

export function formatJson(files: FileResult[]): string {
  const out = {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      kind: f.kind,
      // `href` and `data` as the language server sends them: what a script needs to act on a
      // finding without reading its message (kind, provision, the 8.1.1 item, …).
      diagnostics: f.findings.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range, ...(d.href ? { href: d.href } : {}), ...(d.data ? { data: { code: d.code, ...d.data } } : {}) })),
      ...(f.coverage ? { coverage: { applicable: f.coverage.applicable, addressed: f.coverage.addressed, upcoming: f.coverage.upcoming } } : {}),
    })),
    summary: summarise(files),
  };
  return jsonInvisiblesEscaped(JSON.stringify(out, null, 2)) + '\n';
}

/** `--format json`: one object, stable keys, for scripts. */
import { summarise, type FileResult } from './types';

export function formatJson(files: FileResult[]): string {
  const out = {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      kind: f.kind,
      diagnostics: f.findings.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range })),
      ...(f.coverage ? { coverage: { applicable: f.coverage.applicable, addressed: f.coverage.addressed, upcoming: f.coverage.upcoming } } : {}),
    })),
    summary: summarise(files),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

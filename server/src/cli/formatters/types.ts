import type { Coverage, FileKind, Finding } from '../../core/index';

/** One checked file, as every formatter receives it. */
export interface FileResult {
  /** Path relative to the root, POSIX separators. */
  path: string;
  kind: FileKind;
  findings: Finding[];
  coverage?: Coverage;
}

export interface Summary {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export function summarise(files: FileResult[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const f of files) {
    for (const d of f.findings) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else if (d.severity === 'information') s.information++;
      else s.hints++;
    }
  }
  return s;
}

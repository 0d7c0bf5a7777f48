/**
 * `--format github`: one GitHub Actions workflow command per finding, which the runner turns into
 * an annotation on the file and line (in the job's summary and on a pull request's diff):
 *
 *   ::error file=examples/ai-security.yaml,line=12,endLine=12,col=5,endColumn=9,title=ai-security 6.4::message
 *
 * Escaped as the runner unescapes them (actions/toolkit's command.ts): in the data, `%`, CR and
 * LF as %25, %0D and %0A; in a property also `:` and `,` as %3A and %2C, so that a file name
 * with a comma or a colon cannot end its property or start another, and the runner gets the
 * real path back. Everything else that could act on the log (controls, bidirectional marks, a
 * `##[` legacy command) goes through terminalText, as in the text output. Columns are given only when the finding starts and ends
 * on one line: GitHub's annotations take start and end columns on a single line alone. Lines and
 * columns are 1-based; columns count UTF-16 code units, as the ranges do.
 */
import type { Severity } from '../../core/index';
import { terminalText } from './escape';
import type { FileResult } from './types';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * A workflow command's data (after the second `::`): a message, shown as the text output shows
 * it (a line break in a quoted value as `\n`), then escaped for the runner.
 */
export function escapeData(s: string): string {
  return terminalText(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (`file=…`, `title=…`). */
export function escapeProperty(s: string): string {
  return terminalText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C'));
}

export function formatGithub(files: FileResult[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.findings) {
      const { start, end } = d.range;
      const props = [`file=${escapeProperty(f.path)}`, `line=${start.line + 1}`, `endLine=${end.line + 1}`];
      if (start.line === end.line) props.push(`col=${start.character + 1}`, `endColumn=${end.character + 1}`);
      props.push(`title=${escapeProperty(`ai-security ${d.code}`)}`);
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

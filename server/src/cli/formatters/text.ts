/**
 * The default output, in the style of ESLint's "stylish" formatter: a block per file with
 * aligned line:column, severity, message and code, then a one-line total. Colour only when
 * writing to a terminal (and never with NO_COLOR). Paths, messages and codes carry user text (file
 * names, quoted manifest values), so each is printed through `terminalText`.
 */
import { terminalText } from './escape';
import { summarise, type FileResult } from './types';

export interface TextOptions {
  color: boolean;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function formatText(files: FileResult[], opts: TextOptions): string {
  const c = {
    under: paint(opts.color, '4'),
    dim: paint(opts.color, '2'),
    red: paint(opts.color, '31'),
    yellow: paint(opts.color, '33'),
    blue: paint(opts.color, '34'),
    green: paint(opts.color, '32'),
    bold: paint(opts.color, '1'),
  };
  const label = { error: c.red('error'), warning: c.yellow('warning'), information: c.blue('info'), hint: c.dim('hint') };
  const width = { error: 5, warning: 7, information: 4, hint: 4 };
  const lines: string[] = [];
  for (const f of files) {
    if (f.findings.length === 0 && !f.coverage) continue;
    lines.push('', c.under(terminalText(f.path)));
    const pos = f.findings.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const posWidth = Math.max(0, ...pos.map((p) => p.length));
    f.findings.forEach((d, i) => {
      const sev = label[d.severity] + ' '.repeat(7 - width[d.severity]);
      lines.push(`  ${c.dim(pos[i]!.padEnd(posWidth))}  ${sev}  ${terminalText(d.message)}  ${c.dim(terminalText(d.code))}`);
    });
    if (f.coverage) {
      const v = f.coverage.byVerb;
      lines.push(
        `  ${c.dim('coverage')}  ${f.coverage.addressed} of ${f.coverage.applicable} applicable provisions addressed ` +
          `(requirements ${v.shall.addressed}/${v.shall.applicable}, recommendations ${v.should.addressed}/${v.should.applicable})` +
          (f.coverage.upcoming ? `; ${f.coverage.upcoming} more at a later lifecycle stage` : ''),
      );
    }
  }
  const s = summarise(files);
  const problems = s.errors + s.warnings;
  lines.push('');
  if (problems === 0 && s.information + s.hints === 0) {
    lines.push(c.green(`\u2714 ${files.length} file${files.length === 1 ? '' : 's'} checked, no problems`));
  } else {
    const parts = [`${s.errors} error${s.errors === 1 ? '' : 's'}`, `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`];
    if (s.information) parts.push(`${s.information} info`);
    if (s.hints) parts.push(`${s.hints} hint${s.hints === 1 ? '' : 's'}`);
    const mark = s.errors ? c.red('\u2716') : s.warnings ? c.yellow('\u2716') : c.blue('i');
    lines.push(c.bold(`${mark} ${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${files.length} file${files.length === 1 ? '' : 's'}`));
  }
  lines.push('');
  return lines.join('\n');
}

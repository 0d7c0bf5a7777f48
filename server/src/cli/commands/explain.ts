/** `ai-security explain <provision>`: a provision of the Code, quoted exactly, with its source. */
// The catalogue's own modules, not the core's index, which would load the analysis too.
import { attribution, catalogue, principle, provision, verbMeaning } from '../../core/catalogue/index';
import { suggestProvision } from '../../core/util/suggest';
import { EXPLAIN } from '../commands';
import { UsageError, type Io } from '../io';
import { choice, type Values } from '../options';

export function explain(values: Values, positionals: string[], io: Io): number {
  if (positionals.length !== 1) throw new UsageError('explain takes one provision number, e.g. ai-security explain 6.4');
  const id = positionals[0]!.trim();
  const p = provision(id);
  if (!p) {
    const guess = suggestProvision(id, catalogue().provisions.map((x) => x.id));
    throw new UsageError(`the Code has no provision ${id}${guess ? `; did you mean ${guess} (${provision(guess)!.title})?` : ' (numbers run from 1.1 to 13.2)'}`);
  }
  const pr = principle(p.principle)!;
  const src = catalogue().source;
  if (choice(EXPLAIN, 'format', values) === 'json') {
    io.stdout(
      JSON.stringify(
        {
          id: p.id,
          title: p.title,
          text: p.quote,
          principle: { number: pr.number, title: pr.title },
          phase: p.phase,
          modal: p.modal,
          meaning: verbMeaning[p.modal],
          obliges: p.stakeholders,
          etsi: p.etsi,
          source: src.url,
          attribution: attribution(),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const who = p.stakeholders.map((s) => (s === 'Organisation' ? 'Organisations' : `${s}s`)).join(', ');
  io.stdout(
    [
      `${p.id}  ${p.title}`,
      `Principle ${pr.number}: ${pr.title} (${p.phase})`,
      `${verbMeaning[p.modal][0]!.toUpperCase()}${verbMeaning[p.modal].slice(1)} (${p.modal}); obliges ${who}${p.stakeholdersImplied ? ' (implied by its principle)' : ''}; ETSI TS 104 223 ${p.etsi}`,
      '',
      wrap(`\u201c${p.quote}\u201d`, 76, '  '),
      '',
      `Source: ${src.title} (${src.publisher}, ${src.date})`,
      `        ${src.url}`,
      attribution(),
      '',
    ].join('\n'),
  );
  return 0;
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

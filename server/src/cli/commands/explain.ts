/** `ai-security explain <provision>`: a provision of the Code, quoted exactly, with its source. */
// The catalogue's own modules, not the core's index, which would load the analysis too.
import { attribution, catalogue, ETSI_STANDARD, ETSI_STANDARD_FULL, obligedSource, obligedText, partsKind, partsOf, principle, provision, verbMeaning, verbText } from '../../core/catalogue/index';
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
          // The short title is this tool's own wording; `text` and `parts` are the Code's.
          titleOurs: true,
          text: p.quote,
          principle: { number: pr.number, title: pr.title },
          phase: p.phase,
          modal: p.modal,
          meaning: verbMeaning[p.modal],
          // Each sentence's own verb: one part, the whole text, unless the Code mixes shall and should.
          parts: partsOf(p).map((x) => ({ modal: x.modal, meaning: verbMeaning[x.modal], text: x.text })),
          obliges: p.stakeholders,
          // false where the provision names no one and `obliges` is taken from `obligesFrom`.
          obligesNamed: !p.stakeholdersFrom,
          ...(p.stakeholdersFrom ? { obligesFrom: p.stakeholdersFrom } : {}),
          standard: ETSI_STANDARD_FULL,
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
  const from = obligedSource(p);
  const verbs = verbText(p);
  // Where the Code mixes its verbs, each sentence (or clause) again, under its own verb.
  const parts = p.parts ? ['', `Each ${partsKind(p)}'s own verb:`, ...p.parts.map((x) => `  ${x.modal} (${verbMeaning[x.modal]}):\n${wrap(`\u201c${x.text}\u201d`, 74, '    ')}`)] : [];
  io.stdout(
    [
      `${p.id}  ${p.title}  (short title ours; the Code's words are quoted below)`,
      `Principle ${pr.number}: ${pr.title} (${p.phase})`,
      wrap(`${verbs[0]!.toUpperCase()}${verbs.slice(1)}; obliges ${obligedText(p)}${from ? ` (${from})` : ''}; ${ETSI_STANDARD} ${p.etsi}`, 100, ''),
      '',
      wrap(`\u201c${p.quote}\u201d`, 76, '  '),
      ...parts,
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

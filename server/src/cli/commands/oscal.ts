/**
 * `ai-security oscal <document>`: OSCAL documents in JSON. The catalog and the profile come from
 * the Code's catalogue alone; the component definition and the assessment results from the
 * manifests found as `report` finds them. Each document is built by the core (core/oscal/), with
 * no clock in it: a rerun on the same inputs writes the same bytes.
 */
import * as path from 'node:path';
import { OSCAL, OSCAL_DOCUMENTS } from '../commands';
import { terminalText } from '../formatters/escape';
import { UsageError, type Io } from '../io';
import { alternatives, type Values } from '../options';
import { catalogDocument, profileDocument } from '../oscal/catalog';
import type { OscalContext, Written } from '../oscal/context';
import { assessmentResultsDocument, componentDefinitionDocument } from '../oscal/results';
import { writeOut } from '../workspace';
import { outputFile } from './report';

type OscalDocument = (typeof OSCAL_DOCUMENTS)[number];

/** The options each document takes (besides --output): any other is a usage error, not ignored. */
const OPTIONS: Record<OscalDocument, readonly string[]> = {
  catalog: [],
  profile: ['role', 'lifecycle', 'catalog-href'],
  'component-definition': ['root', 'today', 'catalog-href'],
  'assessment-results': ['root', 'today', 'catalog-href'],
};

export function oscal(values: Values, positionals: string[], io: Io): number {
  const [which, ...paths] = positionals;
  if (which === undefined) throw new UsageError(`oscal needs the document to write: ${alternatives([...OSCAL_DOCUMENTS])}`, true);
  if (!(OSCAL_DOCUMENTS as readonly string[]).includes(which)) throw new UsageError(`oscal writes ${alternatives([...OSCAL_DOCUMENTS])}, not "${which}"`, true);
  const doc = which as OscalDocument;
  for (const o of OSCAL.options) {
    if (o.name !== 'output' && values[o.name] !== undefined && !OPTIONS[doc].includes(o.name)) throw new UsageError(`--${o.name} is not an option of oscal ${doc}`, true);
  }
  if ((doc === 'catalog' || doc === 'profile') && paths.length > 0) throw new UsageError(`oscal ${doc} reads no files (it comes from the Code alone): remove ${paths.join(' ')}`, true);
  const outFile = outputFile(values, io);
  const written = build(doc, values, paths, io, outFile);
  if (outFile === undefined) {
    io.stdout(written.text);
    return 0;
  }
  // Links planted in the folder the documents are read from (--root, resolved as openRoot does)
  // are as untrusted as the current folder's, as for `report`.
  writeOut(`--output ${String(values.output)}`, outFile, written.text, [path.resolve(io.cwd, String(values.root ?? '.')), io.cwd]);
  const shown = path.relative(io.cwd, outFile);
  io.stdout(`Wrote ${terminalText(shown && !shown.startsWith('..') ? shown : outFile)}: ${written.summary}.\n`);
  return 0;
}

function build(doc: OscalDocument, values: Values, paths: string[], io: Io, outFile: string | undefined): Written {
  const context: OscalContext = { values, paths, io, outFile };
  switch (doc) {
    case 'catalog':
      return catalogDocument(context);
    case 'profile':
      return profileDocument(context);
    case 'component-definition':
      return componentDefinitionDocument(context);
    case 'assessment-results':
      return assessmentResultsDocument(context);
  }
}

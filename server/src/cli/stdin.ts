/**
 * `ai-security check -`: one document read from standard input, as an editor integration or a
 * pre-commit pipeline sends it. `--stdin-filename PATH` says which file it stands for: the name
 * decides manifest or model card, as a path on the command line does, and evidence paths are
 * resolved from its folder. Without it the content decides (a manifest's top-level keys, else a
 * model card) and the document is called `<stdin>`, at the root. The bytes are bounded by
 * --max-size and go through the same decoding as a file's, so binary or oversized input gets the
 * same one finding a file would.
 */
import * as path from 'node:path';
import type { FileKind } from '../core/index';
import type { Project } from '../core/project';
import type { FileContent } from '../core/service';
import { readStandardInput } from '../host/files';
import type { NodeWorkspaceHost } from '../host/node-host';
import { UsageError, type Io } from './io';

/** What standard input is called when no --stdin-filename names it. */
export const STDIN_NAME = '<stdin>';

/** A manifest's own top-level keys, at the start of a line (a model card has none of them). */
const MANIFEST_KEY = /^(?:version|system|assets|provisions|policy)[ \t]*:/m;

export function readStdinDocument(io: Io, host: NodeWorkspaceHost, project: Project, stdinFilename: unknown, maxBytes: number): { rel: string; kind: FileKind; content: FileContent } {
  let rel = STDIN_NAME;
  let kind: FileKind | undefined;
  if (stdinFilename !== undefined) {
    const named = host.relative(path.resolve(io.cwd, String(stdinFilename)));
    if (named === undefined || named === '') throw new UsageError(`--stdin-filename ${String(stdinFilename)} is outside the root ${host.root} (set --root)`, true);
    rel = named;
    kind = project.namedKind(named);
  }
  const content = (io.readStdin ?? readStandardInput)(maxBytes);
  if (kind === undefined) kind = 'bytes' in content && !MANIFEST_KEY.test(Buffer.from(content.bytes).toString('utf8')) ? 'model-card' : 'manifest';
  return { rel, kind, content };
}

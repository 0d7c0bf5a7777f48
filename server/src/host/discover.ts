/** Finding manifests on disk, for the CLI and for the server's start-up scan. */
import * as path from 'node:path';
import { entriesOf } from './files';

/** Folders never searched: dependencies and version control. */
const SKIP = new Set(['node_modules', '.git']);

/** The most files one search returns; a workspace with more is reported, never cut short silently. */
export const MAX_FILES = 10_000;

export interface Found {
  files: string[];
  /** True when the search stopped at the limit: there may be more files that were not seen. */
  truncated: boolean;
}

/**
 * Files under a folder that `accept` takes, skipping node_modules, .git, the folders `skipFolder`
 * skips (host/ignores.ts: build output, virtual environments, .gitignore), symbolic links (which
 * could loop, or lead out of the workspace) and anything that is not a regular file or a folder.
 * Stops after `limit` files and says so.
 */
export function findFiles(dir: string, accept: (absPath: string, name: string) => boolean, limit = MAX_FILES, skipFolder?: (absPath: string) => boolean): Found {
  const out: string[] = [];
  let truncated = false;
  const walk = (d: string) => {
    for (const e of entriesOf(d)) {
      if (truncated) return;
      const p = path.join(d, e.name);
      if (e.kind === 'directory') {
        if (!SKIP.has(e.name) && !skipFolder?.(p)) walk(p);
      } else if (e.kind === 'file' && accept(p, e.name)) {
        if (out.length === limit) truncated = true;
        else out.push(p);
      }
    }
  };
  walk(dir);
  return { files: out.sort(), truncated };
}

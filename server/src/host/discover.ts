/** Finding manifests on disk, for the CLI and for the server's start-up scan. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isManifestPath } from '../core/index';

/** Folders never searched: dependencies and version control. */
const SKIP = new Set(['node_modules', '.git']);

/**
 * Files under a folder that `accept` takes, skipping node_modules, .git and symbolic links
 * (which could loop, or lead out of the workspace). Stops after `limit` files.
 */
export function findFiles(dir: string, accept: (absPath: string, name: string) => boolean, limit = 10_000): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (out.length >= limit) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(path.join(d, e.name));
      } else if (e.isFile() && accept(path.join(d, e.name), e.name)) out.push(path.join(d, e.name));
      if (out.length >= limit) return;
    }
  };
  walk(dir);
  return out.sort();
}

export function findManifests(dir: string): string[] {
  return findFiles(dir, (_p, name) => isManifestPath(name));
}

/**
 * Finding and reading the project configuration (core/config.ts) for the CLI and the language
 * server. The search starts in a folder inside the workspace and goes up, folder by folder, to
 * the workspace root, and no further: every file the tool reads stays inside the root (the
 * CLI's --root, the editor's workspace folder), as evidence and baselines do. It also stops at a
 * folder that holds `.git`, the repository's top: a configuration above it belongs to no one in
 * it. The nearest configuration wins, and only one applies (as ESLint's flat config and Prettier
 * do); in a folder, `.ai-securityrc.yaml`, `.yml`, `.json` and package.json's `"ai-security"`
 * key are looked for in that order.
 *
 * The file is read through the workspace host: a regular file inside the root, never through a
 * symbolic link that leads out, never a FIFO or a device, at most CONFIG_MAX_BYTES.
 */
import { decodeText } from '../core/index';
import { CONFIG_MAX_BYTES, configCandidates, configSearchPath, parseConfig, type LoadedConfig } from '../core/config';
import type { NodeWorkspaceHost } from './node-host';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A configuration that could not be used at all, with why. */
function refused(file: string, message: string): LoadedConfig {
  const slash = file.lastIndexOf('/');
  return { file, dir: slash < 0 ? '' : file.slice(0, slash), config: {}, problems: [{ message, range: START }] };
}

/** The configuration that applies to a search from `from` (workspace-relative), or undefined. */
export function findConfig(host: Pick<NodeWorkspaceHost, 'stat' | 'readBytes'>, from = ''): LoadedConfig | undefined {
  for (const dir of configSearchPath(from)) {
    for (const file of configCandidates(dir)) {
      const packageJson = file.endsWith('package.json');
      const kind = host.stat(file);
      if (kind === 'missing') continue;
      if (kind === 'outside') {
        if (packageJson) continue;
        return refused(file, 'it leads outside the workspace through a symbolic link; it was not read');
      }
      if (kind !== 'file') {
        if (packageJson) continue;
        return refused(file, kind === 'directory' ? 'it is a folder, not a file' : 'it is not a regular file (a FIFO, socket or device); it was not read');
      }
      const r = host.readBytes(file, CONFIG_MAX_BYTES);
      if ('failure' in r) {
        if (packageJson) continue;
        return refused(file, `it could not be read (${r.code ?? r.failure})`);
      }
      // A package.json over the limit is taken as holding no configuration: most are not ours.
      if ('tooLarge' in r) {
        if (packageJson) continue;
        return refused(file, `it is larger than ${CONFIG_MAX_BYTES} bytes; it was not read`);
      }
      const decoded = decodeText(r.bytes);
      if (decoded.notText) {
        if (packageJson) continue;
        return refused(file, 'it is not text (UTF-8 or UTF-16)');
      }
      const loaded = parseConfig(file, decoded.text);
      if (loaded) return loaded;
    }
    if (host.stat(dir ? `${dir}/.git` : '.git') !== 'missing') return undefined;
  }
  return undefined;
}

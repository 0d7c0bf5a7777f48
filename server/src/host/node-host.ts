/**
 * The workspace as the core sees it, over Node's file system. Every path is resolved through
 * `realpath` before it is touched, and anything whose real location is outside the workspace
 * root is reported as 'outside' and never opened: a symbolic link cannot lead a read astray.
 * The reads themselves are host/files.ts's: regular files only, never blocking, capped.
 */
import * as path from 'node:path';
import { decodeText, type WorkspaceHost } from '../core/index';
import { entriesWithin, isInside, kindWithin, readWithin, rootAt, type ReadResult, type Root } from './files';

export { isInside };

export class NodeWorkspaceHost implements WorkspaceHost {
  readonly root: string;
  private readonly at: Root;

  constructor(root: string) {
    this.at = rootAt(root);
    this.root = this.at.dir;
  }

  /** The absolute path of a workspace-relative path (not yet resolved through links). */
  private abs(relPath: string): string {
    return path.resolve(this.root, ...relPath.split('/'));
  }

  stat(relPath: string): 'file' | 'directory' | 'special' | 'missing' | 'outside' {
    return kindWithin(this.at, this.abs(relPath));
  }

  readText(relPath: string, maxBytes: number): string | undefined {
    const r = this.readBytes(relPath, maxBytes);
    if (!('bytes' in r)) return undefined;
    const decoded = decodeText(r.bytes);
    return decoded.notText ? undefined : decoded.text;
  }

  /** The first `bytes` bytes of a file inside the workspace, as text (enough to see front matter). */
  readHead(relPath: string, bytes = 64 * 1024): string {
    const r = readWithin(this.at, this.abs(relPath), bytes, { head: true });
    return 'bytes' in r ? Buffer.from(r.bytes).toString('utf8') : '';
  }

  /**
   * The bytes of a file inside the workspace (after resolving links), or its size when it is over
   * `maxBytes` (then it is not read), or why it was not read: missing, outside, a folder, not a
   * regular file (a FIFO or a device is never opened in a way that could block), or unreadable.
   * Every read of workspace files by the adapters goes through here.
   */
  readBytes(relPath: string, maxBytes: number): ReadResult {
    return readWithin(this.at, this.abs(relPath), maxBytes);
  }

  list(relDir: string): { name: string; kind: 'file' | 'directory' }[] {
    return entriesWithin(this.at, this.abs(relDir))
      .filter((e): e is { name: string; kind: 'file' | 'directory' } => (e.kind === 'file' || e.kind === 'directory') && e.name !== '.git' && e.name !== 'node_modules')
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Workspace-relative POSIX path of an absolute path, or undefined if it is outside. */
  relative(abs: string): string | undefined {
    const resolved = path.resolve(abs);
    if (!isInside(this.root, resolved)) return undefined;
    return path.relative(this.root, resolved).split(path.sep).join('/');
  }
}

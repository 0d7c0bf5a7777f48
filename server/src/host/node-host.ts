/**
 * The workspace as the core sees it, over Node's file system. Every path is resolved through
 * `realpath` before it is touched, and anything whose real location is outside the workspace
 * root is reported as 'outside' and never opened: a symbolic link cannot lead a read astray.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, type WorkspaceHost } from '../core/index';

export class NodeWorkspaceHost implements WorkspaceHost {
  readonly root: string;
  private readonly realRoot: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.realRoot = safeRealpath(this.root) ?? this.root;
  }

  /** The real absolute path of a workspace-relative path, or 'outside' / 'missing'. */
  private resolve(relPath: string): string | 'outside' | 'missing' {
    const abs = path.resolve(this.root, ...relPath.split('/'));
    if (!isInside(this.root, abs)) return 'outside';
    const real = safeRealpath(abs);
    if (real === undefined) return 'missing';
    return isInside(this.realRoot, real) ? real : 'outside';
  }

  stat(relPath: string): 'file' | 'directory' | 'missing' | 'outside' {
    const r = this.resolve(relPath);
    if (r === 'outside' || r === 'missing') return r;
    try {
      const st = fs.statSync(r);
      return st.isDirectory() ? 'directory' : st.isFile() ? 'file' : 'missing';
    } catch {
      return 'missing';
    }
  }

  readText(relPath: string, maxBytes: number): string | undefined {
    const r = this.readBytes(relPath, maxBytes);
    if (!r || 'tooLarge' in r) return undefined;
    const decoded = decodeText(r.bytes);
    return decoded.notText ? undefined : decoded.text;
  }

  /**
   * The bytes of a file inside the workspace (after resolving links), or its size when it is over
   * `maxBytes` (then it is not read), or undefined when it is missing, not a file, or outside.
   * Every read of workspace files by the adapters goes through here.
   */
  /** The first `bytes` bytes of a file inside the workspace, as text (enough to see front matter). */
  readHead(relPath: string, bytes = 64 * 1024): string {
    const r = this.resolve(relPath);
    if (r === 'outside' || r === 'missing') return '';
    let fd: number | undefined;
    try {
      fd = fs.openSync(r, 'r');
      const buf = Buffer.alloc(bytes);
      return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0)).toString('utf8');
    } catch {
      return '';
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  readBytes(relPath: string, maxBytes: number): { bytes: Uint8Array } | { tooLarge: number } | undefined {
    const r = this.resolve(relPath);
    if (r === 'outside' || r === 'missing') return undefined;
    let fd: number | undefined;
    try {
      fd = fs.openSync(r, 'r');
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return undefined;
      if (st.size > maxBytes) return { tooLarge: st.size };
      const buf = Buffer.alloc(st.size);
      let off = 0;
      while (off < st.size) {
        const n = fs.readSync(fd, buf, off, st.size - off, off);
        if (n === 0) break;
        off += n;
      }
      return { bytes: buf.subarray(0, off) };
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  list(relDir: string): { name: string; kind: 'file' | 'directory' }[] {
    const r = this.resolve(relDir);
    if (r === 'outside' || r === 'missing') return [];
    try {
      return fs
        .readdirSync(r, { withFileTypes: true })
        .filter((e) => (e.isFile() || e.isDirectory()) && e.name !== '.git' && e.name !== 'node_modules')
        .map((e) => ({ name: e.name, kind: e.isDirectory() ? ('directory' as const) : ('file' as const) }))
        .sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return [];
    }
  }

  /** Workspace-relative POSIX path of an absolute path, or undefined if it is outside. */
  relative(abs: string): string | undefined {
    const resolved = path.resolve(abs);
    if (!isInside(this.root, resolved)) return undefined;
    return path.relative(this.root, resolved).split(path.sep).join('/');
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return undefined;
  }
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Every file the tool opens, lists or writes goes through here, and this is the only module that
 * imports `node:fs` (test/file-access.test.ts holds the line). A cloned repository is
 * untrusted input in its file names, symbolic links, FIFOs and devices as much as in its text:
 *
 * - A read takes regular files only, inside a root: the path is resolved with `realpath` and must
 *   stay inside the root's real path; it is opened without following a final link and without
 *   blocking (a FIFO or a device would otherwise block `open` for ever), checked again on the
 *   open descriptor, and read to at most the cap plus one byte whatever its size says (files in
 *   /proc report 0 and a device has none).
 * - A write goes to a new temporary file beside the target, which is then renamed over it (or
 *   linked to it, when nothing may be replaced): never through a symbolic link, never over
 *   something that is not a regular file, and never into a folder reached through a link inside
 *   the folders the caller does not trust.
 *
 * The checks and the open are not one atomic step: someone changing the workspace while the tool
 * runs could swap a folder for a link in between. What this guards against is what a repository
 * can hold when it is cloned, not a concurrent attacker on the same machine.
 */
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What is at a path: a regular file, a folder, something else (FIFO, socket, device), nothing. */
export type Kind = 'file' | 'directory' | 'special' | 'missing';

/** Why a read returned no bytes. */
export type ReadFailure = 'missing' | 'outside' | 'directory' | 'special' | 'unreadable';

export type ReadResult = { bytes: Uint8Array } | { tooLarge: number } | { failure: ReadFailure; code?: string };

/** A root folder, as given and as resolved: reads through it stay inside the resolved one. */
export interface Root {
  readonly dir: string;
  readonly real: string;
}

// Windows has neither flag; there, FIFOs and devices are not files one can name in a folder.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
const CREATE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

export function realpathOf(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return undefined;
  }
}

export function rootAt(dir: string): Root {
  const abs = path.resolve(dir);
  return { dir: abs, real: realpathOf(abs) ?? abs };
}

function kindOfStats(st: fs.Stats): Kind {
  return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'special';
}

/** What is at a path, following symbolic links (a dangling link is missing). Nothing is opened. */
export function kindAt(abs: string): Kind {
  try {
    return kindOfStats(fs.statSync(abs));
  } catch {
    return 'missing';
  }
}

/** What is at a path itself, without following a final symbolic link. */
export function entryAt(abs: string): Kind | 'link' {
  try {
    const st = fs.lstatSync(abs);
    return st.isSymbolicLink() ? 'link' : kindOfStats(st);
  } catch {
    return 'missing';
  }
}

/**
 * The real path of `abs` when it is inside the root, both before and after resolving links, or
 * why not. Nothing outside the root is touched: a path that is lexically outside is refused
 * before `realpath` sees it.
 */
export function resolveWithin(root: Root, abs: string): string | 'outside' | 'missing' {
  const p = path.resolve(abs);
  if (!isInside(root.dir, p) && !isInside(root.real, p)) return 'outside';
  const real = realpathOf(p);
  if (real === undefined) return 'missing';
  return isInside(root.real, real) ? real : 'outside';
}

/** What is at a path inside the root; 'outside' when it resolves out of it. */
export function kindWithin(root: Root, abs: string): Kind | 'outside' {
  const r = resolveWithin(root, abs);
  return r === 'outside' || r === 'missing' ? r : kindAt(r);
}

/**
 * The bytes of a regular file inside the root, at most `maxBytes` of them: a larger file gives
 * `tooLarge` (its size, or at least `maxBytes + 1` when its size was not to be believed). With
 * `head`, the first `maxBytes` bytes and never `tooLarge` (enough to look at front matter).
 */
export function readWithin(root: Root, abs: string, maxBytes: number, opts: { head?: boolean } = {}): ReadResult {
  const real = resolveWithin(root, abs);
  if (real === 'outside' || real === 'missing') return { failure: real };
  return readRegular(real, maxBytes, opts.head === true);
}

/** The one place a file is opened for reading; `real` is a path with no links left in it. */
function readRegular(real: string, maxBytes: number, head: boolean): ReadResult {
  // Look before opening: a folder or a FIFO is refused without an open at all.
  const before = kindAt(real);
  if (before !== 'file') return { failure: before === 'missing' ? 'missing' : before };
  let fd: number | undefined;
  try {
    fd = fs.openSync(real, READ_FLAGS);
    // Look again at what was opened: it may have been replaced since the first look.
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { failure: st.isDirectory() ? 'directory' : 'special' };
    if (!head && st.size > maxBytes) return { tooLarge: st.size };
    const limit = head ? maxBytes : maxBytes + 1;
    let buf = Buffer.allocUnsafe(Math.max(1, Math.min(limit, st.size + 1)));
    let got = 0;
    while (got < limit) {
      if (got === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
        buf.copy(bigger, 0, 0, got);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    if (!head && got > maxBytes) return { tooLarge: Math.max(st.size, got) };
    return { bytes: buf.subarray(0, got) };
  } catch (e) {
    return { failure: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The entries of a folder, by what each is itself (a link is neither a file nor a folder). */
export function entriesOf(dir: string): { name: string; kind: Kind | 'link' }[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).map((e) => ({
      name: e.name,
      kind: e.isSymbolicLink() ? ('link' as const) : e.isFile() ? ('file' as const) : e.isDirectory() ? ('directory' as const) : ('special' as const),
    }));
  } catch {
    return [];
  }
}

/** The entries of a folder inside the root, or none when it resolves outside it. */
export function entriesWithin(root: Root, dir: string): { name: string; kind: Kind | 'link' }[] {
  const real = resolveWithin(root, dir);
  return real === 'outside' || real === 'missing' ? [] : entriesOf(real);
}

/** A write the tool will not make; the message says why, without the target's name. */
export class WriteRefused extends Error {}

export interface WriteOptions {
  /** Fail if the target exists, even as a dangling link (`init` never replaces a manifest). */
  exclusive?: boolean;
  /**
   * Folders whose contents may be hostile (the workspace root, the current folder): between the
   * outermost of them that holds the target and the target's folder, no folder may be a
   * symbolic link. A folder the user named outside them is theirs to name.
   */
  untrusted?: string[];
}

/**
 * Writes `text` to `target` by way of a temporary file in the same folder, created exclusively
 * and renamed over the target, so that a reader never sees half a file and nothing is written
 * through a link. Throws `WriteRefused` when the target or its folder is not to be written, and
 * the file system's own error (with its `code`) when the write fails.
 */
export function writeWithin(target: string, text: string, opts: WriteOptions = {}): void {
  const abs = path.resolve(target);
  const dir = path.dirname(abs);
  if (kindAt(dir) !== 'directory') throw Object.assign(new Error('its folder does not exist'), { code: 'ENOENT' });
  const anchor = (opts.untrusted ?? []).map((u) => path.resolve(u)).filter((u) => isInside(u, dir)).sort((a, b) => a.length - b.length)[0];
  if (anchor !== undefined) {
    let at = anchor;
    for (const part of path.relative(anchor, dir).split(path.sep).filter(Boolean)) {
      at = path.join(at, part);
      if (entryAt(at) === 'link') throw new WriteRefused(`its folder ${path.relative(anchor, at) || at} is a symbolic link (to ${realpathOf(at) ?? 'nowhere'}); nothing is written through a link`);
    }
  }
  const existing = entryAt(abs);
  if (existing === 'link') throw new WriteRefused('it is a symbolic link; nothing is written through a link');
  if (existing === 'directory') throw new WriteRefused('it is a folder, not a file');
  if (existing === 'special') throw new WriteRefused('it is not a regular file (a FIFO, socket or device)');
  if (existing === 'file' && opts.exclusive) throw Object.assign(new Error('it already exists'), { code: 'EEXIST' });

  // node:crypto is loaded here, when something is written, not when the tool starts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('node:crypto') as typeof Crypto;
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined = fs.openSync(tmp, CREATE_FLAGS, 0o666);
  try {
    // A file being replaced keeps its permissions, as it would if it were written in place.
    if (existing === 'file') {
      try {
        fs.fchmodSync(fd, fs.statSync(abs).mode & 0o777);
      } catch {
        // It went away meanwhile: the new file keeps the default mode.
      }
    }
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // link(2) never replaces anything, a dangling link included; rename(2) replaces the entry
    // itself (a link put there meanwhile is replaced, not followed).
    if (opts.exclusive) linkExclusive(tmp, abs, text);
    else fs.renameSync(tmp, abs);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
    try {
      fs.unlinkSync(tmp);
    } catch {
      // Renamed into place, or never made.
    }
  }
}

function linkExclusive(tmp: string, abs: string, text: string): void {
  try {
    fs.linkSync(tmp, abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A file system without hard links (FAT, some network mounts): create the name exclusively
    // and write it, which O_EXCL refuses for anything already there, a dangling link included.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    const fd = fs.openSync(abs, CREATE_FLAGS, 0o666);
    try {
      fs.writeFileSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/**
 * Reads standard input synchronously, as the rest of the run is, keeping at most `maxBytes`
 * bytes: past them it reads on to the end only to count, in one reused buffer, so that the
 * finding states the true size as it does for a file, while memory stays bounded. A pipe that a
 * parent made non-blocking answers EAGAIN while it waits for data: wait a moment on it
 * (Atomics.wait, not a busy loop) and read again.
 */
export function readStandardInput(maxBytes: number): { bytes: Uint8Array } | { tooLarge: number } {
  const chunks: Buffer[] = [];
  let total = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const spare = Buffer.alloc(64 * 1024);
  for (;;) {
    const chunk = total <= maxBytes ? Buffer.alloc(64 * 1024) : spare;
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    if (chunk !== spare) chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return total > maxBytes ? { tooLarge: total } : { bytes: Buffer.concat(chunks) };
}

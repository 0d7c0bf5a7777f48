/**
 * The CLI run in this process, as the tests run it: what it printed on each stream, and its exit
 * code. One helper for every CLI test, so that they all build the `Io` the same way.
 */
import { run, type Io } from '../../server/src/cli/main';
import { repoRoot } from '../helpers';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliOptions {
  /** The working folder (default: the repository). */
  cwd?: string;
  tty?: boolean;
  env?: Record<string, string>;
  /** What standard input holds, for `check -`. */
  stdin?: string | Uint8Array;
  /** The discovery bound, when a test lowers it. */
  maxFiles?: number;
}

export function runCli(args: string[], opts: CliOptions = {}): CliRun {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: opts.cwd ?? repoRoot, isTty: opts.tty ?? false, env: opts.env ?? {} };
  if (opts.maxFiles !== undefined) io.maxFiles = opts.maxFiles;
  if (opts.stdin !== undefined) {
    const bytes = typeof opts.stdin === 'string' ? Buffer.from(opts.stdin) : opts.stdin;
    io.readStdin = (max) => (bytes.length > max ? { tooLarge: bytes.length } : { bytes });
  }
  return { code: run(args, io), out, err };
}

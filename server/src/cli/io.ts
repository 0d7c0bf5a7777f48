/** What every command gets from the entry point, and the one error it throws for the user. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTty: boolean;
  env: Record<string, string | undefined>;
  /** The most files one folder's search may find (default MAX_FILES); tests set it lower. */
  maxFiles?: number;
  /**
   * Standard input's bytes, at most `maxBytes` of them (`check -`); more is `tooLarge`. Tests
   * set it; without it, the process's own standard input is read (host/files.ts).
   */
  readStdin?: (maxBytes: number) => { bytes: Uint8Array } | { tooLarge: number };
}

/** A mistake in the command line, or a file that cannot be used: one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /**
   * @param commandLine a mistake in the command line itself (an unknown option or command, a
   * value not among an option's choices): the command's usage line follows the message. A file
   * that cannot be used is not one: its message alone says what to do.
   */
  constructor(
    message: string,
    readonly commandLine = false,
  ) {
    super(message);
  }
}

/**
 * Whether an error is a UsageError. Known by its name, not its class: each command is bundled on
 * its own (esbuild.mjs), with its own copy of the class.
 */
export function isUsageError(e: unknown): e is UsageError {
  return e instanceof Error && e.name === 'UsageError';
}

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

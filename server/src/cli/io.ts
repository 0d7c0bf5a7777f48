/** What every command gets from the entry point, and the one error it throws for the user. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTty: boolean;
  env: Record<string, string | undefined>;
  /** The most files one folder's search may find (default MAX_FILES); tests set it lower. */
  maxFiles?: number;
}

/** A mistake in the command line, or a file that cannot be used: one line on stderr, exit 2. */
export class UsageError extends Error {}

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

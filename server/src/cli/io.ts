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
export class UsageError extends Error {
  override readonly name = 'UsageError';
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

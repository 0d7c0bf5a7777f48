/**
 * Who owns a new manifest's system, as "Create manifest" suggests it: the workspace folder's
 * `git config user.email`. Git is asked locally (config is read from files; nothing is fetched),
 * with a short timeout, and any failure (no git, not a repository, no address set, too slow)
 * means no suggestion: the user types the owner. No vscode import, so it is tested in Node.
 */
import { execFile } from 'node:child_process';

/** Runs a command in a folder and gives its standard output, or rejects. */
export type Run = (file: string, args: string[], options: { cwd: string; timeout: number }) => Promise<string>;

const run: Run = (file, args, options) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      // No prompt can wait for an answer, and the child's output is bounded: an address is short.
      { ...options, windowsHide: true, maxBuffer: 64 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout) => (error ? reject(error) : resolve(String(stdout))),
    );
  });

export const GIT_TIMEOUT_MS = 2000;

/** The folder's git user.email, or undefined when there is none (or git could not say in time). */
export async function gitUserEmail(folder: string, runner: Run = run, timeout = GIT_TIMEOUT_MS): Promise<string | undefined> {
  try {
    const out = await Promise.race([
      runner('git', ['config', '--get', 'user.email'], { cwd: folder, timeout }),
      // A runner that ignores its timeout still gets none.
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), timeout + 500).unref()),
    ]);
    return ownerFrom(out);
  } catch {
    return undefined;
  }
}

/** The first line of git's answer, if it is a plausible owner: one line of printable text. */
export function ownerFrom(out: string): string | undefined {
  const first = out.split(/\r?\n/)[0]!.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what is refused.
  return first && first.length <= 254 && !/[\u0000-\u001f\u007f]/.test(first) ? first : undefined;
}

/**
 * How the language server's Node process is started, shared by the VS Code client and the
 * benchmark so that what is measured is what runs.
 *
 * A language server works in bursts (a workspace scan, a folder of files opened at once) and then
 * sits idle for long stretches, holding memory the user's machine could use. `--expose-gc` lets
 * it run one full collection when it falls idle after analysing (see `startServer`); without it
 * V8 keeps a burst's garbage, and the pages that held it, until it next needs room, which an
 * idle server never does. `--max-semi-space-size=1` (MB) keeps the young generation small, so
 * the collection can hand its pages back too. Measured with 100 manifests and 100 model cards
 * opened at once: about 120 MB resident before, under 80 MB once settled; edit latency on a
 * 3,000-line manifest is unchanged at the 95th percentile (see `npm run bench`).
 * `--no-regexp-tier-up` compiles regular expressions to machine code from their first run
 * (why, and why on the command line: host/regexp-engine.ts).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc', '--max-semi-space-size=1', '--no-regexp-tier-up'];

/**
 * V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
 * code only once it proves hot. The model-card checks run some hundreds of expressions over every
 * line of a card, most of them once per line and over short lines, and V8 left many of them in
 * the interpreter: measured, `ai-security check examples` took 0.68 s and 84 MB, and a card of
 * one 1 MB line took 1.2 s once other cards had been read; compiled from the start, 0.42 s, 77 MB
 * and 0.37 s, and the whole corpus of real cards 18 % faster. So the adapters ask for machine code
 * from the first run; never the pure core.
 *
 * The flag is safe only before any expression has run: changed after, V8 crashed (a test runner
 * that set it once tsx had registered died with a segmentation fault). So it is set where the
 * process starts: the VS Code client passes it on the server's command line (SERVER_EXEC_ARGV),
 * the npm scripts on node's; and the CLI's entry and the server's main import this module first
 * of all, for its side effect, so that a process started without the flag (the `ai-security`
 * bin, a server another editor starts) sets it before any module of theirs has run.
 */
import { setFlagsFromString } from 'node:v8';

const REGEXP_FLAG = '--no-regexp-tier-up';

if (!process.execArgv.includes(REGEXP_FLAG)) {
  try {
    setFlagsFromString(REGEXP_FLAG);
  } catch {
    // A runtime without the flag keeps its own engine: slower, never wrong.
  }
}

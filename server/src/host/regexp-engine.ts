/**
 * V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
 * code only once it proves hot. The model-card checks run some hundreds of expressions over every
 * line of a card, most of them once per line and over short lines, and V8 left many of them in
 * the interpreter: measured, `ai-security check examples` took 0.68 s and 84 MB, and a card of
 * one 1 MB line took 1.2 s once other cards had been read; compiled from the start, 0.42 s, 77 MB
 * and 0.37 s, and the whole corpus of real cards 18 % faster. So the adapters (the CLI's commands
 * that analyse, and the language server; never the pure core, nor the CLI's small entry, which
 * `--version` and `--help` load alone) ask for machine code from the first run.
 */
import { setFlagsFromString } from 'node:v8';

export function compileRegexpsAtOnce(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // A runtime without the flag keeps its own engine: slower, never wrong.
  }
}

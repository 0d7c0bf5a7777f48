/** What `oscal`'s dispatch (commands/oscal.ts) hands each document's builder, and what it returns. */
import type { Io } from '../io';
import type { Values } from '../options';

export interface OscalContext {
  /** The command line's options (only those of this document are set: the dispatch refuses the rest). */
  values: Values;
  /** The operands after the document's name. */
  paths: string[];
  io: Io;
  /** Where --output writes, absolute, or undefined for standard output. */
  outFile: string | undefined;
}

/** A document built: its JSON text, and the one line said when it goes to a file ("72 controls in 13 groups"). */
export interface Written {
  text: string;
  summary: string;
}

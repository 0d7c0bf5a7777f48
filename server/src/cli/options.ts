/**
 * Command-line options described once: each option's name, argument, values, default and one
 * line of description. The parser's options (node:util `parseArgs`), `--help` for each command
 * and for the whole tool, and the synopsis the README's tests compare with, are all made from the
 * descriptions, so that they cannot disagree (and a test holds the README's synopsis to them).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './io';
import { nearest } from './suggest';

export interface OptionSpec {
  /** The long name, without its dashes. */
  name: string;
  /** A one-letter alias. */
  short?: string;
  /** The argument's name in the help (`DIR`, `FILE`); a flag has none. */
  arg?: string;
  /** The values it takes, in the order the help lists them. */
  choices?: readonly string[];
  /** Several values, comma-separated (`--roles developer,system-operator`). */
  list?: boolean;
  /** The value when the option is not given: given to the parser and shown in the help. */
  default?: string;
  /** What the help says the default is, when it is worked out at run time (today's date, the folder's name). */
  defaultText?: string;
  /** The option may be given more than once. */
  multiple?: boolean;
  /** A flag that also has a `--no-` form. */
  negatable?: boolean;
  /** One line: what it does. */
  description: string;
}

export interface CommandSpec {
  name: string;
  /** The operands, as the usage line shows them (`[paths...]`). */
  operands: string;
  /** One line, for the list of commands. */
  summary: string;
  options: readonly OptionSpec[];
}

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'Show this help' };
/** `ai-security check --version` prints the version as `ai-security --version` does. */
const VERSION_OPTION: OptionSpec = { name: 'version', description: 'Show the version' };

/** `Usage: ai-security check [paths...] [options]`: what a usage error prints after its message. */
export function usageLine(spec: CommandSpec | undefined): string {
  return spec ? `Usage: ai-security ${spec.name} ${spec.operands} [options]` : 'Usage: ai-security <command> [options]';
}

/** Parses a command's arguments by its options; a mistake is a usage error in one line. */
export function parse(spec: CommandSpec, args: string[]): { values: Values; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string }> = {};
  for (const o of [...spec.options, HELP_OPTION, VERSION_OPTION]) {
    options[o.name] = { type: o.arg ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) };
    if (o.negatable) options[`no-${o.name}`] = { type: 'boolean' };
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node writes some of these messages as several sentences on several lines: one line here.
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/, '').replace(/([.?])\n/g, '$1 ');
    throw new UsageError(`${message}${didYouMean(spec, message)} (see ai-security ${spec.name} --help)`, true);
  }
}

/** `; did you mean --fail-on?` after Node's "Unknown option '--fail-no'", when one option is that near. */
function didYouMean(spec: CommandSpec, message: string): string {
  const typed = /^Unknown option '--([^'=]{1,64})/.exec(message)?.[1];
  if (typed === undefined) return '';
  const names = [...spec.options, HELP_OPTION, VERSION_OPTION].flatMap((o) => (o.negatable ? [o.name, `no-${o.name}`] : [o.name]));
  const guess = nearest(typed, names);
  return guess ? `; did you mean --${guess}?` : '';
}

/** `a, b or c`. */
export function alternatives(xs: readonly string[]): string {
  return xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}` : (xs[0] ?? '');
}

/** A value that must be one of an option's choices, or a usage error naming them. */
export function choice(spec: CommandSpec, name: string, values: Values): string {
  const o = spec.options.find((x) => x.name === name)!;
  const value = String(values[name]);
  if (!o.choices!.includes(value)) throw new UsageError(`--${name} must be ${alternatives(o.choices!)}, not "${value}"`, true);
  return value;
}

/** The width the help is wrapped to, and the column its descriptions start in. */
const WIDTH = 100;
const COLUMN = 25;

function optionName(o: OptionSpec): string {
  const long = `--${o.name}${o.arg ? ` ${o.arg}` : ''}`;
  return `${o.short ? `-${o.short}, ` : ''}${long}${o.negatable ? `, --no-${o.name}` : ''}`;
}

function optionText(o: OptionSpec): string {
  if (o.choices && !o.list) return `${o.description}: ${alternatives(o.choices.map((c) => (c === (o.default ?? o.defaultText) ? `${c} (default)` : c)))}`;
  const values = o.choices ? `: ${alternatives(o.choices)}` : '';
  const d = o.default ?? o.defaultText;
  return `${o.description}${values}${d !== undefined ? ` (default: ${d})` : ''}`;
}

/** Lines of `name  text`, the text wrapped at the help's width and aligned in its column. */
function table(rows: [string, string][]): string[] {
  const lines: string[] = [];
  for (const [name, text] of rows) {
    const first = `  ${name}`;
    const words = wrap(text, WIDTH - COLUMN);
    if (first.length < COLUMN - 1) lines.push(first.padEnd(COLUMN) + (words.shift() ?? ''));
    else lines.push(first);
    for (const w of words) lines.push(' '.repeat(COLUMN) + w);
  }
  return lines;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `ai-security check --help`: the command's usage, what it does, and its options. */
export function commandHelp(spec: CommandSpec): string {
  return [usageLine(spec), '', ...wrap(spec.summary, WIDTH), '', 'Options:', ...table([...spec.options, HELP_OPTION, VERSION_OPTION].map((o) => [optionName(o), optionText(o)])), ''].join('\n');
}

/** `ai-security --help`: every command with its options. */
export function toolHelp(description: string, commands: readonly CommandSpec[]): string {
  const lines = [`Usage: ai-security <command> [options]`, '', ...wrap(description, WIDTH), '', 'Commands:', ...table(commands.map((c) => [`${c.name} ${c.operands}`, c.summary]))];
  for (const c of commands) lines.push('', `Options for ${c.name}:`, ...table(c.options.map((o) => [optionName(o), optionText(o)])));
  lines.push('', ...table([[optionName(HELP_OPTION), 'Show this help; after a command, that command\u2019s'], ['-v, --version', 'Show the version']]), '');
  return lines.join('\n');
}

/**
 * The README's synopsis: one usage per command with every option, wrapped at 100 columns with
 * the continuation under the command's operands (`npm run generate` writes it; a test holds it
 * current).
 */
export function synopsis(commands: readonly CommandSpec[]): string {
  const lines: string[] = [];
  for (const c of commands) {
    const head = `ai-security ${c.name} ${c.operands}`;
    const indent = ' '.repeat(`ai-security ${c.name} `.length);
    let line = head;
    for (const o of c.options) {
      const value = o.arg ? ` ${o.choices && !o.list ? o.choices.join('|') : o.arg}` : '';
      const word = o.negatable ? `[--[no-]${o.name}]` : `[--${o.name}${value}]`;
      if (line.length + 1 + word.length > WIDTH) {
        lines.push(line);
        line = indent + word;
      } else line = `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

#!/usr/bin/env node
/**
 * `ai-security`: the command-line adapter over the core. It finds manifests, reads them through
 * the same workspace host the editor uses (so a path outside the root is never opened), and
 * prints text, JSON or SARIF. Exit codes: 0 nothing reaches --fail-on, 1 something does,
 * 2 usage or I/O error (one line on stderr, never a stack trace).
 *
 * This module parses the command line and prints help and the version; each command is a module
 * of its own under commands/, loaded only when it runs, so that `check` never loads the report
 * renderers, and `--version` loads no analysis at all (esbuild.mjs bundles each apart).
 */
// First, for its side effect: before any other module has run an expression (see the module).
import '../host/regexp-engine';
import { COMMANDS, DESCRIPTION } from './commands';
import { terminalText } from './formatters/escape';
import { isUsageError, UsageError, VERSION, type Io } from './io';
import { commandHelp, parse, toolHelp, usageLine, type Values } from './options';
import { nearest } from './suggest';

export { DEFAULT_MAX_BYTES, MAX_BYTES_CEILING } from './commands';
export { UsageError, VERSION, type Io } from './io';
export type { Finding } from '../core/index';

type Command = (values: Values, positionals: string[], io: Io) => number;

/* eslint-disable @typescript-eslint/no-require-imports -- required when the command runs, not when the tool starts */
const LOAD: Record<string, () => Command> = {
  check: () => (require('./commands/check') as typeof import('./commands/check')).check,
  report: () => (require('./commands/report') as typeof import('./commands/report')).report,
  explain: () => (require('./commands/explain') as typeof import('./commands/explain')).explain,
  init: () => (require('./commands/init') as typeof import('./commands/init')).init,
  oscal: () => (require('./commands/oscal') as typeof import('./commands/oscal')).oscal,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export function run(argv: string[], io: Io): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    // Messages echo arguments and file names: printed as text, on one line.
    if (isUsageError(e)) {
      io.stderr(`ai-security: ${terminalText(e.message)}\n`);
      // A mistake in the command line is followed by the usage line, on stderr like the message,
      // so that standard output stays empty for whatever reads it.
      if (e.commandLine) io.stderr(`${usageLine(COMMANDS.find((c) => c.name === argv[0]))}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    io.stderr(`ai-security: ${terminalText(`${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}`)}\n`);
    return 2;
  }
}

function dispatch(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === undefined) {
    // No command is a usage error: the help goes where errors go, and the exit status says so.
    io.stderr(toolHelp(DESCRIPTION, COMMANDS));
    return 2;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    const about = command === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(about ? commandHelp(about) : toolHelp(DESCRIPTION, COMMANDS));
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const spec = COMMANDS.find((c) => c.name === command);
  if (!spec) {
    const guess = command.startsWith('-') ? undefined : nearest(command, COMMANDS.map((c) => c.name));
    throw new UsageError(`unknown command "${command}"${guess ? `; did you mean "${guess}"?` : ''} (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see ai-security --help)`, true);
  }
  const { values, positionals } = parse(spec, rest);
  if (values.help) {
    io.stdout(commandHelp(spec));
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  return LOAD[spec.name]!()(values, positionals, io);
}

if (require.main === module) {
  // A reader that stops early (`ai-security check --format json | head`) closes the pipe: the
  // output is no longer wanted, so stop quietly, as other command-line tools do, rather than die
  // with an unhandled EPIPE and a stack trace. The exit status stays the check's.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  const code = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: process.stdout.isTTY === true,
    env: process.env,
  });
  process.exitCode = code;
}

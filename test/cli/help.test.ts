/**
 * The help and the README's synopsis come from one description of each command's options
 * (server/src/cli/commands.ts): every option is in `--help` and the command's own help, the
 * README names no option a command does not take, and the lists the commands state are the
 * core's.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPORT_FORMATS } from '../../server/src/core/index';
import { LIFECYCLES, ROLES } from '../../server/src/core/schema';
import { COMMANDS, LIFECYCLE_CHOICES, REPORT_FORMAT_CHOICES, ROLE_CHOICES } from '../../server/src/cli/commands';
import { VERSION } from '../../server/src/cli/main';
import { runCli, type CliRun } from './run-cli';
import { repoRoot } from '../helpers';

const cli = (args: string[]): CliRun => runCli(args);

describe('cli help', () => {
  it('--help lists every command and every option of each', () => {
    const r = cli(['--help']);
    assert.equal(r.code, 0);
    for (const c of COMMANDS) {
      assert.ok(r.out.includes(`  ${c.name} ${c.operands}`), c.name);
      for (const o of c.options) assert.ok(r.out.includes(`--${o.name}${o.arg ? ` ${o.arg}` : ''}`), `${c.name} --${o.name}`);
    }
    assert.ok(r.out.split('\n').every((l) => l.length <= 100), 'wrapped at 100 columns');
  });

  it("each command's --help (and `help <command>`) shows its usage and its options alone", () => {
    for (const c of COMMANDS) {
      const r = cli([c.name, '--help']);
      assert.equal(r.code, 0, c.name);
      assert.ok(r.out.startsWith(`Usage: ai-security ${c.name} ${c.operands} [options]\n`), c.name);
      assert.equal(cli(['help', c.name]).out, r.out);
      for (const other of COMMANDS.filter((x) => x !== c)) {
        for (const o of other.options.filter((x) => !c.options.some((y) => y.name === x.name))) assert.ok(!r.out.includes(`--${o.name} `), `${c.name} help names ${other.name}'s --${o.name}`);
      }
    }
    assert.equal(cli(['check', '-h']).out, cli(['check', '--help']).out);
  });

  it('a mistake points at the command\u2019s help and prints its usage line, on stderr; no command prints the help to stderr and exits 2', () => {
    assert.deepEqual(cli(['report', '--bogus']), { code: 2, out: '', err: "ai-security: Unknown option '--bogus' (see ai-security report --help)\nUsage: ai-security report [paths...] [options]\n" });
    const none = cli([]);
    assert.equal(none.code, 2);
    assert.equal(none.out, '');
    assert.equal(none.err, cli(['--help']).out);
  });

  it('--help and -h go to standard output and exit 0', () => {
    for (const args of [['--help'], ['-h'], ['check', '--help'], ['help', 'check']]) {
      const r = cli(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.equal(r.err, '', args.join(' '));
      assert.match(r.out, /^Usage: ai-security /, args.join(' '));
    }
  });

  it('did you mean: a misspelt command or option suggests the nearest within two edits (Damerau-Levenshtein)', () => {
    const command = cli(['chekc']);
    assert.equal(command.code, 2);
    assert.equal(command.out, '');
    assert.match(command.err, /^ai-security: unknown command "chekc"; did you mean "check"\?/);
    assert.match(command.err, /\nUsage: ai-security <command> \[options\]\n$/);
    assert.match(cli(['reprot']).err, /did you mean "report"\?/);
    assert.match(cli(['expalin']).err, /did you mean "explain"\?/);
    // Too far from every command: no guess.
    assert.doesNotMatch(cli(['frobnicate']).err, /did you mean/);
    const option = cli(['check', '--fail-no', 'error']);
    assert.equal(option.code, 2);
    assert.equal(option.err, "ai-security: Unknown option '--fail-no'; did you mean --fail-on? (see ai-security check --help)\nUsage: ai-security check [paths...] [options]\n");
    assert.match(cli(['check', '--formt', 'json']).err, /did you mean --format\?/);
    assert.match(cli(['check', '--no-colour']).err, /did you mean --no-color\?/);
    assert.match(cli(['report', '--ouptut', 'x.md']).err, /did you mean --output\?/);
    assert.doesNotMatch(cli(['check', '--frobnicate']).err, /did you mean/);
  });

  it('--version and -v print the version, alone and after a command', () => {
    for (const args of [['--version'], ['-v'], ['check', '--version'], ['report', '--version']]) {
      const r = cli(args);
      assert.deepEqual({ code: r.code, err: r.err }, { code: 0, err: '' }, args.join(' '));
      assert.equal(r.out, `${VERSION}\n`, args.join(' '));
    }
  });

  it("the README's synopsis names only options the commands take, with their values", () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /## The command line\n\n<!-- generated:synopsis -->\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(block, 'the README has a synopsis');
    const synopsis = block.replace(/\n {2,}\[/g, ' [');
    const lines = synopsis.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => l.split(' ')[1]),
      COMMANDS.map((c) => c.name),
    );
    for (const line of lines) {
      const c = COMMANDS.find((x) => x.name === line.split(' ')[1])!;
      for (const m of line.matchAll(/\[--([a-z-]+)(?: ([^\]]+))?\]/g)) {
        const o = c.options.find((x) => x.name === m[1]);
        assert.ok(o, `${c.name} takes --${m[1]}`);
        if (m[2]?.includes('|')) assert.deepEqual(m[2].split('|'), o.choices, `${c.name} --${m[1]}`);
      }
    }
  });

  it("the lists the commands state are the core's", () => {
    assert.deepEqual(REPORT_FORMAT_CHOICES, REPORT_FORMATS);
    assert.deepEqual(ROLE_CHOICES, ROLES);
    assert.deepEqual(LIFECYCLE_CHOICES, LIFECYCLES);
  });
});

/**
 * The commands and their options. This module is all the entry point loads to parse a command
 * line and print help: each command's code (and the core it needs) is loaded only when that
 * command runs (see main.ts).
 */
import { DEFAULT_MAX_SIZE } from '../core/types';
import type { CommandSpec, OptionSpec } from './options';

/** The largest manifest analysed; a larger file gets one `file-too-large` finding. */
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_SIZE;

/**
 * The most --max-size may allow: ten times the default. The command line is the user's own, so
 * it may raise the bound, but a file is read whole and analysed in memory, and no manifest or
 * model card comes near this.
 */
export const MAX_BYTES_CEILING = 10 * DEFAULT_MAX_SIZE;

/** The formats `report` writes (the core's REPORT_FORMATS; a test holds them equal). */
export const REPORT_FORMAT_CHOICES = ['markdown', 'html', 'json', 'cyclonedx'] as const;
/** The roles and lifecycle stages `init` takes (the core's ROLES and LIFECYCLES; a test holds them equal). */
export const ROLE_CHOICES = ['developer', 'system-operator', 'data-custodian'] as const;
export const LIFECYCLE_CHOICES = ['design', 'development', 'deployment', 'maintenance', 'end-of-life'] as const;

const root: OptionSpec = { name: 'root', arg: 'DIR', defaultText: '.', description: 'Workspace root: evidence paths must stay inside it' };
const today: OptionSpec = { name: 'today', arg: 'YYYY-MM-DD', defaultText: 'today', description: 'Check dates as of this day, for reproducible runs' };

/** The formats `check` writes. */
export const CHECK_FORMAT_CHOICES = ['text', 'json', 'sarif', 'github', 'junit'] as const;

export const CHECK: CommandSpec = {
  name: 'check',
  operands: '[paths...]',
  summary: 'Check the manifests and model cards in these files or folders (default: .), or one document read from standard input ("-")',
  options: [
    root,
    { name: 'format', arg: 'FORMAT', choices: CHECK_FORMAT_CHOICES, default: 'text', description: 'Output (github: workflow annotations; junit: JUnit XML)' },
    { name: 'output', short: 'o', arg: 'FILE', defaultText: 'standard output', description: 'Write the output to FILE (replaced whole, never through a symbolic link) and nothing to standard output' },
    { name: 'fail-on', arg: 'LEVEL', choices: ['error', 'warning', 'information', 'never'], defaultText: 'error', description: 'Exit 1 when a finding reaches this severity (over the configuration\u2019s failOn)' },
    today,
    { name: 'include', arg: 'GLOB', multiple: true, description: 'Also check files matching GLOB (relative to --root, picomatch syntax) as model cards; repeatable. The cards a manifest names are always checked' },
    { name: 'max-size', arg: 'BYTES', defaultText: String(DEFAULT_MAX_BYTES), description: `The largest file analysed, at most ${MAX_BYTES_CEILING}; a larger one gets one finding` },
    { name: 'baseline', arg: 'FILE', description: 'Report only findings that are not in FILE, and gate --fail-on on those alone (SARIF keeps every result and marks each new or unchanged)' },
    { name: 'write-baseline', arg: 'FILE', description: 'Write every finding to FILE (JSON, sorted, for review and commit), then check against it: exit 0, and later runs with --baseline FILE see new gaps' },
    { name: 'quiet', description: 'Report errors only, and gate --fail-on on them alone' },
    { name: 'stdin-filename', arg: 'PATH', description: 'With "-": the path the document read from standard input stands for (relative to the current folder, inside --root): it decides manifest or model card and anchors evidence paths. Without it, the content decides, and the file is called <stdin>' },
    { name: 'color', negatable: true, defaultText: 'on for a terminal, off with NO_COLOR or TERM=dumb', description: 'Force colour on or off; FORCE_COLOR, when set, wins over both, as with chalk' },
  ],
};

export const REPORT: CommandSpec = {
  name: 'report',
  operands: '[paths...]',
  summary: 'Write one coverage report of the manifests in these files or folders (default: .); exit 0, or 2 on a usage error',
  options: [
    { name: 'format', arg: 'FORMAT', choices: REPORT_FORMAT_CHOICES, default: 'markdown', description: 'Output' },
    { name: 'output', short: 'o', arg: 'FILE', defaultText: 'standard output', description: 'Write the report to FILE; its evidence links are relative to FILE\u2019s folder' },
    root,
    today,
  ],
};

export const EXPLAIN: CommandSpec = {
  name: 'explain',
  operands: '<provision>',
  summary: 'Print a provision of the Code, e.g. "ai-security explain 6.4"',
  options: [{ name: 'format', arg: 'FORMAT', choices: ['text', 'json'], default: 'text', description: 'Output' }],
};

export const INIT: CommandSpec = {
  name: 'init',
  operands: '[folder]',
  summary: 'Write a starter ai-security.yaml with every requirement that applies now as planned; never overwrites an existing manifest',
  options: [
    { name: 'roles', arg: 'ROLES', choices: ROLE_CHOICES, list: true, default: 'developer', description: 'The system\u2019s roles, comma-separated' },
    { name: 'lifecycle', arg: 'STAGE', choices: LIFECYCLE_CHOICES, default: 'design', description: 'Where the system is in its life' },
    { name: 'name', arg: 'NAME', defaultText: 'the folder\u2019s name', description: 'The system\u2019s name' },
    { name: 'owner', arg: 'OWNER', defaultText: 'a placeholder to replace', description: 'Who answers for it' },
    today,
  ],
};

/** What `oscal` writes: the first operand. */
export const OSCAL_DOCUMENTS = ['catalog', 'profile', 'component-definition', 'assessment-results'] as const;

export const OSCAL: CommandSpec = {
  name: 'oscal',
  operands: '<catalog|profile|component-definition|assessment-results> [paths...]',
  summary:
    'Write an OSCAL 1.1 document (JSON): the Code as a catalog, a profile of the provisions that oblige a role, or the manifests in these files or folders (default: .) as a component definition or assessment results',
  options: [
    { name: 'output', short: 'o', arg: 'FILE', defaultText: 'standard output', description: 'Write the document to FILE (replaced whole, never through a symbolic link) and nothing to standard output' },
    { name: 'role', arg: 'ROLES', choices: ROLE_CHOICES, list: true, description: 'profile: the roles whose provisions it selects, comma-separated (required)' },
    { name: 'lifecycle', arg: 'STAGE', choices: LIFECYCLE_CHOICES, defaultText: 'every stage', description: 'profile: only the provisions due by this stage' },
    { name: 'catalog-href', arg: 'HREF', defaultText: 'ai-security-catalog.json', description: 'profile, component-definition, assessment-results: where the document finds the catalog (a path relative to it, or a URL)' },
    root,
    today,
  ],
};

export const COMMANDS: readonly CommandSpec[] = [CHECK, REPORT, EXPLAIN, INIT, OSCAL];

export const DESCRIPTION = 'Checks ai-security.yaml manifests and model cards against the UK Code of Practice for the Cyber Security of AI.';

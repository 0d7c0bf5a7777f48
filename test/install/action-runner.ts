/**
 * Runs a composite action's steps as GitHub's runner does, closely enough to test action.yml
 * here: each `run:` step is a bash script (`bash --noprofile --norc -eo pipefail`, the runner's
 * command line for `shell: bash`) with the runner's variables (GITHUB_ACTION_PATH,
 * GITHUB_WORKSPACE, GITHUB_OUTPUT, RUNNER_TEMP) and the step's `env:`, in the workspace; `if:` and
 * `${{ … }}` are evaluated by a small evaluator of GitHub's expression language that understands
 * what action.yml uses (contexts inputs, steps, github, runner; == != && || ! and parentheses;
 * success(), failure(), always()) and throws on anything else, so that an expression it cannot
 * read fails the test rather than being taken as empty. A `uses:` step is not run: it is
 * recorded with its evaluated `with:`, and its outcome is what the test says.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
  'working-directory'?: string;
}

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

export interface ActionYaml {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface StepResult {
  step: ActionStep;
  /** Skipped by its `if:`. */
  skipped: boolean;
  /** success or failure (before continue-on-error); undefined when skipped. */
  outcome?: 'success' | 'failure';
  exitCode?: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** A `uses:` step's `with:`, evaluated. */
  with?: Record<string, string>;
  env?: Record<string, string>;
}

export interface RunOptions {
  actionPath: string;
  workspace: string;
  runnerTemp: string;
  /** The caller's `with:`; the inputs' defaults fill the rest. */
  inputs?: Record<string, string>;
  /** The github context: event_name, repository, event. */
  github?: Record<string, unknown>;
  /** Names of steps not to run (they count as succeeded with no outputs). */
  skip?: string[];
  /** The outcome a `uses:` step is given, by its name (default success). */
  usesOutcome?: Record<string, 'success' | 'failure'>;
  /** Environment of the runner (PATH and the like). */
  env?: NodeJS.ProcessEnv;
}

export interface ActionRun {
  steps: StepResult[];
  /** The job's result: failure when a step failed without continue-on-error. */
  result: 'success' | 'failure';
  outputs: Record<string, string>;
  step(name: string): StepResult;
}

type Value = string | boolean | undefined | Record<string, unknown>;

/** GitHub's truthiness: false, '', undefined (null) and 0 are false. */
const truthy = (v: unknown) => !(v === false || v === '' || v === undefined || v === null || v === 0);
const str = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * GitHub's ==: strings ignoring case; values of different types as numbers (null and '' are 0,
 * true 1, a string its number or NaN), so a missing output equals ''.
 */
function looseEquals(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined ? null : v);
  const [x, y] = [norm(a), norm(b)];
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() === y.toLowerCase();
  if (typeof x === typeof y && (x === null || typeof x !== 'object')) return x === y;
  const num = (v: unknown) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : typeof v === 'string' ? (v.trim() === '' ? 0 : Number(v)) : NaN);
  return num(x) === num(y);
}

/** Evaluates one expression of GitHub's language, the part action.yml uses; throws on the rest. */
export function evaluate(expr: string, ctx: Record<string, unknown>, status: { failed: boolean }): Value {
  const tokens = expr.match(/\s+|'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*|\S/g) ?? [];
  const toks = tokens.filter((t) => !/^\s+$/.test(t));
  let i = 0;
  const peek = () => toks[i];
  const next = () => toks[i++];
  const fail = (why: string): never => {
    throw new Error(`expression not understood (${why}): ${expr}`);
  };
  function primary(): Value {
    const t = next();
    if (t === undefined) return fail('unexpected end');
    if (t === '(') {
      const v = or();
      if (next() !== ')') fail('missing )');
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === 'true' || t === 'false') return t === 'true';
    if (peek() === '(') {
      next();
      if (next() !== ')') fail(`arguments to ${t}`);
      if (t === 'success') return !status.failed;
      if (t === 'failure') return status.failed;
      if (t === 'always') return true;
      return fail(`function ${t}`);
    }
    if (!/^[A-Za-z_]/.test(t)) return fail(`token ${t}`);
    const [head, ...rest] = t.split('.');
    if (!(head! in ctx)) fail(`context ${head}`);
    let v: unknown = ctx[head!];
    for (const key of rest) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return v as Value;
  }
  function comparison(): Value {
    const left = primary();
    const op = peek();
    if (op !== '==' && op !== '!=') return left;
    next();
    const right = primary();
    const eq = looseEquals(left, right);
    return op === '==' ? eq : !eq;
  }
  function and(): Value {
    let v = comparison();
    while (peek() === '&&') {
      next();
      const r = comparison();
      v = truthy(v) ? r : v;
    }
    return v;
  }
  function or(): Value {
    let v = and();
    while (peek() === '||') {
      next();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  }
  const v = or();
  if (i !== toks.length) fail(`unexpected ${peek()}`);
  return v;
}

/** Replaces each `${{ … }}` in a string by its value. */
export function substitute(text: string, ctx: Record<string, unknown>, status: { failed: boolean }): string {
  return text.replace(/\$\{\{([^}]*)\}\}/g, (_, e: string) => str(evaluate(e.trim(), ctx, status)));
}

/** GITHUB_OUTPUT's lines: `name=value`, or `name<<DELIMITER` … `DELIMITER`. */
export function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no end to ${line}`);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`GITHUB_OUTPUT: a line that sets nothing: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export function runAction(action: ActionYaml, opts: RunOptions): ActionRun {
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) inputs[k] = v.default ?? '';
  for (const [k, v] of Object.entries(opts.inputs ?? {})) {
    if (!(k in action.inputs)) throw new Error(`the action has no input ${k}`);
    inputs[k] = v;
  }
  const steps: Record<string, { outputs: Record<string, string>; outcome?: string; conclusion?: string }> = {};
  const ctx: Record<string, unknown> = {
    inputs,
    steps,
    github: { action_path: opts.actionPath, workspace: opts.workspace, event_name: 'push', repository: 'owner/repo', event: {}, ...opts.github },
    runner: { temp: opts.runnerTemp, os: 'Linux' },
  };
  const status = { failed: false };
  const results: StepResult[] = [];
  action.runs.steps.forEach((step, n) => {
    const cond = step.if === undefined ? 'success()' : step.if;
    // An `if:` without a status function gets success() before it, as on GitHub.
    const withStatus = /\b(success|failure|always|cancelled)\(\)/.test(cond) ? cond : `success() && (${cond})`;
    const result: StepResult = { step, skipped: false, stdout: '', stderr: '', outputs: {} };
    results.push(result);
    if (!truthy(evaluate(withStatus, ctx, status)) || opts.skip?.includes(step.name ?? '')) {
      result.skipped = !opts.skip?.includes(step.name ?? '');
      if (!result.skipped) result.outcome = 'success';
      if (step.id) steps[step.id] = { outputs: {}, outcome: result.skipped ? 'skipped' : 'success', conclusion: result.skipped ? 'skipped' : 'success' };
      return;
    }
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(String(v), ctx, status);
    result.env = env;
    if (step.uses) {
      result.with = {};
      for (const [k, v] of Object.entries(step.with ?? {})) result.with[k] = substitute(String(v), ctx, status);
      result.outcome = opts.usesOutcome?.[step.name ?? ''] ?? 'success';
    } else {
      if (step.shell !== 'bash') throw new Error(`step ${step.name}: shell ${step.shell} is not run here`);
      if (step.run!.includes('${{')) throw new Error(`step ${step.name}: an expression inside run:, which the runner would paste into the script`);
      if (step['working-directory']) throw new Error(`step ${step.name}: working-directory is not emulated`);
      const dir = fs.mkdtempSync(path.join(opts.runnerTemp, `step-${n}-`));
      const script = path.join(dir, 'script.sh');
      const output = path.join(dir, 'output');
      fs.writeFileSync(script, step.run!);
      fs.writeFileSync(output, '');
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: opts.workspace,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...(opts.env ?? process.env),
          GITHUB_ACTIONS: 'true',
          CI: 'true',
          GITHUB_ACTION_PATH: opts.actionPath,
          GITHUB_WORKSPACE: opts.workspace,
          GITHUB_OUTPUT: output,
          GITHUB_EVENT_NAME: String((ctx.github as Record<string, unknown>).event_name),
          RUNNER_TEMP: opts.runnerTemp,
          ...env,
        },
      });
      result.stdout = r.stdout ?? '';
      result.stderr = r.stderr ?? '';
      result.exitCode = r.status ?? -1;
      result.outcome = r.status === 0 ? 'success' : 'failure';
      result.outputs = readOutputs(output);
    }
    const conclusion = result.outcome === 'failure' && step['continue-on-error'] === true ? 'success' : result.outcome;
    if (conclusion === 'failure') status.failed = true;
    if (step.id) steps[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion };
  });
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.outputs)) outputs[k] = substitute(v.value, ctx, status);
  return {
    steps: results,
    result: status.failed ? 'failure' : 'success',
    outputs,
    step(name) {
      const s = results.find((r) => r.step.name === name);
      if (!s) throw new Error(`no step named ${name}`);
      return s;
    },
  };
}

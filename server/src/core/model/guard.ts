/**
 * The guard around every check and every computed fact: analysis never throws on user input, so
 * a rule or a fact that throws becomes one `internal-error` finding naming it, and everything
 * else still runs. The engine runs each rule under it; the model computes each fact under it.
 */
import type { Offsets } from '../parse/yaml';
import type { FindingData, Severity } from '../types';

/** A finding as a rule or a fact reports it: offsets in the document, turned into a range by the context. */
export interface RawFinding {
  code: string;
  severity: Severity;
  message: string;
  at: Offsets;
  data?: FindingData;
}

/** What the guard needs of a context: where to report, and where a finding about the whole file goes. */
export interface Reporter {
  report(f: RawFinding): void;
}

/**
 * Runs `fn`; if it throws, reports one `internal-error` finding that names `name`, at `at`, and
 * returns `undefined`, which callers read as "not known" and treat conservatively.
 */
export function guarded<T>(reporter: Reporter, at: Offsets, name: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    reporter.report({
      code: 'internal-error',
      severity: 'error',
      message: `The "${name}" check failed on this file (${reason(e)}); the other checks still ran. Please report this.`,
      at,
      data: { kind: 'internal-error', rule: name },
    });
    return undefined;
  }
}

/** What was thrown, in words; an object whose conversion to text throws too is not let out. */
function reason(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'an error that cannot be shown';
  }
}

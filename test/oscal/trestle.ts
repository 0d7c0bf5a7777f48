/**
 * compliance-trestle, IBM's OSCAL toolkit, as the OSCAL tests use it: a document loaded with its
 * own OSCAL models (pydantic, which refuse an unknown field or a malformed value), and a profile
 * resolved with its profile resolver. Trestle comes from PyPI, in a virtualenv that
 * scripts/ci-deps.sh makes (scripts/run-tests.mjs calls it before these tests, as for
 * pre-commit); a test fails, never skips, when it is missing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { OscalModel } from './validate';

export const TRESTLE_VERSION = '3.9.3';

/** The virtualenv's python: AI_SECURITY_TRESTLE, or where scripts/ci-deps.sh puts it. */
export const trestlePython =
  process.env.AI_SECURITY_TRESTLE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'ai-security-cop', `compliance-trestle-${TRESTLE_VERSION}`, 'bin', 'python');

const script = path.join(__dirname, 'trestle_load.py');

export interface TrestleResult {
  ok: boolean;
  /** What the script printed: a summary of the document read (JSON), when ok. */
  summary?: { trestle: string; model?: string; uuid?: string; 'oscal-version'?: string; groups?: string[]; controls?: string[] };
  /** Trestle's message when it refused the document. */
  error: string;
}

function runScript(args: string[]): TrestleResult {
  if (!fs.existsSync(trestlePython)) {
    throw new Error(`compliance-trestle ${TRESTLE_VERSION} is not installed at ${trestlePython}: run scripts/ci-deps.sh (or set AI_SECURITY_TRESTLE to its venv's python)`);
  }
  const r = spawnSync(trestlePython, [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) return { ok: false, error: r.stderr.trim() || `exit ${String(r.status)}` };
  return { ok: true, summary: JSON.parse(r.stdout) as TrestleResult['summary'], error: '' };
}

/** Loads a JSON file with trestle's model for it (OscalBaseModel.oscal_read). */
export function trestleLoad(model: OscalModel, file: string): TrestleResult {
  return runScript(['load', model, file]);
}

/**
 * Resolves a profile with trestle's ProfileResolver: the catalog it yields, as group and control
 * ids. `root` is the trestle root, and the folder a relative import href is read from.
 */
export function trestleResolve(root: string, profile: string): TrestleResult {
  return runScript(['resolve', root, profile]);
}

/**
 * Fingerprints and baselines. A fingerprint is a hash of a finding's logical identity (the core
 * computes the identity; see core/engine/fingerprint.ts). A baseline is the list of findings a
 * team has accepted, so that `check --baseline` can gate on new gaps only while an existing
 * system is brought up to the Code. The file is meant to be committed and reviewed: sorted, one
 * finding per block, nothing in it that changes from run to run.
 */
import type * as Crypto from 'node:crypto';
import { findingKeys, findingKeyText, type Finding, type FindingKey, type ManifestAnalysis, type ModelCardAnalysis } from '../core/index';
import type { FileResult } from './formatters/types';
import { jsonInvisiblesEscaped } from '../core/util/escape';

export const BASELINE_VERSION = 1;

/** The largest baseline read: some 150,000 findings, far beyond any repository's. */
export const BASELINE_MAX_BYTES = 64 * 1024 * 1024;

export interface Identity {
  key: FindingKey;
  fingerprint: string;
}

export interface BaselineEntry {
  fingerprint: string;
  code: string;
  path: string;
  location: string;
  message: string;
}

/**
 * node:crypto, loaded on the first fingerprint: `check` without SARIF or a baseline takes none,
 * and loading it is some 5 % of the tool's start-up.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const crypto = (): typeof Crypto => require('node:crypto') as typeof Crypto;

/** 128 bits of SHA-256: far beyond any collision among one repository's findings, and short enough to read. */
export function fingerprintOf(key: FindingKey): string {
  return crypto().createHash('sha256').update(findingKeyText(key)).digest('hex').slice(0, 32);
}

/** Every finding's identity. `analyses` holds the analysis of each file that had one, by path. */
export function identify(results: readonly FileResult[], analyses: ReadonlyMap<string, ManifestAnalysis | ModelCardAnalysis>): Map<Finding, Identity> {
  const out = new Map<Finding, Identity>();
  for (const r of results) {
    const keys = findingKeys(r.path, r.findings, analyses.get(r.path));
    r.findings.forEach((f, i) => out.set(f, { key: keys[i]!, fingerprint: fingerprintOf(keys[i]!) }));
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The baseline of these results, as the text of the file. */
export function baselineText(results: readonly FileResult[], ids: ReadonlyMap<Finding, Identity>): string {
  const findings: BaselineEntry[] = results
    .flatMap((r) => r.findings.map((f) => ({ fingerprint: ids.get(f)!.fingerprint, code: f.code, path: r.path, location: ids.get(f)!.key.location, message: f.message })))
    .sort((a, b) => cmp(a.path, b.path) || cmp(a.code, b.code) || cmp(a.location, b.location) || cmp(a.fingerprint, b.fingerprint));
  // Reviewed and committed: a bidi control in a message must show in a diff, not reorder it.
  return jsonInvisiblesEscaped(JSON.stringify({ version: BASELINE_VERSION, tool: 'ai-security', findings }, null, 2)) + '\n';
}

/**
 * Reads a baseline file's text; throws an Error that says in a few words what is wrong with it,
 * never quoting the text (a planted file's first bytes would otherwise reach the terminal).
 */
export function parseBaseline(text: string): BaselineEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // Never the parser's message: it quotes the start of the text, and a planted file's first
    // bytes must not reach the terminal.
    throw new Error('it is not JSON', { cause: e });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('it is not a JSON object');
  const o = json as Record<string, unknown>;
  if (o.version !== BASELINE_VERSION) throw new Error(`it has ${typeof o.version === 'number' ? `version ${o.version}` : 'no version number'}; this ai-security reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(o.findings)) throw new Error('it has no "findings" list');
  return o.findings.map((f, i) => {
    const e = f as Record<string, unknown>;
    for (const field of ['fingerprint', 'code', 'path'] as const) {
      if (typeof e?.[field] !== 'string' || e[field] === '') throw new Error(`findings[${i}] has no "${field}"`);
    }
    return { fingerprint: String(e.fingerprint), code: String(e.code), path: String(e.path), location: String(e.location ?? ''), message: String(e.message ?? '') };
  });
}

export interface BaselineComparison {
  /** The results with only the findings that are not in the baseline. */
  fresh: FileResult[];
  isNew: (f: Finding) => boolean;
  /** Findings left out because the baseline has them. */
  known: number;
  /** Baseline entries for the files checked that no finding matches any more. */
  fixed: number;
}

export function compareWithBaseline(results: readonly FileResult[], ids: ReadonlyMap<Finding, Identity>, baseline: readonly BaselineEntry[]): BaselineComparison {
  const accepted = new Set(baseline.map((e) => e.fingerprint));
  const isNew = (f: Finding) => !accepted.has(ids.get(f)!.fingerprint);
  const fresh = results.map((r) => ({ ...r, findings: r.findings.filter(isNew) }));
  const known = results.reduce((n, r) => n + r.findings.length, 0) - fresh.reduce((n, r) => n + r.findings.length, 0);
  // Only entries of files this run checked can be called fixed: a run over one folder says
  // nothing about the others the baseline covers.
  const checked = new Set(results.map((r) => r.path));
  const current = new Set([...ids.values()].map((x) => x.fingerprint));
  const fixed = new Set(baseline.filter((e) => checked.has(e.path) && !current.has(e.fingerprint)).map((e) => e.fingerprint)).size;
  return { fresh, isNew, known, fixed };
}

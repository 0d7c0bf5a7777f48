/**
 * Analyses one manifest: parse → model → rules (each under the guard) → severity → order.
 * Analysis never throws on user input: parse problems become findings, and a rule or a fact of
 * the model that throws becomes one `internal-error` finding naming it while the others still run.
 */
import { buildContext } from '../model/context';
import { applySeverity, compareFindings, policyOverrides } from '../model/findings';
import type { ManifestContext } from '../model/manifest';
import { topAnchor } from '../model/paths';
import { coverageOf } from '../model/state';
import { codesOf, manifestRules, type ManifestRule } from '../rules/index';
import { parseYaml, type YNode } from '../parse/yaml';
import { findingHref } from '../catalogue/links';
import { LineIndex } from '../text';
import { DEFAULT_MAX_SIZE, type AnalyzeOptions, type Coverage, type Finding, type ManifestFindingData } from '../types';
import { fileProblem } from './file-problem';
import { runRules } from './run';

export interface ManifestAnalysis {
  kind: 'manifest';
  findings: Finding[];
  coverage: Coverage;
  /** The analysis context, for hovers, completion and fixes over the same document. */
  context: ManifestContext;
}

/**
 * `rules` is the registry's list; tests pass another (one that throws, say) to see what the
 * engine does with it.
 */
export function analyzeManifest(text: string, options: AnalyzeOptions, rules: readonly ManifestRule[] = manifestRules): ManifestAnalysis {
  const out: Finding[] = [];
  const push = (code: string, severity: Finding['severity'], message: string, start: number, end: number, data?: ManifestFindingData) =>
    out.push({ code, severity, message, range: lines.range(start, end), href: findingHref(code), ...(data ? { data } : {}) });

  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > max) {
    const ctx = buildContext({ text: '', lines: new LineIndex(''), path: options.path, root: undefined, host: undefined, clock: options.clock, out: [] });
    return { kind: 'manifest', findings: [fileProblem('file-too-large', text.length, max)], coverage: coverageOf(ctx), context: ctx };
  }
  const lines = new LineIndex(text);
  const nul = text.indexOf('\0');
  const parsed = nul >= 0 ? { root: undefined, problems: [], extraDocuments: [] } : parseYaml(text);
  if (nul >= 0) push('binary-file', 'error', 'This file contains NUL bytes: it is binary, not a YAML manifest, and was not analysed.', 0, 0);
  for (const p of parsed.problems) {
    out.push({ code: p.code, severity: p.severity, message: p.message, range: lines.range(p.range[0], p.range[1]), href: findingHref(p.code), ...(p.data ? { data: { kind: p.code, ...p.data } as ManifestFindingData } : {}) });
  }
  for (const start of parsed.extraDocuments) {
    push('yaml-syntax', 'error', 'A manifest holds one YAML document; this file has another after "---", which was not analysed. Move it to a file of its own.', start, Math.min(text.length, start + 3));
  }

  const brokenSyntax = parsed.problems.some((p) => p.severity === 'error') || parsed.extraDocuments.length > 0 || nul >= 0;
  const ruleCodes = codesOf(rules).map((c) => c.code);
  const ctx = buildContext({ text, lines, path: options.path, root: parsed.root, host: options.host, clock: options.clock, out, brokenSyntax, ruleCodes });
  if (nul < 0) checkRoot(parsed.root, text, brokenSyntax, push);
  if (ctx.root) runRules(rules, ctx, topAnchor(ctx));
  const findings = applySeverity(out, policyOverrides(ctx.root), options.severity ?? {});
  findings.sort(compareFindings);
  return { kind: 'manifest', findings, coverage: coverageOf(ctx), context: ctx };
}

function checkRoot(root: YNode | undefined, text: string, brokenSyntax: boolean, push: (code: string, sev: Finding['severity'], msg: string, s: number, e: number, data?: ManifestFindingData) => void): void {
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) {
    // A syntax error already says why nothing could be read; otherwise a file that states nothing
    // (empty, only comments, "---", "~", "null", a directive alone) must not pass as a manifest.
    if (brokenSyntax) return;
    // The editor's command first: that is where most first manifests are written; its quick fix
    // runs it (data kind `empty-manifest`).
    const start = 'Fill it with the editor\'s "AI Security: Create manifest" command (the quick fix runs it) or "ai-security init", or start it with version: 1 and a system: mapping (name, owner, roles, lifecycle).';
    const data: ManifestFindingData = { kind: 'empty-manifest' };
    if (onlyCommentsAndSpace(text)) push('missing-field', 'error', `This manifest is empty. ${start}`, 0, 0, data);
    else push('missing-field', 'error', `This manifest states nothing: its document is empty or null, not a mapping. ${start}`, root?.range[0] ?? 0, root?.range[1] ?? 0, data);
    return;
  }
  if (root.kind !== 'map') {
    push('invalid-value', 'error', `A manifest must be a YAML mapping (version:, system:, assets:, provisions:), but this file holds ${root.kind === 'seq' ? 'a list' : 'a single value'}.`, root.range[0], root.range[1]);
  }
}

/** Whether every line is blank or a comment: one pass, no regular expression to backtrack. */
function onlyCommentsAndSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 32 || c === 9 || c === 0xfeff) continue;
    if (c !== 35) return false;
    // A comment (after nothing but blanks on its line) runs to the end of the line.
    while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
  }
  return true;
}

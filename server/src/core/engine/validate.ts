/**
 * Runs the manifest rules over one document. Analysis never throws on user input: parse
 * problems become findings, and a rule that throws becomes one `internal-error` finding naming
 * the rule while the others still run.
 */
import { buildContext, topAnchor, type ManifestContext } from './context';
import { coverageOf } from './state';
import { assetFaults } from '../rules/assets';
import { manifestRules } from '../rules/index';
import { parseYaml, get, type YNode } from '../parse/yaml';
import { provision, codeUrl, compareProvisionIds } from '../catalogue/index';
import { LineIndex } from '../text';
import { SEVERITY_SETTINGS } from '../schema';
import { DEFAULT_MAX_SIZE, type AnalyzeOptions, type Coverage, type Finding, type SeverityOverrides, type SeveritySetting } from '../types';
import { fileProblem } from './file-problem';

export interface ManifestAnalysis {
  kind: 'manifest';
  findings: Finding[];
  coverage: Coverage;
  /** The analysis context, for hovers, completion and fixes over the same document. */
  context: ManifestContext;
}

export function analyzeManifest(text: string, options: AnalyzeOptions): ManifestAnalysis {
  const out: Finding[] = [];
  const push = (code: string, severity: Finding['severity'], message: string, start: number, end: number) =>
    out.push({ code, severity, message, range: lines.range(start, end), href: codeUrl() });

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
    out.push({ code: p.code, severity: p.severity, message: p.message, range: lines.range(p.range[0], p.range[1]), href: codeUrl(), ...(p.data ? { data: { kind: p.code, ...p.data } } : {}) });
  }
  for (const start of parsed.extraDocuments) {
    push('yaml-syntax', 'error', 'A manifest holds one YAML document; this file has another after "---", which was not analysed. Move it to a file of its own.', start, Math.min(text.length, start + 3));
  }

  const brokenSyntax = parsed.problems.some((p) => p.severity === 'error') || parsed.extraDocuments.length > 0 || nul >= 0;
  const ctx = buildContext({ text, lines, path: options.path, root: parsed.root, host: options.host, clock: options.clock, out, brokenSyntax });
  if (nul < 0) checkRoot(parsed.root, text, brokenSyntax, push);
  if (ctx.root) {
    ctx.faults = guarded(ctx, 'assets', () => assetFaults(ctx)) ?? [];
    for (const rule of manifestRules) guarded(ctx, rule.id, () => rule.check(ctx));
  }
  const findings = applySeverity(out, policyOverrides(ctx.root), options.severity ?? {});
  findings.sort(compareFindings);
  return { kind: 'manifest', findings, coverage: coverageOf(ctx), context: ctx };
}

function checkRoot(root: YNode | undefined, text: string, brokenSyntax: boolean, push: (code: string, sev: Finding['severity'], msg: string, s: number, e: number) => void): void {
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) {
    // A syntax error already says why nothing could be read; otherwise a file that states nothing
    // (empty, only comments, "---", "~", "null", a directive alone) must not pass as a manifest.
    if (brokenSyntax) return;
    const start = 'Start it with version: 1 and a system: mapping (name, owner, roles, lifecycle), or run "ai-security init".';
    if (onlyCommentsAndSpace(text)) push('missing-field', 'error', `This manifest is empty. ${start}`, 0, 0);
    else push('missing-field', 'error', `This manifest states nothing: its document is empty or null, not a mapping. ${start}`, root?.range[0] ?? 0, root?.range[1] ?? 0);
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

function guarded<T>(ctx: ManifestContext, ruleId: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    ctx.report({
      code: 'internal-error',
      severity: 'error',
      message: `The "${ruleId}" check failed on this file (${e instanceof Error ? e.message : String(e)}); the other checks still ran. Please report this.`,
      at: topAnchor(ctx),
      data: { kind: 'internal-error', rule: ruleId },
    });
    return undefined;
  }
}

function policyOverrides(root: YNode | undefined): SeverityOverrides {
  const out: SeverityOverrides = {};
  const sev = get(get(root, 'policy'), 'severity');
  if (sev?.kind !== 'map') return out;
  for (const e of sev.entries) {
    const v = e.value.kind === 'scalar' ? e.value.value : undefined;
    if (typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v)) out[e.key.trim()] = v as SeveritySetting;
  }
  return out;
}

/**
 * Severity overrides: the manifest's own `policy.severity` wins over the editor settings, so the
 * editor and CI agree on a project's policy. Within each, an exact code or number wins over a
 * modal verb (`shall`, `should`).
 */
export function applySeverity(findings: Finding[], policy: SeverityOverrides, settings: SeverityOverrides): Finding[] {
  const lookup = (f: Finding): SeveritySetting | undefined => {
    const p = provision(f.code);
    const verb = p?.modal;
    // Open work (planned, partial) stays information: an override is about gaps, not plans.
    if (f.data?.kind === 'open') return undefined;
    return policy[f.code] ?? (verb ? policy[verb] : undefined) ?? settings[f.code] ?? (verb ? settings[verb] : undefined);
  };
  const result: Finding[] = [];
  for (const f of findings) {
    const o = lookup(f);
    if (o === 'off') continue;
    result.push(o ? { ...f, severity: o } : f);
  }
  return result;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    compareCodes(a.code, b.code) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Provision numbers in the Code's order, before rule IDs in alphabetical order. */
function compareCodes(a: string, b: string): number {
  const pa = /^\d/.test(a);
  const pb = /^\d/.test(b);
  if (pa && pb) return compareProvisionIds(a, b);
  if (pa !== pb) return pa ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

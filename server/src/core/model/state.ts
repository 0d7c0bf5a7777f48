/**
 * Where each provision stands in a manifest: addressed, open (planned or partial), expired,
 * missing, or not yet due. The coverage rule, the coverage counts, hovers and the report all read
 * this, so that they cannot disagree.
 */
import { catalogue } from '../catalogue/index';
import { get, str, strings, type YNode } from '../parse/yaml';
import { asDate } from '../util/dates';
import { classifyReference, dirOf, resolvePath } from '../util/workspace-path';
import type { Coverage } from '../types';
import { ASSET_MET_PROVISIONS, inventoryResolves } from './assets';
import { hasEvidence, hasJustification } from './entries';
import type { ManifestContext } from './manifest';

export type ProvisionState =
  /** Implemented, not applicable by the owner's judgement, a live waiver, or met by the assets. */
  | 'addressed'
  /** Planned or partial. */
  | 'open'
  /** A risk acceptance past its expiry. */
  | 'expired'
  /** Applies now and nothing addresses it. */
  | 'missing'
  /** Applies, but its phase is not due yet. */
  | 'upcoming'
  /** Does not apply to this system (role or condition). */
  | 'not-applicable';

export function provisionState(ctx: ManifestContext, id: string): ProvisionState {
  const a = ctx.applicability.get(id);
  if (!a || !a.applies) return 'not-applicable';
  if (!a.due) return 'upcoming';
  const info = ctx.entries.get(id);
  if (info) {
    switch (info.status) {
      // An entry counts only when it carries what its status needs: a bare claim is not coverage.
      case 'implemented': {
        if (!hasEvidence(info.node)) return 'missing';
        // Evidence that is all missing, outside the workspace or unusable shows nothing.
        if (evidenceAllFails(ctx, info.node)) return 'missing';
        // Schema problems that could not be worked out count against the claim, not for it.
        const problems = ctx.schemaProblems ? (ctx.schemaProblems.get(id) ?? []) : undefined;
        return problems && !problems.some((f) => f.severity === 'error') ? 'addressed' : 'missing';
      }
      case 'not-applicable':
        return hasJustification(info.node) ? 'addressed' : 'missing';
      case 'risk-accepted': {
        // A waiver counts only with its reason, who approved it and a real date it lapses on:
        // one with no expiry (or "never", or 2025-06-31) would count as addressed for ever.
        if (!hasJustification(info.node) || !str(get(info.node, 'approvedBy'))?.trim()) return 'missing';
        const expires = asDate(str(get(info.node, 'expires')));
        if (!expires) return 'missing';
        return ctx.today && expires < ctx.today ? 'expired' : 'addressed';
      }
      case 'planned':
      case 'partial':
        return 'open';
      default:
        return 'missing';
    }
  }
  if (ASSET_MET_PROVISIONS.includes(id)) {
    // Faults that could not be worked out count as faults: nothing claims these provisions met.
    const faulty = ctx.faults === undefined || ctx.faults.some((f) => f.provision === id);
    if (faulty) return 'missing';
    if (id === '5.1' && !inventoryResolves(ctx)) return 'missing';
    return 'addressed';
  }
  return 'missing';
}

export function coverageOf(ctx: ManifestContext): Coverage {
  const cov: Coverage = { applicable: 0, addressed: 0, upcoming: 0, byVerb: { shall: { applicable: 0, addressed: 0 }, should: { applicable: 0, addressed: 0 } } };
  for (const p of catalogue().provisions) {
    const s = provisionState(ctx, p.id);
    if (s === 'not-applicable') continue;
    if (s === 'upcoming') {
      cov.upcoming++;
      continue;
    }
    cov.applicable++;
    cov.byVerb[p.modal].applicable++;
    if (s === 'addressed') {
      cov.addressed++;
      cov.byVerb[p.modal].addressed++;
    }
  }
  return cov;
}

/** Per analysis, whether each entry's evidence all fails: the host is asked once per entry. */
const failing = new WeakMap<ManifestContext, Map<YNode, boolean>>();

/**
 * Whether every piece of an entry's evidence fails the check the references rule makes: a path
 * that does not exist, is no regular file or folder, or leaves the workspace, or a reference that
 * is no usable URL or path. An http URL is a warning, not a failure; without a workspace to look
 * in, paths are not judged.
 */
export function evidenceAllFails(ctx: ManifestContext, node: YNode): boolean {
  let memo = failing.get(ctx);
  if (!memo) failing.set(ctx, (memo = new Map()));
  let out = memo.get(node);
  if (out === undefined) {
    const list = strings(get(node, 'evidence'));
    out =
      list.length > 0 &&
      list.every(({ value }) => {
        const ref = classifyReference(value, dirOf(ctx.path));
        if (ref.kind === 'bad-url' || ref.kind === 'outside') return true;
        if (ref.kind !== 'path' || !ctx.host) return false;
        const kind = resolvePath(ref, ctx.host).kind;
        return kind === 'missing' || kind === 'outside' || kind === 'special';
      });
    memo.set(node, out);
  }
  return out;
}

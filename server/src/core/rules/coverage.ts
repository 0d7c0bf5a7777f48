/**
 * Applicable provisions that nothing addresses: one finding each, on the `provisions:` key,
 * with the provision's number as code. Severity follows the modal verb (shall → error,
 * should → warning); policy and settings may change it. Provisions that the assets meet are
 * reported by the assets rule, on the asset at fault.
 */
import { catalogue, provision } from '../catalogue/index';
import { assumedHint } from '../catalogue/applicability';
import { ASSET_MET_PROVISIONS } from '../model/assets';
import { keyOrTop } from '../model/paths';
import { provisionState } from '../model/state';
import { addEntries, collect } from './fix-kit';
import type { ManifestFixes, ManifestRule } from './rule';

export const coverageRule: ManifestRule = {
  id: 'coverage',
  codes: [],
  provisions: catalogue().provisions.map((p) => p.id),
  check(ctx) {
    if (!ctx.root) return;
    const at = keyOrTop(ctx, 'provisions');
    for (const p of catalogue().provisions) {
      if (ctx.entries.has(p.id) || ASSET_MET_PROVISIONS.includes(p.id)) continue;
      if (provisionState(ctx, p.id) !== 'missing') continue;
      const a = ctx.applicability.get(p.id)!;
      const verb = p.modal === 'shall' ? 'requirement' : 'recommendation';
      const assumed = a.assumed.map((fact) => ` It applies because ${fact} is not stated: if that is wrong, ${assumedHint(fact)}.`).join('');
      ctx.report({
        code: p.id,
        severity: p.modal === 'shall' ? 'error' : 'warning',
        message: `${p.id} ${p.title} (${verb}) applies to this system but has no entry. Add it under provisions: as implemented with evidence, planned with owner and due, or not-applicable with a justification.${assumed}`,
        at,
        data: { kind: 'missing-provision', provision: p.id, ...(a.assumed.length ? { assumed: a.assumed } : {}) },
      });
    }
  },
};

export const coverageFixes = {
  'missing-provision': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const p = data.provision ? provision(data.provision) : undefined;
    if (!p) return fixes;
    add(`Add ${p.id} as planned (owner and due date)`, addEntries(ctx, [p.id], 'planned'), true);
    add(`Add ${p.id} as implemented (with evidence)`, addEntries(ctx, [p.id], 'implemented'));
    add(`Add ${p.id} as not applicable (with a justification)`, addEntries(ctx, [p.id], 'not-applicable'));
    return fixes;
  },
} satisfies ManifestFixes;

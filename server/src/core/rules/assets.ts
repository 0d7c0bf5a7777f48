/**
 * The asset inventory: unique IDs, dependencies that resolve, well-formed hashes, and the
 * provisions that the assets themselves meet (5.1, 5.2, 7.2, 7.2.1, 7.2.2, 7.3, 8.1.2, 8.2,
 * 8.2.1). The model works out which asset fails which of those (model/assets.ts); this rule
 * reports each such fault on the asset at fault, with the provision's number as its code.
 */
import { provision } from '../catalogue/index';
import { entry, get, str } from '../parse/yaml';
import { ASSET_MET_PROVISIONS, assetLabel } from '../model/assets';
import type { AssetInfo } from '../model/manifest';
import { suggest } from '../util/suggest';
import { nodeAt } from '../model/paths';
import { addEntries, addFields, collect } from './fix-kit';
import type { ManifestFixes, ManifestRule } from './rule';

const SHA256 = /^[0-9a-fA-F]{64}$/;

export const assetsRule: ManifestRule = {
  id: 'assets',
  codes: [
    { code: 'duplicate-asset', severity: 'error', summary: 'Two assets with the same id.' },
    { code: 'unknown-asset', severity: 'error', summary: 'A dependsOn entry that names no asset in the inventory.' },
    { code: 'invalid-hash', severity: 'error', summary: 'A sha256 that is not 64 hexadecimal characters.' },
  ],
  provisions: ASSET_MET_PROVISIONS,
  check(ctx) {
    for (const fault of ctx.faults ?? []) {
      const p = provision(fault.provision)!;
      ctx.report({ code: fault.provision, severity: p.modal === 'shall' ? 'error' : 'warning', message: fault.message, at: fault.at, data: fault.data });
    }
    const ids = new Map<string, AssetInfo>();
    for (const a of ctx.assets) {
      if (!a.id) continue;
      const first = ids.get(a.id);
      if (first) {
        ctx.report({
          code: 'duplicate-asset',
          severity: 'error',
          message: `Two assets have the id "${a.id}" (the first is asset ${first.index + 1}). Give each asset its own id.`,
          at: entry(a.node, 'id')!.value.range,
          data: { kind: 'duplicate-asset', path: ['assets', a.index, 'id'] },
        });
      } else ids.set(a.id, a);
    }
    const known = [...ids.keys()];
    for (const a of ctx.assets) {
      const deps = get(a.node, 'dependsOn');
      if (deps?.kind === 'seq') {
        deps.items.forEach((item, i) => {
          const dep = str(item);
          if (dep === undefined || ids.has(dep)) return;
          const guess = suggest(dep, known);
          ctx.report({
            code: 'unknown-asset',
            severity: 'error',
            message: `"${dep}" is not an asset in this inventory${guess ? `; did you mean "${guess}"?` : '. Add it under assets:, or correct the id.'} 5.1 asks for the inventory\u2019s interdependencies to be complete.`,
            at: item.range,
            data: guess ? { kind: 'unknown-asset', path: ['assets', a.index, 'dependsOn', i], suggestion: guess, provision: '5.1' } : { kind: 'unknown-asset', path: ['assets', a.index, 'dependsOn', i], provision: '5.1' },
          });
        });
      }
      const shaEntry = entry(a.node, 'sha256');
      const sha = str(shaEntry?.value);
      if (shaEntry && sha !== undefined && !SHA256.test(sha.trim())) {
        ctx.report({
          code: 'invalid-hash',
          severity: 'error',
          message: `The sha256 of ${assetLabel(a).toLowerCase()} is not a SHA-256 digest (64 hexadecimal characters; this has ${sha.trim().length} characters${/^[0-9a-f]*$/i.test(sha.trim()) ? '' : ', some not hexadecimal'}).`,
          at: shaEntry.value.range,
          data: { kind: 'invalid-hash', path: ['assets', a.index, 'sha256'] },
        });
      }
    }
  },
};

export const assetsFixes = {
  'asset-fault': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const p = data.provision ? provision(data.provision) : undefined;
    const missing = data.missing ?? [];
    if (missing.length && nodeAt(ctx.root, data.path)) add(`Add ${missing.join(' and ')} to the asset`, addFields(ctx, data.path, missing), true);
    if (p && !ctx.entries.has(p.id)) add(`Add ${p.id} as planned (owner and due date)`, addEntries(ctx, [p.id], 'planned'));
    return fixes;
  },
} satisfies ManifestFixes;

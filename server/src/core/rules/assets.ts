/**
 * The asset inventory: unique IDs, dependencies that resolve, well-formed hashes, and the
 * provisions that the assets themselves meet (5.1, 5.2, 7.2, 7.2.1, 7.2.2, 7.3, 8.1.2, 8.2,
 * 8.2.1). Those need no entry under `provisions:` when every asset passes; where one does not,
 * the finding is on that asset, with the provision's number as its code.
 */
import { provision } from '../catalogue/index';
import { entry, get, present, str, type Offsets } from '../parse/yaml';
import { appliesNow, keyOrTop, type AssetInfo, type Fault, type ManifestContext } from '../engine/context';
import { suggest } from '../util/suggest';
import type { ManifestRule } from './rule';

export const ASSET_MET_PROVISIONS = ['5.1', '5.2', '7.2', '7.2.1', '7.2.2', '7.3', '8.1.2', '8.2', '8.2.1'];

const SHA256 = /^[0-9a-fA-F]{64}$/;

/** Where an asset is named: its id value, else the start of its item. */
function assetAnchor(a: AssetInfo): Offsets {
  const idEntry = entry(a.node, 'id');
  if (idEntry && idEntry.value.range[1] > idEntry.value.range[0]) return idEntry.value.range;
  return [a.node.range[0], a.node.range[0] + 1];
}

function label(a: AssetInfo): string {
  return a.id ? `Asset "${a.id}"` : `Asset ${a.index + 1}`;
}

/** Faults of the asset-met provisions. Only provisions that apply now and have no entry count. */
export function assetFaults(ctx: ManifestContext): Fault[] {
  const faults: Fault[] = [];
  const wanted = (id: string) => appliesNow(ctx, id) && !ctx.entries.has(id);
  const add = (id: string, at: Offsets, message: string, data: Record<string, unknown>) => {
    if (wanted(id)) faults.push({ provision: id, at, message, data: { kind: 'asset-fault', provision: id, ...data } });
  };
  const assetsNode = get(ctx.root, 'assets');

  if (!assetsNode || (assetsNode.kind === 'seq' && assetsNode.items.length === 0) || (assetsNode.kind === 'scalar' && assetsNode.value === null)) {
    add('5.1', keyOrTop(ctx, 'assets'), '5.1 asks for an inventory of the system\u2019s assets, and this manifest lists none. Add them under assets: with id, type, version and dependsOn.', {
      kind: 'empty-inventory',
      path: ['assets'],
    });
  }

  for (const a of ctx.assets) {
    if (a.node.kind !== 'map') continue;
    const at = assetAnchor(a);
    const path = ['assets', a.index];
    if (!present(get(a.node, 'version'))) {
      add('5.2', at, `${label(a)} has no version. 5.2 asks for version control of every asset: add version:.`, { path, missing: ['version'] });
    }
    const f = a.facts;
    if (f.external === true && f.wellDocumented !== true) {
      const why = f.wellDocumented === false ? 'is not well documented' : 'does not say whether it is well documented (wellDocumented), so it is treated as not';
      const checks: [string, string, string][] = [
        ['7.2', 'justification', 'why it is used'],
        ['7.2.1', 'riskAssessment', 'its risk assessment'],
        ['7.2.2', 'sharedWithEndUsers', 'where that documentation is shared with end-users'],
      ];
      for (const [id, field, what] of checks) {
        if (!present(get(a.node, field))) add(id, at, `External ${label(a).toLowerCase()} ${why}; ${id} asks for ${what}: add ${field}:.`, { path, missing: [field] });
      }
    }
    if (f.external === true && f.type === 'model' && !present(get(a.node, 'evaluations'))) {
      add('7.3', at, `External model "${a.id ?? a.index + 1}" has no evaluations. 7.3 asks you to re-run evaluations on released models before use: add evaluations: with their reports.`, {
        path,
        missing: ['evaluations'],
      });
    }
    if (f.shared === true && !present(get(a.node, 'sha256'))) {
      add('8.1.2', at, `${label(a)} is shared with other stakeholders but has no sha256. 8.1.2 asks for released hashes of shared components: add sha256:.`, { path, missing: ['sha256'] });
    }
    if (f.public === true && f.type === 'dataset') {
      const origin = get(a.node, 'origin');
      if (!present(get(origin, 'url'))) {
        add('8.2', at, `Public dataset "${a.id ?? a.index + 1}" does not say where it came from. 8.2 asks how and where public training data was obtained: add origin: { url, obtained }.`, {
          path,
          missing: ['origin.url'],
        });
      }
      if (!present(get(origin, 'obtained'))) {
        add('8.2.1', at, `Public dataset "${a.id ?? a.index + 1}" does not say when it was obtained. 8.2.1 asks for the date the data was obtained: add origin.obtained:.`, {
          path,
          missing: ['origin.obtained'],
        });
      }
    }
  }
  return faults;
}

export const assetsRule: ManifestRule = {
  id: 'assets',
  codes: [
    { code: 'duplicate-asset', severity: 'error', summary: 'Two assets with the same id.' },
    { code: 'unknown-asset', severity: 'error', summary: 'A dependsOn entry that names no asset in the inventory.' },
    { code: 'invalid-hash', severity: 'error', summary: 'A sha256 that is not 64 hexadecimal characters.' },
  ],
  provisions: ASSET_MET_PROVISIONS,
  check(ctx) {
    for (const fault of ctx.faults) {
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
          message: `The sha256 of ${label(a).toLowerCase()} is not a SHA-256 digest (64 hexadecimal characters; this has ${sha.trim().length} characters${/^[0-9a-f]*$/i.test(sha.trim()) ? '' : ', some not hexadecimal'}).`,
          at: shaEntry.value.range,
          data: { kind: 'invalid-hash', path: ['assets', a.index, 'sha256'] },
        });
      }
    }
  },
};

/** Whether a dependsOn graph is fully resolved (part of 5.1). */
export function inventoryResolves(ctx: ManifestContext): boolean {
  const ids = new Set(ctx.assets.map((a) => a.id).filter(Boolean));
  return ctx.assets.every((a) => {
    const deps = get(a.node, 'dependsOn');
    return deps?.kind !== 'seq' || deps.items.every((i) => ids.has(str(i)));
  });
}

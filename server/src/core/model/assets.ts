/**
 * The provisions the asset inventory itself meets (5.1, 5.2, 7.2, 7.2.1, 7.2.2, 7.3, 8.1.2, 8.2,
 * 8.2.1), as facts: which asset fails which of them, and why. Those provisions need no entry
 * under `provisions:` when every asset passes; the assets rule reports each fault on the asset at
 * fault, with the provision's number as its code, and the provision states count them.
 */
import { entry, get, present, str, type Offsets } from '../parse/yaml';
import type { ManifestFindingData } from '../types';
import { appliesNow, type AssetInfo, type Fault, type ManifestContext } from './manifest';
import { keyOrTop } from './paths';

export const ASSET_MET_PROVISIONS = ['5.1', '5.2', '7.2', '7.2.1', '7.2.2', '7.3', '8.1.2', '8.2', '8.2.1'];

/** Where an asset is named: its id value, else the start of its item. */
export function assetAnchor(a: AssetInfo): Offsets {
  const idEntry = entry(a.node, 'id');
  if (idEntry && idEntry.value.range[1] > idEntry.value.range[0]) return idEntry.value.range;
  return [a.node.range[0], a.node.range[0] + 1];
}

/** `Asset "support-llm"`, or `Asset 2` for one without an id. */
export function assetLabel(a: AssetInfo): string {
  return a.id ? `Asset "${a.id}"` : `Asset ${a.index + 1}`;
}

type FaultData = { kind: 'empty-inventory'; path: (string | number)[] } | { path: (string | number)[]; missing: string[] };

/** Faults of the asset-met provisions. Only provisions that apply now and have no entry count. */
export function assetFaults(ctx: ManifestContext): Fault[] {
  const faults: Fault[] = [];
  const wanted = (id: string) => appliesNow(ctx, id) && !ctx.entries.has(id);
  const add = (id: string, at: Offsets, message: string, data: FaultData) => {
    // The fault's own data comes after the kind and provision, and an empty inventory's kind replaces the default.
    if (wanted(id)) faults.push({ provision: id, at, message, data: { kind: 'asset-fault', provision: id, ...data } as ManifestFindingData });
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
    const label = assetLabel(a);
    if (!present(get(a.node, 'version'))) {
      add('5.2', at, `${label} has no version. 5.2 asks for version control of every asset: add version:.`, { path, missing: ['version'] });
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
        if (!present(get(a.node, field))) add(id, at, `External ${label.toLowerCase()} ${why}; ${id} asks for ${what}: add ${field}:.`, { path, missing: [field] });
      }
    }
    if (f.external === true && f.type === 'model' && !present(get(a.node, 'evaluations'))) {
      add('7.3', at, `External model "${a.id ?? a.index + 1}" has no evaluations. 7.3 asks you to re-run evaluations on released models before use: add evaluations: with their reports.`, {
        path,
        missing: ['evaluations'],
      });
    }
    if (f.shared === true && !present(get(a.node, 'sha256'))) {
      add('8.1.2', at, `${label} is shared with other stakeholders but has no sha256. 8.1.2 asks for released hashes of shared components: add sha256:.`, { path, missing: ['sha256'] });
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

/** Whether a dependsOn graph is fully resolved (part of 5.1). */
export function inventoryResolves(ctx: ManifestContext): boolean {
  const ids = new Set(ctx.assets.map((a) => a.id).filter(Boolean));
  return ctx.assets.every((a) => {
    const deps = get(a.node, 'dependsOn');
    return deps?.kind !== 'seq' || deps.items.every((i) => ids.has(str(i)));
  });
}

/**
 * The provisions the asset inventory itself meets (5.1, 5.2, 7.2, 7.2.1, 7.2.2, 7.3, 8.1.2, 8.2,
 * 8.2.1), as facts: which asset fails which of them, and why. Those provisions need no entry
 * under `provisions:` when every asset passes; the assets rule reports each fault on the asset at
 * fault, with the provision's number as its code, and the provision states count them.
 */
import { poorlyDocumentedAsset } from '../catalogue/applicability';
import { entry, get, present, str, type Offsets } from '../parse/yaml';
import type { ManifestFindingData } from '../types';
import { appliesNow, type AssetInfo, type Fault, type ManifestContext } from './manifest';
import { keyOrTop } from './paths';

export const ASSET_MET_PROVISIONS = ['5.1', '5.2', '7.2', '7.2.1', '7.2.2', '7.3', '8.1.2', '8.2', '8.2.1'];

/**
 * What the check of each asset-met provision looks at, and what it cannot see: the inventory's
 * fields are the manifest's statements, so a provision "met by the inventory" is met as far as
 * these fields go, and reports say so rather than claim more.
 */
export const INVENTORY_CHECKED: Record<string, string> = {
  '5.1': 'Checked: the manifest lists assets, and every dependsOn names an asset of the inventory. Not checked: that the inventory is complete.',
  '5.2': 'Checked: every asset states a version. Not checked: that the assets are tracked or kept under version control.',
  '7.2': 'Checked: every asset not well documented or secured (wellDocumented: false, or not stated on an external one) states a justification. Not checked: what the justification says, or that the other assets are as documented as stated.',
  '7.2.1': 'Checked: every asset not well documented or secured names a riskAssessment (a path that exists, or a URL). Not checked: the mitigating controls, or what the assessment says.',
  '7.2.2': 'Checked: every asset not well documented or secured states sharedWithEndUsers. Not checked: that end-users can reach that documentation.',
  '7.3': 'Checked: every external model, and every external api that may serve one, names evaluations. Not checked: that they were re-run, or what they found.',
  '8.1.2': 'Checked: every model shared with other stakeholders states a sha256 (and the model card, where one is named, lists it). Not checked: that the hash is released to those stakeholders or matches the files.',
  '8.2': 'Checked: every public dataset states origin.url. Not checked: how the data was obtained, or that the URL is where it came from.',
  '8.2.1': 'Checked: every public dataset states origin.url and origin.obtained. Not checked: that they are true.',
};

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
    if (poorlyDocumentedAsset(f)) {
      const why = f.wellDocumented === false ? 'is not well documented or secured' : 'does not say whether it is well documented and secured (wellDocumented), so it is treated as not';
      const checks: [string, string, string][] = [
        ['7.2', 'justification', 'why it is used'],
        ['7.2.1', 'riskAssessment', 'its risk assessment'],
        ['7.2.2', 'sharedWithEndUsers', 'where that documentation is shared with end-users'],
      ];
      for (const [id, field, what] of checks) {
        if (!present(get(a.node, field))) add(id, at, `${f.external === true ? `External ${label.toLowerCase()}` : label} ${why}; ${id} asks for ${what}: add ${field}:.`, { path, missing: [field] });
      }
    }
    // A hosted model reached by its API is a released model too; an external API counts as one
    // unless it says it serves none (hostsModel: false).
    const hostedModel = f.type === 'api' && f.hostsModel !== false;
    if (f.external === true && (f.type === 'model' || hostedModel) && !present(get(a.node, 'evaluations'))) {
      const what = f.type === 'model' ? `External model "${a.id ?? a.index + 1}"` : `External API "${a.id ?? a.index + 1}"${f.hostsModel === true ? ', which serves a model,' : ' (it may serve a model: hostsModel is not stated)'}`;
      add('7.3', at, `${what} has no evaluations. 7.3 asks you to re-run evaluations on released models before use: add evaluations: with their reports${f.type === 'api' && f.hostsModel === undefined ? ', or hostsModel: false if it serves no model' : ''}.`, {
        path,
        missing: ['evaluations'],
      });
    }
    if (f.shared === true && f.type === 'model' && !present(get(a.node, 'sha256'))) {
      add('8.1.2', at, `${label} is a model shared with other stakeholders but has no sha256. 8.1.2 asks for released hashes of model components: add sha256:.`, { path, missing: ['sha256'] });
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

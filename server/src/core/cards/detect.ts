/** Which files are model cards, and what the manifests that name them say about them. */
import { get, str, strings } from '../parse/yaml';
import { classifyReference, dirOf, resolvePath } from '../util/workspace-path';
import type { ManifestContext } from '../model/manifest';
import type { CardLink } from './analyze';

export const MODEL_CARD_NAMES = ['model_card.md', 'model-card.md', 'modelcard.md'];

/** By name alone: MODEL_CARD.md, model_card.md, model-card.md, modelcard.md (any case). */
export function isModelCardName(path: string): boolean {
  const base = (path.replace(/\\/g, '/').split('/').pop() ?? '').toLowerCase();
  return MODEL_CARD_NAMES.includes(base);
}

/** Hugging Face model keys in front matter that make a README.md a model card. */
const HF_KEYS = ['base_model', 'pipeline_tag', 'library_name', 'model-index'];

/**
 * Whether a README.md is a Hugging Face model card: its front matter has a model key, or
 * `license` together with `datasets`. Read from the text, without a YAML parse, as this runs on
 * every README in a workspace.
 */
export function isHuggingFaceCard(text: string): boolean {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 64 * 1024));
  if (!m) return false;
  const keys = new Set([...m[1]!.matchAll(/^([A-Za-z_][\w-]*)\s*:/gm)].map((k) => k[1]!));
  return HF_KEYS.some((k) => keys.has(k)) || (keys.has('license') && keys.has('datasets'));
}

export function isReadme(path: string): boolean {
  return (path.replace(/\\/g, '/').split('/').pop() ?? '').toLowerCase() === 'readme.md';
}

/** The model cards a manifest names, with what it says about each (workspace-relative paths). */
export function modelCardLinks(ctx: ManifestContext): { card: string; link: CardLink }[] {
  const out: { card: string; link: CardLink }[] = [];
  const datasets = new Map(ctx.assets.filter((a) => a.id).map((a) => [a.id!, a.facts]));
  for (const a of ctx.assets) {
    const card = str(get(a.node, 'modelCard'));
    if (!card) continue;
    const ref = classifyReference(card, dirOf(ctx.path));
    if (ref.kind !== 'path') continue;
    const { rel } = resolvePath(ref, ctx.host);
    const sha = str(get(a.node, 'sha256'))?.trim().toLowerCase();
    const deps = strings(get(a.node, 'dependsOn')).map((d) => datasets.get(d.value));
    out.push({
      card: rel,
      link: {
        manifest: ctx.path,
        assetId: a.id,
        roles: ctx.facts.roles,
        sha256: sha && /^[0-9a-f]{64}$/.test(sha) ? sha : undefined,
        shared: a.facts.shared,
        publicData: deps.some((d) => d?.type === 'dataset' && d.public === true),
      },
    });
  }
  return out;
}

/** Which files are model cards: by name, or a README.md by its Hugging Face front matter. */
import { FRONT_MATTER_KEYS } from './front-matter';

export const MODEL_CARD_NAMES = ['model_card.md', 'model-card.md', 'modelcard.md'];

/** By name alone: MODEL_CARD.md, model_card.md, model-card.md, modelcard.md (any case). */
export function isModelCardName(path: string): boolean {
  const base = (path.replace(/\\/g, '/').split('/').pop() ?? '').toLowerCase();
  return MODEL_CARD_NAMES.includes(base);
}

/** Hugging Face model keys in front matter that make a README.md a model card. */
const HF_KEYS = Object.keys(FRONT_MATTER_KEYS).filter((k) => FRONT_MATTER_KEYS[k]!.marksCard);

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

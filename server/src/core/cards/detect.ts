/** Which files are model cards: by name, or a README.md by its Hugging Face front matter. */
import { FRONT_MATTER_KEYS } from './front-matter';
import { CARD_SECTIONS, matchingSections, normaliseHeading } from './sections';

export const MODEL_CARD_NAMES = ['model_card.md', 'model-card.md', 'modelcard.md'];

/** By name alone: MODEL_CARD.md, model_card.md, model-card.md, modelcard.md (any case). */
export function isModelCardName(path: string): boolean {
  const base = (path.replace(/\\/g, '/').split('/').pop() ?? '').toLowerCase();
  return MODEL_CARD_NAMES.includes(base);
}

/** Hugging Face model keys in front matter that make a README.md a model card. */
const HF_KEYS = Object.keys(FRONT_MATTER_KEYS).filter((k) => FRONT_MATTER_KEYS[k]!.marksCard);

/** Front matter keys of a Hugging Face dataset card: such a README is not a model card. */
const DATASET_KEYS = ['task_categories', 'size_categories', 'dataset_info', 'configs', 'pretty_name', 'source_datasets', 'annotations_creators'];

/**
 * Whether a README.md is a Hugging Face model card: its front matter has a model key, or
 * `license` together with `datasets`; or it has only `license` with `language` or `tags` (many
 * Hub cards do) and its body is plainly a model card, with headings for at least two of the
 * items a card documents ("Intended uses", "Training data", "Limitations", "Evaluation", …).
 * Read from the text, without a YAML parse, as this runs on every README in a workspace.
 */
export function isHuggingFaceCard(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(head);
  if (!m) return false;
  const keys = new Set([...m[1]!.matchAll(/^([A-Za-z_][\w-]*)\s*:/gm)].map((k) => k[1]!));
  if (HF_KEYS.some((k) => keys.has(k)) || (keys.has('license') && keys.has('datasets'))) return true;
  if (!keys.has('license') || !(keys.has('language') || keys.has('tags')) || DATASET_KEYS.some((k) => keys.has(k))) return false;
  return cardItemsInHeadings(head.slice(m[0].length)) >= 2;
}

const CHECKED = new Set(CARD_SECTIONS.map((s) => s.key));

/** How many of the items a card documents the body's ATX headings name (a dataset card names none). */
function cardItemsInHeadings(body: string): number {
  const found = new Set<string>();
  for (const h of body.matchAll(/^ {0,3}#{1,6}[ \t]+([^\r\n]{1,200})/gm)) {
    const name = normaliseHeading(h[1]!.replace(/[ \t]#+[ \t]*$/, ''));
    if (name.startsWith('dataset card')) return 0;
    for (const key of matchingSections(name)) if (CHECKED.has(key)) found.add(key);
  }
  return found.size;
}

export function isReadme(path: string): boolean {
  return (path.replace(/\\/g, '/').split('/').pop() ?? '').toLowerCase() === 'readme.md';
}

/**
 * The Hugging Face front-matter keys a model card may carry, as data: what each means, the
 * provisions it serves (for hovers and completion), the shape the Hub expects (checked by the
 * hf-metadata rule), and whether it marks a README.md as a model card. This table is the one
 * place those facts live; which card section serves which provision is in `sections.ts`.
 */

/** The shapes the Hub expects: one non-empty text, a non-empty list of them, either, or the model-index format. */
export type FrontMatterShape = 'text' | 'list' | 'text-or-list' | 'model-index';

export interface FrontMatterKey {
  description: string;
  provisions: string[];
  /** The shape the Hub expects, and how a finding words it. */
  shape?: { is: FrontMatterShape; expected: string };
  /** Whether the key on its own makes a README.md a model card (`license` does so only with `datasets`). */
  marksCard?: boolean;
}

export const FRONT_MATTER_KEYS: Record<string, FrontMatterKey> = {
  license: {
    description: 'The licence the model is released under (an identifier such as apache-2.0, or other).',
    provisions: [],
    shape: { is: 'text', expected: 'a single licence identifier, such as apache-2.0 or other' },
  },
  datasets: {
    description: 'Datasets the model was trained or fine-tuned on. Data from public sources must be documented: how and where it was obtained, its URL and the date.',
    provisions: ['8.2', '8.2.1'],
    shape: { is: 'list', expected: 'a list of dataset IDs' },
  },
  base_model: {
    description: 'The model this one was adapted from: an external component whose risks and evaluations are yours to assess.',
    provisions: ['2.4', '7.3'],
    shape: { is: 'text-or-list', expected: 'a model ID, or a list of them' },
    marksCard: true,
  },
  'model-index': {
    description: 'Evaluation results in the Hugging Face Hub\u2019s format: findings to share with System Operators.',
    provisions: ['9.3'],
    shape: { is: 'model-index', expected: 'a list of { name, results: [{ task: { type }, dataset: { name, type }, metrics: [{ type, value }] }] }' },
    marksCard: true,
  },
  pipeline_tag: {
    description: 'The task the model performs, such as text-generation.',
    provisions: [],
    shape: { is: 'text', expected: 'one task name, such as text-generation' },
    marksCard: true,
  },
  library_name: {
    description: 'The library that loads the model, such as transformers.',
    provisions: [],
    shape: { is: 'text', expected: 'a library name, such as transformers' },
    marksCard: true,
  },
  language: {
    description: 'The languages the model handles (ISO codes).',
    provisions: [],
    shape: { is: 'text-or-list', expected: 'a language code, or a list of them' },
  },
  tags: { description: 'Free-form tags for search.', provisions: [], shape: { is: 'list', expected: 'a list of tags' } },
  'ai-security': { description: 'Keys read by the AI security checker. `hashes`: a mapping of component file names to SHA-256 digests.', provisions: ['8.1.2'] },
};

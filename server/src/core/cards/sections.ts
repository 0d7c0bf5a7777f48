/**
 * What a model card must carry, as data: each item the Code asks for, the provisions it serves,
 * the headings that count for it (synonyms from the Hugging Face template and from plain usage),
 * and the skeleton a quick fix inserts (the same text the model-card snippets are generated from).
 * This table is the one place the synonyms live.
 */

export interface CardSection {
  /** Stable key, used in finding data and fixes. */
  key: string;
  /** What the item is, in a finding's words. */
  what: string;
  /** The heading a fix inserts. */
  heading: string;
  /** The provisions this section serves (for hovers). */
  provisions: string[];
  /** Normalised headings that count (lower case, punctuation dropped, & → and). A heading counts
   * when it equals one, or contains one of at least two words. */
  synonyms: string[];
  /** The body a fix inserts under the heading; `${n:placeholder}` marks what to fill in. */
  template: string[];
  /** Sections a fix prefers to insert after, nearest first. */
  after: string[];
}

export const CARD_SECTIONS: CardSection[] = [
  {
    key: 'training-data',
    what: 'the sources of training data (including fine-tuning and feedback data)',
    heading: 'Training data',
    provisions: ['8.1.1', '8.2', '8.2.1'],
    synonyms: ['training data', 'training datasets', 'training dataset', 'datasets', 'data sources', 'fine tuning data', 'finetuning data', 'pretraining data', 'data', 'training'],
    template: [
      'Sources, including fine-tuning data and human or operational feedback:',
      '',
      '| source | URL | obtained | how |',
      '| --- | --- | --- | --- |',
      '| ${1:dataset name} | ${2:https://example.org/data} | ${3:YYYY-MM-DD} | ${4:downloaded under licence} |',
    ],
    after: ['scope', 'out-of-scope'],
  },
  {
    key: 'scope',
    what: 'the intended scope and limitations',
    heading: 'Intended use and limitations',
    provisions: ['8.1.1', '10.2.1'],
    synonyms: ['intended use', 'intended uses', 'uses', 'direct use', 'scope', 'intended scope', 'limitations', 'known limitations', 'bias risks and limitations', 'risks and limitations', 'intended use and limitations', 'model scope'],
    template: ['Intended for ${1:what the model is for, and by whom}.', '', 'Limitations: ${2:where it is known not to work well}.'],
    after: ['model-details'],
  },
  {
    key: 'out-of-scope',
    what: 'prohibited or out-of-scope uses',
    heading: 'Out-of-scope use',
    provisions: ['4.5'],
    synonyms: ['out of scope use', 'out of scope uses', 'out of scope', 'prohibited uses', 'prohibited use', 'misuse', 'misuse and out of scope use', 'restrictions', 'acceptable use', 'use restrictions', 'unintended uses'],
    template: ['Do not use this model for ${1:uses that are prohibited or that it was not built for}.'],
    after: ['scope'],
  },
  {
    key: 'guardrails',
    what: 'its guardrails',
    heading: 'Guardrails',
    provisions: ['8.1.1'],
    synonyms: ['guardrails', 'safeguards', 'safety', 'safety measures', 'content filtering', 'mitigations', 'safety and guardrails'],
    template: ['${1:Input and output filters, rate limits and human review that constrain the model in use}.'],
    after: ['out-of-scope', 'scope'],
  },
  {
    key: 'failure-modes',
    what: 'its potential failure modes',
    heading: 'Failure modes',
    provisions: ['8.1.1', '10.2.1'],
    synonyms: ['failure modes', 'known failure modes', 'failure cases', 'known failures', 'failure analysis', 'error analysis', 'bias risks and limitations', 'risks and limitations', 'risks'],
    template: ['- ${1:A way the model is known to fail, and what it looks like}'],
    after: ['guardrails', 'scope'],
  },
  {
    key: 'retention',
    what: 'the data retention time',
    heading: 'Data retention',
    provisions: ['8.1.1'],
    synonyms: ['data retention', 'retention', 'retention time', 'retention period', 'retention policy'],
    template: ['Inputs and outputs are kept for ${1:30 days}, then deleted.'],
    after: ['training-data'],
  },
  {
    key: 'review-frequency',
    what: 'a suggested review frequency',
    heading: 'Review frequency',
    provisions: ['8.1.1'],
    synonyms: ['review frequency', 'review schedule', 'review cadence', 'maintenance', 'maintenance and review', 'model review'],
    template: ['Review this card and the model\u2019s evaluations ${1:every six months}, and after every major update.'],
    after: ['retention', 'evaluation'],
  },
  {
    key: 'evaluation',
    what: 'evaluation or security-testing findings',
    heading: 'Evaluation',
    provisions: ['9.3'],
    synonyms: ['evaluation', 'evaluation results', 'evaluations', 'results', 'testing', 'security testing', 'red teaming', 'red team', 'testing data factors and metrics', 'benchmarks', 'benchmark results', 'security evaluation'],
    template: ['| evaluation | result | date |', '| --- | --- | --- |', '| ${1:red-team exercise} | ${2:findings and their fixes} | ${3:YYYY-MM-DD} |'],
    after: ['training-data'],
  },
  {
    key: 'hashes',
    what: 'SHA-256 hashes of the model\u2019s components',
    heading: 'Hashes',
    provisions: ['8.1.2'],
    synonyms: ['hashes', 'checksums', 'sha256', 'sha 256', 'file hashes', 'integrity', 'model files', 'checksums and hashes', 'file checksums', 'files', 'downloads', 'release files', 'artifacts', 'artefacts'],
    // The all-zero digest is a placeholder (reported as such) that the user replaces with the
    // output of sha256sum; the fix fills in the manifest's digest when it knows it.
    template: ['| file | SHA-256 |', '| --- | --- |', '| ${1:model.safetensors} | ${2:0000000000000000000000000000000000000000000000000000000000000000} |'],
    after: ['evaluation', 'training-data'],
  },
];

/** Headings that anchor insertion but are not checked themselves. */
export const ANCHOR_SYNONYMS: Record<string, string[]> = {
  'model-details': ['model details', 'model description', 'overview', 'model summary', 'about'],
};

/** Every synonym list by key: the checked sections', then the anchors' (a section's own list wins). */
const SYNONYM_LISTS: [string, string[]][] = [
  ...CARD_SECTIONS.map((s): [string, string[]] => [s.key, s.synonyms]),
  ...Object.entries(ANCHOR_SYNONYMS).filter(([key]) => !CARD_SECTIONS.some((s) => s.key === key)),
];

export function normaliseHeading(text: string): string {
  // Most headings are plain words: lower case is then all there is to do, bar a leading number.
  if (PLAIN_WORDS.test(text)) {
    const lower = text.toLowerCase();
    return lower.charCodeAt(0) <= 0x39 ? lower.replace(NUMBERING, '') : lower;
  }
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(NUMBERING, '') // "3.1 Training data" → "training data"
    .trim()
    .replace(/\s+/g, ' ');
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const NUMBERING = /^\s*\d+(\s+\d+)*\s+/;

/**
 * A heading counts for an item when it is one of the synonyms, or contains a synonym of two or
 * more words, or of one long word ("Garde-fous / Guardrails"). Short single words must be the
 * whole heading: "Evaluation datasets" is not training data.
 */
export function headingMatches(normalised: string, synonyms: string[]): boolean {
  return matcherFor(synonyms)(normalised);
}

// One compiled matcher per synonym list: headings are tested against every list, and a card
// may have tens of thousands of headings.
const matchers = new WeakMap<string[], (normalised: string) => boolean>();

function matcherFor(synonyms: string[]): (normalised: string) => boolean {
  let m = matchers.get(synonyms);
  if (!m) {
    const exact = new Set(synonyms);
    const within = synonyms.filter((s) => s.length >= 9 || s.includes(' ')).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = within.length ? new RegExp(`(?:^| )(?:${within.join('|')})(?: |$)`) : undefined;
    m = (n) => exact.has(n) || (re !== undefined && re.test(n));
    matchers.set(synonyms, m);
  }
  return m;
}

/** The keys of the card sections and anchors (`ANCHOR_SYNONYMS`) a normalised heading counts for. */
export function matchingSections(normalised: string): readonly string[] {
  // Most headings match no list at all: one test against every synonym at once says so (a
  // heading matches the union exactly when it matches one of the lists).
  if (!anyMatcher(normalised)) return NONE;
  return SYNONYM_LISTS.filter(([, synonyms]) => matcherFor(synonyms)(normalised)).map(([key]) => key);
}

const NONE: readonly string[] = Object.freeze([]);
let union: ((normalised: string) => boolean) | undefined;
const anyMatcher = (normalised: string) => (union ??= matcherFor(SYNONYM_LISTS.flatMap(([, synonyms]) => synonyms)))(normalised);

/** Template text left in place of content: these lines count as nothing. */
export const PLACEHOLDER_PATTERNS: RegExp[] = [
  /\[more information needed\]/i,
  // No brace inside: each try stops at the next brace, so a line of `{{` without `}}` is not
  // scanned to its end once per `{{` (quadratic).
  /\{\{[^{}]*\}\}/,
  /\bTODO\b/,
  /\bTBD\b/,
  /\[(?:insert|add|describe|your)[^\]]*\]/i,
  /lorem ipsum/i,
  /(?<![0-9a-fA-F])0{64}(?![0-9a-fA-F])/,
  // The Hugging Face template's stock sentence under "Recommendations".
  /should be made aware of the risks, biases and limitations of the model\. More information needed/i,
];

/**
 * Whether any placeholder pattern matches somewhere in a text. Every line that has a placeholder
 * is part of the text, so when this is false no line of it has one, and lines need not be tested
 * one by one.
 */
export function mayHavePlaceholder(text: string): boolean {
  return PLACEHOLDER_PATTERNS.some((re) => re.test(text));
}

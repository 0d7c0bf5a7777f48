/**
 * What every model-card rule and feature reads: the parsed card, what the manifests that name
 * it say about it, the roles it is read for, and which of the sections the Code asks for it
 * has. Built once per analysis; rules only read it and report.
 */
import { provision } from '../catalogue/index';
import { findingHref } from '../catalogue/links';
import { CODE_LINE, onlyPointsElsewhere, parseCard, TABLE_RULE, tableCells, TO_COME, TO_FILL, type Heading, type ParsedCard, type Sentence } from '../parse/model-card';
import { CARD_SECTIONS, CJK, isNothingLine, isReadersDataHeading, isReleaseNewsHeading, isSampleHeading, mayHaveNothingLine, normaliseHeading, PLANNED_EVALUATION, sentencesOf } from '../cards/sections';
import { get, str, strings, type Offsets, type YNode } from '../parse/yaml';
import type { Role } from '../schema';
import { LineIndex } from '../text';
import type { Finding, SeverityOverrides } from '../types';
import { classifyReference, dirOf, resolvePath } from '../util/workspace-path';
import type { RawFinding } from './guard';
import type { ManifestContext } from './manifest';

/** What the manifest that names a card says about it. */
export interface CardLink {
  /** The manifest's path, workspace-relative. */
  manifest: string;
  assetId: string | undefined;
  roles: Role[] | undefined;
  /** The asset's sha256, when it is a well-formed digest. */
  sha256: string | undefined;
  shared: boolean | undefined;
  /** Whether the asset depends on a dataset marked public. */
  publicData: boolean;
}

export interface CardAnalyzeOptions {
  path: string;
  /** Texts longer than this get one `file-too-large` finding and no analysis. */
  maxSize?: number;
  /** The manifests that name this card (usually none or one). */
  links?: CardLink[];
  severity?: SeverityOverrides;
}

export interface CardContext {
  text: string;
  lines: LineIndex;
  path: string;
  card: ParsedCard;
  links: CardLink[];
  roles: Role[];
  /** Where the card shows each checked item it has, by key. */
  present: Map<string, Evidence>;
  /** Where findings about the card as a whole go. */
  anchor: Offsets;
  /** The rule IDs of the card's own checks, for waivers. */
  ruleCodes: readonly string[];
  report(f: RawFinding): void;
}

/** Where a card shows an item: a heading over content, a bold label, a sentence, its front matter. */
export interface Evidence {
  how: 'heading' | 'label' | 'sentence' | 'front-matter';
  range: Offsets;
  line: number;
  /** The heading itself, or the one whose section holds the label or sentence. */
  heading: Heading | undefined;
}

/**
 * Whether a heading shows an item: its own text says something, or a section below it does that
 * is not about another item ("Uses" over an empty "Direct Use" and a written "Out-of-Scope Use"
 * does not show the intended use). Each heading is below at most five others: linear.
 */
function headingShows(headings: Heading[], i: number, key: string): boolean {
  const h = headings[i]!;
  if (h.ownHasContent) return true;
  if (!h.subtreeHasContent) return false;
  return subtree(headings, i).some((d, k) => k > 0 && d.ownHasContent && (d.keys.length === 0 || d.keys.includes(key)));
}

/**
 * A heading and the headings inside its section, which follow it up to where its section ends.
 * Each heading is inside at most five others, so taking every heading's subtree is linear (a
 * filter over all the headings for each was quadratic: 13 s for 64,000 empty "Evaluation"s).
 */
function subtree(headings: Heading[], i: number): Heading[] {
  const end = headings[i]!.sectionEnd;
  let j = i + 1;
  while (j < headings.length && headings[j]!.line < end) j++;
  return headings.slice(i, j);
}

/** The heading whose section holds a line (the nearest heading above it), if any. */
export function headingAt(headings: Heading[], line: number): Heading | undefined {
  let lo = 0;
  let hi = headings.length - 1;
  let found: Heading | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.line <= line) {
      found = headings[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Whether a text reports results rather than pointing to them ("see Section 3 of the paper"): a
 * table row with a number, a decimal or a percentage, once links are taken out.
 */
export function reportsResults(text: string): boolean {
  // Links and inline code (`VALIDATION_SPLIT = 10%` is a setting, not a result) taken out; code
  // that holds only a figure is one set in code style ("**ROC AUC:** `0.892 ± 0.024`").
  // Lines that report how training went ("Final Training Loss: 0.16", "Final Gradient Norm: 0.07")
  // and a metric's own setting ("F-beta (beta=0.5)", "mAP@0.5") are no results either.
  const t = text
    // An HTML tag's attributes are the page's layout (`<img src="…" width="99%">`), no figures of its own.
    .replace(/<\/?[A-Za-z][^<>\n]{0,500}>/g, ' ')
    .replace(/https?:\/\/\S+|\]\([^)\s]*\)|`[^`\n]*`/g, (m) => (FIGURE_IN_CODE.test(m) ? m.slice(1, -1) : ' '))
    .replace(TRAINING_LINE, '')
    .replace(METRIC_SETTING, ' ')
    // The share of the data held out is how it was split, no result: "(20% split from the training dataset)".
    .replace(/\b\d+(?:\.\d+)? ?% (?:split|hold-?out|held[- ]out|of the (?:training |labell?ed )?(?:data|dataset|samples))\b/gi, ' ')
    // A claim disowned is no finding: "No claim is made that it performs better than any other model."
    .replace(/\b(?:no claim is made|(?:we|it) make?s? no claims?|(?:we|it) (?:do|does) not claim)\b[^.\n]*/gi, ' ');
  // One pass over the lines: a table row still to fill holds targets, not results ("| mAP50 | >
  // 0.85 | TBD | - |"), so it is left out of the number test; and a row with a figure past its
  // first cell (the first names the metric: "precision @3") counts towards a results table unless
  // the rows are mostly still to fill ("| MMLU | TBD | 5-shot |"): a template's table.
  const kept: string[] = [];
  let figures = 0;
  let blanks = 0;
  for (const line of t.split('\n')) {
    if (!line.trimStart().startsWith('|')) {
      kept.push(line);
      continue;
    }
    const cells = tableCells(line).map((c) => c.text);
    // Past the first cell, which names the row.
    const values = cells.slice(1);
    // A row of three or more values with at most one filled in is a row still to fill: "|
    // Judged entry | ≤20B | | | | |" gives the run's size, not its scores.
    const unfilled = values.length >= 3 && values.filter((c) => !c.trim()).length >= values.length - 1;
    if (!unfilled && !cells.some((c) => TO_FILL.test(c))) kept.push(line);
    if (unfilled || values.some((c) => TO_COME.test(c))) blanks++;
    // (A figure, not a digit inside a word: "Token-level F1 for extracted spans" describes a metric; nor a
    // whole number in a phrase of words, a sample's prompt under its picture: "a panda taking a selfie, 2k, high quality".)
    else if (values.some((c) => /(?<![\p{L}_])\d/u.test(c) && !PROSE_CELL.test(c))) figures++;
  }
  // A figure in an evaluation section is its results shown as a chart, unless the text says it
  // shows the data ("The distribution of the labels are the following: ![…](image.png)").
  if (RESULT_NUMBER.test(kept.join('\n')) || FINDING.test(t) || (FIGURE.test(text) && !DATA_FIGURE.test(text) && !onlyTrainingFigures(text))) return true;
  return figures > 0 && figures >= blanks;
}
/**
 * Results told in words: "performs poorly on…", "we found…", "**Evaluation Accuracy:** Poor alignment with the targets";
 * and speed measured on named hardware ("~160 tokens/second on RTX 3090"), which the labelling guide counts as a test finding. A bare claim of superiority
 * ("outperforms prior work") with no figure or finding is no result (the labelling guide's rule).
 * Wins counted out of a total are findings too ("more accurate than 11 / 16 compared methods", "semantic search won 9/10",
 * "confirmed … in 9/10 cases"), and so are results said to have moved ("my results improved across several
 * functions") and a place in a ranking ("finished in the top 20", "GIFT-Eval (1st MASE)"); and what a manual evaluation found of its outputs ("Outputs
 * were coherent, accessible, and consistent with the training objectives").
 */
const FINDING = /\b(?:won|passed|failed|solved|succeeded|confirmed|correct(?:ly)?)\b[^.\n]{1,40}?\b\d{1,4} ?(?:\/|of|out of) ?\d{1,4}\b|\b(?:results?|performance|scores?|accuracy) (?:improved|declined|dropped|degraded|worsened)\b|\bfinished (?:in )?(?:the )?top[- ]?\d{1,4}\b|\b(?:1st|2nd|3rd|first|second|third) (?:place|rank|overall|mase|mse|mae|crps|wql|mape|smape|rmse|accuracy|f1|auc|map)\b|\b(?:better|more accurate|higher|lower|best|worse) (?:[\w$^{}-]+ ){0,3}?(?:than|on) \d{1,3} ?\/ ?\d{1,3} (?:compared |other )?(?:methods|baselines|datasets|models|tasks)\b|\b(?:we (?:found|find|observed|observe|noticed|saw)|(?:model|architecture|checkpoint|system|it)\s(?:passed|failed)\s(?:the |all |its |our )?(?:[\w-]+\s){0,4}?(?:tests?|evaluations?|checks?)|it was (?:found|observed|shown) that|(?:was|were) found to (?:be|perform|outperform|achieve)|results? (?:is|are|was|were) (?:only |slightly |much |significantly |substantially |considerably |marginally )?(?:better|worse|higher|lower) than|(?:performs?|performed|performing) (?:well|poorly|better|worse|strongly|comparably|competitively|unevenly)|state[- ]of[- ]the[- ]art (?:results|performance|level)|(?:lower|higher|improved|reduced) (?:accuracy|robustness|performance|error rates?))\b|\b(?:accuracy|performance|results?)[*_]{0,2}:[*_]{0,2} ?(?:poor|good|strong|weak|high|low|excellent|moderate|limited)\b|\bthe (?:most )?(?:surprising|interesting|notable|striking|unexpected|key|main) (?:result|finding|observation)s? (?:was|were|is|are)\b|\b(?:I|we) (?:was|were) surprised (?:that|to|by)\b|\b(?:the )?(?:tests?|testing|evaluation|experiments?|profiles?) (?:showed|revealed|confirmed|exposed|found)\b|\b(?:the )?(?:model|system|classifier|recommender) (?:struggles|struggled|fails|failed) (?:with|to|on)\b|\b(?:outputs|responses|answers|generations|translations|transcripts) were (?:(?:generally|mostly|largely|consistently|often|usually) )?(?:coherent|fluent|accurate|correct|relevant|incoherent|inaccurate|repetitive|off-topic)\b|\b(?:average|mean|median) (?:episode )?(?:reward|return|score)s?(?: score)? of (?:about |around |over |~)?\d|\b\d[\d.,]*\s?(?:tokens?\/s(?:ec(?:ond)?)?|tokens? per second|tok\/s|it\/s|fps|images?\/s) on (?:an? |a single )?(?:NVIDIA |AMD |Apple |Intel )?(?:RTX|GTX|A100|H100|V100|T4|L4|A10G?|M[1-4]|Tesla|Jetson|Raspberry|Xeon|Core)\b/i;
/** A cell of six or more words whose numbers are all whole, none a share or a fraction: a phrase, not a value. */
const PROSE_CELL = /^(?!.*\d[.,:/]\d)(?!.*\d ?%)[^\S\n]*(?:[^\s|]+[^\S\n]+){5,}[^\s|]+[^\S\n]*$/;
/**
 * A heading over how data is made ready: "Dataset Preparation". (One that opens on preparing,
 * "Prepare the data", never counts for training data at all: `headingKeys` sets it aside as the
 * reader's own, with "your" and "custom" headings.)
 */
const PREPARE_HEADING = /^(?:training |fine tuning )?(?:data|dataset|datasets) (?:preparation|prep)$/;
/** A label over how training went ("**Training metrics**:", "Training stats"), not over tests of the model. */
const TRAINING_LABEL = /^[\s>*+_-]*train(?:ing)?[ _-](?:metrics|stats|statistics|logs?)\b/i;
/** A list line or label that reports a figure of training itself: its loss, accuracy, epoch, steps, gradient norm, rate. */
const TRAINING_LINE = /^[ \t>*+-]*(?:\*\*|__)?(?:final |total |last |best )?(?:train(?:ing)?[ _-](?:loss|accuracy|acc|perplexity|error|time|runtime)|grad(?:ient)?[ _-]norm|epochs?|(?:global |total )?steps?|learning[ _-]rate|lr|batch[ _-]size|runtime)(?:\*\*|__)? ?[:=][^\n]*$/gim;
/**
 * A metric's setting or target, not its value: "(beta=0.5)", "(q=0.98, level=0.99)", "@0.5", "@0.5:0.95", "(target ≥0.75)",
 * a bar to clear ("any threshold must demonstrate at least 0.95 precision");
 * a threshold set, with what follows on its line ("**IoU threshold:** 0.5 (mAP50), 0.5-0.95 (mAP50-95)").
 */
const METRIC_SETTING = /\b(?:must|should|needs? to|has to|have to|(?:is )?required to) (?:demonstrate|achieve|reach|exceed|meet|show|attain) (?:an? |the )?(?:at least |a minimum of |over |above |more than |[\u2265>] ?)?(?:\d+(?:\.\d+)?|\.\d+) ?%?|\bthresholds?(?:[*_]{0,2}:| ?=) ?[*_]{0,2} ?\d[^\n]*|\( ?(?:beta|alpha|iou|threshold|[\u03b2ktq]|level|quantile|gamma|lambda|temperature|top[_-]?[pk]|window|horizon|confidence) ?= ?(?:\d+(?:\.\d+)?|\.\d+)(?:, ?(?:beta|alpha|iou|threshold|[\u03b2ktq]|level|quantile|gamma|lambda|temperature|top[_-]?[pk]|window|horizon|confidence) ?= ?(?:\d+(?:\.\d+)?|\.\d+))* ?\)|\( ?(?:target|goal|minimum|min\.?|required)\b[^()\n]{0,12}?\d[\d.]*\s?%?\s?\)|@(?:\d+(?:\.\d+)?|\.\d+)(?::(?:\d+(?:\.\d+)?|\.\d+))?/gi;
/** Inline code that holds only a figure: "`0.892 ± 0.024`", "`9.87`". */
const FIGURE_IN_CODE = /^`[\d.,%\s\u00b1+\u2212-]{1,40}`$/;
const FIGURE = /!\[[^\]\n]{0,200}\]\(|<img\b/i;
/** Each picture, with its alt text and address. */
const FIGURES = /!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|<img\b[^>\n]{0,500}>?/gi;
/**
 * A picture of training itself: its loss ("./pictures/trainloss.png"), a training or learning curve, its metrics
 * ("training_metrics.png"); or of samples side by side, which show what it makes, not how it scored
 * ("assets/figures/qcompare1.png", "qualitative_results.jpg", "teaser.png").
 */
const TRAINING_FIGURE = /train(?:ing)?[ _-]?loss|loss[ _-]?curves?|training[ _-](?:curves?|metrics?)|learning[ _-]curves?|qualitative|\bq_?compar|\bteaser|\bshowcase|\bgallery/i;
/** Whether every picture in a text shows training itself or samples, which are no result. */
function onlyTrainingFigures(text: string): boolean {
  const figures = text.match(FIGURES) ?? [];
  return figures.length > 0 && figures.every((f) => TRAINING_FIGURE.test(f));
}
/** A label's body that only sends the reader to code below it: "Use the below code in Python". */
const CODE_POINTER = /^\s*(?:please )?(?:use|see|run|try|refer to|follow)\b[^.\n]{1,40}?\b(?:code|snippet|example|notebook|script|commands?)\b[^.\n]{0,30}[.:]?\s*(?:\n|$)/i;
/** A label's body that is only a version number: "4.3.0", "v2.1". */
const VERSION_ONLY = /^\s*v?\d+(?:\.\d+){1,3}\s*$/;
/** A label's body that is only a file's name or path: "**Training Data**: `input_data/properties.csv`". */
const FILE_ONLY = /^\s*`?[\w./\\-]{1,200}\.(?:csv|tsv|json|jsonl|parquet|txt|xlsx?|zip|pkl|pickle|h5|hdf5|npz|npy|arrow|feather|db|sqlite)`?\s*$/i;
/** Words that say a figure shows the data, not results: a label or class distribution. */
const DATA_FIGURE = /\b(?:distributions? of (?:the )?(?:labels?|classes|data|samples|categories)|(?:label|class|data|category) distributions?|dataset (?:statistics|composition)|distributions? of (?:the )?(?!errors?\b|scores?\b|residuals?\b|predictions?\b|results?\b|metrics?\b)\w+ (?:is|are) (?:the following|as follows|shown))\b/i;
// A decimal comma only after a zero ("0,91"): "11,248" is a count. Figures may run on, split by
// slashes ("all/crop/weed mAP50-95 .635/.800/.470"); a path or a version does not ("1.2/docs").
const RESULT_NUMBER = /(?<![\w./-])\d*\.\d+(?![\w.]|\/(?![.\d]))|(?<![\w.,/-])0,\d+(?![\w.,/])|\b\d+(?:\.\d+)? ?%/;

/**
 * Whether what a safety section or label says is a measure (a filter, tuning, review, a
 * classifier…) rather than only a warning ("Do not use this model for medical decisions"): a
 * section named "Safety" that only warns shows out-of-scope use, not guardrails.
 */
function describesMeasure(text: string): boolean {
  return MEASURE.test(text) || sentencesOf('guardrails').some((re) => re.test(text));
}
const MEASURE = /\b(?:filter\w*|classifiers?|moderat\w*|(?:safety|instruction|preference)[- ]tun\w*|fine-?tun\w*|align\w*|rlhf|dpo|red[- ]team\w*|refus\w*|block\w*|detect\w*|monitor\w*|reviewed|review(?:s|ers?)?|restrict\w*|rate[- ]limit\w*|watermark\w*|safeguards?|guardrails?|mitigat\w*|prevent\w*|checkers?|sanitiz\w*|sanitis\w*|screen(?:s|ed|ing)|audit\w*|oversight|removed|removing|falls? back|fallback|guards|cooldowns?|reject\w*|clamp\w*|clip(?:s|ped|ping))\b/i;
/** A heading or label that names the measures themselves ("Guardrails", "Guards", "Mitigations", "Mitigaciones", "No-Prediction Policy"), not only "Safety". */
const NAMES_MEASURE = /\b(?:guardrails?|guards|safeguards?|abstention|no prediction|hitl|human (?:review|oversight)|human in the loop|salvaguardas|mitigations?|mitigaci(?:\u00f3n|ones)|mitiga\u00e7(?:\u00e3o|\u00f5es)|mitigazion[ei]|att\u00e9nuations?|gegenma\u00dfnahmen|filter(?:s|ing)?|moderation|checkers?|(?:risk|safety) controls?)\b/i;
/**
 * A label that says there is no measure: "| Mitigations | No additional risk mitigation strategies
 * were considered |". (A section may open with what it lacks and go on to its measures.) Not a
 * prohibition, which is one: "**Safety:** no auto-trade without consent; policy guards".
 */
const DENIES_MEASURE = /^[\s|*_:>-]*(?:no(?! [\w-]+ without\b)|none|not any|there (?:are|were) no)\b/i;
/** Whether a line says there are no uses to avoid, with or without its label ("- **Out-of-scope use:** None."). */
const deniesUses = (line: string) => DENIES_USES.test(line) || DENIES_USES.test(line.replace(LEADING_LABEL, ''));
const LEADING_LABEL = /^[\s>*+-]*(?:\*\*|__)?[^:*_\n]{1,60}(?:\*\*|__)?:(?:\*\*|__)?/;
/**
 * A section on uses to avoid that says there are none: "There are no out of scope uses, do what you
 * will with them." (Not one that goes on to some: "There are no restrictions, but it must not …".)
 */
const DENIES_USES = /^(?![^\n]*\b(?:but|except|however|unless|other than|apart from)\b)[\s|*_:>-]*(?:there (?:are|is) no (?:known )?(?:out[- ]of[- ]scope |prohibited |restricted |unintended )?(?:uses?|restrictions)\b|no (?:known )?(?:out[- ]of[- ]scope|prohibited|restricted) uses?\b|none(?: known| identified)?[.!]?\s*$)/i;

/**
 * Whether a heading that names intended uses and limitations together ("Intended uses &
 * limitations", the Hub template's old heading) says anything about limitations: most such
 * sections only say what the model can be used for.
 */
function describesLimits(text: string): boolean {
  return LIMIT_WORD.test(text) || sentencesOf('failure-modes').some((re) => re.test(text));
}
/** The catch-all heading of the Model Cards paper's template, which may hold anything. */
const CATCH_ALL = /^(?:caveats and recommendations|caveats|recommendations)$/;
/** Whether a section has a line left to fill ("- **Model Limitations**: To be filled in") and, the rest, no word on limits. */
function leftToFill(text: string): boolean {
  if (!mayHaveNothingLine(text)) return false;
  const lines = text.split('\n');
  const kept = lines.filter((l) => !isNothingLine(l));
  return kept.length < lines.length && !describesLimits(kept.join('\n'));
}
/** A heading on ethics alone ("Ethical Considerations"), which often holds only a company's stock statement. */
const ETHICS_ONLY = /^(?:ethical (?:and fairness )?considerations?|ethics(?: statement| and fairness)?|ethical statement)$/;
/** A text with its denials of risk taken out ("carries no risks impacting individuals", "without bias"). */
const withoutDenials = (text: string) => text.replace(/\b(?:no|without|free (?:of|from))\s(?:[\w-]+\s){0,2}?(?:risks?|bias(?:es)?|limitations?)\b/gi, ' ');
/**
 * A vendor's stock ethics paragraph, the same in all its cards ("… believes Trustworthy AI is a
 * shared responsibility … see the Model Card++ Explainability, Bias, Safety & Security, and Privacy
 * Subcards"): it names no weakness of the model, however many such words it lists.
 */
const STOCK_ETHICS = 'Trustworthy AI is a shared responsibility';
// The same statement's other sentences, when the author broke it into lines: the pointer to the
// "Model Card++ Explainability, Bias, Safety & Security, and Privacy Subcards" names no bias.
const STOCK_ETHICS_LINES = [STOCK_ETHICS, 'Model Card++', 'NVIDIA AI Concerns'];
const withoutStockEthics = (text: string) => (text.includes(STOCK_ETHICS) ? text.split('\n').filter((l) => !STOCK_ETHICS_LINES.some((x) => l.includes(x))).join('\n') : text);
const LIMIT_WORD = /\b(?:limitations?|limited|limits|questionable|mis-?handl\w*|hard to (?:anticipate|explain|predict)|pernicious|unpredictabl\w*|bias(?:es|ed)?|risks?|fails?|failures?|errors?|mistakes|cannot|can't|not (?:suitable|appropriate|reliable|recommended)|inaccura\w*|struggles?|hallucinat\w*|degrad(?:es|ed|ation)|deteriorat\w*|caveats?|weakness\w*|weaker|imperfect|confus(?:ions?|es|ed)|disadvantages?|drawbacks?|(?:does|do|is|are|will|should|must|can) ?not|\w+n't|only (?:works?|supports?|handles?|for|on|in))\b/i;

/** A heading that names data ("Training, Testing, and Evaluation Datasets"), not results. */
const DATA_HEADING = /\b(?:datasets?|data)$/;

/** Whether heading `h` is on data and nothing else that uses are told under ("Datasets", "Training Data"). */
function dataSection(h: Heading | undefined): boolean {
  return h !== undefined && DATA_HEADING.test(h.normalised) && !h.keys.includes('scope') && !h.keys.includes('out-of-scope');
}

function sectionOf(card: ParsedCard, i: number): string {
  return subtree(card.headings, i)
    .map((x) => x.ownText)
    .join('\n');
}

/** A heading that names training and nothing else. */
const GENERIC_TRAINING = /^(?:training|training details|training procedure|\u8bad\u7ec3|\u8a13\u7df4)$/;
/** Words for data, in any of the ways cards speak of it. */
const DATA_WORDS = /\b(?:data|dataset|datasets|data set|corpus|corpora|tokens|samples|examples|images|photos|texts?|recordings|pairs|sentences|documents|records|audio|videos?|hours|articles|questions|conversations|dialogues|trajectories|episodes|demonstrations|labels|annotations|rows|instances)\b|[\u6570\u6578][\u636e\u64da]|\u8bed\u6599|\u8a9e\u6599|\u8cc7\u6599/i;

/** A command's option with its value: "--train_data data/train.data.list", "-d data". */
const CLI_OPTION = /(?<!\S)--?[A-Za-z][\w.-]*(?:[ =](?!--?[A-Za-z])[^\s\\]+)?/g;

/** Whether a section's only content is Sentence Transformers' "Unnamed Dataset" blocks. */
function onlyUnnamedDatasets(card: ParsedCard, i: number): boolean {
  const t = subtree(card.headings, i);
  return t.some((d) => d.normalised === 'unnamed dataset') && t.every((d) => d.normalised === 'unnamed dataset' || !d.ownHasContent);
}

/** A use section's text without its parts on how to run the model ("### How to use", "### Usage"). */
function useText(card: ParsedCard, i: number): string {
  // Under "Applications" or "Use cases" each part's heading names a use, even over code only ("## 🎓
  // Applications" over "### 1. Medical Literature Search" and a snippet).
  const namesUses = /\b(?:applications?|use cases?)$/.test(card.headings[i]!.normalised);
  return subtree(card.headings, i)
    .filter((x, k) => k === 0 || !HOW_TO_RUN.test(x.normalised))
    // A part left to fill is no words on use: diffusers' LoRA card has "#### Limitations and bias" over
    // "[TODO: provide examples of latent issues and potential remediations]" in its "Intended uses & limitations".
    .map((x, k) => (namesUses && k > 0 ? `${x.text}\n` : '') + (x.ownHasContent ? x.ownText : ''))
    .join('\n');
}
// In Chinese: "对话运行方式" (how to run a dialogue), "使用方法", "快速开始", "安装".
const HOW_TO_RUN = /^(?:how to (?:use|run|get started|load)(?: it| the model| this model)?|usage|example usage|usage example|quick ?start|getting started|installation|install|inference|code|code example|example code)$|(?:\u8fd0\u884c\u65b9\u5f0f|\u904b\u884c\u65b9\u5f0f|\u4f7f\u7528\u65b9\u6cd5|\u5feb\u901f\u5f00\u59cb|\u5feb\u901f\u958b\u59cb|\u5feb\u901f\u4e0a\u624b|\u5b89\u88c5|\u5b89\u88dd)$/;

/** A heading that names one of the project's code or configuration files: "Model Training (`train.py`)". */
const SCRIPT_HEADING = /`[^`\n]{1,80}\.(?:py|ipynb|sh|js|ts|r|jl|yaml|yml|toml|cfg)`/i;

/** A use section's generic name. */
const BARE_USE = /^(?:use|uses|usage|model use|model usage)$/;
/** A sentence about getting it running: installing, fetching, loading, serving it, or a command. */
const RUN_SENTENCE = /\b(?:install(?:ed|ing|ation)?|fetch(?:ed|ing)?|download(?:ed|ing)?|serve|run|close|load(?:ed|ing)?|commands?|CLI|pip|as follows|following)\b/i;
/** Whether every sentence of a text (outside code) tells how to install, fetch or run the model. */
function onlyHowToRun(text: string): boolean {
  const prose = unfencedLines(text).join('\n').replace(/`[^`\n]*`/g, ' ');
  const sentences = prose.split(/[.!?:]\s|\n\s*\n/).map((x) => x.trim()).filter((x) => /\p{L}{2,}/u.test(x));
  return sentences.length > 0 && sentences.every((x) => RUN_SENTENCE.test(x));
}
/** A training section that opens by saying no data has been used: "None used by this project so far." */
const NO_DATA_YET = /^\s*(?:none(?: used| ingested| collected| gathered)?(?: (?:by|in|for) (?:this|the) (?:project|model|release|repository))?(?: (?:so far|yet))?|no (?:training |fine-?tuning )?data (?:has been |have been |was |were )?used(?: yet| so far)?)(?:[.!] |[.!]?\s*(?:\n|$))/i;

/** A text's lines outside its fenced code blocks (``` or ~~~, fence lines left out too). */
function unfencedLines(text: string): string[] {
  let fenced = false;
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s{0,3}(?:```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) kept.push(line);
  }
  return kept;
}

/** Whether a text says something outside its fenced code blocks and inline code: two words at least. */
function inWords(text: string): boolean {
  let words = 0;
  for (const line of unfencedLines(text)) {
    // Code pasted without its fence ("import pickle", "with open('model.pkl', 'rb') as f:") is no words.
    if (CODE_LINE.test(line)) continue;
    // Chinese and Japanese write a sentence without spaces: a run of four of their letters or more is words enough.
    for (const w of line.replace(/`[^`\n]*`/g, ' ').match(/\p{L}{2,}/gu) ?? []) words += w.length >= 4 && CJK.test(w) ? 2 : 1;
    if (words >= 2) return true;
  }
  return false;
}

/**
 * A results heading with nothing under it, followed at once by a heading of its own level that
 * names no item ("#### Performances" then "#### Classification or Regression" over the table):
 * the author wrote the second as a part of the first, so its results are the first's.
 */
function resultsUnderSibling(card: ParsedCard, i: number): boolean {
  const h = card.headings[i]!;
  const next = card.headings[i + 1];
  return !h.ownHasContent && next !== undefined && next.level === h.level && next.keys.length === 0 && reportsResults(sectionOf(card, i + 1));
}

/** Whether the front matter's `model-index` reports at least one metric with a value. */
function modelIndexHasResults(root: YNode | undefined): boolean {
  const index = get(root, 'model-index');
  if (index?.kind !== 'seq') return false;
  return index.items.some((m) => {
    const results = get(m, 'results');
    return results?.kind === 'seq' && results.items.some((r) => {
      const metrics = get(r, 'metrics');
      return metrics?.kind === 'seq' && metrics.items.some((x) => {
        const v = get(x, 'value');
        // A score, not a template's blank ("<YOUR AUROC>").
        return v !== undefined && v.kind === 'scalar' && (typeof v.value === 'number' || SCORE.test(str(v) ?? ''));
      });
    });
  });
}

/** Front-matter keys under which authors put scores outside `model-index` ("eval_results:", "metrics:" with values). */
const RESULT_KEYS = /^(?:metrics|eval_results|evaluation(?:_results)?|results|benchmarks?|scores)$/i;
/** A value that is a score: a number, perhaps approximate ("~ 40.2", "≈0.91", "> 90%"). */
const SCORE = /^[~\u2248<>\u2264\u2265 ]{0,4}[-+]?\d/;
/** A metric named with its score in one item of such a list: "accuracy 97.9%", "f1: 0.91". */
const NAMED_SCORE = /^[a-z][\w@.-]{0,30}(?: [a-z][\w@.-]{0,30}){0,2}(?: |: ?)[~\u2248]?\d+(?:\.\d+)? ?%?$/i;

/**
 * Whether the front matter reports scores under a key of its own (the labelling guide counts
 * metrics only in the front matter): a metric name with a number under it, at any depth up to six
 * and within 500 nodes (aliases share nodes, so a bound keeps a bomb cheap), or a name and its
 * number in one item ("metrics: [accuracy 97.9%]"). A list of metric names ("metrics: [accuracy,
 * f1]") says what was to be measured, not what was found.
 */
function frontMatterScores(root: YNode | undefined): boolean {
  if (root?.kind !== 'map') return false;
  const budget = { left: 500 };
  const scored = (node: YNode, depth: number): boolean => {
    if (--budget.left < 0 || depth > 6) return false;
    if (node.kind === 'scalar') return typeof node.value === 'number' || (typeof node.value === 'string' && (SCORE.test(node.value) || NAMED_SCORE.test(node.value.trim())));
    if (node.kind === 'map') return node.entries.some((e) => scored(e.value, depth + 1));
    return node.items.some((x) => scored(x, depth + 1));
  };
  return root.entries.some((e) => RESULT_KEYS.test(e.key) && e.value.kind !== 'scalar' && scored(e.value, 0));
}

/**
 * Where the card shows each checked item, by key, in the table's order: the first heading over
 * content, else the first bold label with content, else the first key sentence, else (for
 * evaluation results) the front matter's `model-index`.
 */
export function findEvidence(card: ParsedCard, lines: LineIndex): Map<string, Evidence> {
  const found = new Map<string, Evidence>();
  card.headings.forEach((h, i) => {
    for (const key of h.keys) {
      if (found.has(key) || !headingShows(card.headings, i, key)) continue;
      // An evaluation section counts when it reports results: a number or a table, not only
      // how the model was to be evaluated.
      if (key === 'evaluation' && !reportsResults(sectionOf(card, i)) && !resultsUnderSibling(card, i)) continue;
      if (key === 'guardrails' && !NAMES_MEASURE.test(h.normalised) && !describesMeasure(sectionOf(card, i))) continue;
      // So does one that names risks only to deny them ("carries no risks impacting individuals").
      if (key === 'failure-modes' && (h.keys.includes('scope') || ETHICS_ONLY.test(h.normalised)) && !describesLimits(withoutDenials(withoutStockEthics(sectionOf(card, i))))) continue;
      if (key === 'failure-modes' && onlyPointsElsewhere(sectionOf(card, i))) continue;
      // A section headed only "Data" that speaks of evaluation and never of training ("the
      // preprocessed datasets on which we evaluated LinkBERT") holds the test data.
      if (key === 'training-data' && BARE_DATA.test(h.normalised)) {
        const section = sectionOf(card, i);
        // (Unless it says where the data came from: "- Source: **OpenML Letter Recognition Dataset**" over a test set's size.)
        if (EVALUATED.test(section) && !/\btrain/i.test(section) && !/^[ \t>*+-]{0,6}(?:\*\*)?source(?:\*\*)?:/im.test(section)) continue;
      }
      if (key === 'out-of-scope' && DENIES_USES.test(sectionOf(card, i))) continue;
      // A retraining section that names a trigger and no period ("## Retraining trigger" over "if
      // drift exceeds 20 %, schedule retraining") gives no review frequency; nor does one that only
      // names retraining and no period ("## Monitoring & retraining" over "retrain on alert").
      if (key === 'review-frequency') {
        const section = sectionOf(card, i);
        if (!PERIODIC.test(section) && (/\btriggers?\b/.test(h.normalised) || NO_SCHEDULE.test(section) || RETRAINING_ONLY.test(h.normalised))) continue;
      }
      // The Model Cards paper's catch-all ("Caveats and Recommendations") whose limitations slot
      // is left to fill ("**Model Limitations**: To be filled in") and whose other lines are plans.
      // (Only such a section: a catch-all with no slot left empty counts as it is.)
      if (key === 'failure-modes' && CATCH_ALL.test(h.normalised) && leftToFill(sectionOf(card, i))) continue;
      // A review heading over no schedule ("## Challenger Model Review" over a comparison of models) gives no frequency.
      if (key === 'review-frequency' && !/\b(?:frequency|schedule|cadence|cycle|interval|periodic)\b/.test(h.normalised) && /\breview\b/.test(h.normalised) && !PERIODIC.test(sectionOf(card, i))) continue;
      // A use section that holds only code ("## Model Usage" over snippets), or only a "How to use"
      // part, says how to run it, not what it is for (the labelling guide's reading).
      if (key === 'scope' && !inWords(useText(card, i))) continue;
      // Nor does a bare "Use" section whose every sentence tells how to install, fetch or run it
      // ("To use this model locally, you need the CLI installed. The model can be fetched using the
      // following command:").
      if (key === 'scope' && BARE_USE.test(h.normalised) && onlyHowToRun(useText(card, i))) continue;
      // A training section that holds only code ("### Training" over the command that trains a toy
      // model) says how to train, not on what; nor does Sentence Transformers' auto-card block for a
      // dataset it was given without a name ("#### Unnamed Dataset": its size, columns and samples).
      // A bare "Training" section that speaks of no data tells how the model was made, not from
      // what ("### Training" over a distillation's steps, "## 训练" over continued pretraining), whatever
      // its commands' flags name ("--train_data data/train.data.list").
      if (key === 'training-data') {
        const text = sectionOf(card, i);
        if (!inWords(text) || onlyUnnamedDatasets(card, i) || (GENERIC_TRAINING.test(h.normalised) && !DATA_WORDS.test(text.replace(CLI_OPTION, ' ')))) continue;
        // A section that opens by saying no data was used yet ("None used by this project so far.").
        if (NO_DATA_YET.test(text)) continue;
        // Nor does one that tells the reader how to lay out their own data to train it further
        // ("#### Dataset Preparation" over "The script expects your samples to be structured like this:").
        if (PREPARE_HEADING.test(h.normalised) && /\byour\b/i.test(text)) continue;
      }
      // "Training, Testing, and Evaluation Datasets": the data it was evaluated on, whose sizes and
      // splits are no results.
      if (key === 'evaluation' && DATA_HEADING.test(h.normalised)) continue;
      // Samples of what it generates ("更多生成结果/More Results" over pictures) are no results of a test.
      if (key === 'evaluation' && isSampleHeading(h.normalised)) continue;
      // An "Experiments" section counts only with its results (not "Reproducing Experiments" over the
      // commands that rerun them).
      if (key === 'evaluation' && /\bexperiments?\b/.test(h.normalised) && !reportsResults(sectionOf(card, i))) continue;
      found.set(key, { how: 'heading', range: h.range, line: h.line, heading: h });
    }
  });
  // Lines whose label names a use the model serves: their sentences are that use, too.
  const useLines = new Set<number>();
  for (const l of card.labels) {
    if (!l.hasContent) continue;
    const name = card.prose.slice(l.range[0], l.range[1]);
    for (const key of l.keys) {
      // A schedule that only points elsewhere ("Retraining policy: see [docs/MODEL_MONITORING.md](…)") gives none;
      // nor do limitations that speak only of the card ("Limitations: This card is descriptive, not executable code.").
      if ((key === 'review-frequency' || key === 'retention' || key === 'failure-modes') && onlyPointsElsewhere(l.body)) continue;
      // A schedule label that says there is none ("Retraining trigger | Drift-based, not scheduled"), or
      // names retraining and no period ("**Retraining policy.** Retraining never runs on production requests").
      if (key === 'review-frequency' && !PERIODIC.test(l.body) && (NO_SCHEDULE.test(l.body) || RETRAINING_ONLY.test(normaliseHeading(name)))) continue;
      // A library's version in a list of them ("- Datasets: 4.3.0") is no account of the data.
      // Nor is the name of the file it was read from.
      if (key === 'training-data' && (VERSION_ONLY.test(l.body) || FILE_ONLY.test(l.body))) continue;
      // A bare "Dataset:" in a section of results names the set it was evaluated on ("* Dataset: `dev_evaluator`");
      // under "Evaluation Data" it may name the one set the model was both fitted and tested on.
      if (key === 'training-data' && BARE_DATA.test(normaliseHeading(name)) && inResults(card.headings, l.line)) continue;
      // A measure named in a list of the uses the model serves ("### Common Use Cases" over "- **Content
      // Filtering**: Remove malformed user-generated content") is what the model does, not a guard on it.
      // (A bold sentence is no such use: "**This model requires human-in-the-loop oversight.**" under "## Intended use".)
      if (key === 'guardrails' && headingAt(card.headings, l.line)?.keys.includes('scope') && !/[.!]\s*$/.test(name)) {
        useLines.add(l.line);
        continue;
      }
      // A file variant advised against ("**Q8 not recommended**: saves only 16.9 MiB vs f16") is a build choice, not a use.
      if (key === 'out-of-scope' && QUANT_VARIANT.test(name)) continue;
      // A use label over code ("**Model usage:** Use the below code in Python") says how to run it.
      if (key === 'scope' && CODE_POINTER.test(l.body)) continue;
      // A use label in a part about one of the project's files ("### 1. Dataset Preparation
      // (`prepare_yolo_dataset.py`)" over "**Purpose**: Automatically splits raw images …") is that file's use.
      if (key === 'scope' && SCRIPT_HEADING.test(headingAt(card.headings, l.line)?.text ?? '')) continue;
      if (found.has(key) || (key === 'out-of-scope' && DENIES_USES.test(l.body)) || (key === 'evaluation' && (TRAINING_LABEL.test(name) || !reportsResults(l.body))) || (key === 'guardrails' && !guardsBy(name, l))) continue;
      found.set(key, { how: 'label', range: l.range, line: l.line, heading: headingAt(card.headings, l.line) });
    }
  }
  // Each item's sentences in the card's order: the first that holds up is the evidence. Past one
  // set aside the parse reads on (see nextSentence), a few times at most: each costs a look at its table.
  for (const [key, first] of card.sentences) {
    let sn: Sentence | undefined = found.has(key) ? undefined : first;
    for (let tries = 0; sn && tries < SET_ASIDE_AT_MOST; tries++) {
      const readOnAfter = setAside(key, sn);
      if (!readOnAfter) {
        found.set(key, { how: 'sentence', range: sn.range, line: sn.line, heading: headingAt(card.headings, sn.line) });
        break;
      }
      sn = card.nextSentence(key, readOnAfter);
    }
  }
  if (!found.has('evaluation') && card.frontMatter && (modelIndexHasResults(card.frontMatter.root) || frontMatterScores(card.frontMatter.root))) {
    found.set('evaluation', { how: 'front-matter', range: card.frontMatter.range, line: lines.positionAt(card.frontMatter.range[0]).line, heading: undefined });
  }
  // A table of results under a caption that is no heading ("\u{1F525} Comprehensive Results", an
  // HTML "<summary>Click to view results on …</summary>" over its <table>).
  const captioned = found.has('evaluation') ? undefined : captionedResults(card, lines);
  if (captioned) found.set('evaluation', { how: 'label', range: captioned.range, line: captioned.line, heading: headingAt(card.headings, captioned.line) });
  // The Hub's gate before a download ("extra_gated_prompt") is where many cards put the uses the
  // licence forbids ("You can't use the model to deliberately produce … harmful outputs").
  const fm = card.frontMatter;
  const gate = fm && !found.has('out-of-scope') ? str(get(fm.root, 'extra_gated_prompt')) : undefined;
  if (fm && gate && sentencesOf('out-of-scope').some((re) => re.test(gate))) {
    found.set('out-of-scope', { how: 'front-matter', range: fm.range, line: lines.positionAt(fm.range[0]).line, heading: undefined });
  }
  // In the order of the checked items, as callers may list them.
  const present = new Map<string, Evidence>();
  for (const s of CARD_SECTIONS) {
    const e = found.get(s.key);
    if (e) present.set(s.key, e);
  }
  return present;

  /**
   * Whether a guardrail label holds up: its name or its text names a measure, and the text does not
   * deny one. A "Mitigation:" under a limitation is how to work around it ("**Mitigation**: Use
   * domestic league data as proxy"), so there only the text can name the measure.
   */
  function guardsBy(name: string, l: { line: number; body: string }): boolean {
    if (DENIES_MEASURE.test(l.body) || recommenderFiltering(name)) return false;
    const workaround = /^[*_\s-]*mitigations?\b/i.test(name) && headingAt(card.headings, l.line)?.keys.includes('failure-modes');
    return (NAMES_MEASURE.test(name) && !workaround) || describesMeasure(l.body);
  }

  /**
   * A recommender's "Content Filtering Model Parameters:" names a way of recommending, not a filter on
   * content; so does "Content Filtering:" in a card that sets it beside collaborative filtering.
   */
  function recommenderFiltering(text: string): boolean {
    return RECOMMENDER_FILTERING.test(text) || (/^[\s>*+_-]*content[- ](?:based )?filtering\b/i.test(text) && /\bcollaborative[- ]filtering\b/i.test(card.prose));
  }

  /** Undefined when sentence `sn` holds up as evidence of item `key`; else where to read on after. */
  function setAside(key: string, sn: Sentence): Sentence | undefined {
    if ((key === 'out-of-scope' && deniesUses(lines.lineText(sn.line))) || (key === 'guardrails' && (useLines.has(sn.line) || recommenderFiltering(lines.lineText(sn.line))))) return sn;
    // Under a heading on data, what something is for is the data's purpose ("## Datasets" over
    // "We collect … to facilitate the research on large models"), not the model's.
    if (key === 'scope' && dataSection(headingAt(card.headings, sn.line))) return sn;
    // A table row that names a metric ("| Model | WER | CER |") shows results only when the
    // table holds figures, not a template's "XX.XX%" still to fill; and no other row of such a
    // table would, so reading goes on after it.
    // Nor does a metric's word in a cell of prose ("| `Q8_0` | Server-side accuracy; near-FP16
    // fidelity for evaluation, distillation … |"): a use described, not a column of scores.
    const row = lines.lineText(sn.line);
    // A column of uses in a table of the files a quant comes in ("| File | Quantization | Use case |"
    // over "| `*Q4_K_M.gguf` | 4-bit | Best size/quality balance, recommended |") grades each file in a
    // few words, not what the model is for; cells that name uses ("Balanced laptop / on-device
    // assistant; best size-quality trade-off for interactive agents") still do.
    if (key === 'scope' && QUANT_TABLE.test(row) && fewWordsUnder(tableRows(lines, sn.line), sn.range[1] - lines.lineStart(sn.line))) return sn;
    // A table's "Frequency" column gives a review schedule when the table is of checks (its header
    // names metrics, validation, monitoring or retraining) and its rows say how often ("Monthly",
    // "Initial + Annual"): not a column of how often data arrives ("| Feature | Frequency |").
    if (key === 'review-frequency' && row.trimStart().startsWith('|') && sn.line + 1 < lines.lineCount && TABLE_RULE.test(lines.lineText(sn.line + 1))) {
      const rows = tableRows(lines, sn.line);
      return CHECKS_HEADER.test(row) && rows.slice(1).some((r) => CADENCE_CELL.test(r)) ? undefined : { line: sn.line + rows.length - 1, range: sn.range };
    }
    if (key !== 'evaluation' || !row.trimStart().startsWith('|')) return undefined;
    const at = lines.lineStart(sn.line);
    const rows = tableRows(lines, sn.line);
    // A table of metrics still to measure ("## Planned evaluation" over "| Model | Metric | Baseline |").
    if (PLANNED_EVALUATION.test(headingAt(card.headings, sn.line)?.normalised ?? '') || !reportsResults(rows.join('\n'))) return { line: sn.line + rows.length - 1, range: sn.range };
    // Figures in a table on the training data ("### Training data" over "#### Training size (in
    // million line pairs)" and a row per language) are the data's sizes, not results, unless the
    // table's header names a metric.
    if (onTrainingData(card.headings, sn.line) && !METRIC_HEADER.test(tableRows(lines, tableStart(lines, sn.line)).join('\n'))) return { line: sn.line + rows.length - 1, range: sn.range };
    return proseCell(row, sn.range[0] - at, sn.range[1] - at) || wordsUnderMetric(rows, sn.range[1] - at) ? sn : undefined;
  }
}

/** A label that names a quantised or precision variant of the weights: "Q8 not recommended", "f16", "Q4_K_M". */
/** A table's header row with a column of quantizations or files: "| File | Quantization | Use case |". */
const QUANT_TABLE = /^ {0,3}\|(?:[^|\n]*\|)*? *(?:\*\*)?(?:quant|quants|quantization|quantisation|quant(?:ization)? type|bits|bit-?width|files?|file ?names?|gguf(?: files?)?)(?:\*\*)? *\|/i;
const QUANT_VARIANT = /^[*_\s-]*(?:q[2-8](?:_[a-z0-9]{1,4}){0,2}|f(?:p)?(?:16|32)|bf16|int[48]|gguf|awq|gptq)\b/i;
/** A table header that names checks: "| Metric | Frequency |", "| Validation Type | Frequency | Owner |", "| Sinal | M\u00e9trica | Frequ\u00eancia |". */
const CHECKS_HEADER = /\|\s*(?:[\w-]+ ){0,2}?(?:metrics?|checks?|validation|reviews?|monitoring|audits?|tests?|testing|retraining|triggers?|m(?:e|\u00e9)tricas?|monitoramento|monitoreo)(?: (?:type|name|item))?\s*\|/i;
/** A table cell that says how often: "Monthly", "Initial + Annual", "every 6 months"; in Portuguese or Spanish, "Mensal", "Trimestral". */
const CADENCE_CELL = /\|\s*(?:[\w-]{1,20} ?\+ ?)?(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|annual(?:ly)?|yearly|semi-?annual(?:ly)?|every \d{1,3} (?:days|weeks|months|years)|mensal|mensual|trimestral|semestral|anual|semanal|di(?:a|\u00e1)ri[oa])\s*\|/i;
/** Content-based or collaborative filtering named as a recommender's method: "Content Filtering Model Parameters". */
const RECOMMENDER_FILTERING = /\b(?:content|collaborative)[- ](?:based )?filtering (?:models?|parameters|approach|algorithms?|methods?|recommend\w*)\b/i;

/** How many of an item's sentences are read before the model gives up on it (see nextSentence). */
const SET_ASIDE_AT_MOST = 8;

/**
 * Whether the table cell of `row` that holds the match from column `from` to `to` is a sentence or
 * more (over 60 characters, or four words or more ending in a full stop: "Maximum precision
 * fallback for server-grade accuracy.") and the match has no figure in it ("Final val_loss ≈
 * 0.23" has one).
 */
function proseCell(row: string, from: number, to: number): boolean {
  const start = row.lastIndexOf('|', to - 1);
  const end = row.indexOf('|', to);
  const cell = row.slice(start + 1, end < 0 ? undefined : end).trim();
  return (cell.length > 60 || (cell.endsWith('.') && cell.split(' ').length >= 4)) && !/\d/.test(row.slice(Math.max(start + 1, from), to));
}

/**
 * Whether the column a header row names a metric in ("| Model | Accuracy | Speed |") holds no
 * figure in any row beneath: "| Large | Best | Slower |" grades the models in words, and the
 * table's other figures (layers, sizes) are no results.
 */
function wordsUnderMetric(rows: string[], to: number): boolean {
  const rule = rows[1] ?? '';
  if (rows.length < 3 || !rule.includes('-') || !/^[\s|:-]+$/.test(rule)) return false;
  return cellsUnder(rows, to).every((c) => !/\d/.test(c));
}

/** The cells beneath the header cell that holds offset `to` of a table's first row, its rule row skipped. */
function cellsUnder(rows: string[], to: number): string[] {
  const column = tableCells(rows[0]!).filter((c) => c.start < to).length - 1;
  return rows.slice(2).map((r) => tableCells(r)[column]?.text ?? '');
}

/** Whether the column a header row names at `to` holds six words at most in every row beneath. */
function fewWordsUnder(rows: string[], to: number): boolean {
  if (rows.length < 3) return false;
  return cellsUnder(rows, to).every((c) => c.split(/\s+/).filter(Boolean).length <= 6);
}

/** Whether line `l` lies in a section of results ("Evaluation", "Metrics"), or a sub-section of one; not one on data. */
function inResults(headings: Heading[], l: number): boolean {
  return headings.some((h) => h.keys.includes('evaluation') && !DATA_HEADING.test(h.normalised) && h.line < l && l < h.sectionEnd);
}

/**
 * Whether line `l` lies under a heading on the training data ("Training data", "Training corpus";
 * not "Training" alone, nor one on evaluation or test data), with no heading on results nearer.
 */
function onTrainingData(headings: Heading[], l: number): boolean {
  const around = headings.filter((h) => h.line < l && l < h.sectionEnd);
  return around.some((h) => h.keys.includes('training-data') && !h.keys.includes('evaluation') && /\b(?:data|datasets?|data sets?|corpus|corpora)\b/.test(h.normalised) && !/\b(?:evaluation|test|testing|validation)\b/.test(h.normalised)) && !around.some((h) => h.keys.includes('evaluation'));
}

/** The first line of the Markdown table that line `l` is a row of. */
function tableStart(lines: LineIndex, l: number): number {
  let k = l;
  while (k > 0 && l - k < 400 && lines.lineText(k - 1).trimStart().startsWith('|')) k--;
  return k;
}

/** Words that say there is no schedule: "not scheduled", "no fixed cadence", "ad hoc", "on demand". */
const NO_SCHEDULE = /\b(?:not|un)[- ]?scheduled\b|\bno (?:fixed |regular |set )?(?:schedule|cadence)\b|\bad[- ]hoc\b|\bon[- ]demand\b/i;
/** A period, which a schedule that is also triggered by events may still name. */
const PERIODIC = /\b(?:daily|weekly|monthly|quarterly|annual(?:ly)?|yearly|every (?:\d+|day|week|month|quarter|year)|each (?:week|month|quarter|year)|mensual(?:mente)?|semanal(?:mente)?|trimestral(?:mente)?|anual(?:mente)?|cada (?:\d+|d\u00eda|semana|mes|trimestre|a\u00f1o))\b/i;
/** A heading that names retraining and nothing of a schedule ("Monitoring and retraining"). */
const RETRAINING_ONLY = /^(?!.*\b(?:review|schedule|cadence|frequency|maintenance|plan)\b).*\bre ?training\b/;

/** A heading that names data and nothing else. */
const BARE_DATA = /^(?:data|datasets?|data sets?)$/;
/** Data said to be what the model was evaluated or tested on ("the datasets on which we evaluated LinkBERT"). */
const EVALUATED = /\b(?:on which (?:we|they|it was|the model was) (?:evaluated|tested)|(?:evaluation|test|testing|benchmark) (?:data|datasets?|data sets?|sets?|splits?)|(?:datasets?|benchmarks?) (?:used )?(?:for|to) (?:evaluat|test)\w*)\b/i;

/**
 * The lines of the table that starts on line `l`, up to 400: a Markdown table's rows, or an HTML
 * table's lines through its `</table>`.
 */
function tableRows(lines: LineIndex, l: number, html = false): string[] {
  const rows: string[] = [];
  let bareRule = false;
  for (let k = l; k < lines.lineCount && k < l + 400; k++) {
    const row = lines.lineText(k);
    const piped = row.trimStart().startsWith('|');
    // (Its rule row, and the rows under it, may leave out the outer pipes: "| Model | Agreement |" over ":---- |:---:|".)
    if (!html && !piped && k === l + 1 && BARE_TABLE_RULE.test(row)) bareRule = true;
    else if (!html && !piped && !(bareRule && row.includes('|'))) break;
    rows.push(row);
    if (html && /<\/table>/i.test(row)) break;
  }
  return rows;
}

/** A table's rule row without outer pipes: "--- |:---:|:---:". */
const BARE_TABLE_RULE = /^ {0,3}:?-{3,}:?(?: *\| *:?-{3,}:?)+(?: *\|)?[ \t]*$/;
/** The lines of a table without outer pipes that starts on line `l`: each line with a pipe, up to 400. */
function bareTableRows(lines: LineIndex, l: number): string[] {
  const rows: string[] = [];
  for (let k = l; k < lines.lineCount && k < l + 400 && lines.lineText(k).includes('|'); k++) rows.push(lines.lineText(k));
  return rows;
}

/** A table header cell that names a metric (not "score" alone, a data sample's label, nor "precision", a number format). */
const METRIC_HEADER = /\|\s*(?:(?:avg\.?|average|mean|overall)\s*(?:[\w-]+\s+){0,2}?(?:score|performance)|(?:avg\.?|average|mean|median)\s*\(\s*(?:acc\.?|accuracy|f1|em|bleu|rouge[\w-]*)\s*\)|accuracy|acc\.?|f1(?:[- ]score)?|bleu(?:-\d)?|rouge(?:-\w+)?|wer|cer|auc|auroc|m?ap(?:@[\d.]+)?|perplexity|ppl|mae|rmse|mse|exact match|em|recall|pass@\d+|r?fid|fvd|psnr|ssim|lpips|top-?[15](?: acc(?:uracy)?)?)(?:\\?\*)?\s*(?:\([^()|\n]{0,20}\)\s*)?(?:[\u2191\u2193]\s*)?\|/i;
/** A table's header that pairs names with values: "| Metric | Value |", "| Measure | Score |". */
const KEY_VALUE_HEADER = /^\|\s*(?:metrics?|measures?)\s*\|\s*(?:values?|scores?|results?)\s*\|\s*$/i;
/** A cell that names a metric: "mAP50", "mAP50–95", "Top-1 accuracy", "F1". */
const METRIC_CELL = /^(?:[\w-]+ )?(?:m?ap(?:\d{2})?(?:[-\u2013]\d{2})?|accuracy|acc|f1(?:[- ]score)?|precision|recall|auc|auroc|auprc|m?iou|wer|cer|bleu|rouge[\w-]*|rmse|mae|mse|mape|r2|r\u00b2|perplexity|ppl|top-?[15](?: acc(?:uracy)?)?|exact match)\b/i;
/** What a caption over a table of results says it shows (speed measured counts: "Inference Time on Apple M1 Pro CPU"). */
const RESULTS_CAPTION = /\b(?:results?|performance|benchmarks?|evaluations?|scores|comparisons?|(?:inference|wall-clock|generation) (?:time|speed|latency))\b/i;

/**
 * The first table of figures whose caption, the line just before it (blank lines aside), is a
 * short line that is not a heading and names results: its caption's line and range.
 */
function captionedResults(card: ParsedCard, lines: LineIndex): { line: number; range: Offsets } | undefined {
  const headings = new Set(card.headings.map((h) => h.line));
  let fence = false;
  let caption = -1;
  for (let l = lines.positionAt(card.frontMatter?.range[1] ?? 0).line; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trim();
    if (t.startsWith('```') || t.startsWith('~~~')) {
      fence = !fence;
      caption = -1;
      continue;
    }
    if (fence || t === '') continue;
    // (A table may leave out its outer pipes: "Method | params | FID (256x256)" over "--- |:---:|:---:".)
    const bare = !t.startsWith('|') && t.includes('|') && l + 1 < lines.lineCount && BARE_TABLE_RULE.test(lines.lineText(l + 1));
    const markdown = t.startsWith('|') || bare;
    const html = /^<table\b/i.test(t);
    // (Or a Markdown table whose header names a metric: "| Model | Avg. Score |".)
    const metric = markdown && l + 1 < lines.lineCount && /^ *(?:\| *)?:?-{3,}/.test(lines.lineText(l + 1)) ? METRIC_HEADER.exec(bare ? `|${lines.lineText(l)}|` : lines.lineText(l)) : null;
    // (Or a table of metrics by name and value: "| Metric | Value |" over "| mAP50 | 0.755 |".)
    const header = metric !== null || (markdown && !bare && KEY_VALUE_HEADER.test(t) && tableRows(lines, l).slice(2).some((r) => METRIC_CELL.test(tableCells(r)[0]?.text ?? '')));
    if ((markdown || html) && (caption >= 0 || header || html)) {
      const rows = bare ? bareTableRows(lines, l) : tableRows(lines, l, html);
      // An HTML table's rows as Markdown's, cell by cell.
      const table = markdown ? rows.join('\n') : rows.join(' ').split(/<tr\b/i).map((r) => `|${r.split(/<t[dh]\b[^>]*>/i).slice(1).map((c) => c.replace(/<[^<>]*>/g, ' ').trim()).join('|')}|`).join('\n');
      const at = caption >= 0 ? caption : l;
      // (An HTML table too, when its first row names a metric: "<td>Average (Acc.)</td>".)
      const headed = header || (html && METRIC_HEADER.test(table.split('\n').find((r) => r.length > 2) ?? ''));
      // (Not when the metric's column grades in words: "| Accuracy |" over "| Best |".)
      const graded = caption < 0 && metric !== null && wordsUnderMetric(bare ? rows.map((r) => `|${r}|`) : rows, metric.index + metric[0].length - 1);
      if ((caption >= 0 || headed) && !graded && reportsResults(table)) return { line: at, range: [lines.lineStart(at), lines.lineEnd(at)] };
      // Go on after the table: each line is read once, however many captions and tables a card has.
      l += rows.length - 1;
      caption = -1;
      continue;
    }
    const words = t.replace(/<[^<>]*>/g, ' ');
    // (Or the last sentence of a paragraph, when it introduces the table: "… smaller models are less
    // accurate. The following table shows their size, performance, and runtime:".)
    const last = words.length > 100 && words.endsWith(':') ? words.slice(words.lastIndexOf('. ') + 2) : words;
    caption = !markdown && !html && !headings.has(l) && last.length <= 100 && RESULTS_CAPTION.test(last) ? l : -1;
  }
  return undefined;
}

/** The first heading that counts for a section or an anchor (`ANCHOR_SYNONYMS`), with content or not. */
export function findSectionHeading(ctx: Pick<CardContext, 'card'>, key: string): Heading | undefined {
  return ctx.card.firstHeading.get(key);
}

/** What the card says where it shows an item: the section around it, or its line. */
export function evidenceText(ctx: Pick<CardContext, 'card' | 'lines'>, e: Evidence): string {
  return e.heading ? sectionText(ctx, e.heading) : ctx.lines.lineText(e.line);
}

/**
 * The paragraph a line stands in, with the list it introduces when it ends with a colon ("trained
 * on the following datasets:"): what a sentence that shows an item says about it. The section
 * around such a sentence is about something else (its links are to models, scripts or papers).
 */
export function paragraphText(ctx: Pick<CardContext, 'lines'>, line: number): string {
  const { lines } = ctx;
  const text = (l: number) => lines.lineText(l);
  const stops = (t: string) => t.trim() === '' || /^ {0,3}#/.test(t);
  let first = line;
  while (first > 0 && !stops(text(first - 1))) first--;
  let last = line;
  while (last + 1 < lines.lineCount && !stops(text(last + 1))) last++;
  if (text(last).trimEnd().endsWith(':')) {
    // The list below: list items and their indented lines, across blank lines between items.
    let l = last + 1;
    while (l < lines.lineCount && l - last < 200) {
      const t = text(l);
      if (t.trim() === '' || /^\s*(?:[-*+|]|\d{1,3}[.)])\s/.test(t) || /^\s{2,}\S/.test(t)) l++;
      else break;
    }
    last = l - 1;
  }
  const out: string[] = [];
  for (let l = first; l <= last; l++) out.push(text(l));
  return out.join('\n');
}

/**
 * The paragraphs of a card's prose that speak of data ("dataset", "corpus", "crawl"…), outside
 * fenced code: where a card that says what it was trained on in passing tells where that data came
 * from, wherever it does so ("Dataset limitations", a list of sources further down). `about`
 * picks other paragraphs instead (those that say how something was collected).
 */
export function dataParagraphs(ctx: Pick<CardContext, 'card'>, about: (paragraph: string) => boolean = (p) => DATA_WORD.test(p)): string {
  const out: string[] = [];
  let para: string[] = [];
  let fence = false;
  const flush = () => {
    const p = para.join('\n');
    if (about(p)) out.push(p);
    para = [];
  };
  // Not under "News": "2022-06-09: the dataset can now be loaded with `datasets`" dates a release,
  // and its date is no answer to when the data was obtained. Nor under a heading over the reader's
  // own data ("Add new finetuning dataset"), whose links are to tutorials and formats.
  const setAside = ctx.card.headings.filter((h) => isReleaseNewsHeading(h.normalised) || isReadersDataHeading(h.normalised));
  ctx.card.prose.split(/\r\n|\r|\n/).forEach((line, l) => {
    if (/^ {0,3}(?:```|~~~)/.test(line)) {
      flush();
      fence = !fence;
      return;
    }
    if (fence || setAside.some((h) => l >= h.contentLine && l < h.sectionEnd)) return;
    if (line.trim() === '' || /^ {0,3}#/.test(line)) flush();
    else para.push(line);
  });
  flush();
  return out.join('\n\n');
}
// (Or that links what a model was trained on: "`superanimal_quadruped_x` is trained on
// [SuperAnimal-Quadruped-80K](https://zenodo.org/records/…)" names the data by its name alone.)
// (Or that links a dataset so called in Chinese: "请确保已经下载解压好[ImageNet数据集](…)".)
const DATA_WORD = /\b(?:data|dataset|datasets|data ?sets?|corpus|corpora|crawl\w*|scraped|tokens)\b|\b(?:pre-?|fine-?)?trained on\s\[|\[[^\]\n]{0,80}?(?:\u6570\u636e\u96c6|\u6578\u64da\u96c6|\u8cc7\u6599\u96c6)\]\(/i;

/** The text of a section and its sub-sections. */
export function sectionText(ctx: Pick<CardContext, 'card'>, h: Heading): string {
  return subtree(ctx.card.headings, ctx.card.headings.indexOf(h))
    .map((x) => `${x.text}\n${x.ownText}`)
    .join('\n');
}

/** The sections that serve a provision (the table in cards/sections.ts), in the table's order. */
export function sectionsServing(id: string): string[] {
  return CARD_SECTIONS.filter((s) => s.provisions.includes(id)).map((s) => s.key);
}

/** Whether a provision obliges one of the roles the card is read for. */
export function cardApplies(ctx: Pick<CardContext, 'roles'>, id: string): boolean {
  const stakeholders = provision(id)!.stakeholders;
  const map: Record<Role, string> = { developer: 'Developer', 'system-operator': 'System Operator', 'data-custodian': 'Data Custodian' };
  return ctx.roles.some((r) => stakeholders.includes(map[r] as never));
}

export function buildCardContext(args: { text: string; path: string; links: CardLink[]; out: Finding[]; ruleCodes?: readonly string[] }): CardContext {
  const { text } = args;
  const lines = new LineIndex(text);
  const card = parseCard(text, lines);
  const links = args.links;
  // A card no manifest names is read as a Developer's document.
  const roles = [...new Set(links.flatMap((l) => l.roles ?? ['developer', 'system-operator', 'data-custodian']))] as Role[];
  // Findings about the card as a whole go on its title, never on a notice above it.
  const first = card.headings.find((h) => h.level === 1 && !h.notice) ?? card.headings.find((h) => !h.notice);
  const anchor: Offsets = first ? first.range : [lines.lineStart(card.bodyStart), lines.lineStart(card.bodyStart)];
  return {
    text,
    lines,
    path: args.path,
    card,
    links,
    roles: roles.length ? roles : ['developer'],
    present: findEvidence(card, lines),
    anchor,
    ruleCodes: args.ruleCodes ?? [],
    report(f) {
      args.out.push({ code: f.code, severity: f.severity, message: f.message, range: lines.range(f.at[0], f.at[1]), href: findingHref(f.code), ...(f.data ? { data: f.data } : {}) });
    },
  };
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

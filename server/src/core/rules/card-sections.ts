/**
 * What Principle 8 and its neighbours ask a model card to document: the security-relevant
 * content of 8.1.1, hashes of shared components (8.1.2), the provenance of public training data
 * (8.2, 8.2.1), prohibited uses (4.5), appropriate-use guidance for operators (10.2.1) and
 * evaluation findings (9.3). Which section serves which provision is the table in
 * cards/sections.ts; each check asks it.
 */
import type { Heading } from '../parse/model-card';
import { CARD_SECTIONS, mayHavePlaceholder, type CardSection } from '../cards/sections';
import { cardApplies, dataParagraphs, findSectionHeading, paragraphText, sectionText, sectionsServing, type CardContext } from '../model/card';
import { escapeSnippet, type TextEdit } from '../model/edits';
import { get, str, type Offsets } from '../parse/yaml';
import { detectEol } from '../text';
import { addHashToFrontMatter } from './card-hash';
import { PLACEHOLDERS } from '../placeholders';
import { collect } from './fix-kit';
import type { CardFixes, CardRule } from './rule';

function section(key: string): CardSection {
  return CARD_SECTIONS.find((s) => s.key === key)!;
}

/** The one section that serves a provision. */
function onlySection(id: string): string {
  return sectionsServing(id)[0]!;
}

/** "an" before a vowel ("an "Out-of-scope use" section"), else "a". */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function missing(ctx: CardContext, key: string): boolean {
  return !ctx.present.has(key);
}

/**
 * A card's prose without its fenced code, as running text and table rows. Tables (results,
 * configuration) and code say little of the language a card is written in: its running text is
 * what is weighed, the tables only for a card that is nearly all tables.
 */
interface ProseParts {
  running: string;
  /** The running text without web addresses and link targets, for counting words (see ADDRESS). */
  words: string;
  tables: string;
}

/** A line of an HTML table's markup: "<table>", "<tr>", "<td> a </td>". */
const HTML_TABLE_LINE = /^\s*<\/?(?:table|thead|tbody|tfoot|tr|td|th)\b/i;
function proseParts(prose: string): ProseParts {
  const running: string[] = [];
  const tables: string[] = [];
  // (An HTML table's lines are a table's too: "<td> ð </td>", a voice's phoneme inventory, is no running text.)
  for (const l of withoutFences(prose).split(/\r\n|\r|\n/)) (l.trimStart().startsWith('|') || HTML_TABLE_LINE.test(l) ? tables : running).push(l);
  const text = withoutMath(running.join('\n'));
  return { running: text, words: text.replace(ADDRESS, ' '), tables: tables.join('\n') };
}

/**
 * TeX math, displayed (`$$V(r) = \sqrt{…}$$`) or inline (`$\rho_a = 1.15$`): letters, but no
 * words of any language. A physical model's card of formulas ("\frac", "\left", "\text") has so
 * many of them that its English little words fell under a twentieth of its words, and it was left
 * unchecked as a card in another language. An inline span opens on a character that is no space
 * and closes before no digit, so prices ("$5 and $10") are not taken for one.
 */
function withoutMath(text: string): string {
  return text.includes('$') ? text.replace(/\$\$[^$]*\$\$|\$[^\s$][^$\n]*\$(?!\d)/g, ' ') : text;
}

/**
 * Web addresses and link targets: letters, but no words of any language. A card of a link and an
 * image ("Model info: https://…", an upload's address) has no English little word among its
 * addresses' twenty "words", and was taken for a card in another language, so left unchecked.
 * (Its letters still count as Latin when scripts are weighed: a bilingual card's links are part
 * of what its English half points to.)
 */
const ADDRESS = /\]\([^()\s]*\)|\b(?:https?|ftp):\/\/[^\s()<>\]]*/g;

/** How many letters of each script a text has: Latin, Han, kana, Hangul, Cyrillic, and all but Latin together. */
function scriptCounts(text: string): { latin: number; other: number; han: number; kana: number; hangul: number; cyrillic: number } {
  const n = { latin: 0, other: 0, han: 0, kana: 0, hangul: 0, cyrillic: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) n.latin++;
    else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) {
      n.other++;
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c >= 0xf900) n.han++;
      else if (c <= 0x30ff && c >= 0x3040) n.kana++;
      else if (c >= 0xac00) n.hangul++;
      else if (c >= 0x400 && c <= 0x4ff) n.cyrillic++;
    }
  }
  return n;
}

export type CardLanguage = 'english' | 'chinese' | 'japanese' | 'korean' | 'russian' | 'spanish' | 'french' | 'german' | 'portuguese' | 'italian';

/**
 * The language the content checks read a card in: English, when its prose is mostly in the
 * Latin script (letters of other scripts, Greek, Cyrillic, Arabic, Indic, CJK, Hangul, counted
 * three times over, as one of them often stands for a word) with English's little words among
 * its words; else Chinese, when it is Han with next to no kana (Japanese mixes kana in every
 * sentence) or Hangul; Japanese, Han and kana with kana in it; Korean, mostly Hangul; Russian,
 * Cyrillic with Russian's little words (not Ukrainian's, Bulgarian's or Serbian's); Spanish,
 * French, German, Portuguese or Italian by theirs (see latinLanguage). In each case with enough
 * of it to be the card's language (about two sentences at least; for Chinese thirty Han
 * characters, one sentence or so, so that a short notice in Chinese is read). With no language
 * read, `plainLatin` says whether the prose is still all in the Latin script and in no language told
 * apart from English (a terse card of English lists and tables, too short on sentences to show
 * English's little words).
 */
export function cardLanguage(prose: string): { language: CardLanguage | undefined; plainLatin: boolean } {
  const parts = proseParts(prose);
  const counts = scriptCounts(parts.running);
  const words = latinWords(parts.words);
  if (readsAsEnglish(parts, counts, words)) return { language: 'english', plainLatin: true };
  const { han, kana, hangul, cyrillic, latin, other } = counts;
  const language = (l: CardLanguage) => ({ language: l, plainLatin: false });
  if (han >= 30 && kana * 20 < han && hangul * 20 < han) return language('chinese');
  if (han + kana >= 60 && kana * 20 >= han && hangul * 20 < han + kana) return language('japanese');
  if (hangul >= 60 && (han + kana) * 4 < hangul) return language('korean');
  if (cyrillic >= 150 && readsAsRussian(parts.words)) return language('russian');
  const latinOne = latin > other * 3 ? latinLanguage(parts.words) : undefined;
  if (isRead(latinOne)) return language(latinOne);
  // A card in English and a language not read (Arabic, Hindi, Thai…) whose English half is a
  // short paragraph or two is read by that half: unread, it would be left unchecked.
  if (latinOne === undefined && englishPassage(words, 50)) return { language: 'english', plainLatin: true };
  return { language: undefined, plainLatin: other * 20 < latin && latinOne === undefined };
}

/**
 * How many Latin-script words a text has, how many of them are English's little words, and how
 * many stand outside identifiers (`plain`, counted only when asked for: most cards show their
 * language without it): the share of little words is taken of those.
 */
interface LatinWords {
  english: number;
  little: number;
  plain: () => number;
}

function latinWords(text: string): LatinWords {
  let english = 0;
  let little = 0;
  // Whole words, accented letters included: "için" is not "i" and "in".
  for (const m of text.matchAll(/[A-Za-z\u00c0-\u024f]+/g)) {
    english++;
    if (ENGLISH_LITTLE_WORDS.has(m[0].toLowerCase())) little++;
  }
  let plain: number | undefined;
  return { english, little, plain: () => (plain ??= plainWords(text)) };
}

/** How many Latin-script words a text has outside identifiers. */
function plainWords(text: string): number {
  let n = 0;
  for (const token of text.matchAll(/\S+/g)) if (!isIdentifier(token[0])) n += token[0].match(/[A-Za-z\u00c0-\u024f]+/g)?.length ?? 0;
  return n;
}

/**
 * Model and package names, versions and settings ("MoritzLaurer/mDeBERTa-v3-base-mnli-xnli",
 * "~86M", "transformers==4.41", "max_len"): letters, but no words of any language. A terse card
 * of four models' specs had so many of them that its English little words fell under a twentieth
 * of its words, and it was left unchecked as a card in another language. They still count towards
 * how much text a card has. A token with a digit, an underscore or an equals sign is one, and so
 * is a name with a slash and a hyphen (a Hub repository's); "and/or" and "train/test" are words.
 */
const isIdentifier = (token: string): boolean => /[\d_=]/.test(token) || (token.includes('/') && token.includes('-'));

/** Whether the words are English running text of `least` words or more, a tenth of them English's little words. */
function englishPassage({ english, little, plain }: LatinWords, least: number): boolean {
  return english >= least && (little >= english * 0.1 || little >= plain() * 0.1);
}

/**
 * Spanish, French, German, Portuguese or Italian, by their little words (not the ones they share
 * with Turkish or Indonesian, "de", "da", "di": a card in those is not read): the one with four
 * of its little words or more, making up a twentieth of the text's words or more (model cards
 * mix in names and English terms), over twenty words at least.
 */
function latinLanguage(text: string): LatinLanguage | undefined {
  return latinLittleWords(text).language;
}

/** The Latin-script language `latinLanguage` tells, with how many of its little words the text has. */
function latinLittleWords(text: string): { language: LatinLanguage | undefined; little: number } {
  const counts = new Map<LatinLanguage, number>();
  const distinct = new Map<LatinLanguage, Set<string>>();
  let words = 0;
  // Turkish has few little words but letters of its own (\u011f, \u0131, \u015f: "e\u011fitim", "analizi"):
  // how many, and in how many words.
  let turkishLetters = 0;
  let turkishWords = 0;
  for (const m of text.matchAll(/[A-Za-z\u00c0-\u024f]+/g)) {
    words++;
    const own = m[0].match(/[\u011e\u011f\u0130\u0131\u015e\u015f]/g)?.length ?? 0;
    turkishLetters += own;
    if (own) turkishWords++;
    const w = m[0].toLowerCase();
    for (const l of LATIN_LITTLE_WORDS.get(w) ?? []) {
      counts.set(l, (counts.get(l) ?? 0) + 1);
      distinct.set(l, (distinct.get(l) ?? new Set()).add(w));
    }
  }
  if (words < 20) return { language: undefined, little: 0 };
  // Those letters, in a tenth of the words or beside two of Turkish's little words: a Turkish title
  // over an English card ("Geni\u015fletilmi\u015f T\u00fcrk\u00e7e Varl\u0131k \u0130sim Tan\u0131ma") has them in four words of eighty.
  if (turkishLetters >= 5 && (turkishWords * 10 >= words || (counts.get('turkish') ?? 0) >= 2)) return { language: 'turkish', little: counts.get('turkish') ?? 0 };
  let best: LatinLanguage | undefined;
  for (const [l, n] of counts) if (n >= words / 20 && distinct.get(l)!.size >= 4 && (!best || n > counts.get(best)!)) best = l;
  return { language: best, little: best ? counts.get(best)! : 0 };
}

/** The Latin-script languages told apart: the first five are read, the others only recognised (so not read as English). */
type LatinLanguage = 'spanish' | 'french' | 'german' | 'portuguese' | 'italian' | 'turkish' | 'indonesian' | 'dutch' | 'scandinavian';
const READ_LATIN = new Set<string>(['spanish', 'french', 'german', 'portuguese', 'italian']);
const isRead = (l: LatinLanguage | undefined): l is Extract<LatinLanguage, CardLanguage> => l !== undefined && READ_LATIN.has(l);
const LATIN_LITTLE_WORDS = new Map<string, LatinLanguage[]>();
for (const [lang, words] of [
  ['spanish', 'el la los las del y en que para con por una un es se al'],
  ['french', 'le la les des du et est pour une un dans sur avec que qui au'],
  ['german', 'der die das und ist mit f\u00fcr von den dem ein eine auf zu im nicht sich'],
  ['portuguese', 'os as do dos das em para com que um uma \u00e9 no na n\u00e3o'],
  ['italian', 'il lo gli le del della \u00e8 in per con che un una sono non'],
  ['turkish', 've bir bu i\u00e7in ile olan olarak daha \u00e7ok gibi veya ise g\u00f6re kadar sonra'],
  ['indonesian', 'dan yang untuk dengan ini dari pada adalah dalam akan tidak juga atau oleh'],
  ['dutch', 'het een van op te dat niet voor zijn er wordt deze naar'],
  // Norwegian, Danish and Swedish together: a short card in Norwegian has English's "for" too.
  ['scandinavian', 'og och er \u00e4r av med til till p\u00e5 som det ikke inte eller ved fra fr\u00e5n att af etter efter blir skal'],
] as [LatinLanguage, string][]) {
  for (const w of words.split(' ')) LATIN_LITTLE_WORDS.set(w, [...(LATIN_LITTLE_WORDS.get(w) ?? []), lang]);
}

/** Russian's little words, among a Cyrillic text's words; "и", "что", "это" are not Ukrainian's ("і", "що", "це"). */
function readsAsRussian(text: string): boolean {
  let words = 0;
  let little = 0;
  let own = 0;
  for (const m of text.matchAll(/[\u0400-\u04ff]+/g)) {
    words++;
    const w = m[0].toLowerCase();
    if (RUSSIAN_LITTLE_WORDS.has(w)) little++;
    if (RUSSIAN_OWN_WORDS.has(w)) own++;
  }
  return words >= 20 && little >= words * 0.08 && own > 0;
}

const RUSSIAN_LITTLE_WORDS = new Set('\u0438 \u0432 \u043d\u0430 \u0441 \u0434\u043b\u044f \u043d\u0435 \u0447\u0442\u043e \u044d\u0442\u043e \u043f\u043e \u0438\u0437 \u043e\u0442 \u043a\u0430\u043a \u043a \u043e \u0438\u043b\u0438 \u0430 \u043d\u043e \u043c\u044b \u043e\u043d\u0430 \u043e\u043d'.split(' '));
const RUSSIAN_OWN_WORDS = new Set('\u0438 \u0447\u0442\u043e \u044d\u0442\u043e \u043a\u0430\u043a'.split(' '));

function readsAsEnglish(parts: ProseParts, counts: { latin: number; other: number }, words: LatinWords): boolean {
  // A card in two languages is read when its English part alone is running text of some length.
  const { english, little: englishLittle } = words;
  if (englishPassage(words, 100)) return true;
  const { latin, other } = counts;
  // A card that is all English spec tables with one line in another language ("# Comments" in
  // Japanese under tables of specs) is read by its tables: a passage that short is a remark, not
  // the language the card is written in.
  if (other * 3 > latin && !(other < SHORT_PASSAGE && scriptCounts(parts.tables).latin > other * 3 * 4)) return false;
  // In the Latin script, English shows in its little words: a card of a hundred words or more
  // (outside code) with almost none of them is in another language. (The words counted above.)
  // A shorter card says less, but twenty words without one of them ("**Amaç:** … tahmini
  // (araştırma)") are not English either; fewer are too few to tell. One is enough when no other
  // language's little words show: a terse card of English labels ("Architecture: RoBERTa-base",
  // "Training Data: 2.3M complaints") has few of them, and a short card in German has an "in".
  const own = latinLittleWords(parts.words);
  if (english < 100) return english < 20 || (englishLittle >= 1 && own.language === undefined);
  // Dutch shares "is", "in" and "we" with English, enough for a twentieth of a Dutch card's words:
  // a card whose own language's little words outnumber English's is in that language.
  if (own.language !== undefined && own.little > englishLittle) return false;
  return englishLittle >= english * 0.05 || englishLittle >= words.plain() * 0.05;
}

/**
 * Whether a card's running text is all list items, labels, links and lists of names ("mean radius,
 * mean texture, …", an auto-generated card's features): a spec sheet with no sentence in it (its
 * code and headings aside), of four such lines at least, a table's rows among them.
 */
function specSheet(prose: string): boolean {
  const parts = proseParts(prose);
  // A table's rows are lines of the sheet too ("| Algorithm | svm |", "| CV Score | 0.9771 |").
  let items = parts.tables.split('\n').filter((l) => l.trim() !== '').length;
  for (const l of parts.running.split('\n')) {
    const t = l.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('---')) continue;
    if (!SPEC_LINE.test(t)) return false;
    items++;
  }
  return items >= 4;
}
const SPEC_LINE = /^(?:[-*+] +.{0,200}|[\w .()/-]{1,40}: .{0,200}|!?\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)|[\w .()/-]{1,40}(?:, [\w .()/-]{1,40}){2,200})$/;

/** Letters of another script in a passage too short to be the card's language: about two sentences. */
const SHORT_PASSAGE = 150;

const ENGLISH_LITTLE_WORDS = new Set('the and of to is in for with that this it on as are be by from or an was were can not its which we at has have'.split(' '));

/** The text without its fenced code blocks (between pairs of ```). */
function withoutFences(text: string): string {
  let out = '';
  let from = 0;
  for (let a = text.indexOf('```'); a >= 0; ) {
    const b = text.indexOf('```', a + 3);
    if (b < 0) break;
    out += text.slice(from, a);
    from = b + 3;
    a = text.indexOf('```', from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Training data said to come from public sources: the web, a crawl, a public corpus, a source marked
 * "(public)", posts on social media ("the QADI dialects tweets dataset"), "internet-scale video data", "public scholarship databases".
 */
const PUBLIC_DATA = /\b(?:(?<!\b(?:no|not|non|never|without) [^.\n]{0,30})third[- ]party (?:[\w-]+ ){0,2}?(?:datasets?|data|corpora|corpus|resources)|publicly[- ]available|public(?:ly)? (?:data|datasets?|databases?|sources?|corpora|corpus|web|domain|repositories)|(?<!\bnon-?|\bnot |\bno |\bnever |\bwithout )public (?:[\w-]+ ){1,3}?(?:data|datasets?|databases?|records|corpora|corpus|texts|documents|descriptions|posts|articles|reviews|listings|transcripts|filings|measurements|tables?|statistics|snapshots?)|web[- ]?(?:crawl\w*|scrap\w*|pages|data|texts?|documents)|crawl(?:ed|ing)|scraped|common ?crawl|wikipedia|the pile|laion|openwebtext|books3|(?:from|on) the (?:internet|web)|internet data|online (?:texts|sources|data|content)|(?:collected|scraped|crawled|gathered|downloaded) from [\w-]+\.(?:com|org|net|io|ai)|open[- ]source datasets?|open[- ]data (?:platform|portal|catalogu?e)s?|hugging ?face (?:hub )?datasets?|tweets|twitter|social media|(?:internet|web)[- ]scale (?:[\w-]+ ){0,2}?(?:data|datasets?|corpus|corpora|videos?|images|texts?))\b|\((?:public|publicly available|open data)\)/i;
/** A sentence anywhere in the card that says the model was trained on public data. */
const PUBLIC_TRAINING = /\b(?:trained|pre-?trained|fine-?tuned|post-?training|training data|training corpus|training set|leverag(?:es|ed|ing)|using|based on|built on)\b[^\n]{1,200}?\b(?:(?:publicly[- ]available|public|open[- ]source|third[- ]party)(?: [\w-]+){0,4}? (?:data|datasets?|corpus|corpora|sources)|web[- ]crawl\w*|web (?:texts?|pages|documents)|crawled|scraped|common ?crawl|the pile|wikipedia|(?:from|on) the (?:internet|web)|(?:internet|web)[- ]scale)\b/i;
/**
 * Public data in the other languages the checks read: "con datos públicos", "à partir de données
 * publiques", "Dataset público de Kaggle", "un jeu de données public", Chinese "开源数据" and
 * "公开数据(集)", "开源的NLP中文数据集" (open-source Chinese NLP datasets; not "开源了…数据", data
 * the makers open-sourced), "论坛上的公开发帖" (public forum posts), "| 来源 | Kaggle …" (the source: a
 * Kaggle competition's data), "开源语料" (an open-source corpus); Korean "공개 (익명 금융) 데이터" and "공개데이터" (public data), "데이터: Kaggle …".
 */
const PUBLIC_DATA_ELSEWHERE = /\bdatos p\u00fablicos\b|\b(?:datasets?|conjuntos? de dat[oa]s|corpus) p\u00fablicos?\b|\b(?:jeux? de donn\u00e9es|datasets?|corpus) publics?\b|\b\u00f6ffentliche[nrs]? datens\u00e4tze?\b|\bdataset pubblic[oi]\b|\bdonn\u00e9es publiques\b|\b\u00f6ffentliche[nr]? daten\b|\bdados p\u00fablicos\b|\bdati pubblici\b|(?:\u5f00\u6e90|\u516c\u5f00|\u958b\u6e90|\u516c\u958b)(?:\u6570\u636e|\u6578\u64da|\u8bed\u6599|\u8a9e\u6599)|(?:\u5f00\u6e90|\u516c\u5f00)\u7684[A-Z\u4e00-\u9fff]{0,6}?\u6570\u636e\u96c6|\u516c\u5f00(?:\u53d1\u5e16|\u5e16\u5b50|\u8d34\u5b50)|(?:\u6765\u6e90|\u4f86\u6e90)[\s|:\uff1a*]{1,6}kaggle\b|\uacf5\uac1c(?: [\uac00-\ud7af]{1,6}){0,3} ?\ub370\uc774\ud130|(?:\ub370\uc774\ud130(?:\uc14b)?|\ucd9c\ucc98)[\s|:\uff1a*]{1,6}kaggle\b/i;
/** A link to where public datasets are kept: the data is public, and this is where it came from. */
const DATASET_HOST = /huggingface\.co\/datasets|universe\.roboflow\.com|github\.com|kaggle\.com|zenodo\.org|figshare|archive\.org|data\.world|commoncrawl|laion\.ai|paperswithcode\.com\/dataset/i;

/**
 * How data was collected: "collected", "crawled", "downloaded", fetched with a library's loader
 * ("downloads automatically via `sklearn.datasets.fetch_openml`"), … or "we collect", and what was
 * taken from a source ("extracted from PubMed Central"; not a photograph "taken from satellite" or
 * "from different angles", which says what the pictures are); not what was done to it afterwards
 * ("filtered", "deduplicated"), which says neither where nor how it was obtained, nor a kind of
 * data in a list ("Other collected datasets").
 */
const COLLECTED = /\b(?:(?<!\bother )collected|crawled|scraped|scrapes?|downloaded|downloads|fetched|fetches|via `?(?:sklearn|torchvision|tensorflow_datasets|tfds|keras)\.|obtained|gathered|retrieved|sourced|licensed|purchased|acquired|compiled|(?<!\b(?:features?|columns?|fields?|variables?|attributes?|flags?) )(?:extracted|sampled|taken|drawn|derived|originat(?:e|es|ed|ing)) from(?! (?:an?|one|each|every|this|that|these|those|the same) | (?:satellites?|drones?|aircraft|aerial|airplanes?|planes?|the air|above|space|orbit|cameras?|phones?|smartphones?|(?:[\w-]+ )?(?:angles?|viewpoints?|perspectives?|distances?|heights?|altitudes?))\b)|extracted (?:using|with|via|through)|via (?:the )?(?:[A-Z][\w-]* ){0,3}(?:API|STAC|REST|portal|catalogu?e|FTP|service)|(?<=\b(?:corpus|corpora|data(?:sets?)?)\)? )via (?:the )?[A-Z][\w-]+|(?:we|they|then|first) (?:collect|crawl|scrape|download|gather|compile))\b/i;
/**
 * The same in Chinese, source and all: "我们从东方财富网收集了共87k个文章" (we collected 87k articles
 * from a named finance site): from (从) a place, then collected, crawled, gathered or downloaded; or
 * crawled first, then the sites named ("爬取中医世家、民间医学网等在线中医网站": crawled named medical sites).
 */
const COLLECTED_FROM_ZH = /\u4ece[^\u3002\n\uff0c,]{1,20}?(?:\u6536\u96c6|\u722c\u53d6|\u91c7\u96c6|\u6293\u53d6|\u4e0b\u8f7d|\u83b7\u53d6)|(?:\u722c\u53d6|\u6293\u53d6|\u91c7\u96c6)[^\u3002\n]{1,30}?(?:\u7f51\u7ad9|\u7db2\u7ad9|\u7f51|\u7db2|\u8bba\u575b|\u8ad6\u58c7|\u793e\u533a|\u793e\u5340)/;
/**
 * A source by name: a well-known one, or a capitalised name followed by "dataset", "corpus" or
 * "benchmark" (a benchmark is published to be shared; the name may be marked: "**Food101** dataset"), or by words of its kind first ("the TIMIT
 * speech corpus", "the Buckeye speech corpus"), or a dataset's Hub id ("the Helsinki-NLP/tatoeba_mt_train dataset");
 * a name, linked or not, before the word for dataset or corpus in Chinese, Japanese or Korean ("[CogView](…) 数据集").
 */
const NAMED_SOURCE = /\b(?:GitHub|Wikipedia|Common ?Crawl|the Pile|Stack ?Exchange|Stack ?Overflow|arXiv|Reddit|Twitter|PubMed|Project Gutenberg|LAION[\w-]*|C4|OpenWebText|ImageNet[\w-]*|LSUN|(?:MS ?)?COCO|(?:Fashion-?|Pneumonia|Med|Path|Chest|Derma|OCT|Retina|Breast|Blood|Tissue|Organ[ACS]|[EKQ])?MNIST|CIFAR-?\d*|LibriSpeech|Common ?Voice|SQuAD|(?:Super)?GLUE|Open ?Images|Visual Genome|Kinetics[\w-]*|AudioSet|FFHQ|CelebA[\w-]*|Objaverse|ShapeNet|[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}(?: \([^()\n]{1,80}\))?(?:\*\*|__|`)? (?:dataset|Dataset|corpus|Corpus|data set|benchmark|Benchmark|Open Data)|(?<=\b[Tt]he )[A-Z][\w-]*(?: [a-z]+){1,2} (?:dataset|corpus|data set)|(?<![\w./:-])[A-Za-z][\w-]{1,40}\/[\w.-]{2,96} (?:dataset|Dataset)|(?<![\w./:-])[\w-]+\.(?:com|org|net|io|ai))\b|\b[A-Z][\w-]*(?:\]\([^)\s]{1,200}\))? ?(?:\u6570\u636e\u96c6|\u6578\u64da\u96c6|\u8bed\u6599|\u8a9e\u6599|\u30c7\u30fc\u30bf\u30bb\u30c3\u30c8|\u30b3\u30fc\u30d1\u30b9|\ub370\uc774\ud130\uc14b|\ub9d0\ubb49\uce58)|\b[Dd]atasets?\*{0,2} ?:\*{0,2} ?\[?[A-Za-z0-9]|\b(?:[Dd]ata )?[Ss]ources?(?:\*\*:?|:\*\*|:) *(?:\| *)?(?:\*\*)?\[?[A-Z][\w-]*|\b(?:datasets|sources|corpora),? (?:including|such as|like) (?:the )?[A-Z][\w-]*/;

/**
 * Public datasets well known by their short names, which cards name without saying they are public
 * ("fine-tuned on gsm8k", "161k structures (AFDB)", "mirrors the ISIC distribution", "egocentric video
 * (Ego4D / EgoClip)", "TCGA-BRCA RNA-seq profiles", "this raw CICIDS2017 export", "NVD ingestion produces normalized CVEs", "Tiny Shakespeare — 1,115,394
 * characters", "NHANES, 2015-2016 … cycles"); and the classic teaching sets of course projects, named
 * as a title ("Telco Customer Churn (IBM) — 7,043 customers", "Breast Cancer Wisconsin records"); and
 * what public agencies and open weather services publish ("archived NOAA GFS forecasts", "Open-Meteo
 * Previous Runs API", "NASA cycles 1-50"); and open databases of sequences and speech ("23.7 M non-coding RNA
 * sequences (RNAcentral100)", "antibody sequences in the OAS database", "un corpus … de ALFFA_PUBLIC").
 */
const KNOWN_PUBLIC = /\b(?:flickr(?:8|30)k|vaers|faers|paysim|musdb18(?:-hq)?|elliptic(?: bitcoin)? (?:dataset|data set|data|\d{2,3}k)|seer (?:[\w-]+ ){0,2}?(?:database|data|program|registry|dataset|cohort)|ubfc-(?:phys|rppg)|uci(?= (?!irvine\b)[a-z])|(?<=\b(?:da|de|del|do|from|the|at) )uci\b|uci['\u2019]s (?:data|dataset|repository|bank)|usda|fndds|alpaca[- ]cleaned|alpaca[- ]gpt-?4|dolly-15k|databricks-dolly|openorca|slimorca|evol-instruct|gsm8k|isic|afdb|alphafold (?:db|database)|protein data bank|slimpajama|redpajama|refinedweb|dolma|fineweb(?:-edu)?|cc-?100|mc4|oscar corpus|the stack(?: v2)?|oasst[12]?|openassistant conversations|sharegpt|ultrachat|ultrafeedback|natural questions|triviaqa|ms ?marco|conceptual captions|cc3m|cc12m|yfcc100m|webvid(?:-10m)?|voxceleb[12]?|fleurs|gigaspeech|vctk|cityscapes|ade20k|pascal voc|kitti|nuscenes|uniprot(?:kb)?|rnacentral\d{0,3}|observed antibody space|oas (?:database|sequences|data)|alffa(?:_public)?|cub-200(?:-2011)?|uniref\d{0,3}|swiss-?prot|trembl\d{0,3}|chembl|mimic-(?:iii|iv|cxr)|chexpert|era5|sentinel-[12]|landsat|sst-?2|samsum|cnn\/daily ?mail|xsum|europarl|flores(?:-200)?|conll-?20\d\d|ontonotes|wikitext(?:-103)?|bookcorpus|xnli|multinli|mnli|snli|hotpotqa|openwebmath|proof-?pile|starcoderdata|the pile|pile-cc|ego4d|egoclip|tcga(?:-[a-z]{2,5})?|cicids-?20\d\d|cic-ids-?20\d\d|unsw-nb15|nsl-kdd|nvd|national vulnerability database|copernicus|gdelt|portwatch|mvtec(?: ad)?|levir-cd|sevir|hh-rlhf|gutenberg|pubchem|pdb (?:structures|entries|files|complexes)|merra-2|opensubtitles|open subtitles|jw300|tatoeba|opus\+bt|opus (?:corpus|corpora|data)|kaggle (?:competition|challenge|dataset)s?|(?:from|on|via) kaggle(?!(?:['\u2019]s)? (?:free |own )?(?:gpus?|tpus?|notebooks?|kernels?)\b)|(?:data(?:set)?|source)[:*_ ]{1,6}kaggle|kaggle: ?[a-z0-9][\w-]*|kaggle ["\u201c](?=[^"\u201d\n]{2,60}["\u201d])|kaggle['\u2019]s (?!(?:free |own )?(?:gpus?|tpus?|notebooks?|kernels?|environment|platform|api)\b)|uci (?:machine learning |ml )?repository|uci [a-z][\w-]* (?:[\w-]+ ){0,2}(?:dataset|data set|data|collection)|census (?:database|data(?:set)?|bureau|income)|amazon (?:[\w-]+ ){0,2}reviews|reviews from amazon|yelp reviews|tiny ?shakespeare|nhanes|rxrx\d*|jump-cp|national health and nutrition examination survey|penn treebank|movielens(?:-\d+[mk])?|imdb(?: (?:movie )?reviews?| sentiment| dataset)?|plantvillage|visdrone(?:20\d\d)?(?:-det|-vid|-mot)?|nl2bash|atomic red team|roboflow(?: universe)?|jolpica|ergast|cord-v[12]|danbooru|worldcover|(?:sklearn|scikit-learn|torchvision|tensorflow_datasets|tfds|keras)\.datasets\.(?:load|fetch)_\w+|(?:load|fetch)_(?:digits|iris|wine|breast_cancer|diabetes|california_housing|openml|20newsgroups|lfw_people|covtype)|wildguard(?:mix|test)?|toxicchat|hackaprompt|jigsaw(?= (?:toxic|unintended|multilingual|comments?)\b|[ \t]*(?:\n|$))|aegis(?: ?2\.0| (?:ai )?content safety)|esc-50|audioset|20 ?newsgroups|ag[ _]news|telco customer churn|breast cancer wisconsin|wisconsin breast cancer|pima indians? diabetes|cleveland heart disease|german credit (?:data|dataset)|bank marketing (?:data|dataset)|wine quality (?:data|dataset)|(?:boston|california|ames) housing|titanic (?:data|dataset|competition)|iris (?:data|dataset|flower)|noaa|open-meteo|yahoo finance|yfinance|ieee-cis|bdd100k|lending ?club|physionet|mit-bih|coraa|insee|m\u00e9t\u00e9o-france|meteo-france|wesad|aptos(?: 20\d\d)?|idrid|eyepacs|messidor(?:-2)?|uc ?merced(?: land ?use)?|asvspoof(?: ?20\d\d)?|fred api|federal reserve economic data|ecmwf|nasa|usgs|eurostat|world bank (?:data|open data|indicators)|data\.gov|college scorecard|(?:u\.s\.|us|uk) (?:department|bureau|office) (?:of|for) (?:education|labou?r|health|transportation|agriculture|energy|commerce|the census|national statistics)|office for national statistics)\b/i;

const NAMED_SOURCE_ALL = new RegExp(NAMED_SOURCE.source, `${NAMED_SOURCE.flags.replace('g', '')}g`);
/** A dataset's id on the Hugging Face Hub, with the host named: "`stanfordnlp/imdb` on Hugging Face". */
const HUB_DATASET_ID = /`[\w.-]{1,96}\/[\w.-]{1,96}`\s(?:on|from|via)\s(?:the\s)?hugging\s?face\b/i;
/**
 * A dataset's own page on a data host: "[phoenix-sft-data-v1](https://huggingface.co/datasets/…/phoenix-sft-data-v1)"
 * names the source as its name would.
 */
const DATASET_PAGE = /\bhuggingface\.co\/datasets\/[\w.-]{1,96}\/[\w.-]{1,96}|\bkaggle\.com\/datasets\/[\w.-]{1,96}\/[\w.-]{1,96}|\bzenodo\.org\/records?\/\d/i;
const KNOWN_PUBLIC_ALL = new RegExp(KNOWN_PUBLIC.source, `${KNOWN_PUBLIC.flags.replace('g', '')}g`);

/** A source's name as a paragraph would repeat it: "the ClaimSet dataset" is "claimset". */
const sourceName = (m: RegExpMatchArray) => m[0].replace(/(?: \([^()\n]{1,80}\))? (?:dataset|corpus|data set|benchmark)$/i, '').replace(/^the /i, '').toLowerCase();

/**
 * Whether a paragraph about data, outside the section on it, names one of the section's sources
 * and says how it was collected: the section names MNIST, the steps to rebuild the model say it
 * "downloads automatically via `sklearn.datasets.fetch_openml`".
 */
function collectedElsewhere(body: string, elsewhere: string): boolean {
  if (!elsewhere) return false;
  const names = new Set([...body.matchAll(NAMED_SOURCE_ALL), ...body.matchAll(KNOWN_PUBLIC_ALL)].map(sourceName).filter((n) => n.length >= 3 && !/^(?:the )?(?:data|datasets?|sources?|corpora)\b/.test(n)));
  if (!names.size) return false;
  // The source is what was fetched: named in the same sentence, before the verb ("MNIST
  // downloads …", "ClaimSet is fetched …"); not "the results we have obtained" near a name, nor a
  // language model "derived from Wikipedia" (another thing made from the source).
  return elsewhere.split(/(?<=[.!?])\s+|\n/).some((sentence) => {
    const verb = COLLECTED.exec(sentence);
    if (!verb) return false;
    const before = sentence.slice(Math.max(0, verb.index - 80), verb.index).toLowerCase();
    for (const n of names) {
      const at = before.lastIndexOf(n);
      // The name as a word, not inside another ("coco" in "cocoa").
      if (at >= 0 && !/[\p{L}\p{N}]/u.test(before[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(before[at + n.length] ?? ' ')) return true;
    }
    return false;
  });
}

/**
 * A benchmark named by one of its published splits: "MultiWOZ 2.1 training split", "SQuAD v2 dev
 * split"), or by the split something was fitted on ("isotonic head fit on AVeriTeC v2 dev"). A
 * name in mixed case (not "The training split", "Our test split") with splits is a dataset
 * published for others to train and test on.
 */
const BENCHMARK_SPLIT = /\b[A-Z][a-z]*[A-Z][\w-]*(?: v?\d+(?:\.\d+)*)? (?:train(?:ing)?|dev(?:elopment)?|validation|test) splits?\b|\b(?:fit|fitted|calibrated|tuned|trained) on (?:the )?[A-Z][a-z]*[A-Z][\w-]*(?: v?\d+(?:\.\d+)*)? (?:train(?:ing)?|dev(?:elopment)?|validation)\b/;

/** A dataset ID AutoTrain or AutoNLP gives a project's uploaded data. */
const AUTO_TRAIN_DATA = /(?:^|\/)auto(?:train|nlp)-data-/i;

/** Data the card says is its own. */
// (Not data ruled out: "No patient records, private health data … are used for training"; nor a
// check run on public data: "File Integrity: Verified via internal SHA-256 validation".)
const PRIVATE = /(?<!\b(?:no|not|nor|without) (?:[\w-]+,? ){0,4})\b(?:private(?:ly)?|internal(?:ly)?(?! (?:sha[\w-]*|checksums?|hash(?:es)?|validation|verification|checks?|tests?|tooling|tools?|scripts?)\b)|proprietary|in-house|confidential|our own)\b/i;

/**
 * A link, in either form (its address may stand in angle brackets, "[MSD](<http://medicaldecathlon.com/>)"), or an address written without its scheme: a host and a path
 * ("`storage.googleapis.com/download.tensorflow.org/data/creditcard.csv`") or an open-data portal
 * ("published on data.gov.sg"). One to a paper says where the method is described, not the data.
 * (A file name is no address: "config.json", "model.py" have no host with a path after it.)
 */
const LINK = /https?:\/\/[^\s)\]>]+|\]\(<?(?!#)[^)\s>]+|\b(?:[a-z0-9-]{1,63}\.){1,6}(?:com|org|net|gov|edu|io|ai|dev|co|uk|sg|in|eu|de|fr|us|ca|au|nz|jp|cn)\/[^\s)\]>`'"]+|\bdata\.(?:gov|europa)(?:\.[a-z]{2})?\b(?!\.[a-z])/gi;
const IMAGE = /!\[[^\]\n]{0,200}\]\([^)\s]*\)/g;
/** An address that holds data; a repository named for captions is the captions ("…/claims-letter-captions", round 27). */
const DATA_LINK = /huggingface\.co\/datasets|universe\.roboflow\.com(?!\/[^/\s)]+\/[^/\s)]+\/model\b)|kaggle\.com|zenodo\.org|figshare|data\.world|commoncrawl|laion\.ai|paperswithcode\.com\/dataset|tensorflow\.org\/datasets|data|corpus|crawl|dump|[-_/]captions\b/i;
const CODE_HOST = /github\.com|gitlab\.com|bitbucket\.org/i;
/** Downloads of a model's own files: "…/OPUS-MT-models/ru-en/opus-2020-02-26.zip". */
const MODEL_FILES = /[/_.-](?:models?|weights|checkpoints?)[/_.-]/i;
const MODEL_PAGE = /huggingface\.co\/(?!datasets\/)/i;
/**
 * Addresses that are no source of data whatever their words: a picture ("…/datasets/…/loss.png"
 * in an `<img>`, its address in double quotes or single), a file of code ("…/src/data_processing/create_short_chat_set.py"),
 * a file of weights ("[Full AudioSet, 10 tstride …](…/audioset_10_10_0.4593.pth?dl=1)" is a model trained on AudioSet), a page of another file in the card's own repository ("[dataset card](dataset-
 * card.md)": where the data came from is told there, not here; but a docs site's own page on a dataset,
 * "[COCO](../datasets/detect/coco.md)", is the dataset's page), a leaderboard's evaluation
 * details ("datasets/open-llm-leaderboard/details_…"), a paper's page on a library or network site.
 */
const NOT_A_SOURCE = /\.(?:png|jpe?g|gif|svg|webp|py|ipynb|sh|js|ts|rb|go|rs|java|cpp|jl|scala|pth|pt|ckpt|safetensors|onnx|gguf|tflite)(?:[?#"']|$)|^\]\((?!<?(?:https?:|www\.)|(?:\.\.\/)+datasets\/)|open-llm-leaderboard\/|researchgate\.net\/publication|ncbi\.nlm\.nih\.gov\/pmc|pubmed\.ncbi/i;
const PAPER = /arxiv\.org|doi\.org|openreview\.net|aclanthology|semanticscholar|proceedings|papers?(?![\w-])|\.pdf\b|#(?:citation|cite|bibtex|references?|paper)\b/i;
/** Sources named only in bulk: "collected from the internet", "a handful of websites", "scraped from leading real estate websites". */
const VAGUE_SOURCE = /\b(?:(?:scraped|crawled|collected|gathered) from (?:the )?(?:[\w-]+ ){0,3}?(?:web ?sites|web pages|online platforms)\b(?! such as| including| like| \(?e\.g\.)|(?:from|of|on|across) the (?:internet|web|open web)(?![- ](?:corpus|corpora|archive))|handful of websites|countless (?:other )?sources|(?:various|many|several|multiple) (?:websites|web sources|online sources)|publicly available (?:[\w-]+ ){0,3}?(?:sources|data|documents|texts)\b(?! such as| including| like| from http| \(?e\.g\.| \(?for example| ?:)|(?:mix|mixture|variety|combination|collection) of (?:[\w-]+ ){0,2}?(?:public|publicly available|open|open-source) (?:datasets|data|sources|corpora)\b(?! such as| including| like| \(?e\.g\.| \(?for example))/i;

/**
 * Whether a text links at least one source of data, not only papers, model pages or images. In a
 * section on training data any other link is taken for one; in the paragraphs of a card that
 * only says in passing what it was trained on (`strict`), only a link that looks like data.
 */
function linksData(text: string, strict: boolean): boolean {
  const t = text.replace(IMAGE, ' ');
  for (const m of t.matchAll(LINK)) {
    const url = m[0];
    if (PAPER.test(url) || MODEL_PAGE.test(url) || MODEL_FILES.test(url) || NOT_A_SOURCE.test(url)) continue;
    // A code repository is no source of data unless its address says it holds data. Another
    // address is one when the link's own words say so ("[InLegalNER Train Data](https://storage…
    // /NER_TRAIN.zip)", "the [ANERcorp](https://…/anercorp/) dataset"); a code repository stays
    // one whatever its link says ("the [Alpaca](https://github.com/…) dataset").
    const code = CODE_HOST.test(url);
    if ((strict || code) && !DATA_LINK.test(url) && (code || !linkSaysData(t, m.index, url))) continue;
    return true;
  }
  return false;
}

/** Words that say a link is to data: "Train Data", "the dataset", "corpus", "ImageNet数据集" (a dataset, in Chinese). */
const DATA_TEXT = /\b(?:data|datasets?|data set|corpus|corpora)\b|\u6570\u636e\u96c6|\u6578\u64da\u96c6|\u8cc7\u6599\u96c6/i;
/** A source by name, in any case: a link's words "mozilla common voice" name the data it leads to. */
// eslint-disable-next-line regexp/no-dupe-disjunctions, regexp/no-dupe-characters-character-class -- the same expression read in any case: its "[Tt]he" and "[Dd]ataset" pairs become one.
const NAMED_SOURCE_ANY_CASE = new RegExp(NAMED_SOURCE.source, 'i');
/** The words right after a link's address: ") dataset", ") corpus". */
const DATA_AFTER = /^\)\s?(?:data ?sets?|corpus|corpora)\b/i;

/**
 * Whether an inline link's own words say it is to data: its text (back to its `[`, on the same
 * line), which may name a known source ("trained on [mozilla common voice](https://commonvoice
 * .mozilla.org/)"), or the word right after it. `at` is where its `](` stands; a bare address has no words.
 */
function linkSaysData(text: string, at: number, url: string): boolean {
  if (!url.startsWith('](')) return false;
  const open = text.lastIndexOf('[', at);
  const inner = open < 0 || at - open > 200 ? '' : text.slice(open + 1, at);
  return (!inner.includes('\n') && (DATA_TEXT.test(inner) || namesSource(inner))) || DATA_AFTER.test(text.slice(at + url.length, at + url.length + 24));
}
/** Whether a link's words name a source: not an address written as its words ("[creativecommons.org/licenses/by/4.0](…)"). */
function namesSource(words: string): boolean {
  const w = words
    .split(/\s+/)
    .filter((t) => !t.includes('.'))
    .join(' ');
  return KNOWN_PUBLIC.test(w) || NAMED_SOURCE_ANY_CASE.test(w);
}

/** The definitions of reference-style links: `[cc]: https://…`, by their label in lower case. */
function linkDefinitions(prose: string): Map<string, string> {
  const defs = new Map<string, string>();
  if (!prose.includes(']:')) return defs;
  for (const m of prose.matchAll(/^ {0,3}\[([^\]\n]{1,100})\]: *<?([^\s>]{1,2000})/gm)) if (!defs.has(m[1]!.toLowerCase())) defs.set(m[1]!.toLowerCase(), m[2]!);
  return defs;
}

/** A text with its reference-style links (`[text][label]`, `[text][]`) written inline. */
function withReferences(text: string, defs: Map<string, string>): string {
  if (defs.size === 0) return text;
  return text.replace(/\[([^\]\n]{1,200})\]\[([^\]\n]{0,100})\]/g, (all, label: string, ref: string) => {
    const url = defs.get((ref || label).toLowerCase());
    return url ? `[${label}](${url})` : all;
  });
}

/** A text with the addresses of its inline links left out. */
function withoutTargets(text: string): string {
  return text.replace(/\]\([^)\s]{0,2000}\)/g, ']');
}

/** An address of a dated release, dump or snapshot (`https://dumps.wikimedia.org/enwiki/20201101/`). */
const RELEASE_ADDRESS = /\b(?:releases?|dumps?|snapshots?|archives?|crawls?)\b[^\s()<>[\]]{1,80}?\b(?:19|20)\d{2}-?\d{2}-?\d{2}\b/i;
/**
 * A dump's file named with its date (`jawiki-20181220-pages-articles-multistream.xml.bz2`), which
 * dates the data wherever the card gives it: in a table of settings or a command as well as in the
 * section on the data.
 */
const WIKI_DUMP = /\b[a-z]{2,12}(?:wiki|wiktionary|wikinews|wikibooks)-(?:19|20)\d{6}\b/i;

/** The text without its links' targets and bare web addresses (see ADDRESS), nor the dates of a training run or a parameter's value. */
function withoutAddresses(text: string): string {
  return withoutTargets(text).replace(ADDRESS, ' ').replace(TRAINING_RUN_DATE, ' ').replace(PARAMETER_DATE, ' ');
}
/** A date given to code, not when data was obtained: "`origin=\"2013-01-01\"`" (the origin of a time feature). */
const PARAMETER_DATE = /\b\w{1,40}=["']?(?:19|20)\d{2}-\d{2}-\d{2}\b/g;
/**
 * When training ran or figures were taken, not when the data was obtained: "The training has
 * started on 2023-09-01", "**Measured 2026-07-15** by `python scripts/train.py` with
 * `data/creditcard.csv`", "Results (test fold, measured 2026-07-16)", "last updated 2024-03-01".
 */
const TRAINING_RUN_DATE = /\b(?:(?:training|pre-?training|fine-?tuning) (?:has |had |was )?(?:started|began|begun|begins|starts|ended|finished|completed|ran)(?: on| in)?|(?:measured|evaluated|benchmarked|tested|generated|added|updated|revised)(?: on| at)?) (?:19|20)\d{2}(?:-\d{2}){0,2}\b/gi;

/** When the data was obtained: a full date (in Chinese, Japanese and Korean too: "2020年7月6日"), the years of the data in Chinese ("2022 + 2023年的数据"), a date next to the word for getting or making it (in Portuguese, Spanish and Italian too: "coletadas … durante 4,5 meses (2015)"), a cut-off, or the period it spans ("from 2010 to 2015", "the 2010-2015 portion"). */
const DATE = /\b(?:cycles?|survey (?:cycles?|years?|waves?)|collection (?:period|years?|dates?)|data (?:period|years?|coverage)|time (?:span|period))[*_]{0,2} ?:[*_]{0,2} ?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\.\d{2}\.\d{2}\b|(?:19|20)\d{2}(?: ?[+\uff0b\u3001\u548c\u53ca\u81f3\u5230-] ?(?:19|20)\d{2}){0,3} ?\u5e74\u7684?(?:\u6570\u636e|\u6578\u64da|\u8bed\u6599|\u8a9e\u6599)|(?:19|20)\d{2} ?(?:\u5e74 ?\d{1,2} ?\u6708 ?\d{1,2} ?\u65e5|\ub144 \d{1,2}\uc6d4 \d{1,2}\uc77c)|\b(?:cut-?off|collected|obtained|retrieved|downloaded|crawled|scraped|cloned|snapshots?|dumps?|crawls|gathered|accessed|as of|curated|extracted|compiled|assembled)\b[^.\n]{1,40}?\b(?:19|20)\d{2}\b|\b(?:coletad|recolectad|recopilad|recolhid|raccolt)[oaie]s?\b[^.\n]{1,60}?\b(?:19|20)\d{2}\b|\b(?:from|between) (?:19|20)\d{2} (?:to|and|until) (?:19|20)\d{2}\b|\b(?:19|20)\d{2} ?[-\u2013] ?(?:19|20)\d{2} (?:portion|period|subset|part|slice|data)\b|\b(?:19|20)\d{2}(?:-\d{2}){0,2}\b[^.\n]{1,20}?\b(?:snapshot|dump|crawl|cut-?off)\b|\b(?:period|between|during|spanning|until|through|up to)\b[^.\n]{1,30}?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d{2}\b/i;

/** A sentence saying what the model is: "X is an instruction-following large language model", "We present X, a Large Language Model trained to …", "we release a light weight korean language model", "we developed the Phi-Ground model family" (across a line break), "a suite of code models", or a paragraph that opens with it ("A 1.2M-parameter transformer that learns …"). */
const DESCRIBES_MODEL = /\b(?:we|I) (?:present|introduce|release|propose|developed|built|trained|created)\b(?:[^\n]{1,120}?,)?\s(?:an?|the|our)\s+(?:[\w-]+\s+){0,4}?(?:models?|llms?|encoders?|decoders?|transformers?|assistants?|classifiers?|detectors?|networks?)\b|\b(?:is|are) (?:an?|the|our) (?:[^.\n]{1,80}? )?(?:models?|llms?|encoders?|decoders?|transformers?|assistants?|systems?|classifiers?|detectors?|networks?|checkpoints?|family|suite|series|collection|methods?|tools?|toolkits?|frameworks?|pipelines?|parsers?|agents?)\b|^[ \t]*(?:An?|The) (?:[^\n]{1,80}? )?(?:model|llm|encoder|decoder|transformer|classifier|detector|network|checkpoint|pipeline|parser|agent|profile) (?:that|which|for|trained|fine-tuned|where|whose|in which|with)\b/im;

/**
 * Words a card uses when it speaks of its use, whatever the phrasing: "the model should be used
 * as is to…", "Best way to use is…", "for creating demos", "designed for enterprise usage", "so
 * it is suitable for deployment on phones", "the purpose", "You can now solve entity-related tasks"
 * (under a card's news, which the tables do not read). A card with one of them in its prose (not a heading, a table or template text) says
 * something of its use that the tables of phrases may have missed: the guidance missing is then
 * a judgement, a warning, not an error. (All five cards given a false error at first sight in
 * batches 33–40 have such a sentence; of the 93 corpus cards rightly given the error, 92 have none.
 * Round 27's five false errors added "useful in a wide range of applications like …", "to support
 * multiple … perception tasks", "to facilitate the adoption of …", "a language model for drug
 * discovery": uses the model serves. Of the 383 corpus cards then rightly given the error, one
 * has such a sentence and is given a warning: "can be further extended to other applications such as …".
 * Round 28's two, both on doubtful labels, added a model "used to transfer the pre-trained model to
 * other datasets" and one that "can be applied to the … task"; none of the corpus's rightly given
 * errors has either. "Downstream tasks" alone was tried and dropped: seven cards rightly given the
 * error name them.)
 */
const USE_CUE = /\b(?:(?:model|models|it|weights|checkpoints?)\b[^.\n]{1,40}?\b(?:used|designed|intended|meant|built|made|born|suitable|suited) (?:to|for|as)\b|(?:model|models|it) (?:is|are) used [a-z]+ing\b|ways? to use\b|for (?:making |creating |building |running )?demos?\b|purposes?\b|goal\b|(?:enterprise|commercial|research|production|personal|academic|industrial|clinical) usage\b|you can (?:now |easily |also )?(?:solve|tackle|address) (?:[\w-]+ ){0,3}?tasks\b|(?:useful|helpful|valuable) (?:in|for) (?:a )?(?:wide |broad |large )?(?:range|variety|number) of (?:applications|tasks|uses|scenarios)\b|applications (?:like|such as|including)\b|to (?:support|facilitate|enable) (?:the )?(?:[\w-]+ ){0,4}?(?:tasks|adoption|applications|use cases)\b|(?:models?|llms?) for (?:[\w-]+ ){0,2}?(?:discovery|design|screening|robot learning|robotics)\b|(?:academic|open[- ]source|open|lightweight|free) alternative to\b|transfer(?:red|ring)? (?:the |our |these )?(?:[\w-]+ )?models? to\b|(?:can|could) be applied to (?:the |a |any |other )?(?:[\w-]+ ){0,3}?(?:tasks?|problems?|domains?)\b|focus(?:es|ed)? on (?:developing|building|creating) (?:an? )?(?:[\w-]+ ){0,3}?(?:system|assistant|chatbot|application|platform|service)\b|support(?:ing)? (?:the )?(?:[\w*-]+ ){0,3}?community\b)/i;

function speaksOfUse(ctx: CardContext): boolean {
  // Not a section's heading ("## Intended use" over nothing says nothing of a use), but the card's
  // title may: "TPVFormer: An academic alternative to …".
  const headings = new Set(ctx.card.headings.slice(1).map((h) => h.line));
  return ctx.card.prose.split(/\r\n|\r|\n/).some((l, i) => !headings.has(i) && !l.trimStart().startsWith('|') && USE_CUE.test(l) && !mayHavePlaceholder(l));
}

/** A section in which the author says what the model does: "Model description", "Overview". */
const DESCRIPTION_HEADING = /^(?:model )?(?:description|summary|overview)$/;

const CUTOFF = /\b(?:data|knowledge|date|training|pre-?training)[- ]?cut-?off\b[^\n]{1,40}?\b(?:19|20)\d{2}\b/i;

export const cardSectionsRule: CardRule = {
  id: 'card-sections',
  codes: [{ code: 'card-language', severity: 'information', summary: 'A model card written mostly in a language the content checks cannot read: they were not run on it.' }],
  provisions: ['8.1.1', '8.1.2', '8.2', '8.2.1', '4.5', '10.2.1', '9.3'],
  check(ctx) {
    // The content checks read English. On a card they cannot read they would report every
    // item missing, errors included: they say so once instead, and only the digests are checked.
    // A card in two languages whose headings name most items in English is read by its headings.
    // A card in Chinese, Japanese, Korean, Russian, Spanish, French, German, Portuguese or Italian
    // is read by the headings, labels and key sentences of the table in cards/sections.ts in its
    // language; what it does not recognise there is less certain than in English, so it raises
    // no error on its own (below).
    const { language, plainLatin } = cardLanguage(ctx.card.prose);
    const english = language === 'english';
    // So is a terse card of English lists and tables, with too few sentences for English's little
    // words ("* dataset: opus", "## Training data: opus+bt", "## Benchmarks"): by two items its
    // English headings or list labels name, unless its prose is in a language the checks know they
    // do not read (Turkish…).
    const known = (keys: readonly string[]) => keys.filter((k) => CARD_SECTIONS.some((s) => s.key === k));
    const itemsIn = (hs: readonly Heading[]) => new Set(hs.flatMap((h) => known(h.keys))).size;
    const ascii = /^[\x20-\x7e]+$/;
    const englishItems = new Set([...ctx.card.headings.filter((h) => ascii.test(h.text)).flatMap((h) => known(h.keys)), ...ctx.card.labels.filter((l) => ascii.test(ctx.card.prose.slice(l.range[0], l.range[1]))).flatMap((l) => known(l.keys))]);
    // A spec sheet of lists ("* source group: Basque", "* model: transformer-align") under an
    // English heading is English with no sentence to show it; so is one whose only item is a key
    // phrase in English ("- Val Accuracy: 57.5%" under "# RadVerify Model Card"), when no letter of
    // it is accented (a terse card in Turkish, "**Amaç:** … **Metrikler:** ROC-AUC", is not read).
    if (englishItems.size === 0 && !/[\u00c0-\u024f]/.test(ctx.card.prose)) for (const [key, sn] of ctx.card.sentences) if (ascii.test(ctx.card.prose.slice(sn.range[0], sn.range[1])) && known([key]).length) englishItems.add(key);
    const readable = language !== undefined || itemsIn(ctx.card.headings) >= 4 || (plainLatin && (englishItems.size >= 2 || (englishItems.size >= 1 && specSheet(ctx.card.prose))));
    // A missing item is reported where the reader would write it: on its heading when one is
    // there holding only template text; else on the related section the fix inserts after; else
    // on the card's title.
    const place = (key: string): { at: Offsets; advice: string } => {
      const s = section(key);
      const own = findSectionHeading(ctx, key);
      if (own) return { at: own.range, advice: `Write the "${own.text}" section.` };
      for (const k of s.after) {
        const h = ctx.present.get(k)?.heading ?? findSectionHeading(ctx, k);
        if (h && !h.notice) return { at: h.range, advice: `Add ${article(s.heading)} "${s.heading}" section after "${h.text}".` };
      }
      return { at: ctx.anchor, advice: `Add ${article(s.heading)} "${s.heading}" section.` };
    };
    // The guidance a System Operator owes (10.2.1) is the intended use with its limitations and
    // failure modes: when it is read for that role, a gap there is reported once, under 10.2.1,
    // even though 8.1.1 asks for the same items.
    if (!readable) {
      ctx.report({
        code: 'card-language',
        severity: 'information',
        message: 'This card is written mostly in a language the content checks cannot read, so 8.1.1, 8.2, 4.5, 9.3 and 10.2.1 were not checked. Review those by hand, or add an English summary of each.',
        at: ctx.anchor,
        data: { kind: 'card-language' },
      });
    }
    const operator = readable && ctx.roles.includes('system-operator') && cardApplies(ctx, '10.2.1');
    // Guidance on appropriate use may be given as the uses to avoid: a card with out-of-scope uses
    // and limitations but no intended use meets 10.2.1, and its missing intended scope is an 8.1.1
    // gap, reported there.
    const outOfScope = !missing(ctx, onlySection('4.5'));
    const guidanceGaps = operator ? sectionsServing('10.2.1').filter((k) => missing(ctx, k) && !(k === 'scope' && outOfScope)) : [];
    if (readable && cardApplies(ctx, '8.1.1')) {
      for (const key of sectionsServing('8.1.1')) {
        if (!missing(ctx, key) || guidanceGaps.includes(key)) continue;
        const s = section(key);
        const { at, advice } = place(key);
        ctx.report({ code: '8.1.1', severity: 'warning', message: `The card does not document ${s.what} (8.1.1): no section, label or sentence on ${s.lookedFor}. ${advice}`, at, data: { kind: 'missing-section', provision: '8.1.1', section: key, item: s.item! } });
      }
    }
    const shared = ctx.links.length ? ctx.links.some((l) => l.shared === true) : true;
    if (cardApplies(ctx, '8.1.2') && shared && ctx.card.digests.size === 0) {
      const key = onlySection('8.1.2');
      ctx.report({
        code: '8.1.2',
        severity: 'error',
        message: `The model is shared with other stakeholders but its card lists no SHA-256 hashes of its components (8.1.2). Add a "Hashes" table of file names and digests${ctx.links.length ? '' : ' (a card no manifest names is taken as published; waive 8.1.2 if it is not)'}.`,
        at: place(key).at,
        data: { kind: 'missing-section', provision: '8.1.2', section: key },
      });
    }
    if (readable && cardApplies(ctx, '8.2')) checkPublicData(ctx, place);
    if (readable && cardApplies(ctx, '4.5') && missing(ctx, onlySection('4.5'))) {
      const key = onlySection('4.5');
      const { at, advice } = place(key);
      ctx.report({
        code: '4.5',
        severity: 'warning',
        message: `The card does not say which uses are prohibited or out of scope (4.5): no section, label or sentence on ${section(key).lookedFor}, so end-users cannot be told. ${advice}`,
        at,
        data: { kind: 'missing-section', provision: '4.5', section: key },
      });
    }
    if (guidanceGaps.length) {
      // An error only when there is no guidance at all: no intended use, no limitations and no
      // out-of-scope uses, and not even a sentence saying what the model is ("a family of
      // pretrained forecasting models"), from which a reader may take its use and the checks
      // may have missed it, nor a "Model description" in the author's words ("gives LABEL_1 for
      // positive sentences"). A part missing is a warning: what counts as a part is a judgement.
      const described = ctx.card.headings.some((h) => h.ownHasContent && DESCRIPTION_HEADING.test(h.normalised) && (h.ownText.match(/[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu)?.length ?? 0) >= 8);
      const none = english && guidanceGaps.length === sectionsServing('10.2.1').length && missing(ctx, onlySection('4.5')) && !DESCRIBES_MODEL.test(ctx.card.prose) && !described && !speaksOfUse(ctx);
      const { at, advice } = place(guidanceGaps[0]!);
      const items = guidanceGaps.map((k) => section(k).item!);
      ctx.report({
        code: '10.2.1',
        severity: none ? 'error' : 'warning',
        message: none
          ? `The card gives no guidance on appropriate use: no intended use, no limitations or failure modes (10.2.1, 8.1.1). ${advice}`
          : `The guidance on appropriate use lacks ${guidanceGaps.map((k) => section(k).what).join(' and ')} (10.2.1, 8.1.1): no section, label or sentence on ${guidanceGaps.map((k) => section(k).lookedFor).join(', nor on ')}. ${advice}`,
        at,
        data: { kind: 'missing-section', provision: '10.2.1', section: guidanceGaps[0]!, missing: guidanceGaps, items },
      });
    }
    if (readable && cardApplies(ctx, '9.3') && missing(ctx, onlySection('9.3'))) {
      const key = onlySection('9.3');
      const { at, advice } = place(key);
      ctx.report({
        code: '9.3',
        severity: 'warning',
        message: `The card shares no evaluation or security-testing findings (9.3): no results in a section, label, sentence or \`model-index\` (a pointer to a paper is not enough). ${advice}`,
        at,
        data: { kind: 'missing-section', provision: '9.3', section: key },
      });
    }
  },
};

/**
 * 8.2 and 8.2.1 for training data from public sources: declared so (the front matter's
 * `datasets`, or a manifest's public dataset) or said so in what the card writes about its
 * training data. One gap, one finding: no account of the data at all (8.2, an error only when
 * the data is declared public); sources with no URL (8.2, covering 8.2.1 too); or a URL with no
 * date (8.2.1).
 */
function checkPublicData(ctx: CardContext, place: (key: string) => { at: Offsets; advice: string }): void {
  const key = onlySection('8.2');
  const fmDatasets = get(ctx.card.frontMatter?.root, 'datasets');
  // A dataset AutoTrain (or AutoNLP before it) made from the user's upload ("me/autotrain-data-
  // letters") is that project's own data, not a public one the front matter declares.
  // (A single dataset may be written as a string: "datasets: wikipedia".)
  const declared = (fmDatasets?.kind === 'seq' && fmDatasets.items.some((d) => !AUTO_TRAIN_DATA.test(str(d) ?? ''))) || (fmDatasets?.kind === 'scalar' && !!str(fmDatasets) && !AUTO_TRAIN_DATA.test(str(fmDatasets) ?? '')) || ctx.links.some((l) => l.publicData);
  const training = ctx.present.get(key);
  // What the card says about its data: the section on it; or, where only a sentence says what it
  // was trained on, that sentence's paragraph and the card's other paragraphs about data (not the
  // section around the sentence, whose links are to models, scripts or papers).
  // Reference-style links ("[Conceptual Captions][cc]" with "[cc]: https://…" at the card's end)
  // are read as the links they are.
  const refs = linkDefinitions(ctx.card.prose);
  // A bold label is read as a sentence is: the section around it is about something else ("Key
  // Features: … **Diverse Training Data:** trained on diverse datasets").
  const passing = training !== undefined && training.how !== 'heading';
  // A section on training names its data in another further on ("## Training" over the method's
  // settings, then "## Training data" naming and linking the corpus): every section on the data is read.
  // So are they beside a passing sentence that names the data: a card that says in its opening what it
  // was trained on may link the data where it says how to train it again ("## Training" over "clone
  // the [`KorNLUDatasets`](…) repository"), in words the paragraphs on data miss.
  // (Each section once, in the card's order: one inside the last read is in that one's text.)
  // (Found by a passing sentence or by its heading, the data is read with every such section.)
  const sections: Heading[] = [];
  if (training) {
    let end = -1;
    for (const h of ctx.card.headings) {
      if (!h.keys.includes(key) || h.line < end) continue;
      sections.push(h);
      end = h.sectionEnd;
    }
  }
  const body = withReferences(!training ? '' : passing ? `${paragraphText(ctx, training.line)}\n\n${dataParagraphs(ctx)}${sections.map((h) => `\n\n${sectionText(ctx, h)}`).join('')}` : sections.map((h) => sectionText(ctx, h)).join('\n\n'), refs);
  // A dataset named by name is taken as public unless the card says it is its own.
  const named = (NAMED_SOURCE.test(body) || KNOWN_PUBLIC.test(body) || BENCHMARK_SPLIT.test(body)) && !PRIVATE.test(body);
  // A link to where the data came from says it can be had there: its page is public.
  if (!declared && !named && !PUBLIC_DATA.test(body) && !DATASET_HOST.test(body) && !PUBLIC_TRAINING.test(ctx.card.prose) && !PUBLIC_DATA_ELSEWHERE.test(ctx.card.prose) && !linksData(body, passing)) return;
  if (!training) {
    const { at, advice } = place(key);
    // Certain only when the data is declared public and the card's words never speak of it: a
    // card that names or links a dataset its front matter declares ("[Anthropic HH RLHF
    // data](…/datasets/Anthropic/hh-rlhf)") tells of its data in words the checks did not
    // recognise, so the gap is a judgement: a warning.
    const spoken = declared && fmDatasets?.kind === 'seq' && mentionsDataset(ctx.card.prose, fmDatasets.items.map((d) => str(d)));
    ctx.report({
      code: '8.2',
      severity: declared && !spoken ? 'error' : 'warning',
      message: `The model is trained on public data but the card does not say how and where that data was obtained, nor when (8.2, 8.2.1). ${advice}`,
      at,
      data: { kind: 'missing-section', provision: '8.2', section: key, also: ['8.2.1'] },
    });
    return;
  }
  const vague = VAGUE_SOURCE.test(body);
  // Where and when may be told in another section ("Citation and provenance"): the card's
  // paragraphs about data are read too, for links that look like data.
  const elsewhere = passing ? '' : withReferences(dataParagraphs(ctx), refs);
  const hasUrl = linksData(body, passing) || linksData(elsewhere, true);
  // A data cut-off is about the training data wherever the card states it ("Date cutoff: Dec. 2023"),
  // and so is a Wikipedia dump's dated file name ("jawiki-20190520-…"), in a table of settings or a command.
  // A link's address is no words between a source and its date: "[Wikipedia dump](https://…) from May 2020".
  // A date in an address counts only in the address of a release or a dump ("release.geneontology
  // .org/2019-07-01/", "dumps.wikimedia.org/enwiki/20201101/"): "lmsys.org/blog/2023-03-30-vicuna"
  // is when a post on a method was written, not when the data was obtained.
  const hasDate = DATE.test(withoutAddresses(body)) || DATE.test(withoutAddresses(elsewhere)) || RELEASE_ADDRESS.test(body) || RELEASE_ADDRESS.test(elsewhere) || CUTOFF.test(ctx.card.prose) || WIKI_DUMP.test(ctx.card.prose);
  // 8.2 asks how the data was obtained and where it came from; a link to each source, or a
  // named source with how it was collected, answers it. Only bulk sources ("the internet") do not.
  // In a section on the data, a bulk phrase beside sources named and linked tells how those were
  // made ("LSUN … gathered from the internet"): the sources are accounted for; a link to a dataset's
  // own page names its source ("ChatGPT conversations shared on the Internet" beside
  // "[phoenix-sft-data-v1](…/datasets/…)"). (A passing sentence's paragraphs may name benchmarks,
  // not the data the bulk phrase is about.)
  // So may the line that links the data it names ("datasets (e.g. [LAION](…)) collected from the internet").
  // A line that ends in a colon goes on in the list under it ("trained on the following datasets:").
  const linkedHere = passing && linksData(withReferences(lineWithItsList(ctx, training.line), refs), true);
  // Without a link, a named source is accounted for by how it was collected, not by what was
  // done to it afterwards ("UniRef50, deduplicated at 50 % identity" says neither where nor how).
  // How a source named in the section was fetched may be told where the card says how to rebuild
  // it ("## Reproducibility … MNIST downloads automatically via `sklearn.datasets.fetch_openml`"):
  // a paragraph elsewhere about data that names the same source and how it was collected.
  // (Any paragraph that says how something was collected: one naming the source is about data.)
  // (Read last, and only for a section: it scans the whole card's paragraphs.)
  // A dataset's Hub id with its host ("Source: `stanfordnlp/imdb` on Hugging Face") says where it came
  // from as a link would; when it was obtained is still asked (8.2.1).
  const accounted = (!vague || (!passing ? hasUrl && (NAMED_SOURCE.test(body) || DATASET_PAGE.test(body)) : linkedHere)) && (hasUrl || (COLLECTED.test(body) && NAMED_SOURCE.test(body)) || obtainedFromKnown(body) || HUB_DATASET_ID.test(body) || COLLECTED_FROM_ZH.test(body) || (!passing && !vague && collectedElsewhere(body, dataParagraphs(ctx, (p) => COLLECTED.test(p)))));
  if (accounted && hasUrl && hasDate) return;
  const lacks = [!hasUrl ? 'the URL it came from' : undefined, !hasDate ? 'the date it was obtained' : undefined].filter((x): x is string => !!x);
  const at = training.heading?.range ?? training.range;
  if (!accounted) {
    ctx.report({
      code: '8.2',
      severity: 'warning',
      message: `The training data comes from public sources, but the card does not say where each came from (its URL) or how and when it was obtained (8.2, 8.2.1): that is what lets you tell whether a reported poisoning affects you.`,
      at,
      data: { kind: 'training-data-detail', provision: '8.2', missing: lacks.length ? lacks : ['where each source came from'], also: ['8.2.1'] },
    });
    return;
  }
  ctx.report({
    code: '8.2.1',
    severity: 'warning',
    message: `The training data section does not give ${lacks.join(' or ')} for its public sources (8.2.1), which is what lets you tell whether a reported poisoning affects you.`,
    at,
    data: { kind: 'training-data-detail', provision: '8.2.1', missing: lacks },
  });
}

/**
 * Whether a text says a known public source is where the data was fetched: "de-identified notes
 * from MIMIC (obtained via PhysioNet)". (A known source named beside a word of collecting said of
 * something else, "UniRef50 … collected in-house", is not enough.)
 */
function obtainedFromKnown(text: string): boolean {
  for (const m of text.matchAll(OBTAINED_VIA)) {
    const next = KNOWN_PUBLIC.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (next?.index === 0) return true;
  }
  return false;
}
const OBTAINED_VIA = /\b(?:obtained|downloaded|retrieved|sourced|accessed|fetched|requested)(?: live| directly| automatically)? (?:via|from|through) (?:the )?/gi;

/** A line's text and, where it ends in a colon, the list under it (up to the blank line after it, at most 40 lines). */
function lineWithItsList(ctx: CardContext, line: number): string {
  const text = ctx.lines.lineText(line);
  if (!/:\s*$/.test(text)) return text;
  const parts = [text];
  for (let l = line + 1; l < Math.min(ctx.lines.lineCount, line + 41); l++) {
    const t = ctx.lines.lineText(l);
    if (!t.trim()) {
      if (parts.length > 1) break;
      continue;
    }
    if (!/^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(t)) break;
    parts.push(t);
  }
  return parts.join('\n');
}

/**
 * Whether a card's text names one of some datasets by its Hub ID's name ("Anthropic/hh-rlhf" as
 * "hh-rlhf", "HH RLHF" or "hh_rlhf"), case and separators aside. Names under three letters say nothing.
 */
function mentionsDataset(prose: string, ids: (string | undefined)[]): boolean {
  const flat = (t: string) => t.toLowerCase().replace(/[-_. ]+/g, ' ');
  const names = ids.map((id) => flat(id?.split('/').pop()?.split(':')[0] ?? '').trim()).filter((n) => n.replace(/ /g, '').length >= 3);
  if (!names.length) return false;
  const text = flat(prose);
  return names.some((n) => text.includes(n));
}

function render(lines: string[], snippet: boolean): string {
  return lines
    .map((l) => (snippet ? l.replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, d: string) => `\${${n}:${escapeSnippet(d)}}`) : l.replace(/\$\{\d+:([^}]*)\}/g, '$1')))
    .join('\n');
}

/** Inserts a section after the nearest related one, at that section's heading level. */
function insertSection(ctx: CardContext, s: CardSection): TextEdit {
  const eol = detectEol(ctx.text);
  let level = 2;
  let line = ctx.lines.lineCount;
  for (const key of s.after) {
    const h = ctx.present.get(key)?.heading ?? findSectionHeading(ctx, key);
    if (h) {
      level = h.level;
      line = h.sectionEnd;
      break;
    }
  }
  const atEnd = line >= ctx.lines.lineCount;
  const offset = atEnd ? ctx.text.length : ctx.lines.lineStart(line);
  // On at most four characters, so its backtracking is bounded. (It also takes the CR and LF of
  // one CRLF for two line breaks: a CRLF card's previous line always counts as blank.)
  // eslint-disable-next-line regexp/no-super-linear-move, regexp/optimal-quantifier-concatenation, regexp/no-misleading-capturing-group
  const prevBlank = offset === 0 || /(\r?\n|\r)\s*(\r?\n|\r)$/.test(ctx.text.slice(Math.max(0, offset - 4), offset));
  const needsEol = atEnd && ctx.text.length > 0 && !/[\r\n]$/.test(ctx.text);
  const body = [`${'#'.repeat(level)} ${s.heading}`, '', ...s.template, ''];
  const lead = (needsEol ? eol : '') + (prevBlank ? '' : eol);
  const plain = lead + render(body, false).split('\n').join(eol) + eol;
  const snip = lead + render(body, true).split('\n').join(eol) + eol;
  return { range: ctx.lines.range(offset, offset), newText: plain, snippet: snip };
}

/** Replaces what a placeholder-only section holds with the template. */
function fillSection(ctx: CardContext, s: CardSection, h: Heading): TextEdit {
  const eol = detectEol(ctx.text);
  // A heading on the file's last line, with no line break after it, has nothing below to replace.
  const atEnd = h.contentLine >= ctx.lines.lineCount;
  const start = atEnd ? ctx.text.length : ctx.lines.lineStart(h.contentLine);
  const end = h.ownEnd >= ctx.lines.lineCount ? ctx.text.length : ctx.lines.lineStart(h.ownEnd);
  const lead = atEnd && !/[\r\n]$/.test(ctx.text) ? eol + eol : eol;
  const tail = h.ownEnd >= ctx.lines.lineCount ? '' : eol;
  return {
    range: ctx.lines.range(start, end),
    newText: lead + render(s.template, false).split('\n').join(eol) + eol + tail,
    snippet: lead + render(s.template, true).split('\n').join(eol) + eol + tail,
  };
}

export const cardSectionsFixes = {
  'missing-section': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const keys = Array.isArray(data.missing) && data.missing.length ? data.missing : [String(data.section)];
    const digest = ctx.links.find((l) => l.sha256)?.sha256;
    keys.forEach((key, i) => {
      const s = CARD_SECTIONS.find((x) => x.key === key);
      if (!s) return;
      // With the manifest's digest at hand, the hashes table gets the real value.
      const filled = key === 'hashes' && digest ? { ...s, template: s.template.map((l) => l.replace(/\$\{2:0{64}\}/, digest)) } : s;
      // A heading that is there with only template text under it is filled in, not repeated.
      const existing = findSectionHeading(ctx, key);
      if (existing) add(`Fill in the "${existing.text}" section`, [fillSection(ctx, filled, existing)], i === 0);
      else add(`Add ${article(s.heading)} "${s.heading}" section`, [insertSection(ctx, filled)], i === 0);
    });
    if (data.section === 'hashes') add('Add ai-security.hashes to the front matter', [addHashToFrontMatter(ctx, 'model.safetensors', ctx.links.find((l) => l.sha256)?.sha256 ?? PLACEHOLDERS.digest.text)]);
    return fixes;
  },
} satisfies CardFixes;

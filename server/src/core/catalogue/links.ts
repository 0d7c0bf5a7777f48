/**
 * Where the tool links, made in one place so that a finding, a hover, "Open provision" and a
 * SARIF rule go to the same address for the same thing:
 *
 * - a provision: the Code's page on GOV.UK, which has no anchor per provision, with a text
 *   fragment (`#:~:text=`) on the provision's opening words, so that a browser that supports
 *   text fragments scrolls to it and highlights it (one that does not opens the page at the
 *   principles);
 * - a rule ID (`unknown-field`, `overdue`, …): its own entry under "Findings" in the README, a
 *   heading per rule ID whose anchor the consistency test checks;
 * - the Code as a whole: the page at its principles;
 * - the manifest's JSON Schema: its file in the repository, raw, which is its `$id`.
 */
import { catalogue, provision } from './index';

/**
 * The project's README, where the findings are documented: the `homepage` of package.json
 * (the consistency test holds them equal).
 */
export const README_URL = 'https://github.com/your-org/ai-security-cop#readme';

/**
 * The manifest's JSON Schema (format v1), where an editor can fetch it: the file on the
 * repository's main branch, served raw. Its `$id`, and the address the README gives for the
 * `# yaml-language-server: $schema=` modeline.
 */
export function schemaUrl(): string {
  const repo = /^https:\/\/github\.com\/([^/#]+\/[^/#]+)/.exec(README_URL)?.[1];
  return `https://raw.githubusercontent.com/${repo}/main/schemas/ai-security.schema.json`;
}

/** The Code as a whole. */
export function codeUrl(): string {
  return catalogue().source.url;
}

/** How many of a provision's opening words the link quotes: enough to tell it from every other provision. */
const MIN_WORDS = 6;
const MAX_WORDS = 14;

let openings: Map<string, string> | undefined;


/**
 * The words a provision's link quotes: its opening words, as few as tell it apart from every
 * other provision (at least six: "Developers shall" begins many). A comma or an `&` is avoided
 * where it can be: escaped as the spec asks, it still comes back unescaped from VS Code, which
 * decodes a link's fragment before it hands it to the browser (microsoft/vscode#85930), and would
 * then be read as a range. So a provision that opens "Developers, Data Custodians and …" is
 * quoted from just after its first comma, and only where no six plain words tell it apart are
 * its opening words quoted with the escapes.
 */
function openingWords(id: string): string | undefined {
  if (!openings) {
    const quotes = catalogue().provisions.map((p) => [p.id, p.quote] as const);
    const unique = (pid: string, text: string) => !quotes.some(([other, q]) => other !== pid && q.includes(text));
    openings = new Map();
    for (const [pid, quote] of quotes) {
      const words = quote.split(/\s+/).filter(Boolean);
      // Runs of plain words, in order: the words between commas, dashes and ampersands.
      // A dash inside a word ("re-run") stays a dash inside a word, unescaped or not; a comma or
      // an `&` ends a run, and so does a word that begins or ends with a dash.
      const runs: string[][] = [[]];
      for (const w of words) {
        const stop = w.search(/[,&]/);
        if (stop < 0 && !/^-|-$/.test(w)) {
          runs[runs.length - 1]!.push(w);
          continue;
        }
        const before = stop < 0 ? '' : w.slice(0, stop);
        if (before && !/^-|-$/.test(before)) runs[runs.length - 1]!.push(before);
        runs.push([]);
      }
      let chosen: string | undefined;
      for (const [i, run] of runs.entries()) {
        // The opening run may be short when it is the whole provision; later runs only as a
        // stand-in for an opening that has a comma early.
        for (let n = Math.min(MIN_WORDS, run.length); !chosen && n <= Math.min(MAX_WORDS, run.length); n++) {
          const text = run.slice(0, n).join(' ');
          if ((n >= MIN_WORDS || (i === 0 && n === words.length)) && unique(pid, text)) chosen = text;
        }
        if (chosen || i >= 3) break;
      }
      for (let n = Math.min(MIN_WORDS, words.length); !chosen && n <= words.length; n++) {
        const text = words.slice(0, n).join(' ');
        if (unique(pid, text) || n === words.length) chosen = text;
      }
      openings.set(pid, chosen!);
    }
  }
  return openings.get(id);
}

/**
 * A text for a text fragment directive: percent-encoded, with the characters the directive
 * itself uses (`-`, `,`, `&`) encoded too (https://wicg.github.io/scroll-to-text-fragment/).
 */
export function textDirectiveText(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Where a provision can be read: the Code's page, scrolled to its opening words. */
export function provisionUrl(id: string): string {
  const words = provision(id) && openingWords(id);
  return words ? `${codeUrl()}:~:text=${textDirectiveText(words)}` : codeUrl();
}

/** The anchor of a rule ID's entry under "Findings" in the README (GitHub's anchor for its heading). */
export function ruleAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

/** Where a rule ID is documented: its entry in the README. */
export function ruleUrl(code: string): string {
  return `${README_URL.split('#')[0]}#${ruleAnchor(code)}`;
}

/** A finding's link: the provision it is numbered by, else its rule's entry. */
export function findingHref(code: string): string {
  return provision(code) ? provisionUrl(code) : ruleUrl(code);
}

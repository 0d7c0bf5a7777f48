/**
 * One workspace folder as the checker sees it, the same for the language server (one per
 * workspace folder) and the CLI (one per --root): which files are manifests and which are model
 * cards, what the manifests say about each card, and which files must be analysed again when one
 * changes. Paths are workspace-relative with `/`; the caller reads the files and analyses them,
 * and tells the project what each analysis found. Nothing here reads a file.
 */
import { compileGlobs, isHuggingFaceCard, isManifestPath, isModelCardName, isReadme, type CardLink, type FileKind, type Glob } from './index';

/** Extra patterns of files to check, as the user gave them (settings, or --include). */
export interface FilePatterns {
  /** Files to check as manifests besides `ai-security.yaml` and `ai-security.yml` (`aiSecurity.files`). */
  manifests?: readonly string[];
  /** Files to check as model cards besides the cards found by name or front matter (`aiSecurity.modelCards`, --include). */
  cards?: readonly string[];
}

export interface ProjectOptions {
  /**
   * Whether a card pattern may name a file of any type. The CLI's --include names the files the
   * user wants checked, whatever they are called; the editor's `aiSecurity.modelCards` names
   * Markdown files, and a pattern that matches anything else is not taken as naming a card.
   */
  cardPatternsAnyFile?: boolean;
  /**
   * Told of each pattern that does not compile, whenever a list holding it is compiled (a list is
   * compiled once and kept). The pattern is then left out; the others still apply.
   */
  onPatternError?: (list: 'manifests' | 'cards', pattern: string, error: string) => void;
}

/** A model card a manifest names, with what the manifest says about it. */
export interface NamedCard {
  /** The card's workspace-relative path. */
  card: string;
  link: CardLink;
}

/** What a file's analysis told the project. */
export interface FileFacts {
  kind: FileKind;
  /** The model cards a manifest names (none for a card). */
  cardLinks: readonly NamedCard[];
  /** The workspace-relative paths the analysis read or checked (a manifest's evidence, the cards it hashes). */
  referenced: ReadonlySet<string>;
}

/**
 * Where facts come from. The language server knows a file as the editor holds it (`open`) and as
 * it is on disk (`disk`); the editor's version, while there is one, is what the other files see.
 */
export type Layer = 'open' | 'disk';

/** What changed about a file: its text (an edit), or the file on disk (written, made, deleted). */
export type Change = 'text' | 'file';

/** Compiled pattern lists kept; settings hold a handful, so this only bounds a hostile list. */
const KEEP_PATTERN_LISTS = 1000;

const MARKDOWN = /\.(md|markdown)$/i;

export class Project {
  private readonly files = new Map<string, { open?: FileFacts; disk?: FileFacts }>();
  /** The current links to each card, by card and then by the manifest that names it. */
  private readonly linksTo = new Map<string, Map<string, CardLink[]>>();
  private readonly compiled = new Map<string, Glob[]>();

  constructor(private readonly options: ProjectOptions = {}) {}

  // ---- Which files are checked ------------------------------------------------------------------

  /**
   * What a file is: a manifest by its name or a manifest pattern; a model card by its name
   * (MODEL_CARD.md and the like), a card pattern, Hugging Face front matter in a README.md, or
   * because a manifest names it; otherwise nothing to check. `head` gives the start of the
   * file's text, and is called only for a README.md that nothing else has decided.
   */
  kindOf(rel: string, head: () => string, patterns: FilePatterns = {}): FileKind | undefined {
    if (isManifestPath(rel) || this.matches('manifests', patterns.manifests, rel)) return 'manifest';
    return this.isCard(rel, head, patterns) || (MARKDOWN.test(rel) && this.linksTo.has(rel)) ? 'model-card' : undefined;
  }

  /**
   * What a search of a folder takes: manifests by name, and cards by name, pattern or front
   * matter. A manifest pattern is applied when the file is opened, not to a search (as before
   * this module); the cards the manifests name are added once the manifests are read (`cardsToCheck`).
   */
  searchKind(rel: string, head: () => string, patterns: FilePatterns = {}): FileKind | undefined {
    if (isManifestPath(rel)) return 'manifest';
    return this.isCard(rel, head, patterns) ? 'model-card' : undefined;
  }

  /** A file the user named (a path on the command line): a model card if it is Markdown, else a manifest. */
  namedKind(rel: string): FileKind {
    return MARKDOWN.test(rel) ? 'model-card' : 'manifest';
  }

  /** Compiles the lists now, so that a bad pattern is told before any file is tested against it. */
  checkPatterns(patterns: FilePatterns): void {
    this.globs('manifests', patterns.manifests);
    this.globs('cards', patterns.cards);
  }

  private isCard(rel: string, head: () => string, patterns: FilePatterns): boolean {
    const markdown = MARKDOWN.test(rel);
    if (!markdown && !this.options.cardPatternsAnyFile) return false;
    if (markdown && isModelCardName(rel)) return true;
    if (this.matches('cards', patterns.cards, rel)) return true;
    return markdown && isReadme(rel) && isHuggingFaceCard(head());
  }

  private matches(list: 'manifests' | 'cards', patterns: readonly string[] | undefined, rel: string): boolean {
    if (!patterns?.length) return false;
    return this.globs(list, patterns).some((g) => g.matches(rel));
  }

  private globs(list: 'manifests' | 'cards', patterns: readonly string[] | undefined): Glob[] {
    if (!patterns?.length) return [];
    const key = `${list}\u0000${patterns.join('\u0000')}`;
    let globs = this.compiled.get(key);
    if (!globs) {
      const r = compileGlobs(patterns);
      for (const e of r.errors) this.options.onPatternError?.(list, e.pattern, e.error);
      if (this.compiled.size >= KEEP_PATTERN_LISTS) this.compiled.clear();
      this.compiled.set(key, (globs = r.globs));
    }
    return globs;
  }

  // ---- In what order --------------------------------------------------------------------------

  /**
   * Files found by a search, manifests first: the cards they name are read with what the
   * manifests say about them. Each part sorted, so that runs are reproducible.
   */
  manifestsFirst(found: Iterable<{ rel: string; kind: FileKind }>): { manifests: string[]; cards: string[] } {
    const manifests: string[] = [];
    const cards: string[] = [];
    for (const f of found) (f.kind === 'manifest' ? manifests : cards).push(f.rel);
    return { manifests: [...new Set(manifests)].sort(compare), cards: [...new Set(cards)].sort(compare) };
  }

  /**
   * The cards to check once the manifests are read: those found, and those the manifests name
   * that `exists` (a regular file inside the workspace), sorted.
   */
  cardsToCheck(found: Iterable<string>, exists: (rel: string) => boolean): string[] {
    const out = new Set(found);
    for (const card of this.namedCards()) if (!out.has(card) && exists(card)) out.add(card);
    return [...out].sort(compare);
  }

  // ---- What the analyses said -------------------------------------------------------------------

  /** Records what a file's analysis found (replacing what the same layer said before). */
  record(rel: string, facts: FileFacts, layer: Layer = 'disk'): void {
    const before = this.facts(rel);
    const f = this.files.get(rel) ?? {};
    f[layer] = facts;
    this.files.set(rel, f);
    this.relink(rel, before);
  }

  /** Forgets what a layer said about a file (the editor closed it, or it was deleted). */
  forget(rel: string, layer: Layer = 'disk'): void {
    const f = this.files.get(rel);
    if (!f) return;
    const before = this.facts(rel);
    delete f[layer];
    if (!f.open && !f.disk) this.files.delete(rel);
    this.relink(rel, before);
  }

  /** Forgets everything a layer said (the settings changed, and every open file is analysed again). */
  forgetLayer(layer: Layer): void {
    for (const rel of [...this.files.keys()]) this.forget(rel, layer);
  }

  /** What is known about a file: the editor's version while it is open, else the disk's. */
  facts(rel: string): FileFacts | undefined {
    const f = this.files.get(rel);
    return f?.open ?? f?.disk;
  }

  /** What the manifests say about a card: the `links` its analysis takes. */
  linksFor(card: string): CardLink[] {
    const by = this.linksTo.get(card);
    return by ? [...by.values()].flat() : [];
  }

  /** The cards the manifests name, sorted. */
  namedCards(): string[] {
    return [...this.linksTo.keys()].sort(compare);
  }

  /**
   * The files to analyse again after `rel` changed. After an edit of its text: the cards a
   * manifest names (they take its facts), and the manifests that read the file (a card's hash).
   * After a change on disk: every file whose analysis read or checked the path, the path inside
   * a folder it names, or a file inside the path if it is a folder. Never `rel` itself.
   */
  dependantsOf(rel: string, change: Change): string[] {
    const out = new Set<string>();
    if (change === 'text') {
      const own = this.facts(rel);
      if (own?.kind === 'manifest') for (const l of own.cardLinks) out.add(l.card);
    }
    for (const [other, f] of this.files) {
      for (const facts of [f.open, f.disk]) {
        if (!facts) continue;
        const reads = change === 'text' ? facts.kind === 'manifest' && facts.referenced.has(rel) : [...facts.referenced].some((r) => r === rel || rel.startsWith(`${r}/`) || r.startsWith(`${rel}/`));
        if (reads) out.add(other);
      }
    }
    out.delete(rel);
    return [...out];
  }

  /** Keeps `linksTo` in step with a file's current facts. */
  private relink(rel: string, before: FileFacts | undefined): void {
    const after = this.facts(rel);
    if (before === after) return;
    if (before?.kind === 'manifest') {
      for (const l of before.cardLinks) {
        const by = this.linksTo.get(l.card);
        by?.delete(rel);
        if (by && by.size === 0) this.linksTo.delete(l.card);
      }
    }
    if (after?.kind === 'manifest') {
      for (const l of after.cardLinks) {
        let by = this.linksTo.get(l.card);
        if (!by) this.linksTo.set(l.card, (by = new Map()));
        by.set(rel, [...(by.get(rel) ?? []), l.link]);
      }
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

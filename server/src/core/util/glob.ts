/**
 * Globs for the settings `aiSecurity.files` and `aiSecurity.modelCards` and the CLI's `--include`,
 * matched against workspace-relative POSIX paths (`docs/model.md`, never `./docs` or `/docs`).
 * The editor client, the language server and the CLI all use this one matcher, so that a pattern
 * means the same thing wherever it is read. The syntax is picomatch's, with `dot: true`:
 * - `*` matches any run of characters but `/`, and `?` one character but `/`;
 * - `**` as a whole segment matches any number of segments, none included, so that `docs/**`
 *   matches `docs` and everything under it (elsewhere in a segment it is `*`, as in picomatch);
 * - `[abc]`, `[a-z]`, `[[:digit:]]` match one character of a class, and `[!a]` or `[^a]` one that
 *   is not in it; a class never matches `/`;
 * - `{a,b}` matches either alternative, braces nest, `{a..e}` is a range of single letters or
 *   digits as in picomatch, and a brace with neither comma nor range is literal (`{a}`);
 * - `\` escapes the next character, and a leading `./` is ignored;
 * - names that start with a dot match like any other, as they did with the old matcher and do
 *   with VS Code's globs: a card under `.github` is not left unchecked without a word;
 * - letters are compared case-sensitively, as picomatch does on POSIX.
 *
 * Where picomatch 4.0.7 reads a pattern differently, this matcher follows its documentation and
 * Bash (test/core/glob.test.ts pins each case with picomatch's answer): `[!a]` is negated
 * (picomatch needs `posix: true`, micromatch/picomatch#187); `[ab]` does not also match the name
 * `[ab]` (micromatch/picomatch#71); braces are expanded before anything else is read, so a brace
 * alternative that is `**` is a globstar and one that is `***` a star; `**` beside other
 * characters is a star even where picomatch's fast path makes it a globstar (`**.md`); a pattern
 * that ends with a star and `/**` also matches what it matches without the `/**`, as `docs/**`
 * matches `docs` (picomatch wants the `/` after a star); a `.` is a dot even in a pattern with a
 * range or a POSIX class (picomatch rebuilds such a regex with the dot unescaped); a name that
 * ends with a dot matches `*.*`; a segment of three or more stars after a globstar is one star,
 * which needs a segment to match; and a name may start with a line break.
 *
 * Syntax this matcher does not support is an error, never a literal match: extglobs (`+(a|b)`,
 * `!(x)` …), parentheses and `|`, quotes, a leading `!` (negation), ranges between more than single
 * characters (`{1..10}`), and patterns that can never name a file inside the folder (`/abs`, `a//b`,
 * `dir/`, `../x`). So are an unclosed `[` or `{`, which picomatch would read literally.
 *
 * Matching never backtracks. Braces are expanded (at most `MAX_GLOB_ALTERNATIVES` alternatives and
 * `MAX_GLOB_EXPANSION` characters in all, from a pattern of at most `MAX_GLOB_LENGTH`), and each
 * alternative is matched by dynamic programming over segments and, inside a segment, over
 * characters: the time is at most proportional to the expanded pattern's length times the path's.
 * A regular expression for `*a*a*a*b` (picomatch's included) backtracks polynomially, with the
 * number of stars for exponent, which a 40-character file name turns into minutes.
 */

/** The longest pattern accepted, in characters. */
export const MAX_GLOB_LENGTH = 1024;
/** The most alternatives a pattern's braces may expand to. */
export const MAX_GLOB_ALTERNATIVES = 256;
/** The most characters a pattern's braces may expand to, all alternatives together. */
export const MAX_GLOB_EXPANSION = 16 * 1024;

export interface Glob {
  /** The pattern as written. */
  readonly pattern: string;
  /** Whether a workspace-relative POSIX path matches; a path with `.`, `..` or empty segments never does. */
  matches(path: string): boolean;
}

/** A compiled pattern, or why it was refused (a phrase for the caller to put after the pattern). */
export type GlobResult = { glob: Glob; error?: undefined } | { glob?: undefined; error: string };

/** One character of a segment: a literal, `?`, `*`, or a class (code-unit ranges, low and high). */
type Atom = { k: 'char'; c: number } | { k: 'any' } | { k: 'star' } | { k: 'class'; negated: boolean; ranges: number[] };
/** What the parser reads: atoms, segment separators, and brace alternatives still to expand. */
type Item = Atom | { k: 'sep' } | { k: 'alt'; options: Item[][] };

/** A segment of an expanded alternative: `**`, or atoms with what rules a name out quickly. */
type Segment = { k: 'globstar' } | { k: 'seg'; atoms: Atom[]; literal: string | undefined; min: number; star: boolean };

class GlobError extends Error {}

const SEP: Item = { k: 'sep' };
const STAR: Atom = { k: 'star' };
const ANY: Atom = { k: 'any' };
const GLOBSTAR: Segment = { k: 'globstar' };
const SLASH = 47;

/** picomatch's POSIX classes, as code-unit ranges. */
const POSIX_CLASSES: Record<string, string> = {
  alnum: 'azAZ09',
  alpha: 'azAZ',
  ascii: '\u0000\u007f',
  blank: '  \t\t',
  cntrl: '\u0000\u001f\u007f\u007f',
  digit: '09',
  graph: '!~',
  lower: 'az',
  print: ' ~',
  punct: '!/:@[`{~',
  space: '  \t\r',
  upper: 'AZ',
  word: 'azAZ09__',
  xdigit: 'afAF09',
};

/** Compiles a pattern; an invalid one gives an error, never an exception. */
export function compileGlob(pattern: string): GlobResult {
  try {
    return { glob: compile(pattern) };
  } catch (e) {
    if (e instanceof GlobError) return { error: e.message };
    throw e;
  }
}

/** Compiles a list of patterns: the valid ones, and each invalid one with its error. */
export function compileGlobs(patterns: readonly string[]): { globs: Glob[]; errors: { pattern: string; error: string }[] } {
  const globs: Glob[] = [];
  const errors: { pattern: string; error: string }[] = [];
  for (const pattern of patterns) {
    const r = compileGlob(pattern);
    if (r.glob) globs.push(r.glob);
    else errors.push({ pattern, error: r.error });
  }
  return { globs, errors };
}

function compile(pattern: string): Glob {
  if (typeof pattern !== 'string') throw new GlobError('is not a string');
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  const p = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  if (p.trim() === '') throw new GlobError('is empty');
  if (p[0] === '!') throw new GlobError(p[1] === '(' ? EXTGLOB : 'starts with !: negated patterns are not supported; list the files to include');
  const items = new Parser(p).range(0, p.length);
  if (count(items) > MAX_GLOB_ALTERNATIVES) throw new GlobError(`has braces that expand to more than ${MAX_GLOB_ALTERNATIVES} alternatives`);
  const expanded = expand(items);
  if (expanded.reduce((n, a) => n + a.length, 0) > MAX_GLOB_EXPANSION) throw new GlobError(`has braces that expand to more than ${MAX_GLOB_EXPANSION} characters`);
  const alternatives: Segment[][] = [];
  const seen = new Set<string>();
  for (const alt of expanded) {
    const segments = toSegments(alt);
    const key = JSON.stringify(segments);
    if (!seen.has(key)) alternatives.push(segments);
    seen.add(key);
  }
  return {
    pattern,
    matches(path: string): boolean {
      if (!isInsidePath(path)) return false;
      const names = path.split('/');
      return alternatives.some((a) => matchSegments(a, names));
    },
  };
}

const EXTGLOB = 'has an extglob such as +(a|b) or !(x), which is not supported; use braces {a,b}';

/** A recursive-descent reader of one pattern, over ranges of it (braces read their pieces). */
class Parser {
  constructor(private readonly p: string) {}

  range(start: number, end: number): Item[] {
    const p = this.p;
    const items: Item[] = [];
    let i = start;
    while (i < end) {
      const c = p[i]!;
      const next = i + 1 < end ? p[i + 1] : undefined;
      if (c === '\\') {
        if (next === undefined) throw new GlobError('ends with a lone \\ (write \\\\ for a backslash)');
        items.push(next === '/' ? SEP : char(next));
        i += 2;
      } else if (c === '/') {
        items.push(SEP);
        i++;
      } else if (c === '*' || c === '?' || c === '+' || c === '@' || c === '!') {
        if (next === '(') throw new GlobError(EXTGLOB);
        items.push(c === '*' ? STAR : c === '?' ? ANY : char(c));
        i++;
      } else if (c === '(' || c === ')' || c === '|') {
        throw new GlobError(`has ${c}, which is not supported outside a class (write \\${c} to match it)`);
      } else if (c === '"') {
        throw new GlobError('has a quote, which is not supported (write \\" to match it)');
      } else if (c === '[') {
        i = this.cls(i, end, items);
      } else if (c === '{') {
        i = this.brace(i, end, items);
      } else {
        items.push(char(c));
        i++;
      }
    }
    return items;
  }

  /** A class `[...]` starting at `i`: pushes it and returns the index after its `]`. */
  private cls(i: number, end: number, items: Item[]): number {
    const p = this.p;
    let j = i + 1;
    const negated = p[j] === '!' || p[j] === '^';
    if (negated) j++;
    const ranges: number[] = [];
    let first = true;
    while (j < end) {
      const c = p[j]!;
      if (c === ']' && !first) {
        items.push({ k: 'class', negated, ranges });
        return j + 1;
      }
      first = false;
      if (c === '[' && p[j + 1] === ':') {
        const close = p.indexOf(':]', j + 2);
        const name = close >= 0 && close + 2 <= end ? p.slice(j + 2, close) : '';
        const set = Object.hasOwn(POSIX_CLASSES, name) ? POSIX_CLASSES[name] : undefined;
        if (set === undefined) throw new GlobError(`has an unknown class [:${name || '…'}:] (known: ${Object.keys(POSIX_CLASSES).join(', ')})`);
        for (const ch of set) ranges.push(ch.charCodeAt(0));
        j = close + 2;
        continue;
      }
      let lo: number;
      [lo, j] = this.classChar(j, end);
      let hi = lo;
      if (p[j] === '-' && j + 1 < end && p[j + 1] !== ']') {
        [hi, j] = this.classChar(j + 1, end);
        if (hi < lo) throw new GlobError(`has a reversed range ${String.fromCharCode(lo)}-${String.fromCharCode(hi)} in a class`);
      }
      if (lo === SLASH || hi === SLASH) throw new GlobError('has / in a class: a class matches one character of a name, never /');
      ranges.push(lo, hi);
    }
    throw new GlobError('has a [ with no matching ] (write \\[ to match it)');
  }

  private classChar(j: number, end: number): [number, number] {
    const p = this.p;
    if (p[j] === '\\') {
      if (j + 1 >= end) throw new GlobError('ends with a lone \\ (write \\\\ for a backslash)');
      return [p.charCodeAt(j + 1), j + 2];
    }
    return [p.charCodeAt(j), j + 1];
  }

  /** Braces `{...}` starting at `i`: pushes an alternation, a range or a literal brace. */
  private brace(i: number, end: number, items: Item[]): number {
    const p = this.p;
    const commas: number[] = [];
    let depth = 0;
    let j = i + 1;
    for (; j < end; j++) {
      const c = p[j];
      if (c === '\\') j++;
      else if (c === '[') j = this.classEnd(j, end) - 1;
      else if (c === '{') depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (c === '}') break;
      else if (c === ',' && depth === 0) commas.push(j);
    }
    if (j >= end) throw new GlobError('has a { with no matching } (write \\{ to match it)');
    const close = j;
    const body = p.slice(i + 1, close);
    if (commas.length) {
      const bounds = [i, ...commas, close];
      const options: Item[][] = [];
      for (let k = 0; k + 1 < bounds.length; k++) {
        if (outsideBraces(p, bounds[k]! + 1, bounds[k + 1]!).includes('..')) {
          throw new GlobError('has .. in a brace list, which picomatch reads as a range; write the names in full');
        }
        options.push(this.range(bounds[k]! + 1, bounds[k + 1]!));
      }
      items.push({ k: 'alt', options });
    } else if (body.includes('..')) {
      const m = /^([A-Za-z0-9])\.\.([A-Za-z0-9])$/.exec(body);
      if (!m) throw new GlobError(`has a range {${body}} that is not between two single letters or digits; list the values instead, e.g. {1,2,10}`);
      const [a, b] = [m[1]!.charCodeAt(0), m[2]!.charCodeAt(0)];
      items.push({ k: 'class', negated: false, ranges: [Math.min(a, b), Math.max(a, b)] });
    } else {
      items.push(char('{'), ...this.range(i + 1, close), char('}'));
    }
    return close + 1;
  }

  /** Where a class starting at `j` ends (after its `]`), or `j + 1` when it does not close. */
  private classEnd(j: number, end: number): number {
    const p = this.p;
    let k = j + 1;
    if (p[k] === '!' || p[k] === '^') k++;
    if (p[k] === ']') k++;
    for (; k < end; k++) {
      if (p[k] === '\\') k++;
      else if (p[k] === '[' && p[k + 1] === ':') {
        const close = p.indexOf(':]', k + 2);
        if (close >= 0 && close < end) k = close + 1;
      } else if (p[k] === ']') return k + 1;
    }
    return j + 1;
  }
}

/** The text of `p` from `start` to `end` with nested braces and escapes left out. */
function outsideBraces(p: string, start: number, end: number): string {
  let out = '';
  let depth = 0;
  for (let k = start; k < end; k++) {
    if (p[k] === '\\') k++;
    else if (p[k] === '{') depth++;
    else if (p[k] === '}' && depth > 0) depth--;
    else if (depth === 0) out += p[k];
  }
  return out;
}

function char(c: string): Atom {
  return { k: 'char', c: c.charCodeAt(0) };
}

/** How many alternatives the items expand to, stopping once past the cap. */
function count(items: Item[]): number {
  let n = 1;
  for (const item of items) {
    if (item.k !== 'alt') continue;
    let sum = 0;
    for (const o of item.options) {
      sum += count(o);
      if (sum > MAX_GLOB_ALTERNATIVES) return MAX_GLOB_ALTERNATIVES + 1;
    }
    n *= sum;
    if (n > MAX_GLOB_ALTERNATIVES) return MAX_GLOB_ALTERNATIVES + 1;
  }
  return n;
}

/** Every alternative, as atoms and separators (only called once `count` is within the cap). */
function expand(items: Item[]): (Atom | { k: 'sep' })[][] {
  let out: (Atom | { k: 'sep' })[][] = [[]];
  for (const item of items) {
    if (item.k !== 'alt') {
      for (const o of out) o.push(item);
      continue;
    }
    const tails = item.options.flatMap(expand);
    out = out.flatMap((head) => tails.map((tail) => [...head, ...tail]));
  }
  return out;
}

/**
 * An alternative's segments. `**` is a globstar only as a whole segment; elsewhere a run of stars
 * is one star (`a**` is `a*`, `***` is `*`), as in picomatch. A segment that no file inside the
 * folder can have (empty, `.` or `..`) makes the pattern an error rather than one that never
 * matches without saying so.
 */
function toSegments(alt: (Atom | { k: 'sep' })[]): Segment[] {
  const segments: Segment[] = [];
  let atoms: Atom[] = [];
  const close = () => {
    if (atoms.length === 0) {
      throw new GlobError(segments.length === 0 && alt.length > 0 ? 'starts with /: patterns are relative to the workspace folder' : alt.length === 0 ? 'has an empty alternative in braces' : 'has an empty segment (// or a / at the end); write dir/** for the files under a folder');
    }
    const literal = atoms.every((a) => a.k === 'char') ? String.fromCharCode(...atoms.map((a) => (a as { c: number }).c)) : undefined;
    if (literal === '.' || literal === '..') throw new GlobError(`has a ${literal} segment: patterns are relative to the workspace folder and name files inside it`);
    if (atoms.length === 2 && atoms[0]!.k === 'star' && atoms[1]!.k === 'star') {
      if (segments.at(-1) !== GLOBSTAR) segments.push(GLOBSTAR);
    } else {
      const collapsed = atoms.filter((a, k) => a.k !== 'star' || atoms[k - 1]?.k !== 'star');
      segments.push({ k: 'seg', atoms: collapsed, literal, min: collapsed.filter((a) => a.k !== 'star').length, star: collapsed.length !== collapsed.filter((a) => a.k !== 'star').length });
    }
    atoms = [];
  };
  for (const a of alt) {
    if (a.k === 'sep') close();
    else atoms.push(a);
  }
  close();
  return segments;
}

/** A path made of non-empty segments, none of them `.` or `..`, neither starting nor ending with `/`. */
function isInsidePath(path: string): boolean {
  if (typeof path !== 'string' || path === '') return false;
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== SLASH) continue;
    const len = i - start;
    if (len === 0) return false;
    if (path.charCodeAt(start) === 46 && (len === 1 || (len === 2 && path.charCodeAt(start + 1) === 46))) return false;
    start = i + 1;
  }
  return true;
}

/**
 * Whether the path's segments match the pattern's: `reach[j]` says the pattern so far can match
 * the first `j` path segments. A globstar reaches every later `j`; a segment moves each reached
 * `j` on by one if it matches segment `j`. Each (pattern segment, path segment) pair is tried at
 * most once.
 */
function matchSegments(pattern: Segment[], names: string[]): boolean {
  const n = names.length;
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (const seg of pattern) {
    const next = new Uint8Array(n + 1);
    let any = false;
    if (seg.k === 'globstar') {
      const from = reach.indexOf(1);
      if (from >= 0) {
        next.fill(1, from);
        any = true;
      }
    } else {
      for (let j = 0; j < n; j++) {
        if (reach[j] && matchSegment(seg, names[j]!)) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach = next;
  }
  return reach[n] === 1;
}

/**
 * Whether one name matches one segment's atoms: `at[j]` says the atoms so far can match the first
 * `j` characters. A star reaches every later `j`; any other atom moves each reached `j` on by one
 * if it matches character `j`. Time: atoms × characters, with no backtracking.
 */
function matchSegment(seg: Extract<Segment, { k: 'seg' }>, name: string): boolean {
  if (seg.literal !== undefined) return name === seg.literal;
  const n = name.length;
  if (n < seg.min || (!seg.star && n !== seg.min)) return false;
  let at = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  at[0] = 1;
  for (const atom of seg.atoms) {
    next.fill(0);
    let any = false;
    if (atom.k === 'star') {
      const from = at.indexOf(1);
      if (from >= 0) {
        next.fill(1, from);
        any = true;
      }
    } else {
      for (let j = 0; j < n; j++) {
        if (at[j] && matchChar(atom, name.charCodeAt(j))) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    [at, next] = [next, at];
  }
  return at[n] === 1;
}

function matchChar(atom: Atom, c: number): boolean {
  if (atom.k === 'char') return atom.c === c;
  if (atom.k === 'any') return true;
  if (atom.k === 'star') return true;
  let inside = false;
  for (let k = 0; k < atom.ranges.length && !inside; k += 2) inside = atom.ranges[k]! <= c && c <= atom.ranges[k + 1]!;
  return inside !== atom.negated;
}

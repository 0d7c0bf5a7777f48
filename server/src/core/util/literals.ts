/**
 * What a regular expression cannot match without: a few literal strings, one of which is inside
 * every match. The card checks try about nine hundred expressions on every sentence of a card, and
 * nearly all of them fail; most fail on words the sentence does not hold at all ("impact" or
 * "affect", "should not" or "must not"). Looking for those words first with `includes` is several
 * times cheaper than running the expression, and running it only where one is present gives the
 * same answers.
 *
 * The reading is conservative: anything it does not understand (a class, a back-reference, an
 * escape it does not know, a letter whose case folding is not plain) gives no literal for its part,
 * and an expression with a branch that has none gets no prefilter at all, so it is always run.
 */

/** The literals of an expression, lower-cased when it ignores case; undefined for none. */
export function requiredLiterals(re: RegExp): string[] | undefined {
  const fold = re.flags.includes('i');
  // (The v flag's classes nest and subtract; they are not read here.)
  if (re.flags.includes('v')) return undefined;
  try {
    const parser = new Parser(re.source, re.flags.includes('u'));
    const alternatives = parser.alternation();
    if (parser.pos !== re.source.length) return undefined;
    return bestOfAlternation(alternatives, fold);
  } catch {
    return undefined;
  }
}

/**
 * The text as `requiredLiterals` compares it for an expression that ignores case: upper-cased, then
 * lower-cased. An expression that ignores case takes two characters as one when they upper-case
 * (or case-fold) alike, and a few do without lower-casing alike: the long s with "s", the Kelvin
 * sign with "k", "\u1c80" with the Cyrillic "в"; through upper case they meet.
 */
export function foldedForLiterals(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/** Whether the text may match an expression with these literals (always, with none). */
export function mayMatch(literals: readonly string[] | undefined, text: string): boolean {
  if (!literals) return true;
  for (const l of literals) if (text.includes(l)) return true;
  return false;
}

type Term =
  | { kind: 'char'; ch: string; once: boolean }
  | { kind: 'group'; alternatives: Term[][] }
  | { kind: 'other' };

/** The shortest a literal may be to be worth looking for: shorter ones are in nearly every sentence. */
const MIN_ASCII = 3;

function bestOfAlternation(alternatives: Term[][], fold: boolean): string[] | undefined {
  const all: string[] = [];
  for (const terms of alternatives) {
    const best = bestOfSequence(terms, fold);
    if (!best) return undefined;
    for (const l of best) if (!all.includes(l)) all.push(l);
  }
  return all;
}

function bestOfSequence(terms: Term[], fold: boolean): string[] | undefined {
  let best: string[] | undefined;
  const consider = (set: string[] | undefined): void => {
    if (set && (!best || better(set, best))) best = set;
  };
  let run = '';
  const close = (): void => {
    if (run && worthIt(run)) consider([fold ? foldedForLiterals(run) : run]);
    run = '';
  };
  for (const t of terms) {
    if (t.kind === 'char') {
      if (fold && !plainCase(t.ch)) {
        close();
        continue;
      }
      run += t.ch;
      // A repeated character ("o+") is in the match once for sure, and what follows may not touch it.
      if (!t.once) close();
      continue;
    }
    close();
    if (t.kind === 'group') consider(bestOfAlternation(t.alternatives, fold));
  }
  close();
  return best;
}

/** Whether a set of literals is a better filter than another: longer shortest member, then fewer members. */
function better(a: string[], b: string[]): boolean {
  const la = Math.min(...a.map(weight));
  const lb = Math.min(...b.map(weight));
  return la !== lb ? la > lb : a.length < b.length;
}

/** A literal's worth as a filter: its length, with a character outside ASCII (a CJK one) counted as three. */
function weight(l: string): number {
  let w = 0;
  for (const c of l) w += c.charCodeAt(0) < 0x80 ? 1 : 3;
  return w;
}

function worthIt(l: string): boolean {
  return weight(l) >= MIN_ASCII;
}

/**
 * A character whose case-insensitive matches all fold alike under `foldedForLiterals`: one whose
 * upper case is one character. ("\u00df" upper-cases to "SS", so it folds to "ss", but an
 * expression takes it for its capital, which folds to "\u00df".)
 */
function plainCase(ch: string): boolean {
  return ch.toUpperCase().length === 1;
}

/** The characters that stand for themselves after a backslash. */
const ESCAPED_SELF = new Set('\\/^$.|?*+()[]{}-\'"`,:;!#%&<>=@~ _'.split(''));

class Parser {
  pos = 0;
  constructor(private readonly src: string, private readonly unicode: boolean) {}

  alternation(): Term[][] {
    const alternatives: Term[][] = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '|' || c === ')') break;
      const atom = this.atom();
      const q = this.quantifier();
      if (!q) {
        terms.push(atom);
        continue;
      }
      // What may be absent gives nothing; a group that must be there is there, repeated or not.
      if (q.min === 0) terms.push({ kind: 'other' });
      else terms.push(atom.kind === 'char' ? { kind: 'char', ch: atom.ch, once: false } : atom);
    }
    return terms;
  }

  private quantifier(): { min: number } | undefined {
    const c = this.src[this.pos];
    let min: number;
    if (c === '?' || c === '*') {
      min = 0;
      this.pos++;
    } else if (c === '+') {
      min = 1;
      this.pos++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.pos, this.pos + 24));
      if (!m) return undefined;
      min = Number(m[1]);
      this.pos += m[0].length;
    } else return undefined;
    if (this.src[this.pos] === '?') this.pos++;
    return { min };
  }

  private atom(): Term {
    const c = this.src[this.pos]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return { kind: 'other' };
    }
    if (c === '\\') return this.escape();
    this.pos += c.length;
    if (c === '.' || c === '^' || c === '$' || c === '{' || c === '}' || c === ']') return { kind: 'other' };
    // A surrogate pair is one character of the text, read whole.
    const code = this.src.codePointAt(this.pos - 1)!;
    if (code > 0xffff) {
      this.pos++;
      return { kind: 'char', ch: String.fromCodePoint(code), once: true };
    }
    return { kind: 'char', ch: c, once: true };
  }

  private group(): Term {
    this.pos++;
    let look = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
      this.pos += 2;
      look = true;
    } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      this.pos += 3;
      look = true;
    } else if (this.src.startsWith('?<', this.pos)) {
      const end = this.src.indexOf('>', this.pos);
      if (end < 0) throw new Error('unclosed group name');
      this.pos = end + 1;
    } else if (this.src[this.pos] === '?') throw new Error('unknown group');
    const alternatives = this.alternation();
    if (this.src[this.pos] !== ')') throw new Error('unclosed group');
    this.pos++;
    // What a lookaround asks of the text around the match is not in the match.
    return look ? { kind: 'other' } : { kind: 'group', alternatives };
  }

  private skipClass(): void {
    this.pos++;
    // (In JavaScript a "]" right after "[" or "[^" closes the class: "[^]" is any character.)
    if (this.src[this.pos] === '^') this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    if (this.pos >= this.src.length) throw new Error('unclosed class');
    this.pos++;
  }

  private escape(): Term {
    const c = this.src[this.pos + 1];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'u') {
      // ("\u{1f917}" is a code point only in a Unicode expression; elsewhere it is "u" repeated.)
      const braced = this.unicode ? /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(this.src.slice(this.pos, this.pos + 11)) : null;
      const plain = /^\\u([0-9a-fA-F]{4})/.exec(this.src.slice(this.pos, this.pos + 6));
      const m = braced ?? plain;
      if (!m) throw new Error('bad \\u escape');
      this.pos += m[0].length;
      return { kind: 'char', ch: String.fromCodePoint(parseInt(m[1]!, 16)), once: true };
    }
    if (c === 'x') {
      const m = /^\\x([0-9a-fA-F]{2})/.exec(this.src.slice(this.pos, this.pos + 4));
      if (!m) throw new Error('bad \\x escape');
      this.pos += 4;
      return { kind: 'char', ch: String.fromCharCode(parseInt(m[1]!, 16)), once: true };
    }
    if (c === 'p' || c === 'P' || c === 'k') {
      const end = this.src.indexOf(c === 'k' ? '>' : '}', this.pos);
      if (end < 0) throw new Error('bad escape');
      this.pos = end + 1;
      return { kind: 'other' };
    }
    this.pos += 2;
    if (c === 'c') this.pos++;
    if (ESCAPED_SELF.has(c)) return { kind: 'char', ch: c, once: true };
    // \b \B \d \w \s, back-references, control characters and the rest: nothing literal.
    return { kind: 'other' };
  }
}

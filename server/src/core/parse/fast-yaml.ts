/**
 * A fast path for the YAML that manifests are written in. The `yaml` package's CST parser walks
 * every token through a stack of generators and spends most of its time there (about 0.3 s on a
 * 30,000-line manifest, 0.6 s on 10,000 flow mappings); this reader does one pass over the lines
 * of the common subset: block mappings and sequences, single-line plain, quoted and flow values,
 * literal and folded block scalars, comments, anchors, aliases and merge keys, CRLF.
 *
 * It builds the tree the rest of the core reads, with the ranges the `yaml` package gives, so
 * everything downstream is shared. Anything outside the subset, and anything that might be an
 * error, makes it give up (`undefined`); the caller then parses with `yaml`, which finds and
 * words the error. A differential property test holds the two paths to the same output.
 */
import type { REntry, RMap, RNode, RScalar, RSeq } from './yaml-build';

export interface FastResult {
  root: RNode;
  /**
   * Whether the document uses anchors, aliases or merge keys (nodes shared between places).
   * Without them, the root is a finished tree except for duplicate keys, which are kept.
   */
  shared: boolean;
}

/** Deeper nesting is left to the full parser, which reports it. */
const MAX_NESTING = 400;

/** Thrown to give up; caught at the top. Never escapes this module. */
const GIVE_UP: unique symbol = Symbol('give up');

/** Characters YAML does not allow in a stream, or that the parser treats specially. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * How far after the start of an implicit key its `:` may be (1,024 characters, YAML 1.2's limit
 * as the `yaml` package applies it: the spaces before the `:` count). Longer keys are an error
 * the full parser reports.
 */
const MAX_KEY = 1024;

/**
 * The document's root node, `undefined` to fall back to the full parser. Texts with tabs, a byte
 * order mark or no content at all take the full parser: it reports them exactly.
 */
export function fastParse(text: string): FastResult | undefined {
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff || text.includes('\t') || CONTROL.test(text)) return undefined;
  try {
    const reader = new Reader(text);
    const root = reader.document();
    return { root, shared: reader.shared };
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

interface Line {
  /** Offset of the first non-space character. */
  content: number;
  /** Its column (spaces before it). */
  indent: number;
}

const SPACE = 32;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class Reader {
  /** Offset of the start of the line the reader is at, between calls. */
  private pos = 0;
  private readonly len: number;
  private depth = 0;
  /**
   * Where the node just read ends with what the parser attaches to it (comments, the line
   * break): it decides the range of a block collection that ends with that node.
   */
  private e2 = 0;
  /** Set when the document has anchors, aliases or merge keys. */
  shared = false;
  /**
   * The last line break searched for (or the end of the text) and the offset the search began
   * at: no offset between them has another line break before it. Many values share one line
   * (a one-line JSON manifest holds tens of thousands), and searching to its end again for each
   * of them made the reader quadratic: seconds on a 2 MB line, against 0.2 s now.
   */
  private breakFrom = 0;
  private breakAt = -1;

  constructor(private readonly text: string) {
    this.len = text.length;
  }

  document(): RNode {
    let first = this.nextLine(0, true);
    if (!first) throw GIVE_UP;
    // A leading `---` (alone on its line) is common and harmless; any later marker, or a
    // directive, means several documents or features the fast path leaves to the full parser.
    if (this.isMarker(first.content, first.indent) && this.text.charCodeAt(first.content) === DASH) {
      const end = this.lineEnd(first.content + 3);
      if (this.skipSpaces(first.content + 3) < end && !this.isCommentAt(this.skipSpaces(first.content + 3))) throw GIVE_UP;
      first = this.nextLine(this.afterLine(first.content), false);
      if (!first) throw GIVE_UP;
    }
    // An indented root has rules of its own for the comments after it.
    if (first.indent > 0) throw GIVE_UP;
    const root = this.block(first.content, first.indent, -1);
    if (this.nextLine(this.pos, false)) throw GIVE_UP;
    return root;
  }

  // ---- Lines ------------------------------------------------------------------------------

  /** Offset of the first LF at or after `p`, or the length of the text. */
  private nextBreak(p: number): number {
    if (p < this.breakFrom || p > this.breakAt) {
      const e = this.text.indexOf('\n', p);
      this.breakFrom = p;
      this.breakAt = e < 0 ? this.len : e;
    }
    return this.breakAt;
  }

  /** Offset of the line break (or end of text) of the line holding `p`, before any CR. */
  private lineEnd(p: number): number {
    let e = this.nextBreak(p);
    if (e > p && this.text.charCodeAt(e - 1) === CR) e--;
    return e;
  }

  /** Offset of the start of the next line after the one holding `p` (or end of text). */
  private afterLine(p: number): number {
    const e = this.nextBreak(p);
    return e < this.len ? e + 1 : this.len;
  }

  private isEol(p: number): boolean {
    if (p >= this.len) return true;
    const c = this.text.charCodeAt(p);
    return c === LF || (c === CR && this.text.charCodeAt(p + 1) === LF);
  }

  private skipSpaces(p: number): number {
    while (p < this.len && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** A `#` here starts a comment (the caller knows a space or line start precedes it). */
  private isCommentAt(p: number): boolean {
    return this.text.charCodeAt(p) === HASH;
  }

  private isMarker(p: number, indent: number): boolean {
    if (indent !== 0) return false;
    const t = this.text;
    const c = t.charCodeAt(p);
    if ((c !== DASH && c !== 46) || t.charCodeAt(p + 1) !== c || t.charCodeAt(p + 2) !== c) return false;
    return this.isEol(p + 3) || t.charCodeAt(p + 3) === SPACE;
  }

  /**
   * The next line from `start` (a line start) that holds content, skipping blank and
   * comment-only lines; `undefined` at the end of the text.
   */
  private nextLine(start: number, first: boolean): Line | undefined {
    let p = start;
    while (p < this.len) {
      const content = this.skipSpaces(p);
      if (!this.isEol(content) && !this.isCommentAt(content)) {
        const indent = content - p;
        const c = this.text.charCodeAt(content);
        if (indent === 0 && (c === 37 /* % */ || ((!first || c !== DASH) && this.isMarker(content, 0)))) throw GIVE_UP;
        return { content, indent };
      }
      p = this.afterLine(content);
    }
    return undefined;
  }

  /** The indent of the next non-blank line (comments count), or -1 at the end. */
  private nextIndent(start: number): number {
    let p = start;
    while (p < this.len) {
      const content = this.skipSpaces(p);
      if (!this.isEol(content)) return content - p;
      p = this.afterLine(content);
    }
    return -1;
  }

  // ---- Block structure --------------------------------------------------------------------

  /** A node whose first character is at `p`, column `col`, inside a parent indented `parent`. */
  private block(p: number, col: number, parent: number): RNode {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DASH && (this.isEol(p + 1) || t.charCodeAt(p + 1) === SPACE)) return this.sequence(p, col);
    if (c === 38 /* & */) return this.anchored(p, col, parent);
    if (this.keyAt(p)) return this.mapping(p, col);
    return this.inline(p, parent);
  }

  /** `&name` then either the node on the lines below or a value on this line. */
  private anchored(p: number, col: number, parent: number): RNode {
    const { name, end } = this.name(p + 1);
    const q = this.skipSpaces(end);
    if (q === end && !this.isEol(q)) throw GIVE_UP;
    let node: RNode;
    if (this.isEol(q) || this.isCommentAt(q)) {
      const next = this.nextLine(this.afterLine(q), false);
      if (!next || next.indent <= parent || next.indent < col) throw GIVE_UP;
      const c = this.text.charCodeAt(next.content);
      if (c === 38 || c === 42 /* * */) throw GIVE_UP;
      node = this.block(next.content, next.indent, parent);
    } else {
      const c = this.text.charCodeAt(q);
      // `&a key: value` anchors the key, not the mapping: rare, and left to the full parser.
      if (c === 38 || c === 42 || this.keyAt(q) || c === DASH) throw GIVE_UP;
      node = this.inline(q, parent);
    }
    if (node.kind === 'alias') throw GIVE_UP;
    node.anchor = name;
    this.shared = true;
    return node;
  }

  private name(p: number): { name: string; end: number } {
    const t = this.text;
    let e = p;
    while (e < this.len) {
      const c = t.charCodeAt(e);
      if (c === SPACE || c === LF || c === CR || c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      e++;
    }
    // A name ending in `:` is ambiguous (`*a: b`); the parser warns about it.
    if (e === p || t.charCodeAt(e - 1) === COLON) throw GIVE_UP;
    return { name: t.slice(p, e), end: e };
  }

  private mapping(p: number, col: number): RMap {
    if (++this.depth > MAX_NESTING) throw GIVE_UP;
    const map: RMap = { kind: 'map', range: [p, p], entries: [], flow: false };
    let end: number;
    for (;;) {
      const key = this.keyAt(p)!;
      if (!key) throw GIVE_UP;
      const value = this.valueAfter(key.after, col, true);
      map.entries.push(this.entry(key.node, value));
      end = this.e2;
      const next = this.nextLine(this.pos, false);
      if (!next || next.indent < col) break;
      if (next.indent > col || !this.keyAt(next.content)) throw GIVE_UP;
      p = next.content;
    }
    map.range[1] = end;
    this.e2 = this.trailingComments(end, col);
    this.depth--;
    return map;
  }

  private entry(key: RScalar, value: RNode): REntry {
    if (!key.quoted && key.source === '<<') this.shared = true;
    return { key: key.quoted ? String(key.value) : key.source, keyRange: key.range, keyQuoted: key.quoted, value };
  }

  private sequence(p: number, col: number): RSeq {
    if (++this.depth > MAX_NESTING) throw GIVE_UP;
    const seq: RSeq = { kind: 'seq', range: [p, p], items: [], flow: false };
    let end: number;
    const t = this.text;
    for (;;) {
      const item = this.valueAfter(p + 1, col, false);
      seq.items.push(item);
      end = this.e2;
      const next = this.nextLine(this.pos, false);
      if (!next || next.indent < col) break;
      if (next.indent > col) throw GIVE_UP;
      const c = t.charCodeAt(next.content);
      // The same column but not an item: the mapping this list is the value of carries on.
      if (c !== DASH || !(this.isEol(next.content + 1) || t.charCodeAt(next.content + 1) === SPACE)) break;
      p = next.content;
    }
    seq.range[1] = end;
    this.e2 = this.trailingComments(end, col);
    this.depth--;
    return seq;
  }

  /**
   * The value after a mapping's `:` or a list item's `-` at `p`, in a collection at column
   * `col`. Leaves `pos` at the start of the line after the value.
   */
  private valueAfter(p: number, col: number, inMap: boolean): RNode {
    const t = this.text;
    if (!this.isEol(p) && t.charCodeAt(p) !== SPACE) throw GIVE_UP;
    const q = this.skipSpaces(p);
    if (this.isEol(q) || (q > p && this.isCommentAt(q))) {
      const next = this.nextLine(this.afterLine(q), false);
      if (next && next.indent > col) {
        const c = t.charCodeAt(next.content);
        if (c === 42 /* * */) throw GIVE_UP; // an alias alone on the next line: rare
        return this.block(next.content, next.indent, col);
      }
      // A list may sit at its key's own column.
      if (inMap && next && next.indent === col && t.charCodeAt(next.content) === DASH && (this.isEol(next.content + 1) || t.charCodeAt(next.content + 1) === SPACE)) {
        return this.sequence(next.content, col);
      }
      // An empty value: the parser puts a null scalar just after the indicator.
      if (q > p) throw GIVE_UP; // its position after spaces or a comment is not worth matching
      this.pos = this.afterLine(q);
      // The parser gives the comment lines after an empty value to it, with ranges whose
      // rules depend on what follows: rare enough to leave to the full parser.
      if (this.commentRun(this.pos).deepest >= 0) throw GIVE_UP;
      this.e2 = p;
      return { kind: 'scalar', range: [p, p], value: null, source: '', quoted: false, block: false };
    }
    if (q === p) throw GIVE_UP;
    const c = t.charCodeAt(q);
    if (c === 38 /* & */) return this.anchored(q, col, col);
    if (!inMap) {
      // A list's `-` is at column `col`, just before `p`: the line starts `col` before it. (A
      // search back for the line start would cross the whole line again at each level of
      // `- - - x`.)
      const lineStart = p - 1 - col;
      if (c === DASH && (this.isEol(q + 1) || t.charCodeAt(q + 1) === SPACE)) return this.sequence(q, q - lineStart);
      if (this.keyAt(q)) return this.mapping(q, q - lineStart);
    } else if (this.keyAt(q)) throw GIVE_UP; // `a: b: c`
    return this.inline(q, col);
  }

  /**
   * Where a collection at column `col` ends, for its parent's range. The parser hands the run of
   * comment lines after the last value to the innermost collection, which keeps the whole run
   * if any of its comments is indented at least as far as the collection (and the collection
   * is not at column 0); otherwise the run passes to the parent, which decides the same way.
   * A kept run ends at the next content (its indentation included), or after its last comment
   * at the end of the text or before a line at column 0.
   */
  private trailingComments(end: number, col: number): number {
    if (col === 0) return end;
    const run = this.commentRun(end);
    if (run.deepest < col) return end;
    if (run.next < 0) {
      if (run.end < this.len) throw GIVE_UP; // blank lines after it at the end: not worth matching
      return run.end;
    }
    if (run.nextIndent > 0) return run.next;
    if (run.blank) throw GIVE_UP; // blank lines before a line at column 0: the parser is not consistent
    return run.end;
  }

  /** The comment lines (and blank lines among them) from the line start `p` on. */
  private commentRun(p: number): { end: number; deepest: number; blank: boolean; next: number; nextIndent: number } {
    let end = p;
    let deepest = -1;
    let blank = false;
    while (p < this.len) {
      const content = this.skipSpaces(p);
      if (!this.isEol(content)) {
        if (!this.isCommentAt(content)) return { end, deepest, blank, next: content, nextIndent: content - p };
        deepest = Math.max(deepest, content - p);
        end = this.afterLine(content);
      } else blank = true;
      p = this.afterLine(content);
    }
    return { end, deepest, blank, next: -1, nextIndent: -1 };
  }

  // ---- Keys -------------------------------------------------------------------------------

  /** The implicit key at `p` and the offset after its `:`, or undefined if `p` starts no key. */
  private keyAt(p: number): { node: RScalar; after: number } | undefined {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 34 || c === 39) {
      const s = this.quoted(p);
      if (!s) return undefined;
      const q = this.skipSpaces(s.end);
      if (t.charCodeAt(q) !== COLON || !(this.isEol(q + 1) || t.charCodeAt(q + 1) === SPACE)) return undefined;
      if (q - p > MAX_KEY) throw GIVE_UP;
      return { node: s.node, after: q + 1 };
    }
    if (!this.plainStart(p, false)) return undefined;
    const e = this.lineEnd(p);
    for (let i = p; i < e; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON && (i + 1 === e || t.charCodeAt(i + 1) === SPACE)) {
        if (i - p > MAX_KEY) throw GIVE_UP;
        let ke = i;
        while (ke > p && t.charCodeAt(ke - 1) === SPACE) ke--;
        return { node: this.plain(p, ke), after: i + 1 };
      }
      if (ch === HASH && t.charCodeAt(i - 1) === SPACE) return undefined;
    }
    return undefined;
  }

  /** Whether a plain scalar may start at `p` (YAML's rule on indicator characters). */
  private plainStart(p: number, flow: boolean): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    switch (c) {
      case DASH:
      case 63: // ?
      case COLON: {
        const n = t.charCodeAt(p + 1);
        return !(this.isEol(p + 1) || n === SPACE || (flow && (n === 44 || n === 91 || n === 93 || n === 123 || n === 125)));
      }
      case 44: case 91: case 93: case 123: case 125: case HASH: case 38: case 42: case 33: case 124: case 62:
      case 39: case 34: case 37: case 64: case 96:
        return false;
      default:
        return true;
    }
  }

  // ---- Values on one line -----------------------------------------------------------------

  /**
   * A value that starts at `p` mid-line: quoted, flow, alias, block scalar or plain. Leaves
   * `pos` at the next line. A value that goes on over more-indented lines (a multi-line plain
   * or quoted scalar) is left to the full parser.
   */
  private inline(p: number, parent: number): RNode {
    const t = this.text;
    const c = t.charCodeAt(p);
    let node: RNode;
    let end: number;
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(p, parent);
    if (c === 34 || c === 39) {
      const s = this.quoted(p);
      if (!s) throw GIVE_UP;
      node = s.node;
      end = s.end;
    } else if (c === 91 || c === 123) {
      const f = this.flow(p);
      node = f.node;
      end = f.end;
    } else if (c === 42 /* * */) {
      const { name, end: e } = this.name(p + 1);
      node = { kind: 'alias', range: [p, e], name };
      this.shared = true;
      end = e;
    } else {
      if (!this.plainStart(p, false)) throw GIVE_UP;
      const le = this.lineEnd(p);
      let e = le;
      for (let i = p + 1; i < le; i++) {
        const ch = t.charCodeAt(i);
        if (ch === HASH && t.charCodeAt(i - 1) === SPACE) {
          e = i;
          break;
        }
        if (ch === COLON && (i + 1 === le || t.charCodeAt(i + 1) === SPACE)) throw GIVE_UP;
      }
      while (e > p && t.charCodeAt(e - 1) === SPACE) e--;
      node = this.plain(p, e);
      end = e;
    }
    // After the value: spaces, then the end of the line or a comment.
    const q = this.skipSpaces(end);
    if (!this.isEol(q) && !(q > end && this.isCommentAt(q))) throw GIVE_UP;
    const next = this.afterLine(q);
    if (this.nextIndent(next) > parent) throw GIVE_UP;
    this.e2 = next;
    this.pos = next;
    return node;
  }

  private plain(p: number, e: number): RScalar {
    const source = this.text.slice(p, e);
    return { kind: 'scalar', range: [p, e], value: resolvePlain(source), source, quoted: false, block: false };
  }

  /** A quoted scalar closed on its own line; `undefined` if it is not closed there. */
  private quoted(p: number): { node: RScalar; end: number } | undefined {
    const t = this.text;
    const q = t.charCodeAt(p);
    const le = this.lineEnd(p);
    let out = '';
    let from = p + 1;
    for (let i = p + 1; i < le; i++) {
      const ch = t.charCodeAt(i);
      if (q === 39) {
        if (ch !== 39) continue;
        if (t.charCodeAt(i + 1) === 39) {
          out += t.slice(from, i + 1);
          from = i + 2;
          i++;
          continue;
        }
      } else if (ch === 92 /* \ */) {
        out += t.slice(from, i);
        const esc = escape(t, i + 1);
        if (!esc) throw GIVE_UP;
        out += esc.text;
        i = esc.end - 1;
        from = esc.end;
        continue;
      } else if (ch !== 34) continue;
      out += t.slice(from, i);
      return { node: { kind: 'scalar', range: [p, i + 1], value: out, source: out, quoted: true, block: false }, end: i + 1 };
    }
    return undefined;
  }

  /** A flow mapping or sequence that closes on its own line. */
  private flow(p: number): { node: RMap | RSeq; end: number } {
    const t = this.text;
    const isMap = t.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    if (++this.depth > MAX_NESTING) throw GIVE_UP;
    const coll: RMap | RSeq = isMap ? { kind: 'map', range: [p, p], entries: [], flow: true } : { kind: 'seq', range: [p, p], items: [], flow: true };
    let i = this.skipSpaces(p + 1);
    if (t.charCodeAt(i) === close) {
      coll.range[1] = i + 1;
      this.depth--;
      return { node: coll, end: i + 1 };
    }
    for (;;) {
      if (this.isEol(i)) throw GIVE_UP;
      const item = this.flowScalarOrCollection(i);
      i = this.skipSpaces(item.end);
      if (coll.kind === 'map') {
        if (item.node.kind !== 'scalar' || t.charCodeAt(i) !== COLON) throw GIVE_UP;
        const v = this.skipSpaces(i + 1);
        // Only a quoted key may be followed by its value without a space (`{"a":1}`).
        if (v === i + 1 && !item.node.quoted) throw GIVE_UP;
        const c = t.charCodeAt(v);
        if (c === 44 || c === close || this.isEol(v)) throw GIVE_UP; // empty values: rare
        const value = this.flowScalarOrCollection(v);
        coll.entries.push(this.entry(item.node, value.node));
        i = this.skipSpaces(value.end);
      } else {
        if (t.charCodeAt(i) === COLON) throw GIVE_UP; // `[a: 1]`: a pair in a list
        coll.items.push(item.node);
      }
      const c = t.charCodeAt(i);
      if (c === close) {
        coll.range[1] = i + 1;
        this.depth--;
        return { node: coll, end: i + 1 };
      }
      if (c !== 44) throw GIVE_UP;
      i = this.skipSpaces(i + 1);
      if (t.charCodeAt(i) === close || t.charCodeAt(i) === 44) throw GIVE_UP; // trailing comma
    }
  }

  private flowScalarOrCollection(p: number): { node: RNode; end: number } {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 91 || c === 123) return this.flow(p);
    if (c === 42 /* * */) {
      const { name, end } = this.name(p + 1);
      this.shared = true;
      return { node: { kind: 'alias', range: [p, end], name }, end };
    }
    if (c === 34 || c === 39) {
      const s = this.quoted(p);
      if (!s) throw GIVE_UP;
      return s;
    }
    if (!this.plainStart(p, true)) throw GIVE_UP;
    const le = this.lineEnd(p);
    let e = p;
    for (; e < le; e++) {
      const ch = t.charCodeAt(e);
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
      if (ch === COLON) {
        const n = t.charCodeAt(e + 1);
        if (e + 1 >= le || n === SPACE || n === 44 || n === 91 || n === 93 || n === 123 || n === 125) break;
      }
      if (ch === HASH && t.charCodeAt(e - 1) === SPACE) throw GIVE_UP;
    }
    let ve = e;
    while (ve > p && t.charCodeAt(ve - 1) === SPACE) ve--;
    if (ve === p) throw GIVE_UP;
    return { node: this.plain(p, ve), end: ve };
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar with clip or strip chomping and detected
   * indentation; its lines end at the first line indented no more than the parent.
   */
  private blockScalar(p: number, parent: number): RScalar {
    const t = this.text;
    // At the root, document markers and the indentation rules differ: left to the full parser.
    if (parent < 0) throw GIVE_UP;
    const folded = t.charCodeAt(p) === 62;
    let h = p + 1;
    let strip = false;
    if (t.charCodeAt(h) === DASH) {
      strip = true;
      h++;
    }
    const hq = this.skipSpaces(h);
    if (!this.isEol(hq) && !(hq > h && this.isCommentAt(hq))) throw GIVE_UP; // `|+`, `|2`, …
    let lineStart = this.afterLine(hq);
    const lines: string[] = [];
    let indent = -1;
    let end = lineStart;
    let lastContentEnd = lineStart;
    while (lineStart < this.len) {
      const content = this.skipSpaces(lineStart);
      const col = content - lineStart;
      const le = this.lineEnd(lineStart);
      const next = this.afterLine(lineStart);
      if (this.isEol(content)) {
        // Leading blank lines, and blank lines holding spaces beyond the indent, have rules of
        // their own: rare, and left to the full parser.
        if (indent < 0 || col > indent) throw GIVE_UP;
        lines.push('');
        lineStart = next;
        continue;
      }
      if (indent < 0) {
        if (col <= parent) break;
        indent = col;
      } else if (col < indent) break;
      if (folded && col > indent) throw GIVE_UP; // more-indented lines keep their breaks: rare
      lines.push(t.slice(lineStart + indent, le));
      lastContentEnd = next;
      end = next;
      lineStart = next;
    }
    if (indent < 0) throw GIVE_UP;
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    let value: string;
    if (!folded) value = lines.join('\n');
    else {
      value = '';
      for (let i = 0; i < lines.length; i++) {
        const l = lines[i]!;
        if (i === 0) value = l;
        else if (l === '') value += '\n';
        else value += lines[i - 1] === '' ? l : ' ' + l;
      }
    }
    if (!strip) value += '\n';
    const s: RScalar = { kind: 'scalar', range: [p, end], value, source: value, quoted: false, block: true };
    this.pos = lastContentEnd;
    this.e2 = end;
    // A comment indented past the parent right after the block joins it in the parser's tree.
    if (this.nextIndent(lastContentEnd) > parent) throw GIVE_UP;
    return s;
  }
}

/** YAML 1.2 core schema, as the `yaml` package resolves a plain scalar (same tests, same order). */
export function resolvePlain(s: string): string | number | boolean | null {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, boolean or number: skip the tests otherwise.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const SIMPLE_ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };

/** A double-quoted escape after its backslash; `undefined` for one the fast path leaves alone. */
function escape(t: string, p: number): { text: string; end: number } | undefined {
  const c = t[p];
  if (c === undefined) return undefined;
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { text: simple, end: p + 1 };
  const n = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (!n) return undefined;
  const hex = t.slice(p + 1, p + 1 + n);
  if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return { text: String.fromCodePoint(code), end: p + 1 + n };
}

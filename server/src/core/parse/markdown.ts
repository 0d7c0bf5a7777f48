/*! Block structure after markdown-it 15.0.3 (https://github.com/markdown-it/markdown-it), @license MIT, Copyright (c) 2014 Vitaly Puzrin, Alex Kocharin. */
/**
 * The block structure of a Markdown text, as far as the model-card checks need it: headings
 * (level, raw text, lines), fenced and indented code, and HTML blocks.
 *
 * This is markdown-it's block parser (html on, its default rules: tables, lists, block quotes,
 * link reference definitions, setext headings, `maxNesting` 100) with the tokens taken out. It
 * follows the same rules line for line, so it finds the same headings as the parser it replaces,
 * but it keeps a few numbers per line in typed arrays instead of allocating a token object per
 * block: on a card with 50,000 headings the tokens were most of the time and most of the garbage.
 * test/core/markdown.test.ts checks it against markdown-it on generated Markdown.
 *
 * Two things markdown-it does are narrowed to what can change the block structure: a link
 * reference definition whose destination is a `javascript:`, `vbscript:`, `file:` or `data:` URL
 * is not a definition (and its lines become a paragraph, possibly a setext heading); the
 * destination is decoded with backslash escapes, numeric character references and the named
 * references that can spell such a scheme (whitespace, `&colon;`, `&sol;`, `&semi;`), not the
 * whole HTML entity table, and mdurl's re-encoding is not replayed.
 */

/** A heading: `line` is its first line, `end` the line after it (a setext heading spans two or more). */
export interface ScannedHeading {
  level: number;
  /** The heading's raw inline text, as markdown-it gives it (trimmed, not rendered). */
  text: string;
  line: number;
  end: number;
}

export interface MarkdownBlocks {
  headings: ScannedHeading[];
  /** Fenced and indented code blocks as [first line, line after]. */
  code: [number, number][];
  /** HTML blocks as [first line, line after]. */
  html: [number, number][];
}

type Parent = 'root' | 'paragraph' | 'reference' | 'blockquote' | 'list' | 'table';
type Rule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

const MAX_NESTING = 100;
const MAX_AUTOCOMPLETED_CELLS = 65536;
const MAX_LABEL_LENGTH = 999;

const isSpace = (code: number): boolean => code === 9 || code === 32;

/** Trims only ASCII space, tab and line ends, keeping Unicode spaces (markdown-it's asciiTrim). */
function asciiTrim(str: string): string {
  let start = 0;
  for (; start < str.length; start++) {
    const c = str.charCodeAt(start);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  let end = str.length - 1;
  for (; end >= start; end--) {
    const c = str.charCodeAt(end);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return str.slice(start, end + 1);
}

class BlockState {
  readonly bMarks: Int32Array;
  readonly eMarks: Int32Array;
  readonly tShift: Int32Array;
  readonly sCount: Int32Array;
  readonly bsCount: Int32Array;
  blkIndent = 0;
  line = 0;
  lineMax: number;
  listIndent = -1;
  parentType: Parent = 'root';
  /** Token nesting as markdown-it counts it: one per block quote, two per list item. */
  level = 0;
  readonly out: MarkdownBlocks = { headings: [], code: [], html: [] };

  constructor(readonly src: string) {
    let n = 2;
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) n++;
    this.bMarks = new Int32Array(n);
    this.eMarks = new Int32Array(n);
    this.tShift = new Int32Array(n);
    this.sCount = new Int32Array(n);
    this.bsCount = new Int32Array(n);
    let l = 0;
    for (let start = 0, pos = 0, indent = 0, offset = 0, len = src.length, indentFound = false; pos < len; pos++) {
      const ch = src.charCodeAt(pos);
      if (!indentFound) {
        if (isSpace(ch)) {
          indent++;
          if (ch === 9) offset += 4 - (offset % 4);
          else offset++;
          continue;
        } else indentFound = true;
      }
      if (ch === 10 || pos === len - 1) {
        if (ch !== 10) pos++;
        this.bMarks[l] = start;
        this.eMarks[l] = pos;
        this.tShift[l] = indent;
        this.sCount[l] = offset;
        l++;
        indentFound = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    this.bMarks[l] = src.length;
    this.eMarks[l] = src.length;
    this.lineMax = l;
  }

  isEmpty(line: number): boolean {
    return this.bMarks[line]! + this.tShift[line]! >= this.eMarks[line]!;
  }

  skipEmptyLines(from: number): number {
    for (const max = this.lineMax; from < max; from++) if (this.bMarks[from]! + this.tShift[from]! < this.eMarks[from]!) break;
    return from;
  }

  skipSpaces(pos: number): number {
    for (const max = this.src.length; pos < max; pos++) if (!isSpace(this.src.charCodeAt(pos))) break;
    return pos;
  }

  skipSpacesBack(pos: number, min: number): number {
    if (pos <= min) return pos;
    while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
    return pos;
  }

  skipChars(pos: number, code: number): number {
    for (const max = this.src.length; pos < max; pos++) if (this.src.charCodeAt(pos) !== code) break;
    return pos;
  }

  skipCharsBack(pos: number, code: number, min: number): number {
    if (pos <= min) return pos;
    while (pos > min) if (code !== this.src.charCodeAt(--pos)) return pos + 1;
    return pos;
  }

  /** Lines [begin, end) with `indent` columns of indentation removed (tabs expanded as needed). */
  getLines(begin: number, end: number, indent: number, keepLastLF: boolean): string {
    if (begin >= end) return '';
    const queue: string[] = new Array(end - begin);
    for (let i = 0, line = begin; line < end; line++, i++) {
      let lineIndent = 0;
      const lineStart = this.bMarks[line]!;
      let first = lineStart;
      const last = line + 1 < end || keepLastLF ? this.eMarks[line]! + 1 : this.eMarks[line]!;
      while (first < last && lineIndent < indent) {
        const ch = this.src.charCodeAt(first);
        if (isSpace(ch)) {
          if (ch === 9) lineIndent += 4 - ((lineIndent + this.bsCount[line]!) % 4);
          else lineIndent++;
        } else if (first - lineStart < this.tShift[line]!) lineIndent++;
        else break;
        first++;
      }
      queue[i] = lineIndent > indent ? ' '.repeat(lineIndent - indent) + this.src.slice(first, last) : this.src.slice(first, last);
    }
    return queue.join('');
  }

  terminates(rules: Rule[], line: number, endLine: number): boolean {
    for (const rule of rules) if (rule(this, line, endLine, true)) return true;
    return false;
  }

  tokenize(startLine: number, endLine: number): void {
    let line = startLine;
    while (line < endLine) {
      this.line = line = this.skipEmptyLines(line);
      if (line >= endLine) break;
      // A line indented less than the current block's content ends it (a list item).
      if (this.sCount[line]! < this.blkIndent) break;
      // markdown-it stops parsing at this depth; everything after is dropped, headings too.
      if (this.level >= MAX_NESTING) {
        this.line = endLine;
        break;
      }
      for (const rule of BLOCK_RULES) if (rule(this, line, endLine, false)) break;
      line = this.line;
      if (line < endLine && this.isEmpty(line)) {
        line++;
        this.line = line;
      }
    }
  }
}

function getLine(state: BlockState, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
}

/** The number of cells `escapedSplit` would give a table row, after dropping empty outer ones. */
function tableCells(str: string): number {
  let count = 1;
  let escaped = false;
  let endsWithPipe = false;
  for (let pos = 0; pos < str.length; pos++) {
    const ch = str.charCodeAt(pos);
    endsWithPipe = false;
    if (ch === 124 && !escaped) {
      count++;
      endsWithPipe = true;
    }
    escaped = ch === 92;
  }
  // An empty first cell (the row starts with a pipe) and an empty last cell are dropped.
  if (str.charCodeAt(0) === 124) count--;
  if (endsWithPipe) count--;
  return count;
}

const table: Rule = (state, startLine, endLine, silent) => {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine]! < state.blkIndent) return false;
  if (state.sCount[nextLine]! - state.blkIndent >= 4) return false;
  let pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
  if (pos >= state.eMarks[nextLine]!) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) return false;
  if (pos >= state.eMarks[nextLine]!) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) return false;
  if (firstCh === 45 && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]!) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) return false;
    pos++;
  }
  const delimiters = getLine(state, startLine + 1).split('|');
  let aligns = 0;
  for (let i = 0; i < delimiters.length; i++) {
    const t = delimiters[i]!.trim();
    if (!t) {
      if (i === 0 || i === delimiters.length - 1) continue;
      return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    aligns++;
  }
  const header = getLine(state, startLine).trim();
  if (header.indexOf('|') === -1) return false;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const columnCount = tableCells(header);
  if (columnCount === 0 || columnCount !== aligns) return false;
  if (silent) return true;

  const oldParentType = state.parentType;
  state.parentType = 'table';
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine]! < state.blkIndent) break;
    if (state.terminates(BLOCKQUOTE_TERMINATORS, nextLine, endLine)) break;
    const row = getLine(state, nextLine).trim();
    if (!row) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) break;
    autocompletedCells += columnCount - tableCells(row);
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
  }
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
};

const code: Rule = (state, startLine, endLine) => {
  if (state.sCount[startLine]! - state.blkIndent < 4) return false;
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine]! - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  state.out.code.push([startLine, last]);
  return true;
};

const fence: Rule = (state, startLine, endLine, silent) => {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (pos + 3 > max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 /* ~ */ && marker !== 96 /* ` */) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker);
  const len = pos - mem;
  if (len < 3) return false;
  if (marker === 96 && state.src.slice(pos, max).indexOf('`') >= 0) return false;
  if (silent) return true;
  let nextLine = startLine;
  let haveEndMarker = false;
  for (;;) {
    nextLine++;
    if (nextLine >= endLine) break;
    pos = mem = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    max = state.eMarks[nextLine]!;
    // A non-empty line indented less than the list item's content ends the item, and the fence.
    if (pos < max && state.sCount[nextLine]! < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== marker) continue;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) continue;
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) continue;
    pos = state.skipSpaces(pos);
    if (pos < max) continue;
    haveEndMarker = true;
    break;
  }
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  state.out.code.push([startLine, state.line]);
  return true;
};

const blockquote: Rule = (state, startLine, endLine, silent) => {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max: number;
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 62 /* > */) return false;
  if (silent) return true;
  const oldBMarks: number[] = [];
  const oldBSCount: number[] = [];
  const oldSCount: number[] = [];
  const oldTShift: number[] = [];
  const oldParentType = state.parentType;
  state.parentType = 'blockquote';
  let lastLineEmpty = false;
  let nextLine: number;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine]! < state.blkIndent;
    pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    max = state.eMarks[nextLine]!;
    if (pos >= max) break;
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine]! + 1;
      let spaceAfterMarker: boolean;
      let adjustTab = false;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine]! + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else adjustTab = true;
      } else spaceAfterMarker = false;
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]!);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) offset += 4 - ((offset + state.bsCount[nextLine]! + (adjustTab ? 1 : 0)) % 4);
          else offset++;
        } else break;
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]!);
      state.bsCount[nextLine] = state.sCount[nextLine]! + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]!);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]!);
      state.tShift[nextLine] = pos - state.bMarks[nextLine]!;
      continue;
    }
    if (lastLineEmpty) break;
    if (state.terminates(BLOCKQUOTE_TERMINATORS, nextLine, endLine)) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]!);
        oldBSCount.push(state.bsCount[nextLine]!);
        oldTShift.push(state.tShift[nextLine]!);
        oldSCount.push(state.sCount[nextLine]!);
        state.sCount[nextLine] = state.sCount[nextLine]! - state.blkIndent;
      }
      break;
    }
    // A lazy continuation line: it belongs to the paragraph inside the quote.
    oldBMarks.push(state.bMarks[nextLine]!);
    oldBSCount.push(state.bsCount[nextLine]!);
    oldTShift.push(state.tShift[nextLine]!);
    oldSCount.push(state.sCount[nextLine]!);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  state.level++;
  state.tokenize(startLine, nextLine);
  state.level--;
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i]!;
    state.tShift[i + startLine] = oldTShift[i]!;
    state.sCount[i + startLine] = oldSCount[i]!;
    state.bsCount[i + startLine] = oldBSCount[i]!;
  }
  state.blkIndent = oldIndent;
  return true;
};

const hr: Rule = (state, startLine, _endLine, silent) => {
  const max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 /* * */ && marker !== 45 /* - */ && marker !== 95 /* _ */) return false;
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) return false;
    if (ch === marker) cnt++;
  }
  if (cnt < 3) return false;
  if (silent) return true;
  state.line = startLine + 1;
  return true;
};

function skipBulletListMarker(state: BlockState, startLine: number): number {
  const max = state.eMarks[startLine]!;
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) return -1;
  if (pos < max && !isSpace(state.src.charCodeAt(pos))) return -1;
  return pos;
}

function skipOrderedListMarker(state: BlockState, startLine: number): number {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) return -1;
  for (;;) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 41 /* ) */ || ch === 46 /* . */) break;
    return -1;
  }
  if (pos < max && !isSpace(state.src.charCodeAt(pos))) return -1;
  return pos;
}

const list: Rule = (state, startLine, endLine, silent) => {
  let nextLine = startLine;
  if (state.sCount[nextLine]! - state.blkIndent >= 4) return false;
  // A line indented four or more past the enclosing list item is its paragraph's continuation.
  if (state.listIndent >= 0 && state.sCount[nextLine]! - state.listIndent >= 4 && state.sCount[nextLine]! < state.blkIndent) return false;
  let isTerminatingParagraph = false;
  if (silent && state.parentType === 'paragraph' && state.sCount[nextLine]! >= state.blkIndent) isTerminatingParagraph = true;
  let isOrdered: boolean;
  let posAfterMarker: number;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    const start = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    // Only a list starting at 1 interrupts a paragraph.
    if (isTerminatingParagraph && Number(state.src.slice(start, posAfterMarker - 1)) !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) isOrdered = false;
  else return false;
  // An empty list item cannot interrupt a paragraph.
  if (isTerminatingParagraph && state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]!) return false;
  if (silent) return true;

  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const oldParentType = state.parentType;
  state.parentType = 'list';
  state.level++;
  while (nextLine < endLine) {
    let pos = posAfterMarker;
    const max = state.eMarks[nextLine]!;
    const initial = state.sCount[nextLine]! + posAfterMarker - (state.bMarks[nextLine]! + state.tShift[nextLine]!);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) offset += 4 - ((offset + state.bsCount[nextLine]!) % 4);
      else if (ch === 32) offset++;
      else break;
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker = contentStart >= max ? 1 : offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    const oldTShift = state.tShift[nextLine]!;
    const oldSCount = state.sCount[nextLine]!;
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine]!;
    state.sCount[nextLine] = offset;
    state.level++;
    if (contentStart >= max && state.isEmpty(nextLine + 1)) state.line = Math.min(state.line + 2, endLine);
    else state.tokenize(nextLine, endLine);
    state.level--;
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    nextLine = state.line;
    if (nextLine >= endLine) break;
    if (state.sCount[nextLine]! < state.blkIndent) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) break;
    if (state.terminates(LIST_TERMINATORS, nextLine, endLine)) break;
    posAfterMarker = isOrdered ? skipOrderedListMarker(state, nextLine) : skipBulletListMarker(state, nextLine);
    if (posAfterMarker < 0) break;
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }
  state.level--;
  state.line = nextLine;
  state.parentType = oldParentType;
  return true;
};

function countCodePoints(str: string): number {
  let length = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const high = str.charCodeAt(i);
    if (high < 0xd800 || high > 0xdbff) continue;
    const low = str.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      length--;
      i++;
    }
  }
  return length;
}

/** Where the next line of a multi-line reference definition starts, or -1 if it cannot continue. */
function getNextLinePos(state: BlockState, nextLine: number): number {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) return -1;
  const isContinuation = state.sCount[nextLine]! - state.blkIndent > 3 || state.sCount[nextLine]! < 0;
  if (!isContinuation) {
    const oldParentType = state.parentType;
    state.parentType = 'reference';
    const terminate = state.terminates(PARAGRAPH_TERMINATORS, nextLine, endLine);
    state.parentType = oldParentType;
    if (terminate) return -1;
  }
  return state.bMarks[nextLine]! + state.tShift[nextLine]!;
}

function parseLinkDestination(str: string, start: number, max: number): { ok: boolean; pos: number; str: string } {
  let pos = start;
  const fail = { ok: false, pos: 0, str: '' };
  if (str.charCodeAt(pos) === 60 /* < */) {
    pos++;
    while (pos < max) {
      const code = str.charCodeAt(pos);
      if (code === 10 || code === 60) return fail;
      if (code === 62) return { ok: true, pos: pos + 1, str: unescapeDestination(str.slice(start + 1, pos)) };
      if (code === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return fail;
  }
  let level = 0;
  while (pos < max) {
    const code = str.charCodeAt(pos);
    if (code === 32) break;
    if (code < 32 || code === 127) break;
    if (code === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code === 40) {
      level++;
      if (level > 32) return fail;
    }
    if (code === 41) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos || level !== 0) return fail;
  return { ok: true, pos, str: unescapeDestination(str.slice(start, pos)) };
}

interface TitleState {
  ok: boolean;
  canContinue: boolean;
  pos: number;
  marker: number;
}

function parseLinkTitle(str: string, start: number, max: number, prev?: TitleState): TitleState {
  let pos = start;
  const state: TitleState = { ok: false, canContinue: false, pos: 0, marker: 0 };
  if (prev) state.marker = prev.marker;
  else {
    if (pos >= max) return state;
    let marker = str.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) return state;
    pos++;
    if (marker === 40) marker = 41;
    state.marker = marker;
  }
  while (pos < max) {
    const code = str.charCodeAt(pos);
    if (code === state.marker) {
      state.pos = pos + 1;
      state.ok = true;
      return state;
    } else if (code === 40 && state.marker === 41) return state;
    else if (code === 92 && pos + 1 < max) pos++;
    pos++;
  }
  state.canContinue = true;
  return state;
}

/**
 * Named character references that decode to something that can begin or spell a URL scheme
 * markdown-it refuses: whitespace that trimming removes, and the colon, slash and semicolon.
 */
const NAMED_REFERENCES: Record<string, string> = {
  Tab: '\t',
  NewLine: '\n',
  nbsp: '\u00a0',
  NonBreakingSpace: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  emsp13: '\u2004',
  emsp14: '\u2005',
  numsp: '\u2007',
  puncsp: '\u2008',
  thinsp: '\u2009',
  ThinSpace: '\u2009',
  hairsp: '\u200a',
  VeryThinSpace: '\u200a',
  MediumSpace: '\u205f',
  ThickSpace: '\u205f\u200a',
  colon: ':',
  sol: '/',
  semi: ';',
};

function isValidEntityCode(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfdd0 && c <= 0xfdef) return false;
  if ((c & 0xffff) === 0xffff || (c & 0xffff) === 0xfffe) return false;
  if (c >= 0x00 && c <= 0x08) return false;
  if (c === 0x0b) return false;
  if (c >= 0x0e && c <= 0x1f) return false;
  if (c >= 0x7f && c <= 0x9f) return false;
  if (c > 0x10ffff) return false;
  return true;
}

function unescapeDestination(str: string): string {
  if (str.indexOf('\\') < 0 && str.indexOf('&') < 0) return str;
  return str.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])|&([a-z#][a-z0-9]{1,31});/gi, (match: string, escaped: string | undefined, name: string | undefined) => {
    if (escaped) return escaped;
    if (name!.charCodeAt(0) === 35 && /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i.test(name!)) {
      const c = name![1]!.toLowerCase() === 'x' ? parseInt(name!.slice(2), 16) : parseInt(name!.slice(1), 10);
      return isValidEntityCode(c) ? String.fromCodePoint(c) : match;
    }
    return NAMED_REFERENCES[name!] ?? match;
  });
}

/** markdown-it's validateLink: no `javascript:`, `vbscript:`, `file:`, and `data:` only for images. */
function linkAllowed(url: string): boolean {
  const str = url.trim().toLowerCase();
  return /^(vbscript|javascript|file|data):/.test(str) ? /^data:image\/(gif|png|jpeg|webp);/.test(str) : true;
}

const reference: Rule = (state, startLine, _endLine, silent) => {
  const src = state.src;
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let nextLine = startLine + 1;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (src.charCodeAt(pos) !== 91 /* [ */) return false;
  const lineEnd = (line: number) => Math.min(state.eMarks[line]! + 1, src.length);
  let max = lineEnd(startLine);
  let rawLabel = '';
  let labelEnd = -1;
  let segmentStart = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) return false;
    let ch = src.charCodeAt(pos);
    if (ch === 91) return false;
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) ch = src.charCodeAt(++pos);
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) return false;
      rawLabel += src.slice(segmentStart, max);
      pos = segmentStart = nextPos;
      max = lineEnd(nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58 /* : */) return false;
  rawLabel += src.slice(segmentStart, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) return false;
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const destRes = parseLinkDestination(src, pos, max);
  if (!destRes.ok) return false;
  if (!linkAllowed(destRes.str)) return false;
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const titleStart = pos;
  let titleRes = parseLinkTitle(src, pos, max);
  while (titleRes.canContinue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(nextLine++);
    titleRes = parseLinkTitle(src, pos, max, titleRes);
  }
  let hasTitle: boolean;
  if (titleStart !== destEndPos && titleRes.ok) {
    // markdown-it keeps the title's text; only whether it is empty matters here, and it is
    // empty only when the quotes close at once ("") on the same line.
    hasTitle = titleRes.pos - titleStart > 2;
    pos = titleRes.pos;
  } else {
    hasTitle = false;
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    if (!isSpace(src.charCodeAt(pos))) break;
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (hasTitle) {
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        if (!isSpace(src.charCodeAt(pos))) break;
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) return false;
  if (rawLabel.trim() === '') return false;
  if (silent) return true;
  state.line = nextLine;
  return true;
};

const HTML_BLOCK_NAMES = [
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu',
  'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
];
// An unquoted attribute value holds no whitespace, Unicode spaces included (markdown-it lets it
// hold those): otherwise `\s` and the value could share a run of no-break spaces, and the match
// took time quadratic in its length (8,000 of them, 83 ms; 80,000, 8 s).
const OPEN_TAG = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x1f\\s]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
const CLOSE_TAG = '<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>';
/** The seven kinds of HTML block: how one opens, how it ends, and whether it can interrupt a paragraph. */
const HTML_SEQUENCES: [RegExp, RegExp, boolean][] = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Za-z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  [new RegExp(`^</?(${HTML_BLOCK_NAMES.join('|')})(?=(\\s|/?>|$))`, 'i'), /^$/, true],
  [new RegExp(`^(?:${OPEN_TAG}|${CLOSE_TAG})\\s*$`), /^$/, false],
];

const htmlBlock: Rule = (state, startLine, endLine, silent) => {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 60 /* < */) return false;
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i]![0].test(lineText)) break;
  if (i === HTML_SEQUENCES.length) return false;
  const [, close, interrupts] = HTML_SEQUENCES[i]!;
  if (silent) return interrupts;
  let nextLine = startLine + 1;
  const endsOnBlankLine = close.test('');
  if (!close.test(lineText)) {
    for (; nextLine < endLine; nextLine++) {
      if (state.sCount[nextLine]! < state.blkIndent && (endsOnBlankLine || !state.isEmpty(nextLine))) break;
      pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
      max = state.eMarks[nextLine]!;
      lineText = state.src.slice(pos, max);
      if (close.test(lineText)) {
        if (lineText.length !== 0) nextLine++;
        break;
      }
    }
  }
  state.line = nextLine;
  state.out.html.push([startLine, nextLine]);
  return true;
};

const heading: Rule = (state, startLine, _endLine, silent) => {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 /* # */ || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || (pos < max && !isSpace(ch))) return false;
  if (silent) return true;
  // Drop a closing sequence of #s, if a space comes before it.
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) max = tmp;
  state.line = startLine + 1;
  state.out.headings.push({ level, text: asciiTrim(state.src.slice(pos, max)), line: startLine, end: startLine + 1 });
  return true;
};

const lheading: Rule = (state, startLine, endLine) => {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = 'paragraph';
  let level = 0;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3) continue;
    if (state.sCount[nextLine]! >= state.blkIndent) {
      let pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
      const max = state.eMarks[nextLine]!;
      if (pos < max) {
        const marker = state.src.charCodeAt(pos);
        if (marker === 45 /* - */ || marker === 61 /* = */) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine]! < 0) continue;
    if (state.terminates(PARAGRAPH_TERMINATORS, nextLine, endLine)) break;
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const text = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  state.out.headings.push({ level, text, line: startLine, end: state.line });
  state.parentType = oldParentType;
  return true;
};

const paragraph: Rule = (state, startLine, endLine) => {
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3) continue;
    if (state.sCount[nextLine]! < 0) continue;
    if (state.terminates(PARAGRAPH_TERMINATORS, nextLine, endLine)) break;
  }
  state.line = nextLine;
  state.parentType = oldParentType;
  return true;
};

// The rules in markdown-it's order, and for each kind of block the rules that may end it.
const BLOCK_RULES: Rule[] = [table, code, fence, blockquote, hr, list, reference, htmlBlock, heading, lheading, paragraph];
const PARAGRAPH_TERMINATORS: Rule[] = [table, fence, blockquote, hr, list, htmlBlock, heading];
const BLOCKQUOTE_TERMINATORS: Rule[] = [fence, blockquote, hr, list, htmlBlock, heading];
const LIST_TERMINATORS: Rule[] = [fence, blockquote, hr];

/** The headings, code blocks and HTML blocks of a Markdown text, as markdown-it finds them. */
export function scanMarkdown(text: string): MarkdownBlocks {
  // As markdown-it normalises its input: every line end becomes \n (line numbers do not
  // change), and NUL becomes U+FFFD (which a heading's text then carries).
  let src = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD');
  const state = new BlockState(src);
  if (src) state.tokenize(0, state.lineMax);
  return state.out;
}

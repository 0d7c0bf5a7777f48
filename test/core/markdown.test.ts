/**
 * The model-card scanner (server/src/core/parse/markdown.ts) against markdown-it as it comes. The
 * scanner is markdown-it's block parser with inline parsing off, one rule replaced (html_block,
 * whose tag expression backtracks on Unicode spaces) and a block state that keeps no tokens;
 * these tests hold all three to the stock parser. On generated Markdown full of the constructs
 * that decide what is a heading (containers, lazy lines, fences, indented code, HTML blocks,
 * tables, link reference definitions, setext underlines, tabs, odd line ends), both must find the
 * same headings (level, text, lines), code blocks and HTML blocks; on tag lines with Unicode
 * spaces, they differ only where the scanner means to. Then the same for the scanner as bundled,
 * with four of markdown-it's dependencies replaced (esbuild.mjs), and the lint's two backtracking
 * rules over markdown-it's own regular expressions.
 *
 * Fixed seed and run count as in properties.test.ts (FUZZ_RUNS, FUZZ_SEED).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DecodingMode, decodeHTMLStrict, EntityDecoder } from 'entities';
import { htmlDecodeTree } from 'entities/decode';
import * as esbuild from 'esbuild';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { scanMarkdown, type MarkdownBlocks } from '../../server/src/core/parse/markdown';
import aliases from '../../server/src/core/parse/markdown-stubs/aliases.json';
import { decodeHTMLStrict as decodeInBundle } from '../../server/src/core/parse/markdown-stubs/entities';
import { fixturesRoot, listFiles, repoRoot } from '../helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
// Generating and parsing a document takes well under a millisecond, so each property runs ten
// times the suite's count.
const params = { numRuns: RUNS * 10, seed: SEED, endOnFailure: true };

const md = new MarkdownIt({ html: true });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/** What markdown-it finds, in the scanner's terms. */
function reference(text: string): MarkdownBlocks {
  const tokens = md.parse(text, {});
  const out: MarkdownBlocks = { headings: [], code: [], html: [] };
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') out.headings.push({ level: Number(t.tag.slice(1)), text: tokens[i + 1]!.content, line: t.map![0], end: t.map![1] });
    else if (t.type === 'fence' || t.type === 'code_block') out.code.push([t.map![0], t.map![1]]);
    else if (t.type === 'html_block') out.html.push([t.map![0], t.map![1]]);
  });
  return out;
}

function agree(text: string): void {
  assert.deepEqual(scanMarkdown(text), reference(text), `on ${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`);
}

/** What can open a line: nothing, indentation, block quote markers, list markers, and mixes. */
const prefix = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '     ', '\t', ' \t', '>', '> ', '>\t', '>>', '> > ', ' > ', '>     ', '- ', '-\t', '* ', '+ ', '1. ', '2) ', '10. ', '1234567890. ', '-    ', '-      ', '  - ', '    - ', '> - ', '- > ', '1. - ', '- # ', '>> - ');

/** Line contents that start, end or change a block. */
const content = fc.constantFrom(
  '# Heading',
  '## Two ##',
  '### Three #',
  '###### Six',
  '####### seven',
  '#nospace',
  '#',
  '# ',
  '## ',
  '#\t#',
  '# trailing \\#',
  '# a # b ##   ',
  'Text',
  'more text',
  'TODO',
  'a\u0000b',
  '\u00a0',
  'x\u00a0',
  '===',
  '=',
  '---',
  '--',
  '-',
  '- - -',
  '***',
  '___',
  '= =',
  '--- x',
  '```',
  '```js',
  '``` a`b',
  '````',
  '~~~',
  '~~~ ~',
  '~~~~',
  '``',
  '<div>',
  '</div>',
  '<div class="x">',
  '<DIV>',
  '<!-- c -->',
  '<!--',
  '-->',
  '<pre>',
  '</pre>',
  '<script>',
  '</script>',
  '<?php',
  '?>',
  '<!DOCTYPE html>',
  '<![CDATA[',
  ']]>',
  '<custom-tag>',
  '</span>',
  '<a href="x">',
  '<span>text',
  // Unicode spaces where both parsers read a tag alike.
  '<a\u00a0b>',
  '<a b=c\u00a0d>',
  '<a b=\u2003c>',
  '<a b="\u00a0">',
  '| a | b |',
  '| --- | --- |',
  '|---|',
  'a | b',
  '--- | ---',
  ':-: | -:',
  '|',
  '| a \\| b |',
  '| x |',
  '[ref]: /url',
  '[ref]: /url "title"',
  "[ref]: <a b> 'title'",
  '[ref]: /url "title" junk',
  '[ref]: /url ""',
  '[ref]:',
  '[ref]: /url (',
  '"title"',
  ')',
  '[ ]: /url',
  '[x]: javascript:alert(1)',
  '[x]: &#106;avascript:x',
  '[x]: javascript&colon;x',
  '[x]: &nbsp;javascript:x',
  '[x]: data:image/png;base64,AA',
  '[x]: data:image/png&semi;x',
  '[x]: DATA:text/html,x',
  '[x]: \\javascript:x',
  '[x',
  'y]: /u',
  '[a\\]b]: /u',
  '1.',
  '2.',
  '-',
  '+ item',
  '10) x',
  '1. one',
  '\t# tab',
  '  \t  code',
  'a\tb',
);

const line = fc.tuple(prefix, content).map(([p, c]) => p + c);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
/** A document: lines joined with mixed line ends, sometimes with a final line end. */
const doc = fc.tuple(fc.array(fc.tuple(line, eol), { maxLength: 14 }), fc.boolean()).map(([ls, final]) => {
  const text = ls.map(([l, e]) => l + e).join('');
  return final ? text : text.replace(/(\r\n|\r|\n)$/, '');
});

/** Raw characters that matter to block structure, for shapes the line grammar does not make. */
const rawChar = fc.constantFrom(...' \t>-*+#`~|:=<![]()"\'\\/&;.a1\n\r'.split(''), '    ', '\n\n', '<div>', '<!--', '-->', '```', '~~~', '[a]: ', '1. ', '- ', '> ', '# ', '---', '===');
const raw = fc.array(rawChar, { maxLength: 80 }).map((a) => a.join(''));

/** Open tags made of parts that may or may not fit together, with ASCII and Unicode spaces. */
const spaces = (minLength: number) => fc.array(fc.constantFrom(' ', '\t', '\u00a0', '\u2003'), { minLength, maxLength: 2 }).map((a) => a.join(''));
const unquoted = fc.array(fc.constantFrom('c', '1', '/', '!', '\u00a0', '\u2003'), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const attribute = fc
  .tuple(spaces(1), fc.constantFrom('b', 'x-y', ':z', '1', ''), fc.option(fc.tuple(spaces(0), spaces(0), fc.oneof(unquoted, fc.constantFrom('"x\u00a0y"', "'\u2003'", '')))))
  .map(([before, name, value]) => before + name + (value ? `${value[0]}=${value[1]}${value[2]}` : ''));
const tagLine = fc
  .tuple(fc.array(attribute, { maxLength: 3 }), spaces(0), fc.constantFrom('>', '/>', '', '!'), spaces(0))
  .map(([attributes, before, end, after]) => '<a' + attributes.join('') + before + end + after);

describe(`markdown scanner agrees with markdown-it (fast-check, seed ${SEED}, ${params.numRuns} runs each)`, function () {
  this.timeout(600_000);

  it('on documents made of tricky lines', () => {
    fc.assert(fc.property(doc, agree), params);
  });

  it('on raw structural characters', () => {
    fc.assert(fc.property(raw, agree), params);
  });

  it('on every Markdown file in the repository', () => {
    const files = [
      ...listFiles(fixturesRoot, (n) => n.endsWith('.md')),
      ...listFiles(path.join(repoRoot, 'examples'), (n) => n.endsWith('.md')),
      ...['README.md', 'CHANGELOG.md', 'SECURITY.md'].map((f) => path.join(repoRoot, f)),
    ];
    assert.ok(files.length >= 10);
    for (const f of files) agree(fs.readFileSync(f, 'utf8'));
  });

  it('on deep nesting, where markdown-it stops at 100 levels', () => {
    agree('> '.repeat(120) + '# deep\n\n# after');
    agree('- '.repeat(60) + '# deep\n# after');
    agree(Array.from({ length: 60 }, (_, i) => '  '.repeat(i) + '- item\n').join('') + '# after');
  });

  it('on the edge cases written out', () => {
    for (const text of [
      '',
      '\n',
      '  ',
      'a\n  ',
      '# a\r\n==\r\nb\r---',
      'Title\n=====\n\nSub\n---',
      'para\n# heading',
      'para\n    # not code',
      '> quote\nlazy\n===',
      '> # in a quote\n- # in a list\n  ## still in it',
      '```\n# in a fence\n```\n# after',
      '    # indented code\n# heading',
      '<div>\n# in html\n\n# after',
      '<!--\n# in a comment\n-->\n# after',
      '| a |\n| - |\n| # b |\n# c',
      '[a]: /u\n===',
      '[a]: javascript:x\n===',
      '[a]:\n/u\n"t"\n---',
      '- a\n\n  # in item\n# out',
      '1. a\n2. b\n3) c',
      '* a\n+ b',
      '\t# tab\n  \t# mixed',
      '# nul \u0000 inside',
      // An escaped pipe is not a cell boundary: one column, so a table (not a setext heading).
      '| a \\| b |\n| - |\n===',
      // An empty title on the next line does not make the definition end at its destination.
      '[a]: /u\n"" x\n===',
      // Past 65,536 missing cells markdown-it ends the table; the rest is a paragraph.
      '| a | b |\n| - | - |\n' + 'x\n'.repeat(65_540) + '---',
    ]) {
      agree(text);
    }
  });

  it('on tag lines with Unicode spaces, where it finds an HTML block only where markdown-it does', () => {
    fc.assert(
      fc.property(tagLine, (text) => {
        const ours = scanMarkdown(text).html.length > 0;
        const theirs = reference(text).html.length > 0;
        // An unquoted attribute value ends at white space here, so the scanner can only find fewer
        // tags, and only on a line with a Unicode space.
        assert.ok(!ours || theirs, JSON.stringify(text));
        if (ours !== theirs) assert.match(text, /[\u00a0\u2003\u3000]/, JSON.stringify(text));
      }),
      params,
    );
  });

  it('differs where an unquoted value would hold a Unicode space, as it means to', () => {
    for (const text of ['<a b=\u00a0>', '<a b=x\u00a01>', '<a b=x\u00a0/y>']) {
      assert.deepEqual(reference(text).html, [[0, 1]], JSON.stringify(text));
      assert.deepEqual(scanMarkdown(text).html, [], JSON.stringify(text));
    }
  });
});

/** Every named character reference the entities package decodes, found by walking its tree. */
function namedReferences(): string[] {
  const names: string[] = [];
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (const stack = ['']; stack.length; ) {
    const prefix = stack.pop()!;
    for (const c of chars) {
      const name = prefix + c;
      if (decodeHTMLStrict(`&${name};`) !== `&${name};`) names.push(name);
      // A prefix of a longer name leaves the decoder waiting for more (-1).
      const decoder = new EntityDecoder(htmlDecodeTree, () => {});
      decoder.startEntity(DecodingMode.Strict);
      if (decoder.write(name, 0) === -1) stack.push(name);
    }
  }
  return names.sort();
}

/**
 * A link reference definition with each destination, each under `===`: a definition markdown-it
 * takes leaves the `===` a paragraph of its own, one it refuses makes its line a setext heading.
 * Which headings come back tells which definitions were refused.
 */
const definitions = (destinations: string[]) => destinations.map((d) => `[a]: ${d}\n===\n`).join('\n');
/** Whether a text holds an ASCII character or white space (`\s`). */
const asciiOrSpace = (text: string) => [...text].some((c) => c.charCodeAt(0) <= 0x7f || /\s/.test(c));

describe('markdown scanner as bundled, with four of markdown-it\'s dependencies replaced (esbuild.mjs)', function () {
  this.timeout(300_000);
  let bundled: typeof scanMarkdown;
  let inputs: string[];
  const names = namedReferences();

  before(async () => {
    const result = await esbuild.build({ entryPoints: [path.join(repoRoot, 'server/src/core/parse/markdown.ts')], absWorkingDir: repoRoot, bundle: true, write: false, platform: 'node', format: 'cjs', alias: aliases, metafile: true, logLevel: 'silent' });
    inputs = Object.keys(result.metafile.inputs);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-markdown-'));
    const file = path.join(dir, 'markdown.cjs');
    fs.writeFileSync(file, result.outputFiles[0]!.text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    bundled = (require(file) as { scanMarkdown: typeof scanMarkdown }).scanMarkdown;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the four packages out', () => {
    for (const name of Object.keys(aliases)) assert.ok(!inputs.some((i) => i.includes(`node_modules/${name}/`)), name);
    assert.ok(inputs.some((i) => i.includes('node_modules/markdown-it/')) && inputs.some((i) => i.includes('node_modules/mdurl/')));
  });

  it('decodes every named reference to ASCII or white space as entities does, and leaves the others', () => {
    assert.equal(names.length, 2125);
    for (const name of names) {
      const ref = `&${name};`;
      const decoded = decodeHTMLStrict(ref);
      assert.equal(decodeInBundle(ref), asciiOrSpace(decoded) ? decoded : ref, ref);
    }
    // A name that only starts like one is no reference in strict decoding.
    for (const ref of ['&ampx;', '&notx;', '&amp1;']) assert.equal(decodeInBundle(ref), decodeHTMLStrict(ref));
  });

  it('decodes numeric references of nine digits or more to ASCII or white space as entities does, and leaves the others', () => {
    const codePoints = [0, ...Array.from({ length: 128 }, (_, i) => i + 1), 0x80, 0x85, 0x9f, 0xa0, 0x1680, 0x2000, 0x200a, 0x200b, 0x2028, 0x202f, 0x205f, 0x3000, 0xd800, 0xfeff, 0xffff, 0x10ffff, 0x110000];
    for (const cp of codePoints) {
      for (const ref of [`&#${String(cp).padStart(9, '0')};`, `&#x${cp.toString(16).padStart(9, '0')};`, `&#X${cp.toString(16).toUpperCase().padStart(12, '0')};`]) {
        const decoded = decodeHTMLStrict(ref);
        assert.equal(decodeInBundle(ref), asciiOrSpace(decoded) ? decoded : ref, ref);
      }
    }
    assert.equal(decodeInBundle('&#99999999999999999999;'), '&#99999999999999999999;');
  });

  it('takes or refuses a link reference definition as markdown-it does, whatever named reference its destination holds', () => {
    const shapes = [
      (e: string) => `${e}javascript:x`,
      (e: string) => `${e}${e}data:image/png;x`,
      (e: string) => `java${e}script:x`,
      (e: string) => `javascript${e}x`,
      (e: string) => `javascript${e}:x`,
      (e: string) => `vbscript${e}x`,
      (e: string) => `fi${e}le:x`,
      (e: string) => `file${e}//x`,
      (e: string) => `data${e}image/png;x`,
      (e: string) => `data:${e}image/png;x`,
      (e: string) => `data:image${e}png;x`,
      (e: string) => `data:image/png${e}x`,
      (e: string) => `data:image/png;${e}`,
      (e: string) => `data:x${e}.image/png;x`,
      (e: string) => `http://${e}.example/javascript:x`,
      (e: string) => `//${e}/x`,
      (e: string) => `<${e}javascript:x>`,
    ];
    for (const shape of shapes) {
      const text = definitions(names.map((n) => shape(`&${n};`)));
      assert.deepEqual(bundled(text), reference(text), shape('&name;'));
    }
  });

  it('takes or refuses a link reference definition as markdown-it does, whatever numeric reference or host name its destination holds', () => {
    const refs = Array.from({ length: 0x80 }, (_, cp) => `&#${String(cp).padStart(10, '0')};`).concat(['&#x0000000003a;', '&#0000012288;', '&#0000000160;', '&#00000065279;']);
    const destinations = refs.flatMap((e) => [`${e}javascript:x`, `javascript${e}x`, `data:image${e}png;x`, `data${e}image/png;x`]);
    // Host names that Punycode would rewrite, which the bundle leaves as they are.
    destinations.push('http://\u00e9xample.org/', 'https://xn--.example/', 'mailto:\u00e9@\u00e9.example', '//\u00e9.example/x', 'data:\u00e9/png;x', 'data:&lsqb;image&rsqb;/png;x', 'data:&lbrack;image&rbrack;/png;x');
    const text = definitions(destinations);
    assert.deepEqual(bundled(text), reference(text));
  });

  it('parts from markdown-it only where the module says: a data: destination whose host name, over 255 characters, is dropped', () => {
    // With é decoded, the host name runs to the slash: too long, mdurl drops it and what is left
    // reads data:image/png;. Left as written, its semicolon ends the host name early.
    const host = (e: string) => [`${'a'.repeat(50)}${e}`, ...Array(4).fill('a'.repeat(60)), 'b'.repeat(63) + 'image'].join('.');
    const text = definitions([`data:${host('&eacute;')}/png;x`, `data:${host('\u00e9')}/png;x`]);
    const theirs = reference(text);
    const ours = bundled(text);
    assert.deepEqual(theirs.headings.map((h) => h.line), []);
    assert.deepEqual(ours.headings.map((h) => h.line), [0]);
  });

  it('agrees with markdown-it on generated documents and the repository\'s Markdown', () => {
    fc.assert(fc.property(fc.oneof(doc, raw), (text) => assert.deepEqual(bundled(text), reference(text))), { ...params, numRuns: RUNS * 4 });
    for (const f of [...listFiles(fixturesRoot, (n) => n.endsWith('.md')), path.join(repoRoot, 'README.md')]) {
      const text = fs.readFileSync(f, 'utf8');
      assert.deepEqual(bundled(text), reference(text), f);
    }
  });
});

describe('markdown-it\'s own regular expressions', function () {
  this.timeout(300_000);

  // They run over card text but are not in our sources, so the lint (eslint.config.mjs) does not
  // see them: the same two rules are run over them here, so that a new version that brings a
  // backtracking expression fails here rather than in the complexity test, or in an editor.
  it('are linear, but for the tag expression, which the scanner replaces (html_block) or never runs (inline)', async () => {
    const eslint = new ESLint({
      cwd: repoRoot,
      overrideConfigFile: true,
      overrideConfig: { plugins: { regexp }, linterOptions: { reportUnusedDisableDirectives: 'off' }, languageOptions: { ecmaVersion: 2022, sourceType: 'module' }, rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' } },
    });
    const files = [path.join(repoRoot, 'node_modules/markdown-it/dist/markdown-it.mjs'), ...['parse', 'encode', 'decode', 'format'].map((f) => path.join(repoRoot, `node_modules/mdurl/lib/${f}.mjs`))];
    const flagged = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const [result] = await eslint.lintText(text);
      for (const m of result!.messages) {
        assert.ok(m.ruleId?.startsWith('regexp/'), `${file}:${m.line} ${m.message}`);
        flagged.add(lines[m.line - 1]!.trim().slice(0, 60));
      }
    }
    for (const line of flagged) assert.match(line, /open_tag|HTML_OPEN_CLOSE_TAG_RE/, line);
    assert.ok(flagged.size > 0, 'the tag expression is found: the check still sees markdown-it\'s expressions');
  });
});


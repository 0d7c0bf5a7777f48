/**
 * The glob matcher of settings and `--include` (core/util/glob.ts), held to picomatch: a
 * differential property test on random patterns and paths over a small alphabet (fast-check,
 * fixed seed; FUZZ_RUNS runs longer), realistic patterns compared with picomatch as it is, and
 * each deliberate difference pinned with what picomatch 4.0.7 answers. Then the patterns that
 * hung the old regex matcher (and hang picomatch), the caps, and the syntax it refuses.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlob, compileGlobs, MAX_GLOB_ALTERNATIVES, MAX_GLOB_EXPANSION, MAX_GLOB_LENGTH, type Glob } from '../../server/src/core/util/glob';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

/**
 * The oracle: picomatch with `dot: true` (our choice, see glob.ts), `posix: true` so that `[!a]` is
 * negated as picomatch's own fix for micromatch/picomatch#187 does by default, and
 * `literalBrackets: false` so that `[ab]` is a class only (micromatch/picomatch#71).
 */
const ORACLE = { dot: true, posix: true, literalBrackets: false } as picomatch.PicomatchOptions;
const oracle = (pattern: string) => picomatch.makeRe(pattern, ORACLE);

function glob(pattern: string): Glob {
  const r = compileGlob(pattern);
  assert.ok(r.glob, `${pattern} should compile, but ${r.error}`);
  return r.glob;
}

function matching(pattern: string, paths: string[]): string[] {
  const g = glob(pattern);
  return paths.filter((p) => g.matches(p));
}

/** A pattern as a tree: tokens, and braces holding alternative sequences. */
type Node = string | Node[][];
const render = (seq: Node[]): string => seq.map((n) => (typeof n === 'string' ? n : `{${n.map(render).join(',')}}`)).join('');
/** The brace-free patterns a tree stands for, worked out from the tree, not by the matcher's parser. */
const expansions = (seq: Node[]): string[] =>
  seq.reduce<string[]>((acc, n) => (typeof n === 'string' ? acc.map((a) => a + n) : acc.flatMap((a) => n.flatMap(expansions).map((e) => a + e))), ['']);

/**
 * Brace-free patterns on which picomatch reads its own syntax as documented; the rest are the
 * deliberate differences pinned below: `**` next to other characters in a segment, a `/**` that
 * ends the pattern after a star, picomatch's fast path for `*.*`, and a `.` in a pattern that also
 * has a range or a POSIX class.
 */
function comparable(p: string): boolean {
  if (!p.split('/').every((s) => s === '**' || !s.includes('**'))) return false;
  if (/\*\/\*\*$/.test(p) || p === '*.*' || p === '**/*.*') return false;
  return !(/\{.\.\..\}|\[:/.test(p) && p.replace(/\{.\.\..\}/g, '').replace(/\[:[a-z]+:\]/g, '').includes('.'));
}

const token = fc.constantFrom('a', 'b', '.', '?', '*', '**', '/', '[ab]', '[^a]', '[!b]', '[a-b]', '[!.]', '[*]', '\\*', '\\a', '{a..b}', '[[:alpha:]]');
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ weight: 5, arbitrary: token as fc.Arbitrary<Node> }, { weight: 1, arbitrary: fc.array(tie('seq') as fc.Arbitrary<Node[]>, { minLength: 2, maxLength: 3 }) as fc.Arbitrary<Node> }),
  seq: fc.array(tie('node') as fc.Arbitrary<Node>, { minLength: 1, maxLength: 4 }),
})).seq as fc.Arbitrary<Node[]>;
const name = fc
  .array(fc.constantFrom('a', 'b', '.', '*'), { minLength: 1, maxLength: 4 })
  .map((a) => a.join(''))
  .filter((s) => s !== '.' && s !== '..');
const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((a) => a.join('/'));

const REALISTIC_PATTERNS = [
  'docs/**/*.md', '**/MODEL_CARD.md', 'models/*/README.md', '**/*.{md,markdown}', '{docs,models}/**/*card*.md', 'cards/[a-z]*.md',
  '**/model-card-v?.md', '.github/*.md', '**/*.md', 'docs/**', './docs/*.md', '*.md', '{*.md,x}', 'docs/*', '**/{MODEL,model}_card*.md',
  '**/cards/**', 'security/*.{yaml,yml}', '**/ai-security.*.yaml', 'docs/[!_]*.md', 'docs/[^_]*.md', 'v[0-9]/**/card.md', '**/*-card.md',
  'models/{llm,{vision,audio}}/*.md', 'docs/\\[draft\\].md', 'docs/**/**/x.md',
];
const REALISTIC_PATHS = [
  'README.md', 'docs', 'docs/a.md', 'docs/sub/b.md', 'docs/_draft.md', 'docs/[draft].md', 'docs/x.md', 'docs/a/b/x.md', 'models/llm/README.md',
  'models/llm/x/README.md', 'models/vision/a.md', 'models/audio/b.md', 'models/text/c.md', 'MODEL_CARD.md', 'x/MODEL_CARD.md', 'model_card_v2.md',
  'a/b/model_card.md', 'cards/abc.md', 'cards/Abc.md', 'cards/sub/x.md', '.github/x.md', '.github/sub/y.md', 'x', 'x.md', 'a.markdown', 'docs/a.MD',
  'model-card-v1.md', 'deep/a/b/model-card-v9.md', 'security/a.yaml', 'security/a.yml', 'security/sub/a.yaml', 'v1/card.md', 'v1/a/b/card.md',
  'vx/card.md', 'my-card.md', 'a/b/c/my-card.md', 'ai-security.prod.yaml', 'env/ai-security.dev.yaml', 'card.v2.md', 'x/card.v4.md',
];

describe('glob matcher', function () {
  this.timeout(300_000 + RUNS * 20);

  it('answers as picomatch does, on random patterns and paths (differential, braces expanded by the generator)', () => {
    let compared = 0;
    let generated = 0;
    fc.assert(
      fc.property(tree, fc.array(path, { minLength: 1, maxLength: 8 }), (t, paths) => {
        const pattern = render(t);
        const alternatives = expansions(t);
        if (!alternatives.every(comparable)) return;
        generated++;
        const r = compileGlob(pattern);
        if (!r.glob) return;
        compared++;
        const res = alternatives.map(oracle);
        for (const p of paths) {
          assert.equal(r.glob.matches(p), res.some((re) => re.test(p)), `${JSON.stringify(pattern)} on ${JSON.stringify(p)} (picomatch: ${alternatives.join(' | ')})`);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The rest are patterns that can never name a file inside a folder (`/a`, `a//b`, `./x/.`):
    // refused, see below. Most random patterns must be compared, or this test would prove little.
    assert.ok(compared >= generated * 0.6, `only ${compared} of ${generated} patterns compiled`);
  });

  it('answers as picomatch itself does on realistic patterns, its own braces included', () => {
    for (const pattern of REALISTIC_PATTERNS) {
      const re = oracle(pattern);
      assert.deepEqual(matching(pattern, REALISTIC_PATHS), REALISTIC_PATHS.filter((p) => re.test(p)), pattern);
    }
  });

  it('the bugs of the old matcher: {*.md,x} compiles, [ab] is a class, docs/** matches docs', () => {
    assert.deepEqual(matching('{*.md,x}', ['a.md', 'x', 'a.txt', 'd/a.md', 'xx']), ['a.md', 'x']);
    assert.deepEqual(matching('[ab].md', ['a.md', 'b.md', 'c.md', '[ab].md']), ['a.md', 'b.md']);
    assert.deepEqual(matching('docs/**', ['docs', 'docs/a.md', 'docs/a/b/c.md', 'docsx', 'x/docs', 'docs.md']), ['docs', 'docs/a.md', 'docs/a/b/c.md']);
    assert.deepEqual(matching('docs/**/*.md', ['docs/a.md', 'docs/a/b.md', 'docs', 'a.md']), ['docs/a.md', 'docs/a/b.md']);
  });

  it('dotfiles and dot-folders match like any name; case matters; ./ is dropped', () => {
    assert.deepEqual(matching('**/*.md', ['.github/x.md', 'a/.hidden.md', '.md', 'x.MD']), ['.github/x.md', 'a/.hidden.md', '.md']);
    assert.deepEqual(matching('*', ['.env', 'a', 'a/b']), ['.env', 'a']);
    assert.deepEqual(matching('./docs/*.md', ['docs/a.md', './docs/a.md']), ['docs/a.md']);
    assert.deepEqual(matching('Model_Card.md', ['Model_Card.md', 'model_card.md', 'MODEL_CARD.md']), ['Model_Card.md']);
  });

  it('classes: ranges, negation with ! or ^, POSIX names, escapes, ] first; never /', () => {
    assert.deepEqual(matching('v[0-9].md', ['v0.md', 'v9.md', 'va.md', 'v10.md']), ['v0.md', 'v9.md']);
    assert.deepEqual(matching('[!a]*', ['a1', 'b1', '.x']), ['b1', '.x']);
    assert.deepEqual(matching('[^a]*', ['a1', 'b1']), ['b1']);
    assert.deepEqual(matching('[[:upper:]][[:digit:]]', ['A1', 'a1', 'AA']), ['A1']);
    assert.deepEqual(matching('[]a]', [']', 'a', 'b']), [']', 'a']);
    assert.deepEqual(matching('[!]a]', [']', 'a', 'b']), ['b']);
    assert.deepEqual(matching('[\\]x]', [']', 'x', '\\']), [']', 'x']);
    assert.deepEqual(matching('a[!b]c', ['a/c', 'axc', 'abc']), ['axc']);
    assert.deepEqual(matching('a[+-0]c', ['a/c', 'a+c', 'a0c']), ['a+c', 'a0c']);
  });

  it('braces: nested, empty alternatives, ranges of one character as picomatch has them, literal without a comma', () => {
    assert.deepEqual(matching('a{,b}.md', ['a.md', 'ab.md', 'abb.md']), ['a.md', 'ab.md']);
    assert.deepEqual(matching('{a,{b,{c,d}}}', ['a', 'b', 'c', 'd', 'e']), ['a', 'b', 'c', 'd']);
    assert.deepEqual(matching('{docs/a,b/**}/x', ['docs/a/x', 'b/x', 'b/c/d/x', 'a/x']), ['docs/a/x', 'b/x', 'b/c/d/x']);
    assert.deepEqual(matching('v{1..3}', ['v1', 'v2', 'v3', 'v4']), ['v1', 'v2', 'v3']);
    assert.deepEqual(matching('v{c..a}', ['va', 'vb', 'vc', 'vd']), ['va', 'vb', 'vc']);
    assert.deepEqual(matching('{a}', ['a', '{a}']), ['{a}']);
    assert.deepEqual(matching('{}', ['{}']), ['{}']);
    assert.deepEqual(matching('a\\{b,c}', ['a{b,c}', 'ab']), ['a{b,c}']);
    for (const [pattern, path] of [['v{1..3}', 'v2'], ['v{c..a}', 'vb'], ['{a}', '{a}']] as const) assert.ok(oracle(pattern).test(path), `picomatch agrees on ${pattern}`);
  });

  describe('deliberate differences from picomatch 4.0.7 (its answer asserted too, so that an upgrade that changes it is noticed)', () => {
    const pm = (pattern: string, path: string, options: picomatch.PicomatchOptions = { dot: true }) => picomatch.makeRe(pattern, options).test(path);

    it('[!a] is a negated class (picomatch needs posix: true, micromatch/picomatch#187)', () => {
      assert.deepEqual(matching('[!a].md', ['a.md', 'b.md', '!.md']), ['b.md', '!.md']);
      assert.equal(pm('[!a].md', 'b.md'), false);
    });

    it('[ab] does not also match the name "[ab]" (micromatch/picomatch#71)', () => {
      assert.deepEqual(matching('[ab].md', ['[ab].md']), []);
      assert.equal(pm('[ab].md', '[ab].md'), true);
    });

    it('braces are expanded first, so a brace alternative can be a globstar of its own', () => {
      assert.deepEqual(matching('{a,**}/x', ['x', 'a/x', 'q/r/x']), ['x', 'a/x', 'q/r/x']);
      assert.equal(pm('{a,**}/x', 'x'), false);
      assert.deepEqual(matching('*{**,a}', ['b', 'b/c']), ['b'], '*** or *a');
      assert.equal(pm('*{**,a}', 'b/c'), true);
    });

    it('** beside other characters in a segment is a star, always (picomatch reads **.md as any depth)', () => {
      assert.deepEqual(matching('**.md', ['a.md', 'd/a.md']), ['a.md']);
      assert.equal(pm('**.md', 'd/a.md'), true);
      assert.deepEqual(matching('**a', ['xa', 'd/xa']), ['xa']);
      assert.equal(pm('**a', 'd/xa'), false);
    });

    it('x*/** matches what x* matches, as docs/** matches docs (picomatch needs the /)', () => {
      assert.deepEqual(matching('doc*/**', ['docs', 'docs/a.md', 'src/a.md']), ['docs', 'docs/a.md']);
      assert.equal(pm('doc*/**', 'docs'), false);
      assert.equal(pm('docs/**', 'docs'), true);
    });

    it('*.* matches a name that ends with the dot (picomatch\u2019s fast path for *.* wants a character after it)', () => {
      assert.deepEqual(matching('*.*', ['a.', 'a.b', 'ab']), ['a.', 'a.b']);
      assert.equal(pm('*.*', 'a.'), false);
      assert.equal(pm('x/*.*', 'x/a.'), true);
    });

    it('a . is a dot, even in a pattern with a range or a POSIX class (picomatch lets it match any character there)', () => {
      assert.deepEqual(matching('x.{a..b}', ['x.a', 'xxa']), ['x.a']);
      assert.equal(pm('x.{a..b}', 'xxa'), true);
      assert.deepEqual(matching('[[:alpha:]]x.md', ['ax.md', 'axxmd']), ['ax.md']);
      assert.equal(pm('[[:alpha:]]x.md', 'axxmd'), true);
    });

    it('***, and stars after /**/, are one star (picomatch lets a/**/*** match a)', () => {
      assert.deepEqual(matching('a/**/***', ['a', 'a/b', 'a/b/c']), ['a/b', 'a/b/c']);
      assert.equal(pm('a/**/***', 'a'), true);
    });

    it('a name may start with a line break under * and ** (picomatch\u2019s lookahead (?=.) and globstar . stop at it)', () => {
      assert.deepEqual(matching('*', ['\nb']), ['\nb']);
      assert.equal(pm('*', '\nb'), false);
      assert.deepEqual(matching('a/**', ['a/\n']), ['a/\n']);
      assert.equal(pm('a/**', 'a/\n'), false);
    });
  });

  it('refuses what it does not support, or what can never name a file in the folder, with a message', () => {
    const refused: [string, RegExp][] = [
      ['', /is empty/],
      ['./', /is empty/],
      ['{*.md', /\{ with no matching \}/],
      ['[ab', /\[ with no matching \]/],
      ['+(a|b).md', /extglob/],
      ['*(a)', /extglob/],
      ['?(a)', /extglob/],
      ['@(a)', /extglob/],
      ['x/!(a)', /extglob/],
      ['!(a)', /extglob/],
      ['!docs/**', /negated patterns are not supported/],
      ['(a|b).md', /has \(/],
      ['a|b', /has \|/],
      ['a)', /has \)/],
      ['"a*"', /quote/],
      ['a\\', /lone \\/],
      ['{1..10}', /range \{1\.\.10\}/],
      ['{a..}', /range/],
      ['{a..c,x}', /\.\. in a brace list/],
      ['[z-a]', /reversed range z-a/],
      ['[a/b]', /\/ in a class/],
      ['[[:alfa:]]', /unknown class \[:alfa:\]/],
      ['/docs/*.md', /starts with \//],
      ['{/a,b}', /starts with \//],
      ['docs//a.md', /empty segment/],
      ['docs/', /empty segment/],
      ['../docs/*.md', /\.\. segment/],
      ['docs/./a.md', /\. segment/],
      ['{,a}', /empty alternative/],
      ['x'.repeat(MAX_GLOB_LENGTH + 1), /longer than 1024 characters/],
      ['{a,b}'.repeat(9), /more than 256 alternatives/],
    ];
    for (const [pattern, message] of refused) {
      const r = compileGlob(pattern);
      assert.equal(r.glob, undefined, `${JSON.stringify(pattern)} should be refused`);
      assert.match(r.error!, message, JSON.stringify(pattern));
    }
    assert.deepEqual(compileGlobs(['*.md', '{x', 'docs/**']).errors, [{ pattern: '{x', error: compileGlob('{x').error }]);
    assert.equal(compileGlobs(['*.md', '{x', 'docs/**']).globs.length, 2);
    assert.equal(compileGlob(42 as unknown as string).error, 'is not a string');
  });

  it('never throws, whatever the pattern and the path', () => {
    const chars = fc.constantFrom(...'ab./*?[]{}!^,-:\\()|@+"\n'.split(''), '..', '[:alpha:]', '\u{1F600}');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), fc.array(chars, { maxLength: 20 }).map((a) => a.join('')), (pattern, path) => {
        const r = compileGlob(pattern);
        assert.ok((r.glob === undefined) !== (r.error === undefined));
        r.glob?.matches(path);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a path with ., .. or empty segments, or that is absolute, never matches', () => {
    const g = glob('**');
    assert.deepEqual(['a', 'a/b', '', '/a', 'a/', 'a//b', './a', 'a/../b', '..', '.'].filter((p) => g.matches(p)), ['a', 'a/b']);
  });

  describe('pathological patterns: answered, and in time that grows with the path, not with its power', () => {
    const stars = '*a*a*a*a*a*a*a*a*a*a*a*b';

    it(`${stars} against names of 40, 400 and 4,000 characters`, () => {
      const g = glob(stars);
      for (const n of [40, 400, 4000]) {
        assert.equal(g.matches('a'.repeat(n)), false);
        assert.equal(g.matches('a'.repeat(n) + 'b'), true);
        assert.equal(g.matches(`docs/${'a'.repeat(n)}b`), false, 'a star never crosses /');
        assert.equal(g.matches('ab'.repeat(n / 2)), true);
      }
    });

    it('**/**/**/**/**/x against a path of 2,000 segments', () => {
      const g = glob('**/**/**/**/**/x');
      const deep = Array.from({ length: 2000 }, (_, i) => `d${i}`).join('/');
      assert.equal(g.matches(deep), false);
      assert.equal(g.matches(`${deep}/x`), true);
      assert.equal(g.matches('x'), true);
      assert.equal(glob('**/a*/**/a*/**/a*/**/b').matches(Array.from({ length: 500 }, () => 'aa').join('/')), false);
    });

    it(`braces with 200 alternatives, and the cap of ${MAX_GLOB_ALTERNATIVES}`, () => {
      const g = glob(`**/card-{${Array.from({ length: 200 }, (_, i) => i).join(',')}}.md`);
      assert.equal(g.matches('x/card-199.md'), true);
      assert.equal(g.matches('card-0.md'), true);
      assert.equal(g.matches('x/card-200.md'), false);
      assert.ok(compileGlob(`{${Array.from({ length: MAX_GLOB_ALTERNATIVES }, (_, i) => i).join(',')}}`).glob);
      assert.match(compileGlob(`{${Array.from({ length: MAX_GLOB_ALTERNATIVES + 1 }, (_, i) => i).join(',')}}`).error!, /more than 256 alternatives/);
      assert.ok(compileGlob('{a,b}'.repeat(8)).glob, '2^8 = 256 alternatives are accepted');
    });

    it(`a pattern of the maximum length (${MAX_GLOB_LENGTH} characters), and braces that expand past ${MAX_GLOB_EXPANSION} characters`, () => {
      const longest = '*a'.repeat(MAX_GLOB_LENGTH / 2 - 1) + '*b';
      assert.equal(longest.length, MAX_GLOB_LENGTH);
      const g = glob(longest);
      assert.equal(g.matches('a'.repeat(4000)), false);
      assert.equal(g.matches('a'.repeat(4000) + 'b'), true);
      assert.equal(g.matches('a'.repeat(100) + 'b'), false, 'too short to hold 511 letters');
      const wide = '{a,b}'.repeat(8) + '*a'.repeat(40);
      assert.match(compileGlob(wide).error!, new RegExp(`more than ${MAX_GLOB_EXPANSION} characters`));
    });
  });
});

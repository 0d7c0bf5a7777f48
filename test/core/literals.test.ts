/**
 * The literal prefilter of the card checks' key sentences (`requiredLiterals`): an expression is
 * skipped on a text that holds none of its literals, so the literals must be in every text it
 * matches. Held three ways: by hand on the constructs it reads, on random text made of the pieces
 * that decide a match (fast-check, fixed seed), and on real cards' lines.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { BUNDLED_CORPUS, readCorpus } from '../../eval/cards';
import { CARD_SECTIONS } from '../../server/src/core/cards/sections';
import { foldedForLiterals, mayMatch, requiredLiterals } from '../../server/src/core/util/literals';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const params = { numRuns: RUNS, seed: 20261207 };
const EXPRESSIONS = CARD_SECTIONS.flatMap((s) => s.sentences);

/** Whether the prefilter lets the text through to the expression. */
const passes = (re: RegExp, text: string) => mayMatch(requiredLiterals(re), re.ignoreCase ? foldedForLiterals(text) : text);

describe('the literal prefilter of key sentences', () => {
  it('takes the best literal of each branch, and of a group every branch of which has one', () => {
    assert.deepEqual(requiredLiterals(/\bshould not be used\b/), ['should not be used']);
    assert.deepEqual(requiredLiterals(/\b(?:will|may|might) (?:potentially )?(?:impact|affect)\b/i), ['impact', 'affect']);
    assert.deepEqual(requiredLiterals(/out of scope|\bnot (?:intended|meant) for\b/i), ['out of scope', 'intended', 'meant']);
    // Longer literals filter better: "limitation" over "known", not "of".
    assert.deepEqual(requiredLiterals(/\bknown (?:[\w-]+ )?limitations? of\b/i), ['limitation']);
    // A repeated character is there once, and ends its literal: "colou?r" gives "colo".
    assert.deepEqual(requiredLiterals(/colou?r\b/), ['colo']);
    assert.deepEqual(requiredLiterals(/\bfo+dder\b/), ['dder']);
    // Escaped punctuation is itself; a code unit escape is its character.
    assert.deepEqual(requiredLiterals(/e\.g\. never/), ['e.g. never']);
    assert.deepEqual(requiredLiterals(/\u4e0d\u9002\u5408/), ['\u4e0d\u9002\u5408']);
    assert.deepEqual(requiredLiterals(/model\u2019s limits/i), ['model\u2019s limits']);
  });

  it('gives nothing where a branch has nothing sure: optional parts, classes, lookarounds, short words', () => {
    assert.equal(requiredLiterals(/\b(?:limitations?)?\d+%/), undefined);
    assert.equal(requiredLiterals(/[a-z]in\b|\bnot safe\b/), undefined);
    assert.equal(requiredLiterals(/(?<=limitations: )\w/), undefined);
    assert.equal(requiredLiterals(/(?=do not use)\w/), undefined);
    assert.equal(requiredLiterals(/\bis\b/), undefined);
    assert.equal(requiredLiterals(/(\w) \1 repeated|x/), undefined);
    assert.equal(requiredLiterals(/\p{Lu}\p{Ll}+\d/u), undefined);
    // "\u{1f917}" is a code point only with the u flag; without it the text is "u{1f917}", not read.
    assert.deepEqual(requiredLiterals(/\u{1f917} hub/u), ['\u{1f917} hub']);
    // "[^]" is any character and closes at once: what follows it is read ("xyz"), not taken into the class.
    assert.deepEqual(requiredLiterals(/[^]xyz|abcd/), ['xyz', 'abcd']);
    // eslint-disable-next-line prefer-regex-literals, regexp/no-useless-escape, regexp/strict -- the legacy reading is what is tested
    assert.equal(requiredLiterals(new RegExp('\\u{1f917}')), undefined);
  });

  it('compares case-insensitive expressions through upper case, so the letters they equate meet', () => {
    // The long s and the Kelvin sign match "s" and "k" under case folding; "\u1c80" matches "в".
    for (const [re, text] of [
      [/\bmisuse\b/iu, 'MI\u017fU\u017fE'],
      [/\bknown\b/iu, '\u212anown'],
      [/вред/i, '\u1c80ред'],
      [/вред/iu, '\u1c80ред'],
    ] as const) {
      assert.ok(re.test(text), `${re} on ${text}`);
      assert.ok(passes(re, text), `${re} prefiltered out ${text}`);
    }
    // A letter whose capital is two letters ends a literal ("stra\u00dfe" gives "stra"), and alone gives none.
    assert.deepEqual(requiredLiterals(/stra\u00dfe/iu), ['stra']);
    assert.equal(requiredLiterals(/\u00df/iu), undefined);
    assert.deepEqual(requiredLiterals(/stra\u00dfe/u), ['stra\u00dfe']);
  });

  it('never turns away a text an expression matches: random text from the pieces that decide it', () => {
    const pieces = ['should', 'SHOULD', 'not', ' ', '  ', '.', ',', 'be used', 'Be Used', 'for', 'limitation', 'Limitations', 'known', 'model\u2019s', "model's", 'mi\u017fu\u017fe', '\u212a', 'x', '7', '%', '\u4e0d', '\u9002\u5408', 'e.g.', '(', ')', '-', 'colour', 'color', '\u00df', 'SS', '\u1e9e'];
    const expressions = [
      /\bshould not be used for\b/i,
      /\b(?:known|main) limitations?\b|\bmodel['\u2019]s\b/i,
      /\bmisuse\b|\bknown\b/iu,
      /colou?r|\u4e0d\u9002\u5408/,
      /e\.g\.(?: )+\d+ ?%/,
      /stra\u00dfe|\u00df/iu,
      ...EXPRESSIONS.slice(0, 40),
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...expressions), (t, re) => {
        if (re.test(t)) assert.ok(passes(re, t), `${re} turned away ${JSON.stringify(t)}`);
      }),
      params,
    );
  });

  it('reads nearly every key-sentence expression, and never turns away a line of a real card one matches', () => {
    const read = EXPRESSIONS.filter((re) => requiredLiterals(re));
    // (The few without literals are all about numbers and table cells; they are run on every line.)
    assert.ok(read.length >= 0.95 * EXPRESSIONS.length, `${read.length} of ${EXPRESSIONS.length}`);
    // Every fortieth card of the corpus, every line and every expression.
    const cards = readCorpus(BUNDLED_CORPUS).cards.sort((a, b) => (a.slug < b.slug ? -1 : 1)).filter((_, i) => i % 40 === 0);
    let matched = 0;
    for (const { slug, file } of cards) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        const folded = foldedForLiterals(line);
        for (const re of read) {
          if (!re.test(line)) continue;
          matched++;
          assert.ok(mayMatch(requiredLiterals(re), re.ignoreCase ? folded : line), `${re.source.slice(0, 80)} turned away a line of ${slug}: ${line.slice(0, 120)}`);
        }
      }
    }
    assert.ok(matched > 150, `only ${matched} matches`);
  });
});

/**
 * Regular expressions rewritten to run in linear time, held to the ones they replaced: the old
 * expression is the reference, on random text made of the pieces that decide a match (fast-check,
 * fixed seed). That the new ones are linear is checked in complexity.test.ts.
 */
/* eslint-disable regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- the old expressions are the reference here, on texts of a few pieces */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { waiversIn, withoutComments } from '../../server/src/core/parse/model-card';
import { withoutQueryOrFragment } from '../../server/src/core/util/workspace-path';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const params = { numRuns: RUNS, seed: 20261127 };
const text = (...pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));

describe('linear rewrites of regular expressions, against the ones they replaced', () => {
  it('waiver comments on a line of a card', () => {
    const before = (line: string) =>
      [...line.matchAll(/<!--\s*ai-security-ignore\b\s*([^\s:>-][^\s:>]*)?\s*(?::\s*([\s\S]*?))?\s*-->/g)].map((m) => ({ at: m.index, length: m[0].length, code: (m[1] ?? '').trim(), reason: m[2]?.trim() || undefined }));
    const line = text('<!--', '-->', ' ', '  ', '\t', '\u00a0', 'ai-security-ignore', 'ai-security-ignorex', '8.1.1', ':', '-', '->', '>', 'x', 'why not');
    fc.assert(fc.property(line, (l) => assert.deepEqual(waiversIn(l), before(l), JSON.stringify(l))), params);
    // Two on a line, one without a reason, one that is no waiver, and a reason holding `->`.
    const l = '<!-- ai-security-ignore 8.1.1: no model --> text <!-- ai-security-ignore 9.2.1 --> <!-- note --> <!--ai-security-ignore:a -> b --->';
    assert.deepEqual(waiversIn(l), before(l));
    assert.deepEqual(waiversIn(l).map((w) => [w.code, w.reason]), [['8.1.1', 'no model'], ['9.2.1', undefined], ['', 'a -> b -']]);
  });

  it('HTML comments taken out, within a line and across lines', () => {
    const t = text('<!--', '-->', '<!-->', '--', '-', '>', 'a', ' ', '\n', '\r', '\u2028', 'TODO', '<!', '!--');
    fc.assert(
      fc.property(t, (s) => {
        assert.equal(withoutComments(s, true), s.replace(/<!--[\s\S]*?-->/g, ''), JSON.stringify(s));
        assert.equal(withoutComments(s, false), s.replace(/<!--.*?-->/g, ''), JSON.stringify(s));
      }),
      params,
    );
  });

  it('a path without its query or fragment (only on its last line, as `.` reads)', () => {
    const t = text('#', '?', 'a', '/', 'docs/x.md', ' ', '\n', '\r', '\u2028');
    fc.assert(fc.property(t, (s) => assert.equal(withoutQueryOrFragment(s), s.replace(/[#?].*$/, ''), JSON.stringify(s))), params);
  });
});

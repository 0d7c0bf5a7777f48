/**
 * The language status item's text. VS Code's hover puts an item's text, its detail and its
 * command's link ("Show coverage report") on one line that does not wrap: together they must fit
 * a narrow window, or the link is off-screen.
 */
import * as assert from 'node:assert/strict';
import { coverageStatus, NOT_A_MANIFEST, type StatusText } from '../../client/src/status-text';
import type { Coverage } from '../../server/src/core/types';

/** What the hover shows of text and detail, in characters: a codicon `$(shield)` is one glyph. */
const shown = (t: StatusText) => `${t.text.replace(/\$\([a-z-]+\)/g, '#')}  ${t.detail}`.length;

/**
 * At about 7 pixels a character, 56 of them and the link's 20 fit a window 600 pixels wide, with
 * the hover's margins. The text it had before ("60/65 provisions addressed", "requirements
 * 38/42, recommendations 22/23, 1 upcoming") was 86.
 */
const MAX = 56;

const cov = (addressed: number, applicable: number, shall: [number, number], should: [number, number], upcoming: number): Coverage => ({
  addressed,
  applicable,
  upcoming,
  byVerb: { shall: { addressed: shall[0], applicable: shall[1] }, should: { addressed: should[0], applicable: should[1] } },
});

describe('the language status item', () => {
  it('says the coverage in a few words, the numbers the same as the server\u2019s', () => {
    const t = coverageStatus(cov(60, 65, [38, 42], [22, 23], 1));
    assert.equal(t.text, '$(shield) 60/65 addressed');
    assert.equal(t.detail, 'shall 38/42 \u00b7 should 22/23 \u00b7 1 later');
    assert.equal(t.spoken, '60 of 65 applicable provisions addressed: requirements 38 of 42, recommendations 22 of 23; 1 more apply at a later lifecycle stage');
    assert.ok(t.warning, 'requirements are missing');
    assert.ok(!coverageStatus(cov(72, 72, [42, 42], [30, 30], 0)).warning);
  });

  it('fits a narrow window with its link, whatever the numbers', () => {
    for (const t of [coverageStatus(cov(60, 65, [38, 42], [22, 23], 1)), coverageStatus(cov(72, 72, [42, 42], [30, 30], 72)), coverageStatus(cov(0, 72, [0, 42], [0, 30], 0)), NOT_A_MANIFEST]) {
      assert.ok(shown(t) <= MAX, `${shown(t)} characters: ${t.text} ${t.detail}`);
    }
  });

});

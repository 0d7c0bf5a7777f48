/** Keys under `provisions:` must be numbers the Code has. */
import { catalogue, provision } from '../catalogue/index';
import { get } from '../parse/yaml';
import { suggestProvision } from '../util/suggest';
import type { ManifestRule } from './rule';

/** How many unknown numbers in one manifest get a "did you mean". */
export const MAX_SUGGESTIONS = 100;

export const provisionKeysRule: ManifestRule = {
  id: 'provision-keys',
  codes: [{ code: 'unknown-provision', severity: 'error', summary: 'A provision number the Code does not have (with the nearest real number).' }],
  check(ctx) {
    const node = get(ctx.root, 'provisions');
    if (node?.kind !== 'map') return;
    const ids = catalogue().provisions.map((p) => p.id);
    let suggested = 0;
    for (const e of node.entries) {
      const key = e.key.trim();
      if (provision(key)) continue;
      // A typo gets its nearest number; a file with hundreds of unknown numbers is not a typo,
      // and searching for each would be most of its analysis.
      const guess = suggested++ < MAX_SUGGESTIONS ? suggestProvision(key, ids) : undefined;
      // A suggestion that already has an entry is named but not offered as a fix: renaming onto
      // it would make a duplicate key, so the two entries need merging by hand.
      const taken = guess !== undefined && ctx.entries.has(guess);
      const hint = guess
        ? ` Did you mean ${guess} (${provision(guess)!.title})?${taken ? ` It already has an entry: merge the two.` : ''}`
        : ' Provision numbers run from 1.1 to 13.2 as the Code prints them.';
      ctx.report({
        code: 'unknown-provision',
        severity: 'error',
        message: `The Code has no provision ${key}.${hint}`,
        at: e.keyRange,
        data: guess && !taken ? { kind: 'unknown-provision', path: ['provisions', e.key], suggestion: guess } : { kind: 'unknown-provision', path: ['provisions', e.key] },
      });
    }
  },
};

/** Keys under `provisions:` must be numbers the Code has. */
import { catalogue, provision } from '../catalogue/index';
import { get } from '../parse/yaml';
import { suggestProvision } from '../util/suggest';
import type { ManifestRule } from './rule';

export const provisionKeysRule: ManifestRule = {
  id: 'provision-keys',
  codes: [{ code: 'unknown-provision', severity: 'error', summary: 'A provision number the Code does not have (with the nearest real number).' }],
  check(ctx) {
    const node = get(ctx.root, 'provisions');
    if (node?.kind !== 'map') return;
    // Suggest only numbers that have no entry yet: renaming onto one would make a duplicate.
    const ids = catalogue().provisions.map((p) => p.id).filter((id) => !ctx.entries.has(id));
    for (const e of node.entries) {
      const key = e.key.trim();
      if (provision(key)) continue;
      const guess = suggestProvision(key, ids);
      const hint = guess ? ` Did you mean ${guess} (${provision(guess)!.title})?` : ' Provision numbers run from 1.1 to 13.2 as the Code prints them.';
      ctx.report({
        code: 'unknown-provision',
        severity: 'error',
        message: `The Code has no provision ${key}.${hint}`,
        at: e.keyRange,
        data: guess ? { kind: 'unknown-provision', path: ['provisions', e.key], suggestion: guess } : { kind: 'unknown-provision', path: ['provisions', e.key] },
      });
    }
  },
};

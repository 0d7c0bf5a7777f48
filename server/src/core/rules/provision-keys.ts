/** Keys under `provisions:` must be numbers the Code has. */
import { catalogue, provision } from '../catalogue/index';
import { entry, get } from '../parse/yaml';
import { replace } from '../model/edits';
import { nodeAt } from '../model/paths';
import { suggestProvision } from '../util/suggest';
import { collect } from './fix-kit';
import type { ManifestFixes, ManifestRule } from './rule';

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
      const asNumber = e.keyQuoted ? undefined : readAsNumber(key);
      ctx.report({
        code: 'unknown-provision',
        severity: 'error',
        message: `The Code has no provision ${key}.${asNumber ? ` Unquoted, YAML reads it as the number ${asNumber}, and tools that read the value (a JSON Schema, Red Hat\u2019s YAML extension) take it for provision ${asNumber}.` : ''}${hint}`,
        at: e.keyRange,
        data: guess && !taken ? { kind: 'unknown-provision', path: ['provisions', e.key], suggestion: guess } : { kind: 'unknown-provision', path: ['provisions', e.key] },
      });
    }
  },
};

/**
 * The provision an unquoted key is to YAML, where that is another number than its text: `4.10`
 * is the number 4.1, `06.4` is 6.4. This tool reads a key's text, so it reports 4.10 as no
 * provision; a JSON Schema validator sees only the number and takes it for 4.1 without a word,
 * so the finding says so. Undefined for keys YAML reads as written.
 */
export function readAsNumber(key: string): string | undefined {
  if (!/^[0-9]+\.[0-9]+$/.test(key)) return undefined;
  const n = String(Number(key));
  return n !== key && provision(n) ? n : undefined;
}

export const provisionKeysFixes = {
  // Also for policy.severity keys that name no provision: the same rename, under another mapping.
  'unknown-provision': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const key = data.path?.[data.path.length - 1];
    const suggestion = data.suggestion;
    if (typeof key !== 'string' || !suggestion) return fixes;
    const e = entry(nodeAt(ctx.root, data.path!.slice(0, -1)), key);
    if (!e) return fixes;
    add(`Change to ${suggestion} (${provision(suggestion)?.title ?? ''})`, [replace(ctx, e.keyRange, `"${suggestion}"`)], true);
    return fixes;
  },
} satisfies ManifestFixes;

/**
 * `policy.severity` keys must be a modal verb, a provision number or a rule ID. The rule IDs are
 * the analysis's own (`ctx.ruleCodes`), handed over by the engine from the rules it runs.
 */
import { catalogue, provision } from '../catalogue/index';
import { get } from '../parse/yaml';
import { suggest, suggestProvision } from '../util/suggest';
import type { ManifestRule } from './rule';

export const policyRule: ManifestRule = {
  id: 'policy',
  codes: [],
  check(ctx) {
    const sev = get(get(ctx.root, 'policy'), 'severity');
    if (sev?.kind !== 'map') return;
    const ids = catalogue().provisions.map((p) => p.id);
    for (const e of sev.entries) {
      const key = e.key.trim();
      if (key === 'shall' || key === 'should' || provision(key) || ctx.ruleCodes.includes(key)) continue;
      const looksNumeric = /^\d/.test(key);
      const guess = looksNumeric ? suggestProvision(key, ids) : suggest(key, ['shall', 'should', ...ctx.ruleCodes]);
      ctx.report({
        code: looksNumeric ? 'unknown-provision' : 'unknown-field',
        severity: looksNumeric ? 'error' : 'warning',
        message: looksNumeric
          ? `policy.severity names provision ${key}, which the Code does not have.${guess ? ` Did you mean ${guess}?` : ''}`
          : `policy.severity key "${key}" is not shall, should, a provision number or a rule ID.${guess ? ` Did you mean "${guess}"?` : ''}`,
        at: e.keyRange,
        data: guess ? { kind: looksNumeric ? 'unknown-provision' : 'unknown-field', path: ['policy', 'severity', e.key], suggestion: guess } : { kind: looksNumeric ? 'unknown-provision' : 'unknown-field', path: ['policy', 'severity', e.key] },
      });
    }
  },
};

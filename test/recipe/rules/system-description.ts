/**
 * The README's recipe example (Development → Adding a check): a rule as it would be written in
 * server/src/core/rules/, kept here so that the suite compiles it, lints it and runs it
 * (test/recipe.test.ts). It is not one of the product's rules.
 */
import { entry, get } from '../../../server/src/core/parse/yaml';
import type { ManifestRule } from '../../../server/src/core/rules/rule';

export const systemDescriptionRule: ManifestRule = {
  id: 'system-description',
  codes: [{ code: 'missing-description', severity: 'information', summary: 'The system does not say in a sentence what it does.' }],
  check(ctx) {
    const system = entry(ctx.root, 'system');
    if (system?.value.kind !== 'map' || get(system.value, 'description')) return;
    ctx.report({
      code: 'missing-description',
      severity: 'information',
      message: 'The system has no "description". Say in a sentence what it does, for those who review this manifest.',
      at: system.keyRange,
      // An existing kind of data, so the shape rule's fix ("Add description") serves it as well.
      data: { kind: 'missing-field', path: ['system'], missing: ['description'] },
    });
  },
};

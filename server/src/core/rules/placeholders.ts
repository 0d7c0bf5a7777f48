/**
 * Placeholders the tool wrote and the user has not replaced: a quick fix's "Explain the decision
 * in a sentence." or `owner@example.org` fills in the field its finding asked for, and would
 * otherwise pass for the claim it stands in for. A value is one when it is exactly a text of the
 * shared table (util/placeholders.ts), the table the fixes and the starter manifest write from.
 */
import type { YNode } from '../parse/yaml';
import { placeholderMessage, placeholderOf } from '../placeholders';
import type { ManifestContext } from '../model/manifest';
import type { ManifestRule } from './rule';

export const UNCHANGED_PLACEHOLDER = { code: 'unchanged-placeholder', severity: 'warning', summary: 'Placeholder text a quick fix or Create manifest wrote ("Explain the decision in a sentence.", owner@example.org, …), not yet replaced.' } as const;

export const placeholdersRule: ManifestRule = {
  id: 'placeholders',
  codes: [UNCHANGED_PLACEHOLDER],
  check(ctx) {
    // Aliases share nodes: each is reported once, where it is written. One path, pushed and
    // popped, copied only for a finding: most manifests have none.
    const seen = new Set<YNode>();
    const path: (string | number)[] = [];
    const walk = (node: YNode | undefined): void => {
      if (!node || seen.has(node)) return;
      seen.add(node);
      if (node.kind === 'scalar') return report(ctx, node, path);
      if (node.kind === 'map') {
        for (const e of node.entries) {
          if (e.merged) continue;
          path.push(e.key);
          walk(e.value);
          path.pop();
        }
      } else {
        node.items.forEach((item, i) => {
          path.push(i);
          walk(item);
          path.pop();
        });
      }
    };
    walk(ctx.root);
  },
};

function report(ctx: ManifestContext, node: Extract<YNode, { kind: 'scalar' }>, path: (string | number)[]): void {
  const p = placeholderOf(node.value);
  if (!p) return;
  // The range of the text itself, inside its quotes when it has them.
  const inside = ctx.text.indexOf(p.text, node.range[0]);
  const at: [number, number] = inside >= 0 && inside + p.text.length <= node.range[1] ? [inside, inside + p.text.length] : node.range;
  ctx.report({
    code: UNCHANGED_PLACEHOLDER.code,
    severity: UNCHANGED_PLACEHOLDER.severity,
    message: placeholderMessage(p.text, p.write),
    at,
    data: { kind: 'unchanged-placeholder', path: [...path] },
  });
}

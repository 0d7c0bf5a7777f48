/** The manifest's digest of a model against the card: the card must publish the same one. */
import { sectionsServing } from '../model/card';
import type { CardRule } from './rule';

export const cardHashRule: CardRule = {
  id: 'card-hash',
  // hash-mismatch is the manifest references rule's code: the same gap, seen from the card.
  codes: [],
  check(ctx) {
    for (const link of ctx.links) {
      if (link.sha256 && !ctx.card.digests.has(link.sha256)) {
        // Pointed at the hashes section (8.1.2's) when there is one, written or not.
        const key = sectionsServing('8.1.2')[0]!;
        const hashes = ctx.present.get(key) ?? ctx.card.firstHeading.get(key);
        ctx.report({
          code: 'hash-mismatch',
          severity: 'error',
          message: `${link.manifest} gives ${link.assetId ?? 'this model'} the sha256 ${link.sha256.slice(0, 12)}…, which this card does not list. Publish the same digest in both places.`,
          at: hashes ? hashes.range : ctx.anchor,
          data: { kind: 'hash-mismatch', sha256: link.sha256, manifest: link.manifest },
        });
      }
    }
  },
};

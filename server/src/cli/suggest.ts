/**
 * "Did you mean …?" for a misspelt command or option, as git does: the nearest known name by
 * Damerau-Levenshtein distance (the core's optimal-string-alignment distance, so that `chekc` is
 * one edit from `check`), offered when it is at most 2 edits away and no other name is as near.
 */
import { editDistance } from '../core/util/suggest';

/** The one known name within 2 edits of `typed` that is nearer than every other, if there is one. */
export function nearest(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const name of known) {
    const dist = editDistance(typed, name, 2);
    if (dist < bestDistance) {
      best = name;
      bestDistance = dist;
      tie = false;
    } else if (dist === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}

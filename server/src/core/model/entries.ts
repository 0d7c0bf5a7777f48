/** What a provision entry carries, as the entries rule, its fixes and the provision states read it. */
import { get, str, strings, type YNode } from '../parse/yaml';
import type { Status } from '../schema';

/** The fields each status needs besides the status (evidence and justification are checked on their own). */
export const STATUS_NEEDS: Record<Status, string[]> = {
  implemented: [],
  partial: ['notes', 'due'],
  planned: ['owner', 'due'],
  'not-applicable': [],
  'risk-accepted': ['approvedBy', 'expires'],
};

/** Whether an entry names evidence (what `implemented` needs to count as addressed). */
export function hasEvidence(node: YNode): boolean {
  return strings(get(node, 'evidence')).length > 0;
}

/** Whether an entry has a justification of a sentence (three words or more). */
export function hasJustification(node: YNode): boolean {
  return justificationWords(node) >= 3;
}

/** How many words an entry's justification has (0 when it has none). */
export function justificationWords(node: YNode): number {
  return str(get(node, 'justification'))?.trim().split(/\s+/).filter(Boolean).length ?? 0;
}

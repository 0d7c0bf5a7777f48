/** What the human-readable renderers share: wording of states and counts, and link targets. */
import { provision, verbMeaning, verbText as provisionVerbText } from '../catalogue/index';
import { oneLine, webHref } from '../util/escape';
import { percent, type Counts, type EvidenceRef, type ProvisionRow, type Waiver } from './model';

export interface RenderOptions {
  /**
   * The link target of a workspace-relative path. By default the path itself (percent-encoded),
   * which suits a report written at the workspace root; the CLI makes links relative to where
   * the report is written, the editor makes file URIs.
   */
  fileHref?: (path: string) => string;
}

export const STATE_LABEL: Record<ProvisionRow['state'], string> = {
  addressed: 'addressed',
  open: 'open',
  expired: 'waiver expired',
  missing: 'missing',
};

/** "38 of 42 (90 %)", or "none apply". */
export function countText(c: Counts): string {
  const pct = percent(c);
  return pct === undefined ? 'none apply' : `${c.addressed} of ${c.applicable} (${pct} %)`;
}

/** "4/4", or "–" when none apply. */
export function shortCount(c: Counts): string {
  return c.applicable === 0 ? '\u2013' : `${c.addressed}/${c.applicable}`;
}

export function verbText(modal: 'shall' | 'should'): string {
  return `${verbMeaning[modal]} (${modal})`;
}

/** A row's verb in words: each sentence's, where the Code mixes shall and should (2.7, 3.1, 3.2, 8.1). */
export function rowVerbText(r: { id: string; modal: 'shall' | 'should' }): string {
  const p = provision(r.id);
  return p ? provisionVerbText(p) : verbText(r.modal);
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The entry's status with what it amounts to: "implemented", "planned, overdue", "none (met by the inventory)". */
export function statusText(r: ProvisionRow): string {
  if (r.metByInventory) return r.state === 'addressed' ? 'met by the asset inventory' : 'no entry; the asset inventory does not meet it';
  if (r.status === undefined) return 'no entry';
  const notes: string[] = [];
  if (r.overdue) notes.push('overdue');
  if (r.state === 'expired') notes.push('expired');
  if (r.state === 'missing') notes.push('does not count: see its findings');
  return notes.length ? `${r.status} (${notes.join(', ')})` : r.status;
}

/** "expires 2027-03-31, 126 days left" / "expired on 2026-01-01, 30 days ago". */
export function waiverTimeText(w: Waiver): string {
  if (!w.expires) return 'no expiry date';
  if (w.daysLeft === undefined) return `expires ${w.expires}`;
  if (w.expired) return `expired on ${w.expires}, ${-w.daysLeft} day${w.daysLeft === -1 ? '' : 's'} ago`;
  return `expires ${w.expires}, ${w.daysLeft === 0 ? 'today' : `${w.daysLeft} day${w.daysLeft === 1 ? '' : 's'} left`}`;
}

/** The dates and people of an entry, as "owner x · due d · reviewed d · approved by y". */
export function entryFacts(r: ProvisionRow): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (r.owner) out.push({ label: 'owner', value: r.owner });
  if (r.due) out.push({ label: 'due', value: r.due });
  if (r.reviewed) out.push({ label: 'reviewed', value: r.reviewed });
  if (r.approvedBy) out.push({ label: 'approved by', value: r.approvedBy });
  if (r.expires) out.push({ label: 'expires', value: r.expires });
  return out;
}

export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Where a piece of evidence links to, or undefined when it cannot be linked: a well-formed https
 * or http URL (normalised), or a workspace file; never another scheme.
 */
export function evidenceHref(e: EvidenceRef, options: RenderOptions): string | undefined {
  if (e.kind === 'url') return webHref(e.url);
  if (e.kind === 'unusable') return undefined;
  const base = (options.fileHref ?? encodePath)(e.path);
  return e.fragment ? `${base}#${encodeURIComponent(e.fragment)}` : base;
}

/** Why a piece of evidence is shown without a link. */
export function notLinkedReason(e: EvidenceRef): string {
  return e.kind === 'unusable' ? e.reason : 'it is not a well-formed URL';
}

export function fileHref(path: string, options: RenderOptions): string {
  return (options.fileHref ?? encodePath)(path);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export { oneLine };

/**
 * Each provision entry against its status: what the status needs (evidence, justification,
 * owner and due date, approver and expiry), whether a waiver has expired or a plan is overdue,
 * and whether a review is stale. Open work (planned, partial) shows as information until due.
 */
import { provision } from '../catalogue/index';
import { entry, get, present, str } from '../parse/yaml';
import { asDate, daysBetween } from '../util/dates';
import { hasEvidence, justificationWords, STATUS_NEEDS } from '../model/entries';
import type { EntryInfo, ManifestContext } from '../model/manifest';
import { nodeAt } from '../model/paths';
import { addFields, collect } from './fix-kit';
import type { ManifestFixes, ManifestRule } from './rule';
import { PROVISION_ONLY_FIELDS } from '../schema';

export const entriesRule: ManifestRule = {
  id: 'entries',
  codes: [
    { code: 'missing-evidence', severity: 'error', summary: 'An implemented provision with no evidence.' },
    { code: 'missing-justification', severity: 'error', summary: 'A not-applicable or risk-accepted provision without a sentence of justification.' },
    { code: 'waiver-expired', severity: 'error', summary: 'A risk-accepted provision whose expiry date has passed.' },
    { code: 'overdue', severity: 'warning', summary: 'A planned or partial provision whose due date has passed.' },
    { code: 'stale-review', severity: 'warning', summary: 'A review older than policy.maxReviewAgeDays (default 365).' },
  ],
  check(ctx) {
    for (const info of ctx.entries.values()) checkEntry(ctx, info);
  },
};

/** Fields that belong to one provision's entry, written on another's. */
function checkMisplaced(ctx: ManifestContext, info: EntryInfo, base: (string | number)[]): void {
  if (info.node.kind !== 'map') return;
  for (const e of info.node.entries) {
    const owners = PROVISION_ONLY_FIELDS.get(e.key);
    if (!owners || owners.includes(info.id)) continue;
    ctx.report({
      code: 'unknown-field',
      severity: 'warning',
      message: `"${e.key}" belongs to the entry for ${owners.join(' or ')}, not ${info.id}. Move it there or remove it.`,
      at: e.keyRange,
      data: { kind: 'misplaced-field', path: [...base, e.key], provision: owners[0] },
    });
  }
}

function checkEntry(ctx: ManifestContext, info: EntryInfo): void {
  const { id, node, status } = info;
  if (node.kind !== 'map') return;
  const base = ['provisions', info.entry.key];
  checkMisplaced(ctx, info, base);
  if (!status) return;
  const p = provision(id)!;
  const keyAt = info.entry.keyRange;

  const missing = STATUS_NEEDS[status].filter((f) => !present(get(node, f)));
  if (missing.length > 0) {
    ctx.report({
      code: 'missing-field',
      severity: 'error',
      message: `${id} is ${status} but has no ${missing.map((m) => `"${m}"`).join(' or ')}. A ${status} entry needs ${STATUS_NEEDS[status].join(' and ')}.`,
      at: keyAt,
      data: { kind: 'missing-field', path: base, missing, provision: id },
    });
  }

  if (status === 'implemented' && !hasEvidence(node)) {
    ctx.report({
      code: 'missing-evidence',
      severity: 'error',
      message: `${id} is marked implemented but names no evidence. Add evidence: a workspace path or https URL that shows it.`,
      at: keyAt,
      data: { kind: 'missing-evidence', path: base, provision: id },
    });
  }

  if (status === 'not-applicable' || status === 'risk-accepted') {
    const j = str(get(node, 'justification'));
    const words = justificationWords(node);
    if (words < 3) {
      const jEntry = entry(node, 'justification');
      ctx.report({
        code: 'missing-justification',
        severity: 'error',
        message:
          words === 0
            ? `${id} is ${status} without a justification. Say in a sentence why${status === 'not-applicable' ? ' it does not apply to this system' : ' the risk is accepted'}.`
            : `The justification for ${id} is too short to review ("${j!.trim()}"). Write a sentence that explains the decision.`,
      at: jEntry && words > 0 ? jEntry.value.range : keyAt,
        data: { kind: 'missing-justification', path: base, provision: id },
      });
    }
  }

  if (ctx.today === undefined) return;
  const today = ctx.today;

  if (status === 'risk-accepted') {
    const expires = asDate(str(get(node, 'expires')));
    if (expires && expires < today) {
      ctx.report({
        code: 'waiver-expired',
        severity: 'error',
        message: `The accepted risk on ${id} expired on ${expires}. Review it: renew the waiver with a new expiry, or address the provision.`,
        at: entry(node, 'expires')!.value.range,
        data: { kind: 'waiver-expired', path: [...base, 'expires'], provision: id },
      });
    }
  }

  if (status === 'planned' || status === 'partial') {
    const due = asDate(str(get(node, 'due')));
    if (due && due < today) {
      ctx.report({
        code: 'overdue',
        severity: 'warning',
        message: `${id} was due on ${due} and is still ${status}. Finish it and mark it implemented, or agree a new due date.`,
        at: entry(node, 'due')!.value.range,
        data: { kind: 'overdue', path: [...base, 'due'], provision: id },
      });
    } else {
      const verb = p.modal === 'shall' ? 'requirement' : 'recommendation';
      ctx.report({
        code: id,
        severity: 'information',
        message: `${id} ${p.title} (${verb}) is ${status}${due ? `, due ${due}` : ''}; it counts as not yet addressed.`,
        at: keyAt,
        data: { kind: 'open', path: base, provision: id },
      });
    }
  }

  const reviewed = asDate(str(get(node, 'reviewed')));
  if (reviewed) {
    const age = daysBetween(reviewed, today);
    if (age > ctx.maxReviewAgeDays) {
      ctx.report({
        code: 'stale-review',
        severity: 'warning',
        message: `${id} was last reviewed on ${reviewed}, ${age} days ago (the limit is ${ctx.maxReviewAgeDays}). Review it again and update "reviewed".`,
        at: entry(node, 'reviewed')!.value.range,
        data: { kind: 'stale-review', path: [...base, 'reviewed'], provision: id },
      });
    }
  }
}

export const entriesFixes = {
  'missing-evidence': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    add('Add evidence', addFields(ctx, data.path, ['evidence']), true);
    return fixes;
  },
  'missing-justification': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    // A justification that is there but too short is the user's to rewrite.
    if (!get(nodeAt(ctx.root, data.path), 'justification')) add('Add a justification', addFields(ctx, data.path, ['justification']), true);
    return fixes;
  },
} satisfies ManifestFixes;

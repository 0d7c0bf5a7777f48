/**
 * Evidence and other references to documents (evidence, plans, risk assessments, evaluations,
 * model cards): https URLs are checked for form only (nothing is fetched), paths must exist
 * inside the workspace. A path that leaves the workspace is reported and never opened. A model
 * card that is found is read to check that it carries the asset's SHA-256 digest.
 */
import { entry, get, str, strings, type YNode } from '../parse/yaml';
import { classifyReference, dirOf, readingsOf, resolvePath } from '../util/workspace-path';
import type { ManifestContext } from '../model/manifest';
import { replace } from '../model/edits';
import { nodeAt } from '../model/paths';
import { collect } from './fix-kit';
import type { ManifestFixes, ManifestRule } from './rule';
import { parseCard } from '../parse/model-card';
import { referenceFieldsAt } from '../schema';
import { LineIndex } from '../text';

/** The largest model card read for hash-mismatch; anything bigger is not a document to scan. */
export const MODEL_CARD_MAX_BYTES = 4 * 1024 * 1024;

export const referencesRule: ManifestRule = {
  id: 'references',
  codes: [
    { code: 'evidence-not-found', severity: 'error', summary: 'An evidence path that does not exist in the workspace, or is not a regular file or folder.' },
    { code: 'evidence-outside-workspace', severity: 'error', summary: 'An evidence path that leaves the workspace (.., absolute path or symbolic link); it is never read.' },
    { code: 'insecure-evidence-url', severity: 'warning', summary: 'An evidence URL that is not https.' },
    { code: 'model-card-not-found', severity: 'error', summary: 'An asset\u2019s modelCard path that does not exist, or is not a regular file.' },
    { code: 'hash-mismatch', severity: 'error', summary: 'An asset\u2019s sha256 that its model card does not list.' },
  ],
  check(ctx) {
    // Which fields name documents is the schema's to say (its field facts).
    const provisions = get(ctx.root, 'provisions');
    if (provisions?.kind === 'map') {
      for (const e of provisions.entries) {
        const at = ['provisions', e.key];
        for (const field of referenceFieldsAt(at)) checkRefs(ctx, get(e.value, field), `${e.key.trim()} ${field}`, [...at, field]);
      }
    }
    const integrations = get(get(ctx.root, 'system'), 'integrations');
    if (integrations?.kind === 'seq') {
      integrations.items.forEach((item, i) => {
        const at = ['system', 'integrations', i];
        for (const field of referenceFieldsAt(at)) checkRefs(ctx, get(item, field), `integration ${field}`, [...at, field]);
      });
    }
    for (const a of ctx.assets) {
      const at = ['assets', a.index];
      for (const field of referenceFieldsAt(at)) checkRefs(ctx, get(a.node, field), `${a.id ?? 'asset'} ${field}`, [...at, field]);
      for (const field of referenceFieldsAt(at, 'model-card')) checkModelCard(ctx, a.node, a.index, field);
    }
  },
};

function checkRefs(ctx: ManifestContext, node: YNode | undefined, what: string, path: (string | number)[]): void {
  const list = strings(node);
  list.forEach((item) => {
    const itemPath = node?.kind === 'seq' ? [...path, node.items.indexOf(item.node)] : path;
    const ref = classifyReference(item.value, dirOf(ctx.path));
    const at = item.node.range;
    switch (ref.kind) {
      case 'https':
        return;
      case 'http':
        ctx.report({
          code: 'insecure-evidence-url',
          severity: 'warning',
          message: `The ${what} URL uses http, not https. Link the https address so that readers get the document you meant.`,
          at,
          data: { kind: 'insecure-url', path: itemPath, suggestion: item.value.trim().replace(/^http:/i, 'https:') },
        });
        return;
      case 'bad-url':
        ctx.report({ code: 'invalid-value', severity: 'error', message: `"${item.value}" is not usable as ${what}: ${ref.reason}.`, at, data: { kind: 'bad-reference', path: itemPath } });
        return;
      case 'outside':
        ctx.report({
          code: 'evidence-outside-workspace',
          severity: 'error',
          message: `"${item.value}" is outside the workspace (${ref.reason}); it was not read. Copy the document into the workspace or link it by https URL.`,
          at,
          data: { kind: 'outside-workspace', path: itemPath },
        });
        return;
      case 'path': {
        for (const r of readingsOf(ref)) ctx.referenced.add(r);
        if (!ctx.host) return;
        const { rel, kind } = resolvePath(ref, ctx.host);
        if (kind === 'outside') {
          ctx.report({
            code: 'evidence-outside-workspace',
            severity: 'error',
            message: `"${item.value}" leads outside the workspace through a symbolic link; it was not read. Put the document itself in the workspace.`,
            at,
            data: { kind: 'outside-workspace', path: itemPath },
          });
        } else if (kind === 'missing') {
          ctx.report({
            code: 'evidence-not-found',
            severity: 'error',
            message: `The ${what} "${item.value}" does not exist (paths are relative to this manifest\u2019s folder). Create it or correct the path.`,
            at,
            data: { kind: 'not-found', path: itemPath, target: rel },
          });
        } else if (kind === 'special') {
          // Not a document at all: a FIFO would block whoever opened it, so nothing does.
          ctx.report({
            code: 'evidence-not-found',
            severity: 'error',
            message: `The ${what} "${item.value}" is not a regular file (it is a FIFO, socket or device); it was not read. Point it at the document itself.`,
            at,
            data: { kind: 'not-a-file', path: itemPath, target: rel },
          });
        }
        return;
      }
    }
  });
}

function checkModelCard(ctx: ManifestContext, asset: YNode, index: number, field: string): void {
  const cardEntry = entry(asset, field);
  const card = str(cardEntry?.value);
  if (!cardEntry || card === undefined || card.trim() === '') return;
  const at = cardEntry.value.range;
  const path = ['assets', index, field];
  const ref = classifyReference(card, dirOf(ctx.path));
  if (ref.kind === 'https') return; // documented elsewhere; nothing is fetched
  if (ref.kind === 'http') {
    ctx.report({
      code: 'insecure-evidence-url',
      severity: 'warning',
      message: `The model card URL "${card}" uses http, not https. Link the https address.`,
      at,
      data: { kind: 'insecure-url', path, suggestion: card.trim().replace(/^http:/i, 'https:') },
    });
    return;
  }
  if (ref.kind === 'outside' || ref.kind === 'bad-url') {
    const outside = ref.kind === 'outside';
    ctx.report({
      code: outside ? 'evidence-outside-workspace' : 'invalid-value',
      severity: 'error',
      message: outside
        ? `The model card "${card}" is outside the workspace (${ref.reason}); it was not read.`
        : `The model card "${card}" is not usable: ${ref.reason}.`,
      at,
      data: { kind: outside ? 'outside-workspace' : 'bad-reference', path },
    });
    return;
  }
  for (const r of readingsOf(ref)) ctx.referenced.add(r);
  if (!ctx.host) return;
  const { rel, kind } = resolvePath(ref, ctx.host);
  if (kind === 'outside') {
    ctx.report({ code: 'evidence-outside-workspace', severity: 'error', message: `The model card "${card}" leads outside the workspace through a symbolic link; it was not read.`, at, data: { kind: 'outside-workspace', path } });
    return;
  }
  if (kind !== 'file') {
    ctx.report({
      code: 'model-card-not-found',
      severity: 'error',
      message:
        kind === 'directory'
          ? `The model card "${card}" is a folder, not a file. Point ${field} at the card itself (e.g. its README.md).`
          : kind === 'special'
            ? `The model card "${card}" is not a regular file (it is a FIFO, socket or device); it was not read. Point ${field} at the card itself.`
            : `The model card "${card}" does not exist. Create it, or correct ${field} (paths are relative to this manifest\u2019s folder).`,
      at,
      data: { kind: 'model-card-not-found', path, target: rel },
    });
    return;
  }
  const shaEntry = entry(asset, 'sha256');
  const sha = str(shaEntry?.value)?.trim().toLowerCase();
  if (!shaEntry || !sha || !/^[0-9a-f]{64}$/.test(sha)) return;
  const text = ctx.host.readText(rel, MODEL_CARD_MAX_BYTES);
  if (text === undefined) return;
  // The same digests the card check counts: published in a hashes section or its front matter.
  const digests = parseCard(text, new LineIndex(text)).digests;
  if (digests.has(sha)) return;
  ctx.report({
    code: 'hash-mismatch',
    severity: 'error',
    message: `The model card "${card}" does not list this asset\u2019s sha256 (${sha.slice(0, 12)}…)${digests.size ? `; it lists ${digests.size} other digest${digests.size === 1 ? '' : 's'}` : ''}. Publish the same hash in both places.`,
    at: shaEntry.value.range,
    data: { kind: 'hash-mismatch', path: ['assets', index, 'sha256'], target: rel },
  });
}

export const referencesFixes = {
  'insecure-url': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const node = nodeAt(ctx.root, data.path);
    if (!node || node.kind !== 'scalar' || !data.suggestion) return fixes;
    const item = node.kind === 'scalar' && str(node)?.trim().toLowerCase().startsWith('http:') ? node : undefined;
    if (item) add('Use https', [replace(ctx, [item.range[0], item.range[0] + (node.quoted ? 5 : 4)], node.quoted ? `${ctx.text[item.range[0]]}https` : 'https')], true);
    return fixes;
  },
} satisfies ManifestFixes;

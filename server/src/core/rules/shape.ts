/**
 * The manifest's shape, checked with the zod schema: unknown fields (with "did you mean"),
 * invalid values and missing fields, each at the exact key or value at fault.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { entry, toPlain, type Offsets, type YNode } from '../parse/yaml';
import { replace } from '../model/edits';
import { fieldFactsAt, knownKeysAt, manifestSchema } from '../schema';
import { suggest } from '../util/suggest';
import { describePath, keyAt, nodeAt, valueAt, type YPath } from '../model/paths';
import type { ManifestContext } from '../model/manifest';
import { addFields, collect, quoteLike } from './fix-kit';
import type { Fixer, ManifestFixes, ManifestRule } from './rule';
import type { ManifestDataOf } from '../types';

const YAML11_BOOLEANS = new Map<string, boolean>([
  ['yes', true],
  ['no', false],
  ['on', true],
  ['off', false],
  ['y', true],
  ['n', false],
]);

/**
 * Parses so far in this process. zod writes and compiles a parser for each object schema the
 * first time one parses with its fast path on, which pays only when the schema parses again: a
 * run of the CLI on one manifest spent more on it than on the parse. So the first parse goes
 * without it (zod's `jitless`, the same answer by another path), and later ones, an editor's
 * for every change, compile it once.
 */
let parses = 0;

export const shapeRule: ManifestRule = {
  id: 'shape',
  codes: [
    { code: 'unknown-field', severity: 'warning', summary: 'A field the manifest format does not have (with a suggestion when it looks like a typo).' },
    { code: 'invalid-value', severity: 'error', summary: 'A value of the wrong type or outside the allowed values.' },
    { code: 'missing-field', severity: 'error', summary: 'A field the manifest format requires is absent.' },
  ],
  check(ctx) {
    if (!ctx.root) return;
    const result = manifestSchema.safeParse(toPlain(ctx.root), { jitless: parses++ === 0 });
    if (result.success) return;
    for (const issue of result.error.issues) reportIssue(ctx, issue, issue.path as YPath);
  },
};

function mapKeys(node: YNode | undefined): string[] {
  return node?.kind === 'map' ? node.entries.map((e) => e.key) : [];
}

function reportIssue(ctx: ManifestContext, issue: $ZodIssue, path: YPath): void {
  const where = describePath(path);
  const node = nodeAt(ctx.root, path);
  if (node === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    const field = String(path[path.length - 1]);
    const parent = path.slice(0, -1);
    ctx.report({
      code: 'missing-field',
      severity: 'error',
      message: `${parent.length ? describePath(parent) : 'The manifest'} has no "${field}". Add ${field}: ${placeholderFor(field)}.`,
      at: keyAt(ctx, parent),
      data: { kind: 'missing-field', path: parent, missing: [field] },
    });
    return;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      // Once per mapping, not per key: a mapping can hold thousands of unknown keys.
      const known = knownKeysAt(path);
      const parentNode = nodeAt(ctx.root, path);
      // A field the mapping already has is no suggestion: renaming onto it would duplicate it.
      const present = new Set(mapKeys(parentNode));
      const candidates = known.filter((k) => !present.has(k));
      const keyRanges = new Map<string, Offsets>();
      if (parentNode?.kind === 'map') for (const e of parentNode.entries) if (!keyRanges.has(e.key)) keyRanges.set(e.key, e.keyRange);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const guess = suggest(key, candidates);
        const inWhat = path.length === 0 ? 'at the top of the manifest' : `in ${where}`;
        ctx.report({
          code: 'unknown-field',
          severity: 'warning',
          message: guess
            ? `Unknown field "${key}" ${inWhat}. Did you mean "${guess}"?`
            : `Unknown field "${key}" ${inWhat}. Expected one of: ${known.join(', ')}.`,
          at: keyRanges.get(key) ?? keyAt(ctx, keyPath),
          data: guess ? { kind: 'unknown-field', path: keyPath, suggestion: guess } : { kind: 'unknown-field', path: keyPath },
        });
      }
      return;
    }
    case 'invalid_type': {
      if (!node) return;
      const yaml11 = issue.expected === 'boolean' && node.kind === 'scalar' && typeof node.value === 'string' ? YAML11_BOOLEANS.get(node.value.toLowerCase()) : undefined;
      if (node.kind === 'scalar' && typeof node.value === 'string' && yaml11 !== undefined) {
        const fix = String(yaml11);
        ctx.report({
          code: 'invalid-value',
          severity: 'error',
          message: `${where} is "${node.value}", which YAML 1.2 reads as text, not a boolean. Write ${fix}.`,
          at: valueAt(ctx, path),
          data: { kind: 'yaml11-boolean', path: [...path], suggestion: fix },
        });
        return;
      }
      if (path[0] === 'provisions' && path.length === 2) {
        ctx.report({
          code: 'invalid-value',
          severity: 'error',
          message: `The entry for ${String(path[1])} must be a mapping with a status, for example "status: planned".`,
          at: valueAt(ctx, path),
          data: { kind: 'entry-not-mapping', path: [...path] },
        });
        return;
      }
      ctx.report({
        code: 'invalid-value',
        severity: 'error',
        message: `${where} must be ${article(issue.expected)}, not ${kindOf(node)}.`,
        at: valueAt(ctx, path),
        data: { kind: 'invalid-type', path: [...path], expected: issue.expected },
      });
      return;
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const actual = node?.kind === 'scalar' ? String(node.value) : undefined;
      const guess = actual === undefined ? undefined : suggest(actual, values);
      const is = actual === undefined ? `is ${node ? kindOf(node) : 'empty'}` : `is "${actual}"`;
      const msg =
        values.length === 1
          ? `${where} must be ${values[0]}${actual === undefined ? '' : `, not ${actual}`}.`
          : `${where} ${is}; expected one of: ${values.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`;
      ctx.report({
        code: 'invalid-value',
        severity: 'error',
        message: msg,
        at: valueAt(ctx, path),
        data: guess ? { kind: 'invalid-enum', path: [...path], suggestion: guess } : values.length === 1 ? { kind: 'invalid-enum', path: [...path], suggestion: values[0] } : { kind: 'invalid-enum', path: [...path] },
      });
      return;
    }
    case 'invalid_union': {
      const field = String(path[path.length - 1]);
      const expected = [...new Set(issue.errors.map((e) => (e[0] && e[0].code === 'invalid_type' ? article(String(e[0].expected)) : undefined)).filter(Boolean))];
      ctx.report({
        code: 'invalid-value',
        severity: 'error',
        message: fieldFactsAt(path.slice(0, -1), field)?.reference
          ? `${where} must be a workspace path or an https URL, or a list of them.`
          : `${where} must be ${expected.join(' or ') || 'a different value'}${node ? `, not ${kindOf(node)}` : ''}.`,
        at: valueAt(ctx, path),
        data: { kind: 'invalid-type', path: [...path], expected: 'path or list' },
      });
      return;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const what =
        issue.origin === 'array'
          ? `must have at least ${min} item${min === 1 ? '' : 's'}`
          : issue.origin === 'string'
            ? 'must not be empty'
            : issue.inclusive === false
              ? `must be greater than ${min}`
              : `must be at least ${min}`;
      ctx.report({
        code: 'invalid-value',
        severity: 'error',
        message: `${where} ${what}.`,
        at: valueAt(ctx, path),
        data: { kind: 'too-small', path: [...path] },
      });
      return;
    }
    default: {
      ctx.report({
        code: 'invalid-value',
        severity: 'error',
        message: `${where}: ${issue.message.replace(/^Invalid input: /, '')}.`.replace(/\.\.$/, '.'),
        at: valueAt(ctx, path),
        data: { kind: 'invalid-value', path: [...path] },
      });
    }
  }
}

function article(expected: string): string {
  const words = new Map([
    ['string', 'text'],
    ['number', 'a number'],
    ['int', 'a whole number'],
    ['boolean', 'true or false'],
    ['array', 'a list'],
    ['object', 'a mapping'],
    ['record', 'a mapping'],
  ]);
  return words.get(expected) ?? expected;
}

function kindOf(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.value === null) return 'empty';
  if (typeof node.value === 'string') return `the text "${node.value.length > 40 ? node.value.slice(0, 40) + '…' : node.value}"`;
  return String(node.value);
}

/** What to write for a missing field, in the message (the quick fix inserts a real snippet). */
export function placeholderFor(field: string): string {
  const examples = new Map<string, string>(Object.entries({
    version: '1',
    system: '(a mapping with name, owner, roles and lifecycle)',
    name: '<name>',
    owner: '<team or person>',
    roles: '[developer]',
    lifecycle: 'design',
    status: 'planned',
    id: '<asset-id>',
    type: 'model',
    url: 'https://…',
    obtained: 'YYYY-MM-DD',
  }));
  return examples.get(field) ?? '…';
}

/** A scalar replaced by the value the finding suggests (a YAML 1.2 boolean, an allowed value). */
const useSuggestion: Fixer<ManifestContext, ManifestDataOf<'yaml11-boolean' | 'invalid-enum'>> = (ctx, finding, data) => {
  const { fixes, add } = collect(finding);
  const node = nodeAt(ctx.root, data.path);
  if (!node || node.kind !== 'scalar' || !data.suggestion) return fixes;
  add(`Change to ${data.suggestion}`, [replace(ctx, node.range, data.suggestion)], true);
  return fixes;
};

export const shapeFixes = {
  // Also for policy.severity keys that are no rule ID: the same rename, under another mapping.
  'unknown-field': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const key = data.path?.[data.path.length - 1];
    if (typeof key !== 'string' || !data.suggestion) return fixes;
    const e = entry(nodeAt(ctx.root, data.path!.slice(0, -1)), key);
    if (!e) return fixes;
    add(`Rename "${key}" to "${data.suggestion}"`, [replace(ctx, e.keyRange, quoteLike(e.keyQuoted, data.suggestion))], true);
    return fixes;
  },
  'yaml11-boolean': useSuggestion,
  'invalid-enum': useSuggestion,
  // Also for the fields an entry's status or its provision's schema needs (entries and
  // provision-schemas report them with the same kind).
  'missing-field': (ctx, finding, data) => {
    const { fixes, add } = collect(finding);
    const missing = data.missing ?? [];
    if (missing.length) add(`Add ${missing.map((m) => `"${m}"`).join(' and ')}`, addFields(ctx, data.path, missing), true);
    return fixes;
  },
} satisfies ManifestFixes;

/**
 * Names and owners that are not plain YAML text, and what a starter manifest written with them
 * must read back as: shared by the core, CLI and language server tests.
 */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { analyzeManifest } from '../../server/src/core/index';
import { get, str } from '../../server/src/core/parse/yaml';
import { PLACEHOLDERS } from '../../server/src/core/placeholders';

/** Names and owners that are not plain YAML text. */
export const HOSTILE_NAMES = [
  'line\nbreak: injected\nextra: 1',
  'crlf\r\nversion: 2',
  'a: b',
  'x # not a comment',
  '# a comment',
  'quo\'te "double"',
  'sep\u2028arator\u2029 nel\u0085',
  '*alias',
  '&anchor',
  '!tag',
  '%directive',
  '@at',
  '`tick',
  '---',
  '...',
  '- item',
  '? key',
  '| block',
  '> folded',
  '{a: 1}',
  '[x]',
  'true',
  'Off',
  'y',
  'null',
  '~',
  '123',
  '0x1F',
  '1e3',
  '.inf',
  ' leading',
  'trailing ',
  '',
  'tab\there',
  '\u202eevil\u202c',
  '\u001b[2J',
  'back\\slash',
  'bom\ufeff',
  'lone \ud800 surrogate',
  'emoji \u{1F600} and \u00e9',
];

// transferringOwnership and integrations are comments: unstated, they count as true.
const SYSTEM_KEYS = ['name', 'owner', 'roles', 'lifecycle', 'exposesApi', 'usesCloud', 'humanOversightIsRiskControl'];

export function assertStarterReadsBack(text: string, name: string, given: string): void {
  // No owner (blank) is written as the owner placeholder, reported until it is replaced.
  const owner = given.trim() ? given : PLACEHOLDERS.owner.text;
  const lines = text.split('\n');
  assert.match(lines[0]!, /^# How .* meets the UK Code of Practice for the Cyber Security of AI\.$/, 'the header comment is one line');
  assert.match(lines[1]!, /^# Hover a provision number/);
  const doc = parse(text);
  assert.deepEqual(Object.keys(doc), ['version', 'system', 'assets', 'provisions'], 'no other key');
  assert.deepEqual(Object.keys(doc.system), SYSTEM_KEYS, 'no other system key');
  assert.equal(doc.system.name, name);
  assert.equal(doc.system.owner, owner);
  for (const entry of Object.values(doc.provisions) as { owner: string }[]) assert.equal(entry.owner, owner);
  // The checker's own reader reads the same.
  const analysis = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => '2026-06-01' } });
  assert.deepEqual(analysis.findings.filter((f) => f.code === 'yaml-syntax'), []);
  const system = get(analysis.context.root, 'system');
  assert.equal(str(get(system, 'name')), name);
  assert.equal(str(get(system, 'owner')), owner);
}

/** The snippets, expanded with their defaults, are valid manifests or valid manifest fragments. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeManifest } from '../../server/src/core/index';
import { repoRoot } from '../helpers';

const TODAY = '2026-06-01';

/** Expands a VS Code snippet body as a user accepting every default would get it. */
export function expandBody(body: string[]): string {
  const vars: Record<string, string> = { CURRENT_YEAR: TODAY.slice(0, 4), CURRENT_MONTH: TODAY.slice(5, 7), CURRENT_DATE: TODAY.slice(8, 10) };
  let text = body.join('\n');
  const values = new Map<string, string>();
  // Choices take their first option; placeholders their default (which may name another tab stop).
  for (let i = 0; i < 5; i++) {
    text = text
      .replace(/\$\{(\d+)\|([^,|}]*)(?:[,|][^}]*)?\|\}/g, (_m, n: string, first: string) => (values.set(n, first), first))
      .replace(/\$\{(\d+)\}/g, (_m, n: string) => values.get(n) ?? '')
      .replace(/\$\{(\d+):([^{}]*)\}/g, (_m, n: string, def: string) => (values.set(n, def), def))
      .replace(/\$([A-Z_]+)/g, (m, v: string) => vars[v] ?? m)
      .replace(/\$(\d+)/g, (_m, n: string) => values.get(n) ?? '');
  }
  return text;
}

describe('snippets', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(repoRoot, 'snippets', 'ai-security.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;

  it('the manifest skeleton is a manifest with no shape or syntax problems', () => {
    const text = expandBody(snippets['AI security manifest']!.body);
    const r = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => TODAY } });
    const shape = r.findings.filter((f) => ['yaml-syntax', 'unknown-field', 'invalid-value', 'missing-field', 'unknown-provision'].includes(f.code));
    assert.deepEqual(shape.map((f) => `${f.code}: ${f.message}`), []);
  });

  for (const [name, s] of Object.entries(snippets)) {
    if (name === 'AI security manifest') continue;
    it(`${name} fits in a manifest without problems of its own`, () => {
      const fragment = expandBody(s.body).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
      const head = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: design\n';
      const text = s.prefix === 'ai-security-asset' ? `${head}assets:\n${fragment}\n` : `${head}provisions:\n${fragment}\n`;
      const r = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => TODAY } });
      const own = r.findings.filter((f) => ['yaml-syntax', 'unknown-field', 'invalid-value', 'missing-field', 'unknown-provision', 'missing-justification'].includes(f.code));
      assert.deepEqual(own.map((f) => `${f.code}: ${f.message}`), []);
    });
  }
});

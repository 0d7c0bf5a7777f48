/**
 * Asset IDs as symbols (features/assets.ts): hover, definition, references and rename, from an
 * asset's `id` and from the `dependsOn` entries that name it; a `modelCard` goes to its card.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest, assetDefinition, assetReferences, hoverAt, prepareAssetRename, renameAsset, type Position } from '../../server/src/core/index';
import { applyEdits } from '../helpers';

const TEXT = [
  'version: 1', // 0
  'system: { name: S, owner: a@b.org, roles: [developer], lifecycle: design }', // 1
  'assets:', // 2
  '  - id: llama-3.1', // 3
  '    type: model', // 4
  '    version: "3.1"', // 5
  '    external: true', // 6
  '    shared: false', // 7
  '    modelCard: cards/llama.md', // 8
  '  - id: "support-bot"', // 9
  '    type: pipeline', // 10
  '    dependsOn: [llama-3.1, prompts]', // 11
  '  - id: prompts', // 12
  '    type: prompt', // 13
  '    dependsOn:', // 14
  '      - llama-3.1', // 15
  'provisions: {}', // 16
  '',
].join('\n');

const analysed = () => analyzeManifest(TEXT, { path: 'ai-security.yaml', clock: { today: () => '2026-06-01' } }).context;
const at = (line: number, text: string, nth = 0): Position => {
  const l = TEXT.split('\n')[line]!;
  let i = -1;
  for (let k = 0; k <= nth; k++) i = l.indexOf(text, i + 1);
  return { line, character: i + 1 };
};
const where = (r: { start: Position; end: Position }) => `${r.start.line}:${r.start.character}-${r.end.character}`;

describe('asset IDs', () => {
  it('hover: type, version, flags, and what depends on it (not provision 3.1)', () => {
    const h = hoverAt(analysed(), at(11, 'llama'))!;
    assert.match(h.contents, /^\*\*Asset `llama-3\.1`\*\* · model · version `3\.1`/);
    assert.match(h.contents, /shared: no · external: yes/);
    assert.match(h.contents, /Used by `support-bot`, `prompts`\./);
    assert.equal(where(h.range), '11:16-25');
    const unknown = hoverAt(analyzeManifest(TEXT.replace('[llama-3.1, prompts]', '[nope, prompts]'), { path: 'ai-security.yaml' }).context, at(11, 'llama'))!;
    assert.match(unknown.contents, /No asset in this inventory has this id/);
  });

  it('definition: from a dependsOn entry, block or flow, to the id (inside its quotes); from modelCard to the card', () => {
    const ctx = analysed();
    assert.deepEqual(assetDefinition(ctx, at(11, 'llama')).map((t) => ('range' in t ? where(t.range) : t.path)), ['3:8-17']);
    assert.deepEqual(assetDefinition(ctx, at(15, 'llama')).map((t) => ('range' in t ? where(t.range) : t.path)), ['3:8-17']);
    assert.deepEqual(assetDefinition(ctx, at(11, 'prompts')).map((t) => ('range' in t ? where(t.range) : t.path)), ['12:8-15']);
    assert.deepEqual(assetDefinition(ctx, at(8, 'cards')), [{ path: 'cards/llama.md' }]);
    assert.deepEqual(assetDefinition(ctx, at(4, 'model')), []);
  });

  it('references: every dependsOn that names it, and the id when asked', () => {
    const ctx = analysed();
    assert.deepEqual(assetReferences(ctx, at(3, 'llama'), true).map(where), ['3:8-17', '11:16-25', '15:8-17']);
    assert.deepEqual(assetReferences(ctx, at(15, 'llama'), false).map(where), ['11:16-25', '15:8-17']);
    assert.deepEqual(assetReferences(ctx, at(9, 'support'), true).map(where), ['9:9-20']);
    assert.deepEqual(assetReferences(ctx, at(4, 'model'), true), []);
  });

  it('rename: everywhere the id is written, refused outside asset IDs and for a bad or taken name', () => {
    const ctx = analysed();
    assert.equal(prepareAssetRename(ctx, at(4, 'model')), undefined);
    assert.equal(prepareAssetRename(ctx, at(1, 'name')), undefined);
    assert.deepEqual(prepareAssetRename(ctx, at(11, 'llama')), { range: { start: { line: 11, character: 16 }, end: { line: 11, character: 25 } }, placeholder: 'llama-3.1' });
    const edits = renameAsset(ctx, at(15, 'llama'), 'llama-4');
    assert.ok(Array.isArray(edits));
    const after = applyEdits(TEXT, edits);
    assert.equal((after.match(/llama-4/g) ?? []).length, 3);
    assert.ok(!after.includes('llama-3.1'));
    assert.equal(analyzeManifest(after, { path: 'ai-security.yaml' }).findings.filter((f) => f.code === 'unknown-asset').length, 0);
    // Quoted ids keep their quotes.
    assert.ok(applyEdits(TEXT, renameAsset(ctx, at(9, 'support'), 'helpdesk') as never).includes('- id: "helpdesk"'));
    assert.match((renameAsset(ctx, at(3, 'llama'), 'two words') as { error: string }).error, /not an asset ID/);
    assert.match((renameAsset(ctx, at(3, 'llama'), 'prompts') as { error: string }).error, /already has the id "prompts"/);
    assert.match((renameAsset(ctx, at(4, 'model'), 'x') as { error: string }).error, /Only an asset ID/);
  });
});

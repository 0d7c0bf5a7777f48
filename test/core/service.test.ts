/**
 * The language service and the project (core/service.ts, core/project.ts), which both adapters
 * use: the same answers as the core's functions they are built on, and the one place that says
 * which files are checked, as what, in what order, and what to analyse again after a change.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  addAllMissing,
  addAllMissingRequirements,
  analyzeManifest,
  analyzeModelCard,
  cardHoverAt,
  catalogue,
  coverageReport,
  documentSymbols,
  fixesFor,
  hoverAt,
  modelCardLinks,
  type CardLink,
} from '../../server/src/core/index';
import { Project, type FileFacts } from '../../server/src/core/project';
import { createLanguageService, fileText, reportOf } from '../../server/src/core/service';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { repoRoot } from '../helpers';

const TODAY = '2026-11-25';
const clock = { today: () => TODAY };
const examples = path.join(repoRoot, 'examples');
const host = new NodeWorkspaceHost(examples);
const manifestText = fs.readFileSync(path.join(examples, 'ai-security.yaml'), 'utf8');
const CARD = 'models/support-llm/README.md';
const cardText = fs.readFileSync(path.join(examples, CARD), 'utf8');

describe('language service', () => {
  const service = createLanguageService({ host, clock });

  it('a manifest: the findings, coverage, links and features of analyzeManifest', () => {
    const core = analyzeManifest(manifestText, { path: 'ai-security.yaml', host, clock });
    const a = service.analyze('manifest', manifestText, { path: 'ai-security.yaml' });
    assert.equal(a.kind, 'manifest');
    assert.deepEqual(a.findings, core.findings);
    assert.deepEqual(a.coverage, core.coverage);
    assert.deepEqual(a.cardLinks, modelCardLinks(core.context));
    assert.deepEqual([...a.referenced], [...core.context.referenced]);
    assert.deepEqual(a.symbols(), documentSymbols(core.context));
    const line = manifestText.split('\n').findIndex((l) => l.includes('exposesApi'));
    const at = { line, character: manifestText.split('\n')[line]!.indexOf('exposesApi') + 2 };
    assert.deepEqual(a.hover(at), hoverAt(core.context, at));
    assert.ok(a.lenses().length === 1 && a.folding().length > 0 && a.links().length > 0);
  });

  it("a manifest's fixes: each finding's own, and one for every missing requirement at once", () => {
    const text = 'version: 1\nsystem:\n  name: X\n  owner: x@example.org\n  roles: [developer]\n  lifecycle: deployment\nprovisions: {}\n';
    const core = analyzeManifest(text, { path: 'ai-security.yaml', clock });
    const a = createLanguageService({ clock }).analyze('manifest', text, { path: 'ai-security.yaml' });
    const missing = a.findings.filter((f) => f.data?.kind === 'missing-provision');
    assert.ok(missing.length > 1);
    assert.deepEqual(a.fixes(missing[0]!), fixesFor(core.context, missing[0]!));
    const some = [missing[0]!, missing[1]!, ...a.findings.filter((f) => f.data?.kind !== 'missing-provision')];
    const shall = (f: (typeof missing)[number]) => catalogue().byId.get(f.code)!.modal === 'shall';
    const all = a.fixAll(some);
    assert.deepEqual(all.map((x) => x.fix), [addAllMissingRequirements(core.context)], 'requirements only: the findings asked about are requirements');
    assert.deepEqual(all[0]!.findings, missing.slice(0, 2), 'the findings it resolves: the missing provisions');
    const both = a.fixAll(missing);
    assert.deepEqual(both.map((x) => x.fix), [addAllMissing(core.context, 'shall'), addAllMissing(core.context, 'should')]);
    assert.match(both[1]!.fix.title, /^Add all \d+ missing recommendations as planned$/);
    assert.deepEqual(both[1]!.findings, missing.filter((f) => !shall(f)));
    assert.deepEqual(a.fixAll(a.findings.filter((f) => f.data?.kind !== 'missing-provision')), [], 'no bulk fix without a missing provision');
  });

  it('a model card: the findings and features of analyzeModelCard, with the links it is given', () => {
    const link: CardLink = { manifest: 'ai-security.yaml', assetId: 'm', roles: ['developer'], sha256: 'a'.repeat(64), shared: true, publicData: false };
    const core = analyzeModelCard(cardText, { path: CARD, links: [link] });
    const a = service.analyze('model-card', cardText, { path: CARD, links: [link] });
    assert.equal(a.kind, 'model-card');
    assert.deepEqual(a.findings, core.findings);
    assert.deepEqual(a.findings.map((f) => f.code), [], 'the example card is complete; its digest gap is the manifest\u2019s finding');
    assert.equal(a.coverage, undefined);
    assert.deepEqual(a.cardLinks, []);
    assert.deepEqual(a.symbols(), []);
    assert.deepEqual(a.lenses(), []);
    assert.deepEqual(a.hover({ line: 0, character: 0 }), cardHoverAt(core.context, { line: 0, character: 0 }));
  });

  it('a file not analysed: its one finding, and nothing else', () => {
    const big = fileText({ tooLarge: 2000 }, 1000);
    assert.equal(big.problem?.code, 'file-too-large');
    const binary = fileText({ bytes: new Uint8Array([0x61, 0, 0x62]) }, 1000);
    assert.equal(binary.problem?.code, 'binary-file');
    assert.deepEqual(fileText({ bytes: new TextEncoder().encode('version: 1\n') }, 1000), { text: 'version: 1\n' });
    const a = service.unanalysed('manifest', 'big/ai-security.yaml', big.problem!);
    assert.deepEqual(a.findings, [big.problem]);
    assert.equal(a.manifest, undefined);
    assert.equal(a.hover({ line: 0, character: 0 }), undefined);
    assert.deepEqual([a.completion({ line: 0, character: 0 }), a.fixes(big.problem!), a.symbols(), a.links()], [[], [], [], []]);
    assert.deepEqual(a.fixAll(a.findings), []);
  });

  it('reports cover the manifests among the analyses', () => {
    const m = service.analyze('manifest', manifestText, { path: 'ai-security.yaml' });
    const c = service.analyze('model-card', cardText, { path: CARD });
    const generator = { name: 'ai-security', version: 'test' };
    assert.deepEqual(reportOf([m, c], { generator }), coverageReport([m.manifest!], { generator }));
  });
});

describe('project', () => {
  const head = (text: string) => () => text;
  const never = () => assert.fail('the head is read only for a README.md');
  const hf = '---\nlicense: mit\npipeline_tag: text-generation\n---\n# Model\n';

  it('manifests by name or pattern; cards by name, pattern, front matter or a manifest naming them', () => {
    const p = new Project();
    assert.equal(p.kindOf('ai-security.yaml', never), 'manifest');
    assert.equal(p.kindOf('sub/ai-security.yml', never), 'manifest');
    assert.equal(p.kindOf('ops/system.yaml', never), undefined);
    assert.equal(p.kindOf('ops/system.yaml', never, { manifests: ['ops/*.yaml'] }), 'manifest');
    assert.equal(p.kindOf('x/MODEL_CARD.md', never), 'model-card');
    assert.equal(p.kindOf('docs/about.md', never, { cards: ['docs/*.md'] }), 'model-card');
    assert.equal(p.kindOf('hub/README.md', head(hf)), 'model-card');
    assert.equal(p.kindOf('README.md', head('# Just a project\n')), undefined);
    assert.equal(p.kindOf('docs/model.md', never), undefined);
    p.record('ai-security.yaml', manifestFacts([['docs/model.md', 'ai-security.yaml']]));
    assert.equal(p.kindOf('docs/model.md', never), 'model-card', 'named by a manifest');
  });

  it('a card pattern names Markdown files in the editor, any file on the command line', () => {
    assert.equal(new Project().kindOf('cards/a.txt', never, { cards: ['cards/*'] }), undefined);
    assert.equal(new Project({ cardPatternsAnyFile: true }).kindOf('cards/a.txt', never, { cards: ['cards/*'] }), 'model-card');
    assert.equal(new Project().namedKind('x/notes.markdown'), 'model-card');
    assert.equal(new Project().namedKind('x/system.yaml'), 'manifest');
  });

  it('a search takes manifests by name only, and no card only a manifest names', () => {
    const p = new Project();
    p.record('ai-security.yaml', manifestFacts([['docs/model.md', 'ai-security.yaml']]));
    assert.equal(p.searchKind('ops/system.yaml', never, { manifests: ['ops/*.yaml'] }), undefined);
    assert.equal(p.searchKind('docs/model.md', never), undefined);
    assert.equal(p.searchKind('a/ai-security.yaml', never), 'manifest');
  });

  it('each bad pattern is told when its list is compiled, and the others still apply', () => {
    const told: string[] = [];
    const p = new Project({ onPatternError: (list, pattern) => told.push(`${list}:${pattern}`) });
    const patterns = { cards: ['{bad', 'docs/*.md'] };
    assert.equal(p.kindOf('docs/a.md', never, patterns), 'model-card');
    assert.equal(p.kindOf('docs/b.md', never, patterns), 'model-card');
    p.checkPatterns(patterns);
    assert.deepEqual(told, ['cards:{bad'], 'once: the list is compiled once');
  });

  it('manifests first, then the cards found and those the manifests name that exist', () => {
    const p = new Project();
    const { manifests, cards } = p.manifestsFirst([
      { rel: 'b/MODEL_CARD.md', kind: 'model-card' },
      { rel: 'b/ai-security.yaml', kind: 'manifest' },
      { rel: 'a/ai-security.yaml', kind: 'manifest' },
    ]);
    assert.deepEqual(manifests, ['a/ai-security.yaml', 'b/ai-security.yaml']);
    p.record('a/ai-security.yaml', manifestFacts([['a/card.md', 'a/ai-security.yaml'], ['a/gone.md', 'a/ai-security.yaml']]));
    assert.deepEqual(p.cardsToCheck(cards, (rel) => rel !== 'a/gone.md'), ['a/card.md', 'b/MODEL_CARD.md']);
  });

  it("a card's links: what each manifest says, the editor's version over the disk's", () => {
    const p = new Project();
    p.record('a.yaml', manifestFacts([['card.md', 'a.yaml']]));
    p.record('b.yaml', manifestFacts([['card.md', 'b.yaml'], ['card.md', 'b.yaml']]));
    assert.deepEqual(p.linksFor('card.md').map((l) => l.manifest), ['a.yaml', 'b.yaml', 'b.yaml']);
    p.record('a.yaml', manifestFacts([]), 'open');
    assert.deepEqual(p.linksFor('card.md').map((l) => l.manifest), ['b.yaml', 'b.yaml'], 'the open version names no card');
    p.forgetLayer('open');
    assert.deepEqual(p.linksFor('card.md').map((l) => l.manifest), ['b.yaml', 'b.yaml', 'a.yaml'], 'the disk version again');
    p.forget('a.yaml');
    p.forget('b.yaml');
    assert.deepEqual(p.linksFor('card.md'), []);
    assert.deepEqual(p.namedCards(), []);
  });

  it('what to analyse again: after an edit, the cards a manifest names and the manifests that read a file; after a change on disk, whatever reads the path', () => {
    const p = new Project();
    p.record('ai-security.yaml', manifestFacts([['models/card.md', 'ai-security.yaml']], ['models/card.md', 'docs', 'docs/a.md']));
    p.record('other/ai-security.yaml', manifestFacts([], ['other/evidence.md']));
    p.record('models/card.md', { kind: 'model-card', cardLinks: [], referenced: new Set() });
    assert.deepEqual(p.dependantsOf('ai-security.yaml', 'text'), ['models/card.md']);
    assert.deepEqual(p.dependantsOf('models/card.md', 'text'), ['ai-security.yaml']);
    assert.deepEqual(p.dependantsOf('docs/new.md', 'text'), [], 'an edit reads exact paths only');
    assert.deepEqual(p.dependantsOf('docs/new.md', 'file'), ['ai-security.yaml'], 'a file made in a folder a manifest names');
    assert.deepEqual(p.dependantsOf('other', 'file'), ['other/ai-security.yaml'], 'a folder holding a path a manifest names');
    assert.deepEqual(p.dependantsOf('ai-security.yaml', 'file'), []);
  });
});

/** A manifest's facts: the cards it names ([card, manifest] pairs) and the paths it reads. */
function manifestFacts(cards: [string, string][], referenced: string[] = []): FileFacts {
  return {
    kind: 'manifest',
    cardLinks: cards.map(([card, manifest]) => ({ card, link: { manifest, assetId: undefined, roles: undefined, sha256: undefined, shared: undefined, publicData: false } })),
    referenced: new Set(referenced),
  };
}

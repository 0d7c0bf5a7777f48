/**
 * The injection grammar, tokenized as VS Code tokenizes it: vscode-textmate and vscode-oniguruma
 * with VS Code's own YAML and Markdown grammars (test/fixtures/grammars). An injection that takes
 * a token its host grammar needs changes the colour of everything after it, which a test of its
 * regular expressions alone cannot see: so each line is compared with the host grammar alone.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const repoRoot = path.join(__dirname, '..');
const grammarsDir = path.join(__dirname, 'fixtures', 'grammars');
const INJECTION = path.join(repoRoot, 'syntaxes', 'ai-security.injection.tmLanguage.json');

interface Token {
  text: string;
  scopes: string[];
}

let onigLoaded: Promise<void> | undefined;

/** A registry with VS Code's grammars, and the injection where package.json injects it (or none). */
async function grammar(host: 'source.yaml' | 'text.html.markdown', withInjection: boolean): Promise<textmate.IGrammar> {
  onigLoaded ??= oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  await onigLoaded;
  const byScope = new Map<string, unknown>();
  for (const f of fs.readdirSync(grammarsDir).filter((n) => n.endsWith('.json'))) {
    const g = JSON.parse(fs.readFileSync(path.join(grammarsDir, f), 'utf8')) as { scopeName: string };
    byScope.set(g.scopeName, g);
  }
  const injection = JSON.parse(fs.readFileSync(INJECTION, 'utf8')) as { scopeName: string };
  byScope.set(injection.scopeName, injection);
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; injectTo?: string[] }[] } };
  const injectTo = pkg.contributes.grammars.find((g) => g.scopeName === injection.scopeName)?.injectTo ?? [];
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (byScope.get(scope) as textmate.IRawGrammar | undefined) ?? null,
    getInjections: (scope) => (withInjection && injectTo.includes(scope) ? [injection.scopeName] : []),
  });
  const g = await registry.loadGrammar(host);
  assert.ok(g, host);
  return g;
}

function tokenize(g: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

const MANIFEST = [
  'version: 1',
  'provisions:',
  '  "6.4":',
  '    status: implemented',
  '  "1.1.1": { status: implemented, evidence: [docs/security-training.md#by-role] }',
  "  '9.2.1':",
  '    status: planned',
  '  12.1: { status: planned }',
  '',
].join('\n');

describe('the injection grammar in VS Code\u2019s tokenizer', () => {
  it('leaves every token of a manifest as VS Code\u2019s YAML grammar has it', async () => {
    const manifest = fs.readFileSync(path.join(repoRoot, 'examples', 'ai-security.yaml'), 'utf8');
    const [plain, injected] = [tokenize(await grammar('source.yaml', false), manifest), tokenize(await grammar('source.yaml', true), manifest)];
    plain.forEach((line, i) => assert.deepEqual(injected[i], line, `line ${i + 1}: ${manifest.split('\n')[i]}`));
  });

  it('colours a provision key\u2019s quotes and number alike, as one key, with its colon a separator', async () => {
    const lines = tokenize(await grammar('source.yaml', true), MANIFEST);
    for (const [n, key] of [
      [2, '"6.4"'],
      [4, '"1.1.1"'],
      [5, "'9.2.1'"],
    ] as const) {
      const tokens = lines[n]!;
      const open = tokens.findIndex((t) => t.text === key[0]);
      const [q1, num, q2, colon] = tokens.slice(open, open + 4);
      assert.deepEqual([q1?.text, num?.text, q2?.text, colon?.text], [key[0], key.slice(1, -1), key[0], ':'], `line ${n + 1}`);
      // The same scopes but the quotes' own punctuation scope: the same colour in every theme.
      const keyScopes = (t: Token) => t.scopes.filter((s) => !s.startsWith('punctuation.definition.string'));
      assert.deepEqual(keyScopes(q1!), num!.scopes, `line ${n + 1}: opening quote`);
      assert.deepEqual(keyScopes(q2!), num!.scopes, `line ${n + 1}: closing quote`);
      assert.ok(num!.scopes.includes('entity.name.tag.yaml'), `line ${n + 1}: the number is a key`);
      assert.ok(!tokens.some((t) => t.scopes.some((s) => s.startsWith('invalid.'))), `line ${n + 1}: no token is invalid`);
      assert.ok(colon!.scopes.includes('punctuation.separator.map.value.yaml'), `line ${n + 1}: the colon separates a key`);
    }
  });

  it('highlights a waiver comment in Markdown, and the text after it is Markdown again', async () => {
    const card = '# Card\n\n<!-- ai-security-ignore 8.1.2: weights are not distributed -->\n\n## Limitations\n\nSome *text*.';
    const lines = tokenize(await grammar('text.html.markdown', true), card);
    const waiver = lines[2]!;
    assert.deepEqual(
      waiver.filter((t) => t.scopes.some((s) => s.endsWith('.ai-security'))).map((t) => [t.text, t.scopes.at(-1)]),
      [
        ['ai-security-ignore', 'keyword.control.waiver.ai-security'],
        ['8.1.2', 'constant.numeric.provision.ai-security'],
        [':', 'punctuation.separator.ai-security'],
        [' weights are not distributed ', 'string.unquoted.reason.ai-security'],
      ],
    );
    const plain = tokenize(await grammar('text.html.markdown', false), card);
    assert.deepEqual(lines.slice(3), plain.slice(3), 'the lines after the comment');
  });
});

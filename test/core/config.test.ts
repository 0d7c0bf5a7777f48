/**
 * The project configuration's pure parts (core/config.ts): parsing and validating each kind of
 * file with the place of every mistake, the merge with the command line and the editor's
 * settings, globs relative to the configuration's folder, and the JSON Schema, which must reject
 * whatever the validator rejects for its shape. And the guard on .gitignore lines (host/ignores.ts).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CHECK } from '../../server/src/cli/commands';
import { configSearchPath, FAIL_ON_LEVELS, isConfigCandidate, mergeCheckSettings, mergeSeverity, parseConfig, problemText, rootPattern, searchFilter, workspacePath, type LoadedConfig } from '../../server/src/core/config';
import { compileGlob } from '../../server/src/core/index';
import { unsafeGitignoreLine } from '../../server/src/host/ignores';
import { repoRoot } from '../helpers';

const at = (loaded: LoadedConfig | undefined) => loaded!.problems.map((p) => problemText(loaded!, p));

describe('core: project configuration', () => {
  it('parses YAML, JSON and package.json alike', () => {
    const want = { exclude: ['build/**'], modelCards: ['cards/*.md'], severity: { 'stale-review': 'off', shall: 'warning' }, failOn: 'warning', baseline: 'ci/baseline.json', gitignore: false };
    const yaml = parseConfig('.ai-securityrc.yaml', 'exclude: [build/**]\nmodelCards:\n  - cards/*.md\nseverity:\n  stale-review: off\n  shall: warning\nfailOn: warning\nbaseline: ci/baseline.json\ngitignore: false\n');
    assert.deepEqual(yaml, { file: '.ai-securityrc.yaml', dir: '', config: want, problems: [] });
    const json = parseConfig('sub/.ai-securityrc.json', JSON.stringify({ ...want, baseline: '../ci/baseline.json' }, null, '\t'));
    assert.deepEqual(json, { file: 'sub/.ai-securityrc.json', dir: 'sub', config: want, problems: [] });
    const pkg = parseConfig('package.json', JSON.stringify({ name: 'x', scripts: {}, 'ai-security': want }, null, 2));
    assert.deepEqual(pkg?.config, want);
    assert.equal(parseConfig('package.json', '{"name": "x"}'), undefined, 'a package.json without the key is no configuration');
    assert.equal(parseConfig('package.json', '{"name": '), undefined, 'nor is a broken package.json that does not name it');
    assert.deepEqual(parseConfig('.ai-securityrc.yaml', '# nothing yet\n')?.config, {});
  });

  it('each mistake with its line and column; the valid parts still apply', () => {
    const loaded = parseConfig(
      '.ai-securityrc.yaml',
      ['exlude: [a]', 'include: ["{a", "docs/**"]', 'failOn: sometimes', 'severity:', '  9.9.9: off', '  shal: error', '  6.4: loud', 'baseline: ../x', 'gitignore: yes please', 'modelCards: cards/*.md', 'include: []', ''].join('\n'),
    );
    assert.deepEqual(at(loaded), [
      '.ai-securityrc.yaml:1:1: unknown key "exlude"; did you mean "exclude"? (keys: include, exclude, modelCards, severity, failOn, baseline, gitignore)',
      '.ai-securityrc.yaml:2:11: include: the pattern "{a" has a { with no matching } (write \\{ to match it)',
      '.ai-securityrc.yaml:3:9: failOn must be one of error, warning, information, never, not the string "sometimes"',
      '.ai-securityrc.yaml:5:3: severity: "9.9.9" is not shall, should, a provision number of the Code or a rule ID',
      '.ai-securityrc.yaml:6:3: severity: "shal" is not shall, should, a provision number of the Code or a rule ID; did you mean "shall"?',
      '.ai-securityrc.yaml:7:8: severity.6.4 must be one of error, warning, information, hint, off, not the string "loud"',
      '.ai-securityrc.yaml:8:11: baseline "../x" leads outside the workspace (its .. climbs out); it is not read',
      '.ai-securityrc.yaml:9:12: gitignore must be true or false, not the string "yes please"',
      '.ai-securityrc.yaml:10:13: modelCards must be a list of glob patterns, not the string "cards/*.md"',
      '.ai-securityrc.yaml:11:1: The key "include" appears twice in this mapping; only the first one is used. Remove or merge the duplicate.',
    ]);
    assert.deepEqual(loaded!.config, { include: ['docs/**'], severity: {} });
    assert.deepEqual(at(parseConfig('.ai-securityrc.yaml', '- a\n')), ['.ai-securityrc.yaml:1:1: must be a mapping (key: value), not a list']);
    assert.deepEqual(at(parseConfig('package.json', '{"ai-security": []}')), ['package.json:1:17: must be an object under "ai-security", not a list']);
    assert.match(at(parseConfig('.ai-securityrc.json', '{\n  "exclude": [,]\n}'))[0]!, /^\.ai-securityrc\.json:2:15: not valid JSON: Unexpected token/);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '\0', '{', '[[[[[[[[[[', 'a: *x', '&a [*a]', 'a: !!binary x', '"\\u', `${'['.repeat(10_000)}`, 'severity: { __proto__: off }', 'include: [1, null, {a: b}]']) {
      for (const file of ['.ai-securityrc.yaml', '.ai-securityrc.json', 'package.json']) assert.doesNotThrow(() => parseConfig(file, text), `${file}: ${JSON.stringify(text.slice(0, 20))}`);
    }
  });

  it('a baseline path stays inside the workspace', () => {
    assert.deepEqual(workspacePath('ci/b.json', ''), { rel: 'ci/b.json' });
    assert.deepEqual(workspacePath('../b.json', 'sub'), { rel: 'b.json' });
    assert.deepEqual(workspacePath('./x\\y.json', 'a/b'), { rel: 'a/b/x/y.json' });
    for (const bad of ['/etc/passwd', '~/.ssh/id', 'C:/x', 'https://example.org/b.json', 'file:///etc/passwd', '../../b.json', '..', '', 'a\0b', 'x'.repeat(2000)]) {
      assert.ok('error' in workspacePath(bad, 'sub'), bad);
    }
  });

  it('is looked for from a folder up to the root, in this order of names', () => {
    assert.deepEqual(configSearchPath('a/b'), ['a/b', 'a', '']);
    assert.deepEqual(configSearchPath(''), ['']);
    assert.ok(isConfigCandidate('.ai-securityrc.yml') && isConfigCandidate('x/package.json') && !isConfigCandidate('ai-security.yaml'));
  });

  it('globs are relative to the configuration\u2019s folder; a folder name is escaped, not read as a pattern', () => {
    assert.equal(rootPattern('', './cards/*.md'), 'cards/*.md');
    assert.equal(rootPattern('a/[b]{c}', 'x/*.md'), 'a/\\[b\\]\\{c\\}/x/*.md');
    assert.ok(compileGlob(rootPattern('a/[b]{c}', 'x/*.md')).glob!.matches('a/[b]{c}/x/y.md'));
    const loaded = parseConfig('sub/.ai-securityrc.yaml', 'include: ["**/*.md", "ai-security.yaml"]\nexclude: [legacy/**]\n')!;
    const f = searchFilter(loaded);
    assert.equal(f.skipsFolder('sub/legacy'), true);
    assert.equal(f.skipsFolder('legacy'), false);
    assert.equal(f.skipsFile('sub/docs/card.md'), false);
    assert.equal(f.skipsFile('sub/legacy/card.md'), true);
    assert.equal(f.skipsFile('sub/ai-security.yaml'), false);
    assert.equal(f.skipsFile('ai-security.yaml'), true, 'outside the configuration\u2019s folder, include does not match');
    assert.equal(searchFilter(undefined).skipsFile('x'), false);
  });

  it('merges: command-line flags win, --include adds to modelCards; the configuration\u2019s severity wins over the editor\u2019s, key by key', () => {
    const loaded = parseConfig('sub/.ai-securityrc.yaml', 'modelCards: [cards/*.md]\nfailOn: warning\nbaseline: b.json\nseverity: { shall: warning, stale-review: off }\n')!;
    assert.deepEqual(mergeCheckSettings({}, loaded), { failOn: 'warning', baseline: 'sub/b.json', cards: ['sub/cards/*.md'] });
    assert.deepEqual(mergeCheckSettings({ failOn: 'never', include: ['x/*.md'] }, loaded), { failOn: 'never', baseline: 'sub/b.json', cards: ['sub/cards/*.md', 'x/*.md'] });
    assert.deepEqual(mergeCheckSettings({}, undefined), { failOn: 'error', cards: [] });
    assert.deepEqual(mergeSeverity({ shall: 'error', should: 'hint' }, loaded), { shall: 'warning', should: 'hint', 'stale-review': 'off' });
    assert.deepEqual(mergeSeverity({ should: 'hint' }, undefined), { should: 'hint' });
  });

  it('failOn takes the values --fail-on takes', () => {
    assert.deepEqual([...FAIL_ON_LEVELS], CHECK.options.find((o) => o.name === 'fail-on')!.choices);
  });

  it('the JSON Schema rejects every shape the validator rejects, and accepts the valid configurations', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'ai-security-config.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const valid = [{}, { include: ['**/*.md'], exclude: ['build/**'], modelCards: ['cards/*.md'], severity: { shall: 'warning', '6.4': 'off', 'stale-review': 'hint' }, failOn: 'never', baseline: 'b.json', gitignore: true, $schema: './schemas/ai-security-config.schema.json' }];
    const badShapes = [[], 'x', { exlude: [] }, { include: 'a' }, { include: [1] }, { include: [''] }, { include: Array(300).fill('a') }, { severity: { shall: 'loud' } }, { severity: [] }, { failOn: 'sometimes' }, { baseline: 1 }, { baseline: '' }, { gitignore: 'yes' }];
    for (const v of valid) {
      assert.ok(validate(v), `schema: ${JSON.stringify(validate.errors)}`);
      assert.deepEqual(parseConfig('.ai-securityrc.json', JSON.stringify(v))!.problems, []);
    }
    for (const v of badShapes) {
      assert.equal(validate(v), false, `the schema rejects ${JSON.stringify(v).slice(0, 80)}`);
      assert.ok(parseConfig('.ai-securityrc.json', JSON.stringify(v))!.problems.length > 0, `the validator rejects ${JSON.stringify(v).slice(0, 80)}`);
    }
  });
});

describe('host: .gitignore lines the matcher could take too long over', () => {
  it('are refused by their shape; ordinary lines pass', () => {
    for (const ok of ['node_modules/', '*.pyc', '!keep.md', '/build', '**/dist/**', 'docs/**/*.tmp.md', '[Bb]in/', '*.py[cod]', '# a comment', '']) assert.equal(unsafeGitignoreLine(ok), undefined, ok);
    assert.equal(unsafeGitignoreLine('**/a/**/b/**/c'), 'it has more than 2 **');
    assert.equal(unsafeGitignoreLine('*a*a*a*a*a*a*a*a*b'), 'it has more than 8 wildcards');
    assert.equal(unsafeGitignoreLine('a'.repeat(300)), 'it is longer than 256 characters');
  });
});

/**
 * The project configuration and the search's ignores in the language server: the start-up scan
 * skips virtual environments and build output, the server picks up `.ai-securityrc.yaml` and
 * reads it again when it changes (workspace/didChangeWatchedFiles), shows its mistakes on the
 * file with their lines, and forgets what a new `exclude` leaves out. Every wait polls for the
 * publication it needs; nothing sleeps.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FULL_CAPABILITIES, TestClient, until } from './client';

const MANIFEST = 'version: 1\nsystem: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }\n';
const HF_CARD = '---\nlicense: mit\npipeline_tag: text-generation\n---\n# x\n';
const CARD = '# Model card\n';
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

describe('lsp: project configuration and ignores', () => {
  let ws: string;
  let client: TestClient;
  const uri = (rel: string) => pathToFileURL(path.join(ws, ...rel.split('/'))).toString();
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(ws, ...rel.split('/'))), { recursive: true });
    fs.writeFileSync(path.join(ws, ...rel.split('/')), text);
  };
  const published = (rel: string) => client.published.filter((p) => p.uri === uri(rel));
  const latest = (rel: string) => published(rel).at(-1);
  const changed = (...changes: [string, number][]) => client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([rel, type]) => ({ uri: uri(rel), type })) });
  /** The manifest's provision findings (gaps) that are errors. */
  const provisionErrors = () => (latest('ai-security.yaml')?.diagnostics ?? []).filter((d) => /^\d/.test(String(d.code)) && d.severity === 1).length;

  beforeEach(async () => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-lsp-config-')));
    write('ai-security.yaml', MANIFEST);
    write('.venv/lib/python3.11/site-packages/x/README.md', HF_CARD);
    write('build/MODEL_CARD.md', CARD);
    write('.gitignore', 'generated/\n');
    write('generated/MODEL_CARD.md', CARD);
    write('legacy/MODEL_CARD.md', CARD);
    write('models/MODEL_CARD.md', CARD);
    client = TestClient.inProcess({ clock: { today: () => '2026-11-25' } });
    await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString());
  });
  afterEach(() => {
    client.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('the scan skips .venv, build/ and .gitignore; the configuration is read, read again when it changes, and its mistakes shown', async () => {
    // The scan takes the cards in path order: models/ comes after everything it should skip.
    await client.diagnostics(uri('models/MODEL_CARD.md'));
    await client.diagnostics(uri('legacy/MODEL_CARD.md'));
    for (const skipped of ['.venv/lib/python3.11/site-packages/x/README.md', 'build/MODEL_CARD.md', 'generated/MODEL_CARD.md']) assert.deepEqual(published(skipped), [], skipped);
    const errorsBefore = provisionErrors();
    assert.ok(errorsBefore > 0);

    // A configuration appears: legacy/ is excluded (its diagnostics cleared) and shall gaps are warnings.
    write('.ai-securityrc.yaml', 'exclude: [legacy/**]\nseverity: { shall: warning }\n');
    const n = client.published.length;
    await changed(['.ai-securityrc.yaml', CREATED]);
    await until('legacy/ cleared', () => client.published.slice(n).some((p) => p.uri === uri('legacy/MODEL_CARD.md') && p.diagnostics.length === 0));
    await until('the manifest analysed again with severity shall: warning', () => client.published.slice(n).some((p) => p.uri === uri('ai-security.yaml')) && provisionErrors() === 0);
    await until('models/ still checked', () => client.published.slice(n).some((p) => p.uri === uri('models/MODEL_CARD.md') && p.diagnostics.length > 0));

    // It changes into a bad one: its mistakes are diagnostics on its lines; the valid parts still apply.
    write('.ai-securityrc.yaml', 'exclude: [legacy/**]\nfailOn: sometimes\nexlude: []\n');
    const m = client.published.length;
    await changed(['.ai-securityrc.yaml', CHANGED]);
    const problems = await until('the configuration\u2019s problems', () => client.published.slice(m).find((p) => p.uri === uri('.ai-securityrc.yaml') && p.diagnostics.length === 2)?.diagnostics);
    assert.deepEqual(
      problems.map((d) => [d.range.start.line, d.code, d.severity]),
      [
        [1, 'invalid-config', 1],
        [2, 'invalid-config', 1],
      ],
    );
    assert.match(problems[1]!.message, /unknown key "exlude"; did you mean "exclude"\?/);
    await until('the severity override gone with the key', () => client.published.slice(m).some((p) => p.uri === uri('ai-security.yaml')) && provisionErrors() === errorsBefore);
    assert.ok(!client.published.slice(m).some((p) => p.uri === uri('legacy/MODEL_CARD.md') && p.diagnostics.length > 0), 'exclude still applies');

    // It goes: its diagnostics are cleared and legacy/ is checked again.
    fs.rmSync(path.join(ws, '.ai-securityrc.yaml'));
    const k = client.published.length;
    await changed(['.ai-securityrc.yaml', DELETED]);
    await until('the configuration\u2019s problems cleared', () => client.published.slice(k).some((p) => p.uri === uri('.ai-securityrc.yaml') && p.diagnostics.length === 0));
    await until('legacy/ checked again', () => client.published.slice(k).some((p) => p.uri === uri('legacy/MODEL_CARD.md') && p.diagnostics.length > 0));
  });

  it('a card created in .venv is not checked; one created elsewhere is; a .gitignore change searches again', async () => {
    await client.diagnostics(uri('models/MODEL_CARD.md'));
    write('.venv/lib/python3.11/site-packages/y/MODEL_CARD.md', CARD);
    write('models/b/MODEL_CARD.md', CARD);
    await changed(['.venv/lib/python3.11/site-packages/y/MODEL_CARD.md', CREATED], ['models/b/MODEL_CARD.md', CREATED]);
    await client.diagnostics(uri('models/b/MODEL_CARD.md'));
    assert.deepEqual(published('.venv/lib/python3.11/site-packages/y/MODEL_CARD.md'), []);

    write('.gitignore', 'generated/\nmodels/\n');
    const n = client.published.length;
    await changed(['.gitignore', CHANGED]);
    await until('models/ cleared', () => ['models/MODEL_CARD.md', 'models/b/MODEL_CARD.md'].every((rel) => client.published.slice(n).some((p) => p.uri === uri(rel) && p.diagnostics.length === 0)));
  });
});

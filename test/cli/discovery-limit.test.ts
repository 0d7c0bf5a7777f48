/**
 * The discovery limit: a search that stops at it must say so, and the gate must not pass on what
 * it did not see. The limit is injectable (Io.maxFiles) so most cases need a handful of files;
 * one test makes the real 10,001.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_BYTES_CEILING } from '../../server/src/cli/main';
import { runCli, type CliRun } from './run-cli';
import { MAX_FILES } from '../../server/src/host/discover';

const TODAY = '2026-11-25';
const MANIFEST = 'version: 1\nsystem: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }\n';

const cli = (args: string[], cwd: string, maxFiles?: number): CliRun => runCli(args, { cwd, maxFiles });

describe('cli: the discovery limit', () => {
  let ws: string;
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-limit-')));
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  function manifests(n: number): void {
    for (let i = 0; i < n; i++) {
      fs.mkdirSync(path.join(ws, `s${i}`));
      fs.writeFileSync(path.join(ws, `s${i}`, 'ai-security.yaml'), MANIFEST);
    }
  }

  it('one file over the limit: check and report exit 2 with one line, and print no result', () => {
    manifests(4);
    for (const args of [['check', '--fail-on', 'never'], ['check', '--format', 'sarif'], ['report']]) {
      const r = cli([...args, '--today', TODAY], ws, 3);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.out, '');
      assert.equal(r.err, 'ai-security: . holds more than 3 manifests and model cards to check; the search stopped there, and an incomplete check must not pass. Check its folders one at a time.\n');
    }
  });

  it('exactly at the limit is a complete scan', () => {
    manifests(3);
    const r = cli(['check', '--today', TODAY, '--format', 'json'], ws, 3);
    assert.equal(r.err, '');
    assert.equal(JSON.parse(r.out).files.length, 3);
  });

  it(`the real limit: ${MAX_FILES + 1} model cards`, function () {
    this.timeout(300_000);
    fs.mkdirSync(path.join(ws, 'cards'));
    for (let i = 0; i <= MAX_FILES; i++) fs.writeFileSync(path.join(ws, 'cards', `${i}.md`), '');
    const r = cli(['check', '--today', TODAY, '--include', 'cards/*.md'], ws);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`^ai-security: \\. holds more than ${MAX_FILES} manifests and model cards to check;`));
  });
});

describe('cli: --max-size', () => {
  it('may raise the size limit up to a ceiling of 100 MiB, and no further', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-maxsize-')));
    try {
      fs.writeFileSync(path.join(dir, 'ai-security.yaml'), MANIFEST);
      assert.equal(cli(['check', '--today', TODAY, '--fail-on', 'never', '--max-size', String(MAX_BYTES_CEILING)], dir).code, 0);
      for (const v of [String(MAX_BYTES_CEILING + 1), '1e12']) {
        const r = cli(['check', '--today', TODAY, '--max-size', v], dir);
        assert.equal(r.code, 2, v);
        assert.equal(r.err, `ai-security: --max-size must be at most ${MAX_BYTES_CEILING} bytes (100 MiB)\nUsage: ai-security check [paths...] [options]\n`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

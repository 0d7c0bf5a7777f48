/**
 * "Create manifest" suggests the owner from the folder's `git config user.email` (client/src/owner.ts):
 * read from the folder's own repository, and no suggestion at all when git fails, says nothing
 * or does not answer in time. The core writes whatever owner it is given (starter.test.ts).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gitUserEmail, ownerFrom, type Run } from '../../client/src/owner';

describe('client: the owner Create manifest suggests', () => {
  it('is the repository\u2019s user.email, read by git in the workspace folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-owner-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('git', ['config', 'user.email', 'triage-team@example.gov.uk'], { cwd: dir });
      // A timeout far beyond any machine's load: this is about where git reads, not how fast.
      assert.equal(await gitUserEmail(dir, undefined, 60_000), 'triage-team@example.gov.uk');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks git for user.email in that folder, with a timeout', async () => {
    const calls: Parameters<Run>[] = [];
    const runner: Run = async (...args) => (calls.push(args), 'ai@example.org\n');
    assert.equal(await gitUserEmail('/work/system', runner, 1500), 'ai@example.org');
    assert.deepEqual(calls, [['git', ['config', '--get', 'user.email'], { cwd: '/work/system', timeout: 1500 }]]);
  });

  it('is none when git fails (no git, no repository, no address) or never answers', async () => {
    assert.equal(await gitUserEmail('/x', () => Promise.reject(new Error('ENOENT'))), undefined);
    assert.equal(await gitUserEmail('/x', async () => ''), undefined);
    // A runner that ignores its timeout: the suggestion is given up, whatever the machine's load.
    assert.equal(await gitUserEmail('/x', () => new Promise<string>(() => {}), 1), undefined);
  });

  it('is one line of printable text', () => {
    assert.equal(ownerFrom('  a@b.org  \r\nsecond\n'), 'a@b.org');
    assert.equal(ownerFrom('a\u0007b'), undefined);
    assert.equal(ownerFrom('x'.repeat(300)), undefined);
  });
});

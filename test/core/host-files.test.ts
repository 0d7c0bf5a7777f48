/**
 * The host's guarded reads (server/src/host/files.ts, through NodeWorkspaceHost): regular files
 * only, inside the root, at most the cap whatever a file's size says.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { mkfifo } from '../helpers';

describe('host: guarded reads', () => {
  let ws: string;
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-host-')));
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('a FIFO is "special": stat says so, and no read opens it in a way that could block', () => {
    mkfifo(path.join(ws, 'pipe.md'));
    const host = new NodeWorkspaceHost(ws);
    assert.equal(host.stat('pipe.md'), 'special');
    assert.deepEqual(host.readBytes('pipe.md', 1000), { failure: 'special' });
    assert.equal(host.readText('pipe.md', 1000), undefined);
    assert.equal(host.readHead('pipe.md'), '');
    assert.deepEqual(host.list(''), [], 'a FIFO is not listed as a file');
  });

  it('a device reached through a link is outside the workspace and never opened', () => {
    fs.symlinkSync('/dev/zero', path.join(ws, 'zero.md'));
    const host = new NodeWorkspaceHost(ws);
    assert.equal(host.stat('zero.md'), 'outside');
    assert.deepEqual(host.readBytes('zero.md', 1000), { failure: 'outside' });
  });

  it('reads at most the cap plus one byte, whatever the size says (files in /proc say 0)', function () {
    if (!fs.existsSync('/proc/self/status')) this.skip();
    const host = new NodeWorkspaceHost('/proc/self');
    assert.equal(fs.statSync('/proc/self/status').size, 0, 'the size lies');
    const r = host.readBytes('status', 16);
    assert.ok('tooLarge' in r && r.tooLarge === 17, JSON.stringify(r));
    const whole = host.readBytes('status', 1 << 20);
    assert.ok('bytes' in whole && whole.bytes.length > 16, 'under the cap, the whole file');
    assert.equal(host.readHead('status', 4), 'Name');
  });

  it('a large regular file is refused by its size, without being read', () => {
    fs.writeFileSync(path.join(ws, 'big.md'), Buffer.alloc(1000, 'a'));
    const host = new NodeWorkspaceHost(ws);
    assert.deepEqual(host.readBytes('big.md', 999), { tooLarge: 1000 });
    const r = host.readBytes('big.md', 1000);
    assert.ok('bytes' in r && r.bytes.length === 1000);
  });
});

/**
 * The server's safety bounds: the start-up scan's file limit, said when reached, and the size
 * limit, which settings (the workspace's among them) may lower but never raise. In process.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_SIZE } from '../../server/src/core/index';
import { normalise } from '../../server/src/lsp/settings';
import { FULL_CAPABILITIES, TestClient, until } from './client';

const MANIFEST = 'version: 1\nsystem: { name: X, owner: x@example.org, roles: [developer], lifecycle: design }\n';

describe('language server: limits', () => {
  let ws: string;
  let client: TestClient;
  beforeEach(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-lsp-limits-')));
  });
  afterEach(() => {
    client?.conn.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('a start-up scan that stops at the file limit says so: one message to the user, a log line each time', async () => {
    for (let i = 0; i < 3; i++) {
      fs.mkdirSync(path.join(ws, `s${i}`));
      fs.writeFileSync(path.join(ws, `s${i}`, 'ai-security.yaml'), MANIFEST);
    }
    client = TestClient.inProcess({ maxFiles: 2, clock: { today: () => '2026-06-01' } });
    const shown: { type: number; message: string }[] = [];
    client.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => shown.push(p));
    await client.initialize({ ...FULL_CAPABILITIES, workspace: { workspaceFolders: true } }, pathToFileURL(ws).toString(), { processId: null });
    await until('the warning', () => shown.length > 0, 120_000);
    assert.equal(shown[0]!.type, 2, 'a warning');
    assert.match(shown[0]!.message, /^AI Security: The workspace folder .* holds more than 2 manifests and model cards; only the first 2 were checked\./);
    const logged = () => client.logs.filter((l) => l.includes('holds more than 2 manifests')).length;
    await until('the log line', () => logged() === 1);
    // A second scan (the configuration changed) logs again but does not show the message again.
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until('a second log line', () => logged() === 2, 120_000);
    assert.equal(shown.length, 1);
  });

  it('aiSecurity.maxFileSize may lower the size limit, never raise it', () => {
    assert.equal(normalise({ maxFileSize: 1e12 }).maxFileSize, DEFAULT_MAX_SIZE);
    assert.equal(normalise({ maxFileSize: DEFAULT_MAX_SIZE + 1 }).maxFileSize, DEFAULT_MAX_SIZE);
    assert.equal(normalise({ maxFileSize: 4096 }).maxFileSize, 4096);
    assert.equal(normalise({ maxFileSize: 4096.7 }).maxFileSize, 4096);
    for (const bad of [0, 0.5, -1, '1e12', null]) assert.equal(normalise({ maxFileSize: bad }).maxFileSize, DEFAULT_MAX_SIZE, String(bad));
  });

  it('a workspace setting of 1e12 does not get a file over the default read', async () => {
    const card = path.join(ws, 'MODEL_CARD.md');
    fs.writeFileSync(card, Buffer.alloc(DEFAULT_MAX_SIZE + 1, 'a\n'));
    client = TestClient.inProcess({ clock: { today: () => '2026-06-01' } });
    client.settings = { maxFileSize: 1e12 };
    await client.initialize({ ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceFolders: true } }, pathToFileURL(ws).toString(), { processId: null });
    const ds = await client.diagnostics(pathToFileURL(card).toString(), (p) => p.diagnostics.length > 0, 120_000);
    assert.deepEqual(ds.map((d) => d.code), ['file-too-large']);
  });
});


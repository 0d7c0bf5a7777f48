/**
 * A frame without a numeric Content-Length used to leave the server alive but deaf for good:
 * the reader took the unmeasured body for the next header, and every message after it was glued
 * to the one before. The server now exits 1 so that the client starts it again. The watcher is
 * tested on its own, then against the built server over stdio.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FrameWatcher, MAX_HEADER_BYTES } from '../../server/src/lsp/framing';
import { repoRoot } from '../helpers';
import { until } from './client';

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`) => Buffer.from(`${header}\r\n\r\n${body}`);
const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

function watch(chunks: Buffer[]): string[] {
  const why: string[] = [];
  const w = new FrameWatcher((w) => why.push(w));
  for (const c of chunks) w.push(c);
  return why;
}

describe('stdio framing', () => {
  describe('the watcher', () => {
    it('follows well-formed frames, split at every byte, bodies with CR LF CR LF and "Content-Length:" in them included', () => {
      const tricky = 'Content-Length: 3\r\n\r\nabc: a body that reads like a frame';
      const stream = Buffer.concat([
        frame(initialize),
        frame(tricky, `content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(tricky)}`),
        frame('{"x":"\u00e9\u4e2d"}'),
        frame('', 'Content-Length: 0'),
      ]);
      for (let cut = 0; cut <= stream.length; cut++) assert.deepEqual(watch([stream.subarray(0, cut), stream.subarray(cut)]), [], `cut at ${cut}`);
      assert.deepEqual(watch([...stream].map((b) => Buffer.from([b]))), [], 'one byte at a time');
    });

    it('stops once, at the first frame it cannot measure', () => {
      assert.deepEqual(watch([frame('{}', 'Content-Length: abc'), frame(initialize)]), ['a message without a numeric Content-Length header']);
      assert.deepEqual(watch([frame('{}', 'Content-Type: x')]), ['a message without a numeric Content-Length header']);
      assert.deepEqual(watch([frame('{}', 'Content-Length: -2')]), ['a message without a numeric Content-Length header']);
      assert.deepEqual(watch([frame('{}', 'no colon here')]), ['a message header line without a colon']);
      assert.deepEqual(watch([Buffer.alloc(MAX_HEADER_BYTES + 1, 'a')]), [`a message header longer than ${MAX_HEADER_BYTES} bytes`]);
    });
  });

  describe('dist/server.js --stdio', () => {
    const bin = path.join(repoRoot, 'dist', 'server.js');

    for (const [name, bad] of [
      ['a non-numeric Content-Length', frame('{"jsonrpc":"2.0","id":0,"method":"x"}', 'Content-Length: abc')],
      ['no Content-Length at all', frame('{"jsonrpc":"2.0","id":0,"method":"x"}', 'Content-Type: application/json')],
    ] as const) {
      it(`${name}: the server exits non-zero (so that the client restarts it), with one line on stderr`, async function () {
        if (!fs.existsSync(bin)) this.skip();
        const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += String(d)));
        let exit: number | null | undefined;
        child.on('exit', (code) => (exit = code));
        try {
          child.stdin.write(bad);
          child.stdin.write(frame(initialize));
          // Only a hang is timed: a server that neither exits nor answers fails here.
          await until('the server to exit', () => exit !== undefined, 120_000);
          assert.equal(exit, 1);
          assert.match(stderr, /^ai-security language server: a message without a numeric Content-Length header on standard input; [^\n]*\n$/);
        } finally {
          if (child.exitCode === null) child.kill();
        }
      });
    }
  });
});

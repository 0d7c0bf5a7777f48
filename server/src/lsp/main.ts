/**
 * `node dist/server.js --stdio` (or `--node-ipc`, as VS Code starts it): the language server
 * over a real transport. Uncaught errors are logged, never fatal: the server keeps serving. The
 * one exception is a stdio stream whose framing is lost (see framing.ts): then it exits 1, so
 * that the client starts a server that can understand it again.
 */
// First, for its side effect: before any other module has run an expression (see the module).
import '../host/regexp-engine';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { FrameWatcher } from './framing';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
startServer(connection);
connection.listen();
if (process.argv.includes('--stdio')) {
  // After listen(): the reader's own listener is attached, so both see every chunk.
  const watcher = new FrameWatcher((why) => {
    process.stderr.write(`ai-security language server: ${why} on standard input; the stream cannot be resynchronised, so the server exits for the client to start it again\n`);
    process.exit(1);
  });
  process.stdin.on('data', (chunk: Buffer) => watcher.push(chunk));
}

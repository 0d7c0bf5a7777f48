/**
 * `node dist/server.js --stdio` (or `--node-ipc`, as VS Code starts it): the language server
 * over a real transport. Uncaught errors are logged, never fatal: the server keeps serving.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
startServer(connection);
connection.listen();

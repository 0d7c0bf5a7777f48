/**
 * Every handler runs through `guard`: a cancelled request gets its default result at once, and an
 * exception is logged with the handler's name and document and turns into the default result.
 * The server answers and keeps serving, whatever a document holds.
 */
import type { CancellationToken, Connection } from 'vscode-languageserver';

export type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

export function guard<P extends object, R>(connection: Connection, name: string, fallback: () => R, fn: Handler<P, R>): Handler<P, R> {
  return async (params, token) => {
    if (token?.isCancellationRequested) return fallback();
    try {
      const result = await fn(params, token);
      return token?.isCancellationRequested ? fallback() : result;
    } catch (e) {
      const uri = (params as { textDocument?: { uri?: string } }).textDocument?.uri;
      connection.console.error(`[${name}]${uri ? ` ${uri}` : ''}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback();
    }
  };
}

/** The same for notifications, which have no result. */
export function guardNotification<P>(connection: Connection, name: string, fn: (params: P) => void | Promise<void>): (params: P) => Promise<void> {
  return async (params) => {
    try {
      await fn(params);
    } catch (e) {
      connection.console.error(`[${name}]: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  };
}

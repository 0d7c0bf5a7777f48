/**
 * The patterns of `aiSecurity.files` and `aiSecurity.modelCards`, compiled once each with the
 * core's glob matcher (the one the client and the CLI use). A pattern that does not compile is
 * reported once, as a warning and a log line naming the setting and the pattern, and is left out:
 * the other patterns, and everything else, keep working.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { compileGlob, type Glob, type GlobResult } from '../core/util/glob';

/** Distinct patterns kept compiled; settings hold a handful, so this only bounds a hostile list. */
const KEEP = 1000;

export class SettingGlobs {
  private readonly compiled = new Map<string, GlobResult>();
  private readonly reported = new Set<string>();

  constructor(private readonly connection: Pick<Connection, 'console' | 'sendNotification'>) {}

  /** Whether a workspace-relative path matches one of a setting's patterns. */
  matches(setting: string, patterns: readonly string[], rel: string): boolean {
    for (const pattern of patterns) if (this.glob(setting, pattern)?.matches(rel)) return true;
    return false;
  }

  /** Compiles a setting's patterns now, so that a bad one is reported without waiting for a file to test. */
  check(setting: string, patterns: readonly string[]): void {
    for (const pattern of patterns) this.glob(setting, pattern);
  }

  private glob(setting: string, pattern: string): Glob | undefined {
    let r = this.compiled.get(pattern);
    if (!r) {
      r = compileGlob(pattern);
      if (this.compiled.size >= KEEP) this.compiled.clear();
      this.compiled.set(pattern, r);
    }
    const key = `${setting}\u0000${pattern}`;
    if (r.error !== undefined && !this.reported.has(key)) {
      this.reported.add(key);
      const message = `${setting}: the pattern ${JSON.stringify(pattern)} ${r.error}. It is ignored; the other patterns still apply.`;
      this.connection.console.warn(message);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    return r.glob;
  }
}

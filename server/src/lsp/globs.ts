/**
 * The patterns of `aiSecurity.files` and `aiSecurity.modelCards` are compiled and matched by the
 * projects (core/project.ts), with the core's glob matcher (the one the client and the CLI use).
 * A pattern that does not compile is reported here once, as a warning and a log line naming the
 * setting and the pattern, and is left out: the other patterns, and everything else, keep working.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';

/** Patterns already reported; settings hold a handful, so this only bounds a hostile list. */
const KEEP = 1000;

const SETTING = { manifests: 'aiSecurity.files', cards: 'aiSecurity.modelCards' } as const;

export class PatternWarnings {
  private readonly reported = new Set<string>();

  constructor(private readonly connection: Pick<Connection, 'console' | 'sendNotification'>) {}

  report(list: keyof typeof SETTING, pattern: string, error: string): void {
    const setting = SETTING[list];
    const key = `${setting}\u0000${pattern}`;
    if (this.reported.has(key)) return;
    if (this.reported.size >= KEEP) this.reported.clear();
    this.reported.add(key);
    const message = `${setting}: the pattern ${JSON.stringify(pattern)} ${error}. It is ignored; the other patterns still apply.`;
    this.connection.console.warn(message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}

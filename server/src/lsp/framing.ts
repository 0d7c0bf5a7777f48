/**
 * A watch on the framing of the stdio transport. The base protocol marks where each message
 * ends only by its Content-Length header; vscode-jsonrpc's StreamMessageReader, given a header
 * without a numeric one, reports an error that nobody hears and carries on reading the body it
 * could not measure as the next header. Every later message is then glued to the one before it,
 * and the server, alive, never understands another: the client sees no crash and never restarts
 * it. Nothing in the stream says where the unmeasured body ends (a document's text may itself
 * contain "Content-Length:"), so resynchronising would be a guess that could forge a message.
 * The server exits instead, and the client starts a fresh one.
 *
 * The watcher reads the same bytes as the reader, beside it, and tracks frames the way it does:
 * a header ends at the first blank line (CR LF CR LF), keys are case-insensitive, the last of a
 * repeated key wins, and the body is Content-Length bytes, as parseInt reads it.
 */

/** The longest header block accepted: real ones are under 100 bytes. */
export const MAX_HEADER_BYTES = 8192;

export class FrameWatcher {
  private header: number[] = [];
  /** 0 in a header line, 1 after CR, 2 after CR LF, 3 after CR LF CR (as the reader counts). */
  private state = 0;
  private bodyLeft = 0;
  private stopped = false;

  /** `broken` is called once, with why, when the stream can no longer be read as frames. */
  constructor(private readonly broken: (why: string) => void) {}

  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length && !this.stopped) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= n;
        i += n;
        continue;
      }
      const b = chunk[i++]!;
      this.header.push(b);
      if (b === 13) this.state = this.state === 0 ? 1 : this.state === 2 ? 3 : 0;
      else if (b === 10 && this.state === 1) this.state = 2;
      else if (b === 10 && this.state === 3) this.endOfHeader();
      else this.state = 0;
      if (!this.stopped && this.header.length > MAX_HEADER_BYTES) this.stop(`a message header longer than ${MAX_HEADER_BYTES} bytes`);
    }
  }

  private endOfHeader(): void {
    const lines = Buffer.from(this.header).toString('ascii').split('\r\n').slice(0, -2);
    this.header = [];
    this.state = 0;
    const fields = new Map<string, string>();
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon < 0) return this.stop('a message header line without a colon');
      fields.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
    }
    const length = parseInt(fields.get('content-length') ?? '', 10);
    if (!(length >= 0)) return this.stop('a message without a numeric Content-Length header');
    this.bodyLeft = length;
  }

  private stop(why: string): void {
    this.stopped = true;
    this.broken(why);
  }
}

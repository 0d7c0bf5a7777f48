/**
 * The text the tool writes where only the user knows the answer: the placeholders of the
 * manifest's quick fixes (through the schema's examples), of the starter manifest and of the
 * model-card waiver fix. It is one table, read both by the code that writes the text and by the
 * rules that report it when it is still there (`unchanged-placeholder`), so the two cannot drift:
 * a placeholder is recognised by being exactly this text, never by guessing at what looks like
 * one. Model-card sections have their own templates (cards/sections.ts), read the same way.
 *
 * Only text that cannot be a true claim as it stands is listed: an instruction, an address or a
 * link at example.org, an "e.g." value, the all-zero digest. Values a user may rightly keep (an
 * allowed value of an enum, a date, a path that the evidence checks look for, the system's own
 * owner copied into an entry) are placeholders to tab through, not findings.
 */

export interface PlaceholderText {
  /** Exactly what is written. */
  text: string;
  /** What to write instead, for the finding's message: "the address of …". */
  write: string;
}

export const PLACEHOLDERS = {
  owner: { text: 'owner@example.org', write: 'the address of the person or team who answers for it' },
  riskOwner: { text: 'risk-owner@example.org', write: 'who accepted the risk' },
  justification: { text: 'Explain the decision in a sentence.', write: 'the reason, in a sentence a reviewer can check' },
  notApplicable: { text: 'Explain in a sentence why this does not apply to the system.', write: 'why the provision does not apply to this system, in a sentence a reviewer can check' },
  notes: { text: 'What remains to be done.', write: 'what remains to be done' },
  systemName: { text: 'System name', write: 'the name of the system (or of the other system it acts on)' },
  assetId: { text: 'asset-id', write: 'an identifier for the asset' },
  version: { text: 'e.g. 1.0.0', write: 'the version in use' },
  dataUrl: { text: 'https://example.org/data', write: 'where the data came from' },
  endUserDocs: { text: 'https://example.org/ai/models', write: 'where the documentation is shared with end-users' },
  channel: { text: 'e.g. security bulletin', write: 'a channel that really carries security updates to staff' },
  otherChannel: { text: 'e.g. intranet', write: 'a second channel that really carries security updates to staff' },
  digest: { text: '0'.repeat(64), write: 'the SHA-256 digest of the file (the output of sha256sum)' },
  todo: { text: 'TODO', write: 'the value' },
  waiverReason: { text: 'Explain why this does not apply.', write: 'why the finding does not apply' },
} as const satisfies Record<string, PlaceholderText>;

const BY_TEXT: ReadonlyMap<string, PlaceholderText> = new Map(Object.values(PLACEHOLDERS).map((p) => [p.text, p]));

/** The placeholder a value is, when it is exactly one of the table's texts. */
export function placeholderOf(value: unknown): PlaceholderText | undefined {
  return typeof value === 'string' ? BY_TEXT.get(value) : undefined;
}

/** The finding's message: the placeholder (a long one cut short) and what to write instead. */
export function placeholderMessage(text: string, write: string): string {
  const shown = text.length > 40 && !text.includes(' ') ? `${text.slice(0, 8)}…` : text;
  return `"${shown}" is a placeholder the tool wrote: replace it with ${write}.`;
}

/** Every placeholder text of the table. */
export function placeholderTexts(): string[] {
  return [...BY_TEXT.keys()];
}

/** One placeholder of a template line: the literal text around it, and its default. */
export interface TemplateSlot {
  /** The template line's literal pieces: `segments[i]` comes before slot i, the last after the last slot. */
  segments: string[];
  /** The defaults of the line's slots, in order. */
  defaults: string[];
}

/**
 * A template line (`Inputs and outputs are kept for ${1:30 days}, then deleted.`) split into its
 * literal pieces and its placeholders' defaults; undefined for a line without placeholders.
 */
export function templateSlots(line: string): TemplateSlot | undefined {
  const segments: string[] = [];
  const defaults: string[] = [];
  let from = 0;
  for (let i = line.indexOf('${'); i >= 0; i = line.indexOf('${', from)) {
    const colon = line.indexOf(':', i);
    const close = line.indexOf('}', colon);
    if (colon < 0 || close < 0) break;
    segments.push(line.slice(from, i));
    defaults.push(line.slice(colon + 1, close));
    from = close + 1;
  }
  if (!defaults.length) return undefined;
  segments.push(line.slice(from));
  return { segments, defaults };
}

/**
 * Where a line is a template line exactly as a fix wrote it, every placeholder left at its
 * default: the offsets in the line of each default. A line where any placeholder was filled in
 * has been written by the user, and what it keeps ("model.safetensors" beside a real digest) is
 * theirs. Linear in the line's length.
 */
export function unchangedSlots(line: string, t: TemplateSlot): { start: number; end: number; text: string }[] {
  const { segments, defaults } = t;
  let length = 0;
  for (const s of segments) length += s.length;
  for (const d of defaults) length += d.length;
  if (line.length !== length) return [];
  const out: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (let i = 0; i < defaults.length; i++) {
    if (!line.startsWith(segments[i]!, at)) return [];
    at += segments[i]!.length;
    if (!line.startsWith(defaults[i]!, at)) return [];
    out.push({ start: at, end: at + defaults[i]!.length, text: defaults[i]! });
    at += defaults[i]!.length;
  }
  return line.startsWith(segments[segments.length - 1]!, at) ? out : [];
}

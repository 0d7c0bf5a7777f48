/**
 * Bytes to text, as strictly as an editor would show them: UTF-8 only (a leading byte-order
 * mark is dropped, as editors do), and anything that is not valid UTF-8 or holds NUL bytes is
 * reported as binary rather than analysed as garbage.
 */
export interface Decoded {
  text: string;
  /** Why the bytes are not text, or undefined when they are. */
  notText?: 'nul' | 'invalid-utf8';
}

const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  // A NUL byte in the first 8 KB is the usual sign of a binary file (as git decides).
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { text: '', notText: 'nul' };
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { text: '', notText: 'invalid-utf8' };
  }
}

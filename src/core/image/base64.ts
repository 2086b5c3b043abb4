/**
 * Base64 without Buffer or atob: the core runs in Apps Script and Node alike (see tsconfig.core).
 * Used for the emblem kept in the spreadsheet, where cells hold text only.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    parts.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63], left > 1 ? ALPHABET[(n >> 6) & 63] : '=', left > 2 ? ALPHABET[n & 63] : '=');
  }
  return parts.join('');
}

/** The bytes, or undefined when the text is not base64 (a stray character, a wrong length). */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = text[i + j];
      const v = c === '=' && i + j >= text.length - pad ? 0 : INDEX.get(c);
      if (v === undefined) return undefined;
      n = (n << 6) | v;
    }
    for (const shift of [16, 8, 0]) if (o < out.length) out[o++] = (n >> shift) & 255;
  }
  return out;
}

/** FNV-1a over UTF-16 code units, base 36: short keys and fingerprints that fit in DocumentProperties. */
export function hashText(value: string): string {
  return fnv1a(value.length, (i) => value.charCodeAt(i));
}

/** FNV-1a over bytes: an image's identity without spelling out every byte. */
export function hashBytes(bytes: Uint8Array): string {
  return fnv1a(bytes.length, (i) => bytes[i]);
}

function fnv1a(length: number, unit: (i: number) => number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    h ^= unit(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * A fingerprint of plain data such as a document tree. Byte arrays (an emblem, a chart) enter as
 * their length and hash: JSON spells a Uint8Array as an object with a key per byte, which for a
 * 1 MB emblem is a string of some 10 MB built on every batch of a job.
 */
export function fingerprintOf(value: unknown): string {
  return hashText(JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? `bytes:${v.length}:${hashBytes(v)}` : v)));
}

/** Longest file name we write, in UTF-8 bytes (file systems allow 255 with the extension; Thai letters take 3 each). */
const MAX_BYTES = 240;
/** Thai vowel and tone marks that sit on the letter before them: a name must not end between the two. */
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$/;

/** Thai has no spaces between words: a long title is cut where a word ends, found by the ICU dictionary. */
const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * A document title as a file name on any system: no path or reserved characters, bounded length,
 * cut at a word boundary. Linear in the title's length: only the first MAX_BYTES are looked at.
 */
export function safeFileName(title: string): string {
  // Enough characters to fill MAX_BYTES even when every one is ASCII, then cleaned.
  let name = title.slice(0, MAX_BYTES * 2).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (Buffer.byteLength(name) > MAX_BYTES) name = cutAtWord(name);
  return name.replace(/[. ]+$/, '') || 'เอกสาร';
}

/** The longest run of whole words within MAX_BYTES (whole characters when a single word is longer). */
function cutAtWord(name: string): string {
  let bytes = 0;
  let atWord = 0;
  let atChar = 0;
  for (const { segment, index } of WORDS.segment(name)) {
    const size = Buffer.byteLength(segment);
    if (bytes + size > MAX_BYTES) {
      if (atWord > 0) return name.slice(0, atWord).trim();
      for (const ch of segment) {
        if (bytes + Buffer.byteLength(ch) > MAX_BYTES) break;
        bytes += Buffer.byteLength(ch);
        atChar += ch.length;
      }
      return name.slice(0, index + atChar).replace(COMBINING, '').trim();
    }
    bytes += size;
    atWord = index + segment.length;
  }
  return name;
}

/** Gives repeated names a " (2)", " (3)" … suffix, as two measures may share code and name. */
export function uniqueNames(): (name: string) => string {
  const used = new Map<string, number>();
  return (name) => {
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  };
}

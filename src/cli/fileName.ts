/** Longest file name we write, in UTF-8 bytes (file systems allow 255 with the extension; Thai letters take 3 each). */
const MAX_BYTES = 240;
/** Thai vowel and tone marks that sit on the letter before them: a name must not end between the two. */
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$/;

/** A document title as a file name on any system: no path or reserved characters, bounded length. */
export function safeFileName(title: string): string {
  let name = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (Buffer.byteLength(name) > MAX_BYTES) {
    const chars = Array.from(name);
    while (Buffer.byteLength(chars.join('')) > MAX_BYTES) chars.pop();
    name = chars.join('').replace(COMBINING, '').trim();
  }
  return name.replace(/[. ]+$/, '') || 'เอกสาร';
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

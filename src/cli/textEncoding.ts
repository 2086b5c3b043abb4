/**
 * Text files from Thai offices come in several encodings: UTF-8 (with or without a BOM), UTF-16
 * from Windows Notepad's "Unicode", and TIS-620 / Windows-874 from older Thai software. Each is
 * read as what it is; anything else is named, never decoded into mojibake.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export function detectEncoding(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const unmarked = utf16Without(bytes);
  if (unmarked) return unmarked;
  if (isUtf8(bytes)) return 'utf-8';
  return mostlyThaiSingleByte(bytes) ? 'windows-874' : undefined;
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-874') return decodeWindows874(bytes);
  // TextDecoder drops the byte-order mark itself.
  return new TextDecoder(encoding).decode(bytes);
}

/** UTF-16 saved without a byte-order mark: every other byte is the high byte of ASCII (0x00) or Thai (0x0E). */
function utf16Without(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = Math.min(bytes.length, 4096);
  let low = 0;
  let high = 0;
  for (let i = 0; i + 1 < sample; i += 2) {
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x0e) low++;
    if (bytes[i] === 0x00 || bytes[i] === 0x0e) high++;
  }
  const pairs = Math.floor(sample / 2);
  if (low > pairs * 0.9 && bytes.subarray(0, sample).includes(0)) return 'utf-16le';
  if (high > pairs * 0.9 && bytes.subarray(0, sample).includes(0)) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Thai letters in TIS-620 are the bytes 0xA1–0xFB. A text is taken as Thai single-byte when its
 * high bytes are those and its vowel and tone marks sit on Thai letters, as they must in Thai
 * (Latin-1 "é" is the same byte as a tone mark, but follows a Latin letter).
 */
function mostlyThaiSingleByte(bytes: Uint8Array): boolean {
  let high = 0;
  let thai = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xa1 && b <= 0xfb) || WINDOWS_874_EXTRA[b] !== undefined) thai++;
    if (isCombining(b) && !(i > 0 && bytes[i - 1] >= 0xa1 && bytes[i - 1] <= 0xee)) stray++;
  }
  return high > 0 && thai / high > 0.95 && stray <= thai * 0.02;
}

/** Above and below vowels and tone marks (ั ิ–ฺ ็–๎), which never start a syllable. */
const isCombining = (b: number) => b === 0xd1 || (b >= 0xd4 && b <= 0xda) || (b >= 0xe7 && b <= 0xee);

/** Windows-874 is TIS-620 plus typographic punctuation in 0x80–0xA0. */
const WINDOWS_874_EXTRA: Readonly<Record<number, string>> = {
  0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0xa0: '\u00a0',
};

function decodeWindows874(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b >= 0xa1 && b <= 0xfb) out += String.fromCharCode(0x0e01 + b - 0xa1);
    else out += WINDOWS_874_EXTRA[b] ?? '\ufffd';
  }
  return out;
}

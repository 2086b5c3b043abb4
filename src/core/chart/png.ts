/**
 * A small PNG encoder in plain TypeScript (no zlib, no Node, no Apps Script), so one chart
 * image serves the .docx and the Google Doc alike. Palette images; rows use the "Up" filter
 * and deflate codes runs (a copy of the previous byte) with the fixed Huffman table, which
 * shrinks flat-coloured charts to a few kilobytes.
 */

export interface IndexedImage {
  readonly width: number;
  readonly height: number;
  /** "#rrggbb" per palette index (at most 256). */
  readonly palette: readonly string[];
  /** One palette index per pixel, row by row. */
  readonly pixels: Uint8Array;
}

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE: readonly number[] = [137, 80, 78, 71, 13, 10, 26, 10];

export function encodePng(image: IndexedImage): Uint8Array {
  const { width, height, palette, pixels } = image;
  const header = new Uint8Array(13);
  writeU32(header, 0, width);
  writeU32(header, 4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit palette indices, deflate, adaptive filtering, no interlace
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((hex, i) => plte.set([0, 2, 4].map((o) => parseInt(hex.slice(1 + o, 3 + o), 16)), i * 3));
  return concat([
    new Uint8Array(PNG_SIGNATURE),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', zlib(filterRows(pixels, width, height))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Each row: filter byte 2 ("Up", the difference from the row above); the first row unfiltered. */
function filterRows(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (width + 1);
    out[o] = y === 0 ? 0 : 2;
    for (let x = 0; x < width; x++) {
      const p = pixels[y * width + x];
      out[o + 1 + x] = y === 0 ? p : (p - pixels[(y - 1) * width + x]) & 0xff;
    }
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeU32(out, 8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function writeU32(buf: Uint8Array, at: number, n: number): void {
  buf[at] = (n >>> 24) & 0xff;
  buf[at + 1] = (n >>> 16) & 0xff;
  buf[at + 2] = (n >>> 8) & 0xff;
  buf[at + 3] = n & 0xff;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib stream: header, one final fixed-Huffman deflate block, Adler-32 of the raw data. */
function zlib(data: Uint8Array): Uint8Array {
  const bits = bitWriter();
  bits.put(1, 1); // BFINAL
  bits.put(1, 2); // BTYPE = 01, fixed Huffman
  let i = 0;
  while (i < data.length) {
    let run = 0;
    if (i > 0) while (run < 258 && i + run < data.length && data[i + run] === data[i - 1]) run++;
    if (run >= 3) {
      lengthCode(bits, run);
      bits.code(0, 5); // distance 1
      i += run;
    } else {
      literal(bits, data[i]);
      i++;
    }
  }
  literal(bits, 256); // end of block
  const deflated = bits.finish();
  const out = new Uint8Array(deflated.length + 6);
  out[0] = 0x78; // deflate, 32K window
  out[1] = 0x01; // no dictionary, check bits make the header a multiple of 31
  out.set(deflated, 2);
  writeU32(out, out.length - 4, adler32(data));
  return out;
}

function literal(bits: BitWriter, symbol: number): void {
  if (symbol < 144) bits.code(0x30 + symbol, 8);
  else if (symbol < 256) bits.code(0x190 + symbol - 144, 9);
  else if (symbol < 280) bits.code(symbol - 256, 7);
  else bits.code(0xc0 + symbol - 280, 8);
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

function lengthCode(bits: BitWriter, length: number): void {
  let k = LENGTH_BASE.length - 1;
  while (LENGTH_BASE[k] > length) k--;
  literal(bits, 257 + k);
  bits.put(length - LENGTH_BASE[k], LENGTH_EXTRA[k]);
}

interface BitWriter {
  /** Extra bits and header fields: least significant bit first. */
  put(value: number, count: number): void;
  /** Huffman codes: most significant bit first. */
  code(value: number, count: number): void;
  finish(): Uint8Array;
}

function bitWriter(): BitWriter {
  const bytes: number[] = [];
  let current = 0;
  let filled = 0;
  const bit = (b: number) => {
    current |= b << filled;
    if (++filled === 8) {
      bytes.push(current);
      current = 0;
      filled = 0;
    }
  };
  return {
    put(value, count) {
      for (let i = 0; i < count; i++) bit((value >>> i) & 1);
    },
    code(value, count) {
      for (let i = count - 1; i >= 0; i--) bit((value >>> i) & 1);
    },
    finish() {
      if (filled > 0) bytes.push(current);
      return Uint8Array.from(bytes);
    },
  };
}

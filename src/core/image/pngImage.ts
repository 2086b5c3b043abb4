import { PNG_SIGNATURE, crc32 } from '../chart/png';

/** A PNG picture as the documents take it: its bytes and its size in pixels (for its proportions). */
export interface PngImage {
  readonly png: Uint8Array;
  readonly pixels: { readonly width: number; readonly height: number };
}

/** What a file that is not a PNG starts with, so the message can say what it is (data: name, magic bytes). */
const OTHER_FORMATS: readonly { readonly name: string; readonly magic: readonly number[] }[] = [
  { name: 'ภาพ JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'ภาพ GIF', magic: [0x47, 0x49, 0x46, 0x38] }, // "GIF8"
  { name: 'ภาพ WebP', magic: [0x52, 0x49, 0x46, 0x46] }, // "RIFF"
  { name: 'ภาพ BMP', magic: [0x42, 0x4d] }, // "BM"
  { name: 'ภาพ TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'ไฟล์ PDF', magic: [0x25, 0x50, 0x44, 0x46] }, // "%PDF"
  { name: 'ไฟล์ ZIP/Office (.docx, .xlsx)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ไฟล์ข้อความ (เช่น SVG หรือหน้าเว็บ)', magic: [0x3c] }, // "<"
];

/** The IHDR chunk: length 13, type "IHDR", then width and height (big-endian). */
const IHDR_TYPE = [0x49, 0x48, 0x44, 0x52];
/** The IEND chunk, the whole of it: a file cut short (an interrupted download) lacks it. */
const IEND_CHUNK = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
/** PNG's limit on each side (2^31 − 1). */
const MAX_SIDE = 0x7fffffff;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const u32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;

/**
 * Reads a PNG's size from its header (signature, then the IHDR chunk with its checksum) and
 * checks that the file ends with IEND; the pixels themselves are not decoded. Anything else gets
 * a Thai reason saying what the bytes are instead.
 */
export function readPngImage(bytes: Uint8Array): PngImage | { readonly error: string } {
  if (bytes.length === 0) return { error: 'ไฟล์ว่างเปล่า (0 ไบต์)' };
  if (!startsWith(bytes, PNG_SIGNATURE)) {
    const other = OTHER_FORMATS.find((f) => startsWith(bytes, f.magic));
    return { error: other ? `ไฟล์นี้เป็น${other.name} ไม่ใช่ภาพ PNG (เปิดภาพแล้วบันทึกเป็น .png ก่อน)` : 'ไฟล์นี้ไม่ใช่ภาพ PNG (ไม่ขึ้นต้นด้วยรหัสของไฟล์ PNG)' };
  }
  const ihdr = PNG_SIGNATURE.length;
  if (bytes.length < ihdr + 25 || u32(bytes, ihdr) !== 13 || !startsWith(bytes, IHDR_TYPE, ihdr + 4)) {
    return { error: 'ไฟล์ PNG เสียหาย: ไม่พบส่วนหัวของภาพ (IHDR)' };
  }
  if (crc32(bytes.subarray(ihdr + 4, ihdr + 21)) !== u32(bytes, ihdr + 21)) return { error: 'ไฟล์ PNG เสียหาย: ส่วนหัวของภาพไม่ตรงกับรหัสตรวจสอบ' };
  const width = u32(bytes, ihdr + 8);
  const height = u32(bytes, ihdr + 12);
  if (width === 0 || height === 0 || width > MAX_SIDE || height > MAX_SIDE) return { error: `ไฟล์ PNG เสียหาย: ขนาดภาพ ${width}×${height} พิกเซลเป็นไปไม่ได้` };
  if (!startsWith(bytes, IEND_CHUNK, bytes.length - IEND_CHUNK.length)) return { error: 'ไฟล์ PNG ไม่ครบ (ขาดส่วนท้าย อาจดาวน์โหลดหรือคัดลอกไม่สำเร็จ)' };
  return { png: bytes, pixels: { width, height } };
}

import { hashText } from '../hash';
import { decodeBase64, encodeBase64 } from '../image/base64';
import { readPngImage, type PngImage } from '../image/pngImage';
import { cleanText } from '../thai/text';
import { cellValue, type GridWrite, type SheetSnapshot } from './grid';
import { SHEET } from './layout';

/**
 * The organisation's emblem kept in the spreadsheet itself (SHEET.emblem, a hidden tab), so the
 * add-on reads it under spreadsheets.currentonly, a copy of the file keeps it, and the command
 * line reads it from the .xlsx. Layout as data: a note row, a row of file name / size / hash,
 * then the PNG as base64 in column A, one chunk per cell.
 */
export const EMBLEM_TAB = {
  noteRow: 1,
  infoRow: 2,
  firstChunkRow: 3,
  /** Under Excel's 32,767 characters per cell (Sheets allows 50,000), so a downloaded .xlsx keeps every chunk whole. */
  chunkChars: 32000,
} as const;

export const EMBLEM_TAB_NOTE = 'แผ่นงานนี้เก็บตราหน่วยงานที่อัปโหลดจากแผงควบคุม Sujarit ห้ามแก้ไข (เปลี่ยนตราหรือกลับไปใช้ตราครุฑได้ที่แผงควบคุม)';

/** A cap that keeps the tab small (about 45 cells) and the documents light; an emblem needs far less. */
export const MAX_EMBLEM_BYTES = 1024 * 1024;

/** What the settings cell shows once an emblem is stored: the file's name and where it is kept. */
const STORED_SUFFIX = ' (เก็บในสเปรดชีต)';
export const storedEmblemMarker = (fileName: string) => `${fileName}${STORED_SUFFIX}`;
export const isStoredEmblemMarker = (value: string) => value.endsWith(STORED_SUFFIX);

export interface StoredEmblem {
  readonly image: PngImage;
  readonly fileName: string;
}

/** A file name as stored: its last path part, trimmed, never blank. */
function storedName(fileName: string): string {
  return cleanText(fileName.split(/[\\/]/).pop()) || 'ตรา.png';
}

/** The tab's whole content for this PNG, as one write (rows 1 to the last chunk); or a Thai reason to refuse it. */
export function emblemWrites(fileName: string, bytes: Uint8Array): { writes: GridWrite[]; fileName: string } | { error: string } {
  if (bytes.length > MAX_EMBLEM_BYTES) {
    return { error: `ไฟล์ตราใหญ่เกินไป (${Math.ceil(bytes.length / 1024).toLocaleString('en-US')} KB) รับได้ไม่เกิน 1 MB: ย่อขนาดภาพ (เช่น กว้างไม่เกิน 600 พิกเซล) แล้วอัปโหลดใหม่` };
  }
  const image = readPngImage(bytes);
  if ('error' in image) return { error: image.error };
  const name = storedName(fileName);
  const text = encodeBase64(bytes);
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += EMBLEM_TAB.chunkChars) chunks.push(text.slice(at, at + EMBLEM_TAB.chunkChars));
  const values = [[EMBLEM_TAB_NOTE, '', ''], [name, bytes.length, hashText(text)], ...chunks.map((c) => [c, '', ''])];
  return { writes: [{ row: EMBLEM_TAB.noteRow, col: 1, values }], fileName: name };
}

/**
 * The stored emblem; a Thai reason when the tab is there but cannot give the picture back
 * (edited, cut short, not a PNG); undefined when nothing is stored (no tab, or an empty one).
 */
export function readStoredEmblem(snap: SheetSnapshot | undefined): StoredEmblem | { error: string } | undefined {
  if (!snap) return undefined;
  const fileName = cleanText(cellValue(snap, EMBLEM_TAB.infoRow, 1));
  const size = Number(cellValue(snap, EMBLEM_TAB.infoRow, 2));
  const hash = String(cellValue(snap, EMBLEM_TAB.infoRow, 3));
  if (fileName === '' && !size) return undefined;
  const damaged = `ข้อมูลตราในแผ่นงาน “${SHEET.emblem}” ถูกแก้ไขหรือไม่ครบ อัปโหลดตราใหม่ที่แผงควบคุม Sujarit`;
  if (!Number.isInteger(size) || size <= 0) return { error: damaged };
  // Only the rows this size needs: anything below them is not part of the picture.
  const chunkCount = Math.ceil((Math.ceil(size / 3) * 4) / EMBLEM_TAB.chunkChars);
  const text = Array.from({ length: chunkCount }, (_, i) => String(cellValue(snap, EMBLEM_TAB.firstChunkRow + i, 1))).join('');
  if (hashText(text) !== hash) return { error: `${damaged} (รหัสตรวจสอบไม่ตรง)` };
  const bytes = decodeBase64(text);
  if (!bytes || bytes.length !== size) return { error: damaged };
  const image = readPngImage(bytes);
  return 'error' in image ? { error: image.error } : { image, fileName };
}

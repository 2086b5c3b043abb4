import JSZip from 'jszip';
import { detectEncoding } from './textEncoding';

/**
 * What a file really is, from its bytes rather than its name: people rename a .docx to .xlsx,
 * save an old .xls, protect a workbook with a password (Office then stores it encrypted inside an
 * OLE2 container), or hand over the PDF itself. Each gets a Thai message that says what to do.
 */
export type FileKind = 'xlsx' | 'docx' | 'pptx' | 'opendocument' | 'zip' | 'legacy-office' | 'encrypted-office' | 'pdf' | 'html' | 'text' | 'empty' | 'unknown';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Office's encrypted package stream name, as UTF-16LE in the OLE2 directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export async function fileKind(bytes: Buffer): Promise<FileKind> {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE2)) return bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted-office' : 'legacy-office';
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  const head = bytes.subarray(0, 512).toString('latin1');
  if (head.startsWith('%PDF')) return 'pdf';
  if (/^\s*<(!doctype html|html)/i.test(head)) return 'html';
  // Text has no NUL bytes unless it is UTF-16; its encoding is decided (or named as unknown) when read.
  return detectEncoding(bytes) || !bytes.subarray(0, 4096).includes(0) ? 'text' : 'unknown';
}

async function zipKind(bytes: Buffer): Promise<FileKind> {
  let names: string[];
  try {
    names = Object.keys((await JSZip.loadAsync(bytes)).files);
  } catch {
    return 'unknown';
  }
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('word/document.xml')) return 'docx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  if (names.includes('content.xml') && names.includes('mimetype')) return 'opendocument';
  return 'zip';
}

/** The Thai reason a file of this kind is not the one expected, with what to do. */
export function wrongKindMessage(path: string, kind: FileKind, expected: 'xlsx' | 'plan'): string {
  const want = expected === 'xlsx' ? 'สมุดงาน Excel (.xlsx)' : 'เอกสารแผน Word (.docx) หรือไฟล์ข้อความ (.txt)';
  const what: Record<FileKind, string> = {
    xlsx: 'เป็นสมุดงาน Excel (.xlsx)',
    docx: 'เป็นเอกสาร Word (.docx) ที่ตั้งชื่อผิดนามสกุล',
    pptx: 'เป็นไฟล์ PowerPoint',
    opendocument: 'เป็นไฟล์ OpenDocument (LibreOffice) ให้เปิดแล้ว "บันทึกเป็น" รูปแบบ .xlsx หรือ .docx',
    zip: 'เป็นไฟล์บีบอัด (.zip) ให้แตกไฟล์ก่อน',
    'legacy-office': 'เป็นไฟล์ Office รุ่นเก่า (.xls หรือ .doc) ให้เปิดใน Excel/Word หรือ Google ชีต แล้ว "บันทึกเป็น" .xlsx หรือ .docx',
    'encrypted-office': 'ถูกป้องกันด้วยรหัสผ่าน ให้เปิดใน Excel/Word แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกัน > เข้ารหัสด้วยรหัสผ่าน: ลบรหัสผ่าน) แล้วบันทึกใหม่',
    pdf: 'เป็นไฟล์ PDF ให้คัดลอกข้อความทั้งหมดจาก PDF ลงไฟล์ .txt (หรือเปิดใน Word แล้วบันทึกเป็น .docx)',
    html: 'เป็นหน้าเว็บ (HTML) ไม่ใช่ไฟล์ที่ดาวน์โหลดมาจริง ให้ดาวน์โหลดใหม่',
    text: 'เป็นไฟล์ข้อความ',
    empty: 'เป็นไฟล์ว่าง (0 ไบต์) ให้ตรวจว่าคัดลอกหรือดาวน์โหลดครบ',
    unknown: 'ไม่ใช่ไฟล์ที่รู้จัก หรือไฟล์เสียหาย',
  };
  return `อ่านไฟล์ ${path} ไม่ได้: ไฟล์นี้${what[kind]} แต่คำสั่งนี้ต้องการ${want}`;
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

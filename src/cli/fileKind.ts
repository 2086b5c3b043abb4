import JSZip from 'jszip';
import { detectEncoding } from './textEncoding';
import { entryBytes, zipDirectory } from './zipDirectory';

/**
 * What a file really is, from its bytes rather than its name: people rename a .docx to .xlsx,
 * save an old .xls, protect a workbook with a password (Office then stores it encrypted inside an
 * OLE2 container), or hand over the PDF itself. Each gets a Thai message that says what to do.
 */
export type FileKind = 'xlsx' | 'docx' | 'pptx' | 'opendocument' | 'zip' | 'damaged-zip' | 'damaged-office' | 'legacy-office' | 'encrypted-office' | 'pdf' | 'html' | 'text' | 'empty' | 'unknown';

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
    names = [...(zipDirectory(bytes)?.keys() ?? Object.keys((await JSZip.loadAsync(bytes)).files))];
  } catch {
    return 'damaged-zip';
  }
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('word/document.xml')) return 'docx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  if (names.includes('content.xml') && names.includes('mimetype')) return 'opendocument';
  // Office parts without their main part: an Office file that lost a piece.
  return names.some((n) => n === '[Content_Types].xml' || n.startsWith('xl/') || n.startsWith('word/')) ? 'damaged-office' : 'zip';
}

/**
 * What is missing from a workbook whose parts exceljs would read without complaint but wrongly:
 * no sheet list, a sheet the list points to that is not there, or text cells that point into a
 * shared-strings part that is gone (every text would read as empty). Undefined when whole.
 */
export async function xlsxDamage(bytes: Buffer): Promise<string | undefined> {
  const zip = await zipParts(bytes);
  const parts: ZipParts = {
    has: zip.has,
    // A part whose data does not inflate is named, rather than failing as an unexpected error.
    text: (name) => zip.text(name).catch(() => Promise.reject(new DamagedPart(name))),
  };
  try {
    return await damageOf(parts);
  } catch (e) {
    if (e instanceof DamagedPart) return `ข้อมูลส่วน ${e.part} ในไฟล์อ่านไม่ได้`;
    throw e;
  }
}

class DamagedPart extends Error {
  constructor(readonly part: string) {
    super(part);
  }
}

/** A zip's names and parts as text: read by its directory, or by JSZip when that cannot be read or a part does not inflate. */
interface ZipParts {
  has(name: string): boolean;
  text(name: string): Promise<string | undefined>;
}

async function zipParts(bytes: Buffer): Promise<ZipParts> {
  const entries = zipDirectory(bytes);
  if (entries) {
    try {
      // The parts every check reads, inflated now so that damaged data falls back to JSZip here.
      const texts = new Map([...entries].filter(([name]) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels').map(([name, e]) => [name, entryBytes(bytes, e).toString('utf8')]));
      return { has: (name) => entries.has(name), text: async (name) => texts.get(name) ?? (entries.has(name) ? entryBytes(bytes, entries.get(name)!).toString('utf8') : undefined) };
    } catch {
      // Read by JSZip below.
    }
  }
  const zip = await JSZip.loadAsync(bytes);
  return { has: (name) => !!zip.file(name), text: async (name) => zip.file(name)?.async('string') };
}

async function damageOf(zip: ZipParts): Promise<string | undefined> {
  const workbook = (await zip.text('xl/workbook.xml')) ?? '';
  const rels = await zip.text('xl/_rels/workbook.xml.rels');
  if (!/<(\w+:)?sheet\b/.test(workbook)) return 'ไม่มีรายชื่อแผ่นงาน (xl/workbook.xml)';
  if (rels === undefined) return 'ขาดส่วนที่โยงไปยังแผ่นงาน (xl/_rels/workbook.xml.rels)';
  const targets = [...rels.matchAll(/Target="([^"]*worksheets\/[^"]+)"/g)].map((m) => `xl/${m[1].replace(/^\/?xl\//, '')}`);
  const lost = targets.find((t) => !zip.has(t));
  if (lost) return `ขาดแผ่นงาน ${lost}`;
  if (!zip.has('xl/sharedStrings.xml')) {
    for (const t of targets) if (/\bt="s"/.test((await zip.text(t)) ?? '')) return 'ขาดข้อความของเซลล์ (xl/sharedStrings.xml): ข้อความทุกช่องจะอ่านเป็นค่าว่าง';
  }
  return undefined;
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
    'damaged-zip': 'เสียหาย (อาจดาวน์โหลดหรือคัดลอกมาไม่ครบ) ให้ดาวน์โหลดหรือคัดลอกใหม่ หรือเปิดใน Excel/Google ชีตเพื่อกู้คืนแล้วบันทึกใหม่',
    'damaged-office': 'เป็นไฟล์ Office ที่ขาดบางส่วน (เสียหาย) ให้เปิดใน Excel/Word หรือ Google ชีตเพื่อกู้คืนแล้วบันทึกใหม่',
    'legacy-office': 'เป็นไฟล์ Office รุ่นเก่า (.xls หรือ .doc) ให้เปิดใน Excel/Word หรือ Google ชีต แล้ว "บันทึกเป็น" .xlsx หรือ .docx',
    'encrypted-office': 'ถูกป้องกันด้วยรหัสผ่าน ให้เปิดใน Excel/Word แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกัน > เข้ารหัสด้วยรหัสผ่าน: ลบรหัสผ่าน) แล้วบันทึกใหม่',
    pdf: 'เป็นไฟล์ PDF ให้คัดลอกข้อความทั้งหมดจาก PDF ลงไฟล์ .txt (หรือเปิดใน Word แล้วบันทึกเป็น .docx)',
    html: 'เป็นหน้าเว็บ (HTML) ไม่ใช่ไฟล์ที่ดาวน์โหลดมาจริง ให้ดาวน์โหลดใหม่',
    text: 'เป็นไฟล์ข้อความ',
    empty: 'เป็นไฟล์ว่าง (0 ไบต์) ให้ตรวจว่าคัดลอกหรือดาวน์โหลดครบ',
    unknown: 'ไม่ใช่ไฟล์ที่รู้จัก หรือไฟล์เสียหาย',
  };
  const damaged = kind === 'damaged-zip' || kind === 'damaged-office' || kind === 'empty';
  return `อ่านไฟล์ ${path} ไม่ได้: ไฟล์นี้${what[kind]}${damaged ? '' : ` แต่คำสั่งนี้ต้องการ${want}`}`;
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Errors from google.script.run, turned into Thai a planning officer can act on. Apps Script
 * reports failures in English ("Exception: …", "Exceeded maximum execution time"); a Thai
 * message thrown by our own server code is shown as it is.
 */
export class ServerError extends Error {
  constructor(message: string, readonly fn: string, readonly missing = false) {
    super(message);
    this.name = 'ServerError';
  }
}

export interface ThaiError {
  readonly message: string;
  /** What to do next. */
  readonly hint?: string;
  /** The original (English) text from Apps Script, for whoever supports the user. */
  readonly detail?: string;
}

const RULES: readonly { readonly test: RegExp; readonly error: ThaiError }[] = [
  {
    test: /exceeded maximum execution time|execution timed out|เกินเวลา/i,
    error: { message: 'งานใช้เวลานานเกินกำหนดของ Google (6 นาทีต่อครั้ง)', hint: 'กดอีกครั้ง ระบบจะทำต่อจากที่ค้างไว้' },
  },
  {
    test: /lock ?(timeout|service)|could not obtain (a )?lock|another (user|job)/i,
    error: { message: 'มีผู้อื่นกำลังทำงานกับสเปรดชีตนี้อยู่', hint: 'รอสักครู่ แล้วกดอีกครั้ง' },
  },
  {
    test: /authori[sz]ation|permission|access denied|ไม่มีสิทธิ์/i,
    error: { message: 'Sujarit ยังไม่ได้รับอนุญาตให้ทำงานนี้', hint: 'ปิดแผงนี้ แล้วเปิดจากเมนู Sujarit → เปิดแผงควบคุม อีกครั้ง เพื่ออนุญาตสิทธิ์' },
  },
  {
    test: /network|failed to fetch|NetworkError|connection/i,
    error: { message: 'ติดต่อ Google ไม่ได้', hint: 'ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วกดอีกครั้ง' },
  },
  {
    test: /service invoked too many times|quota|limit exceeded/i,
    error: { message: 'ใช้บริการของ Google เกินโควตาประจำวันแล้ว', hint: 'ลองใหม่พรุ่งนี้ งานที่ทำเสร็จแล้วถูกบันทึกไว้' },
  },
];

const HAS_THAI = /[\u0E00-\u0E7F]/;

export function thaiError(error: unknown): ThaiError {
  if (error instanceof ServerError && error.missing) {
    return { message: 'ความสามารถนี้ยังไม่พร้อมใช้งานในรุ่นนี้', hint: `ไม่พบฟังก์ชัน ${error.fn} บนเซิร์ฟเวอร์ ลองอัปเดต Sujarit แล้วเปิดแผงนี้ใหม่` };
  }
  const raw = String((error as { message?: unknown } | null)?.message ?? error ?? '').replace(/^(Script)?(Error|Exception):\s*/i, '').trim();
  if (HAS_THAI.test(raw)) return { message: raw };
  const detail = raw || undefined;
  for (const rule of RULES) if (rule.test.test(raw)) return { ...rule.error, detail };
  return { message: 'เกิดข้อผิดพลาดที่ไม่คาดคิด', hint: 'กดอีกครั้ง หากยังไม่ได้ ส่งรายละเอียดด้านล่างให้ผู้ดูแลระบบ', detail };
}

/**
 * Apps Script's English errors, in words a planning officer can act on. Daily quotas (per Google
 * account: about 250 new documents a day on a free account, 1,500 on Google Workspace) are the
 * limit a big plan reaches first; the work done so far is kept, and running again the next day
 * continues without duplicates.
 */
const KNOWN: readonly { readonly test: RegExp; readonly thai: string; readonly final: boolean }[] = [
  {
    test: /too many times for one day|quota|rate ?limit|limit exceeded/i,
    thai: 'ถึงโควตาการใช้งานต่อวันของ Google แล้ว (เช่น สร้างเอกสารได้ประมาณ ๒๕๐ ฉบับต่อวันสำหรับบัญชีทั่วไป หรือ ๑,๕๐๐ ฉบับสำหรับ Google Workspace) เอกสารที่ทำเสร็จแล้วถูกบันทึกไว้ กรุณาสั่งอีกครั้งในวันถัดไป ระบบจะทำต่อจากจุดเดิมโดยไม่สร้างซ้ำ',
    final: true,
  },
  {
    test: /do not have permission|insufficient authentication scopes|authorization is required/i,
    thai: 'Sujarit ยังไม่ได้รับสิทธิ์ที่จำเป็น กรุณาเปิดเมนูส่วนขยาย → Sujarit อีกครั้งแล้วกดอนุญาต (ถ้ายังไม่ได้ผล ให้ผู้ดูแลติดตั้งส่วนเสริมใหม่)',
    final: true,
  },
];

export interface DescribedError {
  readonly message: string;
  /** Retrying now cannot help (a quota, a missing permission): stop instead of trying again. */
  readonly final: boolean;
}

export function explainError(e: unknown): DescribedError {
  // Not `instanceof Error`: an error from another realm (a library, the test sandbox) is still one.
  const message = (e as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(e);
  const known = KNOWN.find((k) => k.test.test(text));
  return known ? { message: known.thai, final: known.final } : { message: text, final: false };
}

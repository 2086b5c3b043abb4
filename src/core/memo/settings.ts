import { cleanText } from '../thai/text';
import type { SettingsRead } from '../workbook/settings';

/** The settings only the memo uses (rows of ข้อมูลหน่วยงาน that are not part of the plan model). */
export interface MemoSettings {
  /** ส่วนราชการเจ้าของเรื่อง, e.g. "หน่วยตรวจสอบภายใน". */
  readonly unit: string;
  /** The organisation's letter code for ที่, e.g. "สน 58107/". */
  readonly ref: string;
}

export function memoSettingsOf(read: SettingsRead | undefined): MemoSettings {
  return { unit: cleanText(read?.raw.memoUnit), ref: cleanText(read?.raw.memoRef) };
}

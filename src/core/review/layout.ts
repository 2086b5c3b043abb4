/** The review tab as data: its name, columns and the three review statuses. */

export const REVIEW_SHEET = 'ตรวจทาน';

export const REVIEW_STATUS = { pending: 'รอตรวจ', passed: 'ผ่าน', returned: 'ส่งกลับแก้ไข' } as const;
export type ReviewStatusKey = keyof typeof REVIEW_STATUS;
export type ReviewStatus = (typeof REVIEW_STATUS)[ReviewStatusKey];

/** The key of the row that records the whole plan's approval (its figures), beside the measures' rows. */
export const PLAN_KEY = 'PLAN';
export const PLAN_ROW_NAME = 'ทั้งแผน (จำนวนและงบประมาณรายมิติ)';

export type ReviewColumnKey = 'key' | 'sheet' | 'row' | 'code' | 'name' | 'status' | 'comment' | 'reviewer' | 'date' | 'fingerprint' | 'approved';

export interface ReviewColumn {
  readonly key: ReviewColumnKey;
  readonly header: string;
  readonly width: number;
  /** Written and read by Sujarit only: hidden so people neither see nor edit it by accident. */
  readonly hidden?: boolean;
}

/**
 * Headers deliberately differ from the dimension tabs' ("รหัสภารกิจ", "ชื่อโครงการ"), so the
 * stranded-rows rule does not take the review rows for measures left on an unread tab.
 */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  { key: 'sheet', header: 'แผ่นงาน', width: 80 },
  { key: 'row', header: 'แถวที่', width: 55 },
  { key: 'code', header: 'ภารกิจ', width: 70 },
  { key: 'name', header: 'รายการที่ตรวจ', width: 320 },
  { key: 'status', header: 'สถานะการตรวจ', width: 110 },
  { key: 'comment', header: 'ความเห็นผู้ตรวจ', width: 320 },
  { key: 'reviewer', header: 'ผู้ตรวจ', width: 160 },
  { key: 'date', header: 'วันที่', width: 140 },
  { key: 'key', header: 'รหัสรายการ (ระบบ)', width: 90, hidden: true },
  { key: 'fingerprint', header: 'ลายนิ้วมือ (ระบบ)', width: 90, hidden: true },
  { key: 'approved', header: 'ค่าที่อนุมัติ (ระบบ)', width: 200, hidden: true },
];

export const REVIEW_TITLE = 'ผลการตรวจทานแผนรายมาตรการ (บันทึกจากแถบด้านข้าง ขั้น “ตรวจทาน”)';

export function reviewColumn(key: ReviewColumnKey): number {
  return REVIEW_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export function statusOf(value: unknown): ReviewStatusKey {
  const text = String(value ?? '').trim();
  if (text === REVIEW_STATUS.passed) return 'passed';
  if (text === REVIEW_STATUS.returned) return 'returned';
  return 'pending';
}

/** Warning-only protection of a passed row: staff who edit it are told, not blocked. The key tells rows apart. */
export const APPROVED_PROTECTION_PREFIX = 'Sujarit: ผ่านการตรวจทานแล้ว (แก้ได้ แต่ต้องให้ผู้ตรวจอนุมัติใหม่)';

export function approvedProtectionDescription(key: string): string {
  return `${APPROVED_PROTECTION_PREFIX} ${key}`;
}

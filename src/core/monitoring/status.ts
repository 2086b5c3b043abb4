import { cleanText, comparisonKey } from '../thai/text';

/** The statuses a monitoring row may carry, in report order, with the words people type for them. */
export const STATUS = {
  done: 'ดำเนินการแล้ว',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  notStarted: 'ยังไม่ดำเนินการ',
  cancelled: 'ยกเลิก',
} as const;
export type StatusKey = keyof typeof STATUS;
export const STATUS_KEYS = Object.keys(STATUS) as StatusKey[];

/** A row with no status yet: e-PlanNACC counts these as รอรายงานผล. */
export const PENDING_LABEL = 'รอรายงานผล';

const STATUS_ALIASES: Record<StatusKey, readonly string[]> = {
  done: ['ดำเนินการเสร็จแล้ว', 'เสร็จแล้ว', 'แล้วเสร็จ', 'ดำเนินการแล้วเสร็จ', 'เสร็จสิ้น'],
  inProgress: ['กำลังดำเนินการ', 'ระหว่างดำเนินการ', 'อยู่ระหว่างการดำเนินการ'],
  notStarted: ['ยังไม่ได้ดำเนินการ', 'ยังไม่เริ่ม', 'ยังไม่ได้เริ่ม'],
  cancelled: ['ไม่สามารถดำเนินการได้', 'ไม่ได้ดำเนินการ', 'ยกเลิกโครงการ', 'ยกเลิกการดำเนินการ'],
};

const BY_KEY = new Map<string, StatusKey>(
  STATUS_KEYS.flatMap((k) => [STATUS[k], ...STATUS_ALIASES[k]].map((label) => [comparisonKey(label), k] as const)),
);

/** A status cell read: a status, blank (pending), or text we do not recognise (kept for the message). */
export type StatusReading = { readonly kind: 'status'; readonly key: StatusKey } | { readonly kind: 'blank' } | { readonly kind: 'invalid'; readonly raw: string };

export function readStatus(value: unknown): StatusReading {
  const text = cleanText(value);
  if (text === '') return { kind: 'blank' };
  const key = BY_KEY.get(comparisonKey(text));
  return key ? { kind: 'status', key } : { kind: 'invalid', raw: text };
}

/** Whether the measure made it into the budget ordinance (ข้อบัญญัติ / เทศบัญญัติงบประมาณ). */
export const ORDINANCE = { yes: 'บรรจุแล้ว', no: 'ไม่ได้บรรจุ', noBudget: 'ไม่ใช้งบประมาณ' } as const;

import { comparisonKey } from '../thai/text';

/**
 * What a measure's name must not look like: a name longer than this, or one holding a detail
 * field's label, is the detail text run into the name cell (a page the importer misread, or a
 * cell typed over). Shared by the importer's problems and validation.
 */
export const NAME_MAX = 250;

/**
 * Labels that begin a detail field and are not words a name uses: "งบประมาณ" and "วัตถุประสงค์"
 * are ("…การใช้จ่ายงบประมาณที่ไม่สมควร ผิดวัตถุประสงค์…" in seed 000).
 */
const FIELD_LABELS_IN_NAME = ['หลักการและเหตุผล', 'วิธีดำเนินการ', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'งบประมาณดำเนินการ', 'ผู้รับผิดชอบโครงการ', 'ตัวชี้วัด/ผลลัพธ์', 'ผลผลิต/ผลลัพธ์', 'ผลที่คาดว่าจะได้รับ'];
const LABEL_KEYS = FIELD_LABELS_IN_NAME.map((label) => ({ label, key: comparisonKey(label) }));

/** The field label a name holds, if any. */
export function nameLabel(name: string): string | undefined {
  const key = comparisonKey(name);
  return LABEL_KEYS.find((l) => key.includes(l.key))?.label;
}

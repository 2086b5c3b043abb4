import type { DimensionNo, FrameworkId } from '../framework/types';
import type { PngImage } from '../image/pngImage';
import type { DigitStyle } from '../thai/digits';

/** The plan as the documents and summaries see it, independent of where it was read from. */

export const MEASURE_TYPES = ['โครงการ', 'กิจกรรม', 'มาตรการ'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const ORG_TYPES = [
  'เทศบาลนคร',
  'เทศบาลเมือง',
  'เทศบาลตำบล',
  'องค์การบริหารส่วนตำบล',
  'องค์การบริหารส่วนจังหวัด',
  'เมืองพัทยา',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** A person who signs: name and position as printed under the signature. */
export interface Signatory {
  readonly name: string;
  readonly position: string;
}

export interface PlanSettings {
  readonly orgName: string; // "เทศบาลตำบลบ้านสวนหลวง"
  readonly orgType: OrgType | '';
  readonly district: string; // อำเภอ
  readonly province: string; // จังหวัด
  readonly firstYear: number; // พ.ศ.
  readonly lastYear: number; // พ.ศ.
  readonly frameworkId: FrameworkId;
  readonly executive: Signatory; // นายกเทศมนตรี / นายก อบต.
  readonly preparer: Signatory; // ผู้รายงาน / ผู้จัดทำ
  readonly approver: Signatory; // ผู้รับรอง
  readonly outputFolder: string; // Drive folder name or id
  readonly digits: DigitStyle;
}

/** The detail fields of a measure document (ส่วนที่ ๓). Multi-line text keeps its line breaks. */
export interface MeasureDetails {
  readonly rationale: string; // หลักการและเหตุผล
  readonly objectives: string; // วัตถุประสงค์
  readonly targetGroup: string; // กลุ่มเป้าหมาย / เป้าหมาย
  readonly area: string; // พื้นที่ดำเนินการ
  readonly method: string; // วิธีดำเนินการ
  readonly duration: string; // ระยะเวลาดำเนินการ
  readonly budgetText: string; // งบประมาณ as written in the detail
  readonly outputs: string; // ผลผลิต
  readonly outcomes: string; // ผลลัพธ์ / ตัวชี้วัด
}

export const EMPTY_DETAILS: MeasureDetails = {
  rationale: '', objectives: '', targetGroup: '', area: '', method: '', duration: '', budgetText: '', outputs: '', outcomes: '',
};

export interface Measure {
  readonly dimension: DimensionNo;
  readonly no: string; // ลำดับ as typed ("1", "๑")
  readonly code: string; // "1.1.1" or a sub-dimension "2.2"
  readonly name: string;
  readonly type: MeasureType | '';
  /** Budget per plan year (พ.ศ. → baht); a year with no budget is absent or 0. */
  readonly budgets: Readonly<Record<number, number>>;
  readonly responsible: string;
  readonly remark: string;
  readonly details: MeasureDetails;
  readonly docUrl: string;
}

export interface Plan {
  readonly settings: PlanSettings;
  readonly measures: readonly Measure[];
  /**
   * The organisation's emblem (ข้อมูลหน่วยงาน → ตราหน่วยงาน), when a caller that can read files
   * loaded it; absent: the built-in Garuda. Not read from the sheet: the cell holds where it is.
   */
  readonly emblem?: PngImage;
}

export function planYears(settings: Pick<PlanSettings, 'firstYear' | 'lastYear'>): number[] {
  const years: number[] = [];
  for (let y = settings.firstYear; y <= settings.lastYear && years.length < 10; y++) years.push(y);
  return years;
}

export function totalBudget(measure: Measure): number {
  return Object.values(measure.budgets).reduce((sum, b) => sum + b, 0);
}

/** Guesses the type from the name's first word, as the seeds name them ("มาตรการ NO Gift Policy"). */
export function typeFromName(name: string): MeasureType | '' {
  const trimmed = name.trim().replace(/^["“]/, '');
  return MEASURE_TYPES.find((t) => trimmed.startsWith(t)) ?? '';
}

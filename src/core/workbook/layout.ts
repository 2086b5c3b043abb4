import type { DimensionNo } from '../framework/types';
import type { MeasureDetails } from '../plan/model';

/** The workbook as data: tab names, rows, columns and labels. Everything that reads or writes a sheet uses these. */

export const SHEET = {
  settings: 'ข้อมูลหน่วยงาน',
  summary: 'สรุป',
  monitoring: 'ติดตามผล',
  findings: 'ผลการตรวจสอบ',
  integrity: 'มาตรการส่งเสริมคุณธรรม',
  announcement: 'ประกาศนโยบาย',
  risk: 'ประเมินความเสี่ยง',
  committee: 'คณะกรรมการจัดทำแผน',
  intro: 'บทนำ',
  /** Hidden: the emblem uploaded through the sidebar, as text (see workbook/emblemTab). */
  emblem: 'ตราหน่วยงาน (ไฟล์ภาพ)',
} as const;

export function dimensionSheetName(no: DimensionNo): string {
  return `มิติที่ ${no}`;
}

/** Row 1 holds the tab's title, row 2 the column headers; data starts on row 3. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** The integrity tab's per-row ordinal formulas are written down to here (the สรุป formulas cover whole columns). */
export const LAST_DATA_ROW = 2000;

export const FONT_FAMILY = 'Sarabun';
/** Excel files are opened in Word-era offices, where TH Sarabun New is the installed official font. */
export const XLSX_FONT_FAMILY = 'TH Sarabun New';
export const HEADER_BACKGROUND = '#dbe7f3';
export const TITLE_BACKGROUND = '#1f4e79';
export const PROTECTION_DESCRIPTION = 'Sujarit: หัวตาราง (แก้ได้ แต่ระบบจะเตือน)';

export type ColumnKind = 'seq' | 'code' | 'text' | 'longtext' | 'type' | 'budget' | 'link' | 'number' | 'formula';

export type DetailKey = keyof MeasureDetails;
export type BudgetKey = `budget:${number}`;
export type MeasureColumnKey = 'no' | 'code' | 'name' | 'type' | 'responsible' | 'remark' | 'docUrl' | DetailKey | BudgetKey;

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** Other headers people (or older versions) use for the same column. */
  readonly aliases?: readonly string[];
  readonly kind: ColumnKind;
  readonly width: number; // pixels
  readonly required?: boolean;
}

export function budgetKey(year: number): BudgetKey {
  return `budget:${year}`;
}

export function budgetHeader(year: number): string {
  return `งบประมาณ ${year} (บาท)`;
}

/** Detail fields in document order, with their sheet headers. */
export const DETAIL_COLUMNS: readonly ColumnSpec<DetailKey>[] = [
  { key: 'rationale', header: 'หลักการและเหตุผล', kind: 'longtext', width: 320 },
  { key: 'objectives', header: 'วัตถุประสงค์', kind: 'longtext', width: 280 },
  { key: 'targetGroup', header: 'กลุ่มเป้าหมาย', aliases: ['เป้าหมาย'], kind: 'longtext', width: 220 },
  { key: 'area', header: 'พื้นที่ดำเนินการ', kind: 'text', width: 180 },
  { key: 'method', header: 'วิธีดำเนินการ', aliases: ['วิธีการดำเนินการ', 'ขั้นตอนการดำเนินการ'], kind: 'longtext', width: 320 },
  { key: 'duration', header: 'ระยะเวลาดำเนินการ', kind: 'text', width: 200 },
  { key: 'budgetText', header: 'งบประมาณ (ข้อความในรายละเอียด)', aliases: ['งบประมาณดำเนินการ', 'รายละเอียดงบประมาณ'], kind: 'text', width: 220 },
  { key: 'outputs', header: 'ผลผลิต', kind: 'longtext', width: 240 },
  { key: 'outcomes', header: 'ผลลัพธ์/ตัวชี้วัด', aliases: ['ผลลัพธ์', 'ตัวชี้วัด', 'ตัวชี้วัด/ผลลัพธ์', 'ผลผลิต/ผลลัพธ์'], kind: 'longtext', width: 240 },
];

/** The columns of a dimension tab, in the order a new tab gets them. */
export function measureColumns(years: readonly number[]): ColumnSpec<MeasureColumnKey>[] {
  return [
    { key: 'no', header: 'ลำดับ', aliases: ['ที่'], kind: 'seq', width: 55 },
    { key: 'code', header: 'รหัสภารกิจ', aliases: ['รหัส', 'ภารกิจตามมิติ'], kind: 'code', width: 95, required: true },
    { key: 'name', header: 'ชื่อโครงการ/กิจกรรม/มาตรการ', aliases: ['ชื่อโครงการ', 'โครงการ/กิจกรรม/มาตรการ'], kind: 'text', width: 360, required: true },
    { key: 'type', header: 'ประเภท', kind: 'type', width: 90, required: true },
    ...years.map((y): ColumnSpec<MeasureColumnKey> => ({ key: budgetKey(y), header: budgetHeader(y), kind: 'budget', width: 115 })),
    { key: 'responsible', header: 'ผู้รับผิดชอบ', aliases: ['หน่วยงานรับผิดชอบ', 'ผู้รับผิดชอบโครงการ'], kind: 'text', width: 170, required: true },
    { key: 'remark', header: 'หมายเหตุ', kind: 'text', width: 150 },
    ...DETAIL_COLUMNS,
    { key: 'docUrl', header: 'เอกสารรายละเอียด (ลิงก์)', kind: 'link', width: 200 },
  ];
}

/** The settings tab is a form: one labelled row per setting. */
export type SettingKey =
  | 'orgName' | 'orgType' | 'district' | 'province' | 'firstYear' | 'lastYear' | 'framework'
  | 'executiveName' | 'executivePosition' | 'preparerName' | 'preparerPosition'
  | 'approverName' | 'approverPosition' | 'outputFolder' | 'digits' | 'memoUnit' | 'memoRef'
  | 'reviewerName' | 'reviewerPosition' | 'appendixInPlan' | 'adoptionDate' | 'emblem';

export interface SettingField {
  readonly key: SettingKey;
  readonly label: string;
  readonly help: string;
  readonly kind: 'text' | 'year' | 'list';
}

export const DIGIT_OPTIONS = { thai: 'เลขไทย (๐–๙)', arabic: 'เลขอารบิก (0–9)' } as const;
export const APPENDIX_OPTIONS = { attach: 'แนบท้ายแผน', separate: 'ไม่แนบ (สร้างแยกเท่านั้น)' } as const;

export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'orgName', label: 'ชื่อหน่วยงาน', help: 'ชื่อเต็ม เช่น เทศบาลตำบลบ้านสวนหลวง (ใช้ในเอกสารทุกฉบับ)', kind: 'text' },
  { key: 'orgType', label: 'ประเภทหน่วยงาน', help: 'เลือกจากรายการ', kind: 'list' },
  { key: 'district', label: 'อำเภอ', help: '', kind: 'text' },
  { key: 'province', label: 'จังหวัด', help: '', kind: 'text' },
  { key: 'firstYear', label: 'ปีแรกของแผน (พ.ศ.)', help: 'เช่น 2566', kind: 'year' },
  { key: 'lastYear', label: 'ปีสุดท้ายของแผน (พ.ศ.)', help: 'เช่น 2570 (แผน ๕ ปี) หรือ 2564 (แผน ๔ ปี ตามแนวทางเดิม)', kind: 'year' },
  { key: 'framework', label: 'กรอบการจัดทำแผน', help: 'แนวทาง ป.ป.ช. ที่แผนนี้ใช้', kind: 'list' },
  { key: 'executiveName', label: 'ชื่อผู้บริหาร', help: 'ผู้ลงนามประกาศและอนุมัติแผน', kind: 'text' },
  { key: 'executivePosition', label: 'ตำแหน่งผู้บริหาร', help: 'เช่น นายกเทศมนตรีตำบล… / นายกองค์การบริหารส่วนตำบล…', kind: 'text' },
  { key: 'preparerName', label: 'ชื่อผู้จัดทำรายงาน', help: 'ผู้รายงานในรายงานติดตามผล', kind: 'text' },
  { key: 'preparerPosition', label: 'ตำแหน่งผู้จัดทำรายงาน', help: '', kind: 'text' },
  { key: 'approverName', label: 'ชื่อผู้รับรองรายงาน', help: 'เช่น ปลัดเทศบาล / ปลัด อบต.', kind: 'text' },
  { key: 'approverPosition', label: 'ตำแหน่งผู้รับรองรายงาน', help: '', kind: 'text' },
  { key: 'outputFolder', label: 'โฟลเดอร์เก็บเอกสาร (Google Drive)', help: 'ชื่อโฟลเดอร์หรือรหัสโฟลเดอร์ ระบบสร้างให้ถ้ายังไม่มี', kind: 'text' },
  { key: 'digits', label: 'ตัวเลขในเอกสาร', help: 'เลขไทยหรือเลขอารบิก', kind: 'list' },
  { key: 'memoUnit', label: 'ส่วนราชการเจ้าของเรื่อง (บันทึกข้อความ)', help: 'หน่วยงานภายในที่เสนอบันทึกข้อความ เช่น สำนักปลัด / หน่วยตรวจสอบภายใน', kind: 'text' },
  { key: 'memoRef', label: 'เลขที่หนังสือ (ที่)', help: 'อักษรและเลขประจำของหน่วยงาน เช่น สน 58107/ (ว่างไว้ = เว้นให้เติมเมื่อออกเลข)', kind: 'text' },
  { key: 'reviewerName', label: 'ชื่อผู้ตรวจทานแผน', help: 'ผู้ตรวจในขั้น “ตรวจทาน” เช่น ปลัด / ผู้ตรวจสอบภายใน (บันทึกในแผ่นงานตรวจทาน)', kind: 'text' },
  { key: 'reviewerPosition', label: 'ตำแหน่งผู้ตรวจทานแผน', help: 'ลงใต้ชื่อในบันทึกข้อความสรุปผลการตรวจทาน เช่น หัวหน้าสำนักปลัด / นักวิชาการตรวจสอบภายใน (ว่างไว้ = “ผู้ตรวจทานแผน”)', kind: 'text' },
  { key: 'appendixInPlan', label: 'ภาคผนวกในแผนฉบับสมบูรณ์', help: 'แนบคำสั่งแต่งตั้งคณะกรรมการและประกาศใช้แผนไว้ท้ายแผน (แนบเมื่อกรอกรายชื่อคณะกรรมการแล้ว)', kind: 'list' },
  { key: 'adoptionDate', label: 'วันที่ประกาศใช้แผน', help: 'ลงในคำสั่งแต่งตั้งคณะกรรมการและประกาศใช้แผน เช่น 15 ก.ย. 2565 (ว่างไว้ = วันที่สร้างเอกสาร)', kind: 'text' },
  { key: 'emblem', label: 'ตราหน่วยงาน (ไฟล์ภาพ PNG)', help: 'อัปโหลดตรา (.png) ที่แผงควบคุม Sujarit → ตราหน่วยงาน (เก็บในสเปรดชีต ใช้ได้ทั้งส่วนเสริมและโปรแกรมบรรทัดคำสั่ง) หรือพิมพ์ที่อยู่ไฟล์ .png สำหรับโปรแกรมบรรทัดคำสั่งเท่านั้น ว่างไว้ = ตราครุฑในตัว', kind: 'text' },
];

export const SETTINGS_HEADERS = ['รายการ', 'ข้อมูล', 'คำอธิบาย'] as const;
export const SETTINGS_WIDTHS = [230, 360, 420] as const;

import type { ColumnSpec } from '../workbook/layout';
import type { ValidationRule } from '../workbook/sheetPlan';

/**
 * The มาตรการส่งเสริมคุณธรรม tab as data: one row per measure/practice (มาตรการ/แนวทางการปฏิบัติ)
 * of an area (ด้าน) in a fiscal year, with the columns of seed 001's results report. The ลำดับ
 * column is a live formula (the practice's number within its area and year), never typed.
 */

export type IntegrityKey =
  | 'year' | 'areaNo' | 'areaTitle' | 'no' | 'practice' | 'method' | 'responsible' | 'duration'
  | 'result' | 'outcome' | 'planLink';

export const INTEGRITY_COLUMNS: readonly ColumnSpec<IntegrityKey>[] = [
  { key: 'year', header: 'ปีงบประมาณ (พ.ศ.)', aliases: ['ปีงบประมาณ', 'ปี'], kind: 'number', width: 85, required: true },
  { key: 'areaNo', header: 'ด้านที่', aliases: ['ด้าน', 'ลำดับด้าน'], kind: 'number', width: 55, required: true },
  { key: 'areaTitle', header: 'ชื่อด้าน', aliases: ['ด้าน/ประเด็น', 'ประเด็น', 'ชื่อประเด็น'], kind: 'text', width: 220, required: true },
  { key: 'no', header: 'ลำดับในด้าน (คำนวณ)', aliases: ['ลำดับในด้าน', 'ลำดับ'], kind: 'formula', width: 70 },
  { key: 'practice', header: 'มาตรการ/แนวทางการปฏิบัติ', aliases: ['มาตรการ', 'แนวทางการปฏิบัติ', 'มาตรการ/แนวทาง'], kind: 'longtext', width: 320, required: true },
  { key: 'method', header: 'ขั้นตอน/วิธีการดำเนินการ', aliases: ['ขั้นตอน/วิธีการดำเนินงาน', 'วิธีการดำเนินการ', 'ขั้นตอนการดำเนินการ', 'วิธีดำเนินการ'], kind: 'longtext', width: 300 },
  { key: 'responsible', header: 'ผู้รับผิดชอบ', aliases: ['หน่วยงานรับผิดชอบ', 'หน่วยงานที่รับผิดชอบ'], kind: 'text', width: 170 },
  { key: 'duration', header: 'ระยะเวลาดำเนินการ', aliases: ['ระยะเวลา'], kind: 'text', width: 130 },
  { key: 'result', header: 'ผลการดำเนินการ', aliases: ['ผลการดำเนินงาน'], kind: 'longtext', width: 300 },
  { key: 'outcome', header: 'ผลลัพธ์/ความสำเร็จ', aliases: ['ผลลัพธ์', 'ความสำเร็จ', 'ผลสำเร็จ'], kind: 'longtext', width: 260 },
  { key: 'planLink', header: 'มาตรการในแผน (รหัส/ชื่อ)', aliases: ['มาตรการในแผน', 'โครงการในแผน', 'เชื่อมโยงแผน'], kind: 'code', width: 200 },
];

/**
 * Cells that may be left blank to continue the text of the row above within the same area:
 * the document prints them as one merged cell, as seed 001 does when one method, one office or
 * one result covers several practices.
 */
export const CONTINUED_KEYS = ['method', 'responsible', 'duration', 'result', 'outcome'] as const;
export type ContinuedKey = (typeof CONTINUED_KEYS)[number];

/** The officer's input: a row counts when any of these holds text (ลำดับ is a formula on every row). */
export const INTEGRITY_INPUT_KEYS: readonly IntegrityKey[] = INTEGRITY_COLUMNS.map((c) => c.key).filter((k) => k !== 'no');

export const INTEGRITY_TAB_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ช่องที่เว้นว่างใช้ข้อความเดียวกับแถวบนในด้านเดียวกัน)';
export const INTEGRITY_TAB_COLOR = '#558b2f';
/** Year, area and ลำดับ stay in view while scrolling to the results. */
export const INTEGRITY_FROZEN_COLUMNS = 4;

export const INTEGRITY_FORMATS: Partial<Record<IntegrityKey, string>> = { year: '0', areaNo: '0', no: '0', planLink: '@' };

export const INTEGRITY_RULES: Partial<Record<IntegrityKey, ValidationRule>> = {
  year: { kind: 'number', min: 2500, allowInvalid: true, help: 'ปีงบประมาณ พ.ศ. เช่น 2567' },
  areaNo: { kind: 'number', min: 1, allowInvalid: true, help: 'ด้านที่ 1, 2, 3 … (เอกสารเรียงเลขด้านให้ต่อเนื่องเอง)' },
};

import type { ColumnSpec } from '../workbook/layout';
import type { ValidationRule } from '../workbook/sheetPlan';
import { ROUNDS, ROUND_LABEL } from './period';
import { ORDINANCE, STATUS } from './status';

/**
 * The ติดตามผล tab as data: one row per measure per fiscal year and round. The first columns
 * identify the measure (written by "เริ่มรอบติดตาม"); the rest are the officer's input, with
 * the fields e-PlanNACC records (ordinance amount, whether it made it in, reason when not done).
 */

export type MonitoringKey =
  | 'fiscalYear' | 'round' | 'dimension' | 'code' | 'name' | 'planned'
  | 'inOrdinance' | 'ordinance' | 'status' | 'spent' | 'date'
  | 'result' | 'problems' | 'suggestions' | 'reason' | 'evidence';

// Money columns are kind 'number', not 'budget': locateColumns matches 'budget' columns by the year in their header.
export const MONITORING_COLUMNS: readonly ColumnSpec<MonitoringKey>[] = [
  { key: 'fiscalYear', header: 'ปีงบประมาณ (พ.ศ.)', aliases: ['ปีงบประมาณ', 'ปี'], kind: 'number', width: 85, required: true },
  { key: 'round', header: 'รอบการติดตาม', aliases: ['รอบ', 'รอบรายงาน'], kind: 'text', width: 85, required: true },
  { key: 'dimension', header: 'มิติ', aliases: ['มิติที่'], kind: 'number', width: 45 },
  { key: 'code', header: 'รหัสภารกิจ', aliases: ['รหัส'], kind: 'code', width: 80, required: true },
  { key: 'name', header: 'ชื่อโครงการ/กิจกรรม/มาตรการ', aliases: ['ชื่อโครงการ', 'โครงการ/กิจกรรม/มาตรการ'], kind: 'text', width: 320, required: true },
  { key: 'planned', header: 'งบประมาณตามแผน (บาท)', aliases: ['งบประมาณตามแผน', 'งบประมาณตามแผนพัฒนาท้องถิ่น'], kind: 'number', width: 115 },
  { key: 'inOrdinance', header: 'บรรจุในข้อบัญญัติ/เทศบัญญัติ', aliases: ['บรรจุในข้อบัญญัติ', 'บรรจุในเทศบัญญัติ'], kind: 'text', width: 120 },
  { key: 'ordinance', header: 'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)', aliases: ['งบประมาณตามข้อบัญญัติ', 'งบประมาณตามเทศบัญญัติ'], kind: 'number', width: 125 },
  { key: 'status', header: 'สถานะ', aliases: ['สถานะการดำเนินงาน', 'สถานะการดำเนินการ'], kind: 'text', width: 140 },
  { key: 'spent', header: 'งบประมาณที่ใช้จริง (บาท)', aliases: ['งบประมาณที่ใช้จริง', 'งบประมาณที่เบิกจ่าย', 'เบิกจ่าย'], kind: 'number', width: 115 },
  { key: 'date', header: 'วันที่ดำเนินการ', aliases: ['วันที่'], kind: 'text', width: 110 },
  { key: 'result', header: 'ผลการดำเนินงาน', aliases: ['ผลการดำเนินการ'], kind: 'longtext', width: 300 },
  { key: 'problems', header: 'ปัญหาอุปสรรค', aliases: ['ปัญหา/อุปสรรค', 'ปัญหาและอุปสรรค'], kind: 'longtext', width: 220 },
  { key: 'suggestions', header: 'ข้อเสนอแนะ', kind: 'longtext', width: 220 },
  { key: 'reason', header: 'เหตุผลกรณีไม่สามารถดำเนินการได้', aliases: ['เหตุผลที่ไม่สามารถดำเนินการได้', 'เหตุผล'], kind: 'longtext', width: 200 },
  { key: 'evidence', header: 'หลักฐาน (ลิงก์)', aliases: ['หลักฐาน', 'ลิงก์หลักฐาน'], kind: 'link', width: 200 },
];

/** The columns "เริ่มรอบติดตาม" fills; the others are the officer's. */
export const IDENTITY_KEYS: readonly MonitoringKey[] = ['fiscalYear', 'round', 'dimension', 'code', 'name', 'planned'];

/** The officer's input, copied from the 6-month row when the 12-month round starts. */
export const CARRIED_KEYS: readonly MonitoringKey[] = ['inOrdinance', 'ordinance', 'status', 'spent', 'date', 'result', 'problems', 'suggestions', 'reason', 'evidence'];

export const MONITORING_TITLE = 'ติดตามผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต';
export const MONITORING_TAB_COLOR = '#c62828';
/** Year, round, dimension, code and name stay in view while scrolling to the input columns. */
export const MONITORING_FROZEN_COLUMNS = 5;

/** Zero shows as "-", as the seeds print "no budget". */
export const MONEY_FORMAT = '#,##0.00;-#,##0.00;"-"';

const MONEY_RULE: ValidationRule = { kind: 'number', min: 0, allowInvalid: true, help: 'จำนวนเงินบาท ไม่ติดลบ' };

export const MONITORING_RULES: Partial<Record<MonitoringKey, ValidationRule>> = {
  round: { kind: 'list', values: ROUNDS.map((r) => ROUND_LABEL[r]), allowInvalid: true, help: 'รอบ 6 เดือน หรือ 12 เดือน' },
  inOrdinance: { kind: 'list', values: Object.values(ORDINANCE), allowInvalid: true, help: 'โครงการนี้บรรจุในข้อบัญญัติ/เทศบัญญัติงบประมาณหรือไม่' },
  status: { kind: 'list', values: Object.values(STATUS), allowInvalid: true, help: 'เลือกสถานะ (เว้นว่าง = รอรายงานผล)' },
  planned: MONEY_RULE,
  ordinance: MONEY_RULE,
  spent: MONEY_RULE,
};

export const MONITORING_FORMATS: Partial<Record<MonitoringKey, string>> = {
  fiscalYear: '0',
  dimension: '0',
  code: '@',
  planned: MONEY_FORMAT,
  ordinance: MONEY_FORMAT,
  spent: MONEY_FORMAT,
};

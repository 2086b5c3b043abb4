import type { ColumnSpec } from '../workbook/layout';
import type { ValidationRule } from '../workbook/sheetPlan';

/**
 * The ประเมินความเสี่ยง tab as data: one row per corruption risk of a fiscal year, as seed 000's
 * ส่วนที่ ๑ table (ขั้นตอน/งาน, ประเด็นความเสี่ยง, Risk Score, มาตรการควบคุม), with likelihood and
 * impact chosen 1–5 so the score (their product) and its level are computed, never typed, plus
 * what the ITA asks for the yearly assessment: the plan measures that answer the risk, who is
 * responsible, and how managing it went.
 */
export type RiskKey =
  | 'year' | 'no' | 'process' | 'risk' | 'likelihood' | 'impact' | 'score' | 'level'
  | 'control' | 'planLink' | 'unit' | 'status' | 'result';

export const RISK_COLUMNS: readonly ColumnSpec<RiskKey>[] = [
  { key: 'year', header: 'ปีงบประมาณ', aliases: ['ปี'], kind: 'number', width: 90, required: true },
  { key: 'no', header: 'ลำดับ', aliases: ['ลำดับที่'], kind: 'formula', width: 55 },
  { key: 'process', header: 'ขั้นตอน/งานดำเนินงาน', aliases: ['ขั้นตอนงานดำเนินงาน', 'กระบวนงาน', 'ภารกิจ/งาน'], kind: 'longtext', width: 220, required: true },
  { key: 'risk', header: 'ประเด็นความเสี่ยงการทุจริต', aliases: ['ประเด็นความเสี่ยง', 'ความเสี่ยง'], kind: 'longtext', width: 300, required: true },
  { key: 'likelihood', header: 'โอกาส (1–5)', aliases: ['โอกาส', 'โอกาสที่จะเกิด', 'likelihood'], kind: 'number', width: 80 },
  { key: 'impact', header: 'ผลกระทบ (1–5)', aliases: ['ผลกระทบ', 'impact'], kind: 'number', width: 80 },
  { key: 'score', header: 'คะแนนความเสี่ยง (Risk Score)', aliases: ['Risk Score', 'คะแนนความเสี่ยง'], kind: 'formula', width: 100 },
  { key: 'level', header: 'ระดับความเสี่ยง', aliases: ['ระดับ'], kind: 'formula', width: 100 },
  { key: 'control', header: 'มาตรการควบคุมความเสี่ยง', aliases: ['มาตรการควบคุม', 'มาตรการป้องกัน'], kind: 'longtext', width: 280 },
  { key: 'planLink', header: 'มาตรการในแผน (รหัส/ชื่อ)', aliases: ['มาตรการในแผน', 'โครงการในแผน'], kind: 'longtext', width: 220 },
  { key: 'unit', header: 'หน่วยงานรับผิดชอบ', aliases: ['ผู้รับผิดชอบ'], kind: 'text', width: 150 },
  { key: 'status', header: 'สถานะการจัดการความเสี่ยง', aliases: ['สถานะ'], kind: 'text', width: 160 },
  { key: 'result', header: 'ผลการจัดการความเสี่ยง', aliases: ['ผลการดำเนินการ', 'ผลการดำเนินงาน'], kind: 'longtext', width: 260 },
];

/** What the officer types; ลำดับ, score and level are formulas. A row counts when any of these holds text. */
export const RISK_INPUT_KEYS: readonly RiskKey[] = ['year', 'process', 'risk', 'likelihood', 'impact', 'control', 'planLink', 'unit', 'status', 'result'];

export type RiskLevel = 'low' | 'medium' | 'high' | 'veryHigh';

/**
 * The 5×5 matrix of the Thai public-sector risk guides: score = likelihood × impact; 1–4 ต่ำ,
 * 5–9 ปานกลาง, 10–16 สูง, 17–25 สูงมาก. As data, so the formula, the documents and the rules agree.
 */
export const RISK_LEVELS: readonly { readonly level: RiskLevel; readonly label: string; readonly from: number }[] = [
  { level: 'low', label: 'ต่ำ', from: 1 },
  { level: 'medium', label: 'ปานกลาง', from: 5 },
  { level: 'high', label: 'สูง', from: 10 },
  { level: 'veryHigh', label: 'สูงมาก', from: 17 },
];

/** The risks that must have a control measure and a plan measure that answers them. */
export const MANAGED_LEVELS: readonly RiskLevel[] = ['high', 'veryHigh'];

export const RISK_STATUSES = ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้ว ความเสี่ยงลดลง', 'ดำเนินการแล้ว ยังมีความเสี่ยง'] as const;

export const RISK_TAB_TITLE = 'การประเมินความเสี่ยงการทุจริต (เลือกโอกาสและผลกระทบ 1–5 ระบบคำนวณคะแนนและระดับให้)';
export const RISK_TAB_COLOR = '#c62828';
export const RISK_FROZEN_COLUMNS = 3;

export const RISK_FORMATS: Partial<Record<RiskKey, string>> = { year: '0', no: '0', likelihood: '0', impact: '0', score: '0', planLink: '@' };

const ONE_TO_FIVE = ['1', '2', '3', '4', '5'];

export const RISK_RULES: Partial<Record<RiskKey, ValidationRule>> = {
  likelihood: { kind: 'list', values: ONE_TO_FIVE, allowInvalid: true, help: 'โอกาสที่จะเกิด 1 (น้อยมาก) ถึง 5 (สูงมาก)' },
  impact: { kind: 'list', values: ONE_TO_FIVE, allowInvalid: true, help: 'ผลกระทบ 1 (น้อยมาก) ถึง 5 (รุนแรงมาก)' },
  status: { kind: 'list', values: [...RISK_STATUSES], allowInvalid: true, help: 'สถานะการจัดการความเสี่ยงในปีงบประมาณนี้' },
};

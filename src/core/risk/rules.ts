import { resolvePlanLink } from '../integrity/planLink';
import { shorten } from '../integrity/text';
import { cellFormula, cellValue } from '../workbook/grid';
import { SHEET } from '../workbook/layout';
import { parseA1 } from '../workbook/a1';
import type { Finding } from '../validate/finding';
import { reporter, type RuleSet, type ValidationInput } from '../validate/rule';
import { toArabicDigits } from '../thai/digits';
import { cleanText } from '../thai/text';
import { readRiskSheet, type RiskRow } from './read';
import type { RiskKey } from './layout';
import { isManaged, levelLabel } from './score';

/** Checks of the ประเมินความเสี่ยง tab: grades, the computed score, and that serious risks are answered. */
const RULES = {
  RISK_YEAR_MISSING: {
    severity: 'error', title: 'ความเสี่ยงไม่มีปีงบประมาณ',
    message: 'แถว {row} ไม่มีปีงบประมาณ (พบ “{value}”) จึงไม่อยู่ในการประเมินปีใด',
    fix: 'พิมพ์ปีงบประมาณ พ.ศ. ๔ หลัก เช่น 2567',
  },
  RISK_GRADE_INVALID: {
    severity: 'error', title: 'โอกาสหรือผลกระทบไม่ใช่ 1–5',
    message: '{field} “{value}” ไม่ใช่ระดับ 1–5 จึงคำนวณคะแนนความเสี่ยงไม่ได้',
    fix: 'เลือก 1 (น้อยมาก) ถึง 5 (สูงมาก) จากรายการ',
  },
  RISK_GRADE_MISSING: {
    severity: 'warning', title: 'ความเสี่ยงยังไม่ได้ประเมิน',
    message: 'ความเสี่ยง “{risk}” ยังไม่ได้เลือก{field} จึงยังไม่มีคะแนนและระดับ',
    fix: 'เลือก{field} 1–5',
  },
  RISK_SCORE_MISMATCH: {
    severity: 'error', title: 'คะแนนความเสี่ยงไม่ตรงกับโอกาส × ผลกระทบ',
    message: 'คะแนน “{typed}” ไม่ตรงกับโอกาส {likelihood} × ผลกระทบ {impact} = {score}',
    fix: 'ลบค่าที่พิมพ์ทับ แล้วเลือกเมนู Sujarit › สร้าง/ปรับโครงแผน ระบบจะใส่สูตรคำนวณให้ (เอกสารใช้ {score})',
  },
  RISK_HIGH_NO_CONTROL: {
    severity: 'error', title: 'ความเสี่ยงระดับสูงไม่มีมาตรการควบคุม',
    message: 'ความเสี่ยงระดับ{level} “{risk}” ยังไม่มีมาตรการควบคุมความเสี่ยง',
    fix: 'ระบุมาตรการควบคุมความเสี่ยง (ความเสี่ยงระดับสูงและสูงมากต้องมีมาตรการควบคุม)',
  },
  RISK_HIGH_NO_MEASURE: {
    severity: 'error', title: 'ความเสี่ยงระดับสูงไม่มีมาตรการในแผนรองรับ',
    message: 'ความเสี่ยงระดับ{level} “{risk}” ยังไม่ได้ระบุโครงการ/มาตรการในแผนที่รองรับ',
    fix: 'พิมพ์รหัสภารกิจหรือชื่อโครงการในแผนที่จัดการความเสี่ยงนี้ (หลายรายการให้ขึ้นบรรทัดใหม่)',
  },
  RISK_LINK_UNKNOWN: {
    severity: 'error', title: 'ความเสี่ยงอ้างถึงมาตรการที่ไม่มีในแผน',
    message: 'ไม่พบ “{link}” ในแผน (แผ่นงาน มิติที่ ๑–๔)',
    fix: 'พิมพ์รหัสภารกิจ (เช่น 4.1.3) หรือชื่อโครงการให้ตรงกับในแผน',
  },
} as const;

const flag = reporter(RULES);
const SHEET_NAME = SHEET.risk;
const FIELD: Readonly<Partial<Record<RiskKey, string>>> = { likelihood: 'โอกาส', impact: 'ผลกระทบ' };

function check(input: ValidationInput): Finding[] {
  const snap = input.snapshot(SHEET_NAME);
  if (!snap) return [];
  const { measures } = input.workbook.plan;
  const findings: Finding[] = [];
  for (const row of readRiskSheet(snap).rows) {
    const at = (key: RiskKey) => row.cells[key] ?? row.cells.risk ?? '';
    const risk = shorten(row.text.risk, 60);
    if (row.year === undefined) findings.push(flag('RISK_YEAR_MISSING', SHEET_NAME, at('year'), { row: row.row, value: row.text.year }));
    for (const key of ['likelihood', 'impact'] as const) {
      const grade = row[key];
      if (grade === undefined) findings.push(flag('RISK_GRADE_MISSING', SHEET_NAME, at(key), { risk, field: FIELD[key]! }));
      else if (Number.isNaN(grade)) findings.push(flag('RISK_GRADE_INVALID', SHEET_NAME, at(key), { field: FIELD[key]!, value: row.text[key] }));
    }
    findings.push(...scoreTypedOver(snap, row));
    if (row.level !== undefined && isManaged(row.level)) {
      const level = levelLabel(row.level);
      if (row.text.control === '') findings.push(flag('RISK_HIGH_NO_CONTROL', SHEET_NAME, at('control'), { level, risk }));
      if (row.text.planLink === '') findings.push(flag('RISK_HIGH_NO_MEASURE', SHEET_NAME, at('planLink'), { level, risk }));
    }
    for (const line of row.text.planLink.split('\n')) {
      if (resolvePlanLink(line, measures).kind === 'unknown') findings.push(flag('RISK_LINK_UNKNOWN', SHEET_NAME, at('planLink'), { link: line }));
    }
  }
  return findings;
}

/** A score typed (or a formula changed) so that it no longer says likelihood × impact. */
function scoreTypedOver(snap: Parameters<typeof cellValue>[0], row: RiskRow): Finding[] {
  const cell = row.cells.score;
  const where = cell ? parseA1(cell) : undefined;
  if (!where || row.score === undefined) return [];
  const formula = cellFormula(snap, where.row, where.col);
  const typed = toArabicDigits(cleanText(cellValue(snap, where.row, where.col)));
  // A formula's value is Sheets' to compute (the fakes and exceljs may not have one): only typed values are checked.
  if (formula !== '' || typed === '' || Number(typed) === row.score) return [];
  return [flag('RISK_SCORE_MISMATCH', SHEET_NAME, cell!, { typed, likelihood: row.likelihood!, impact: row.impact!, score: row.score })];
}


export const riskRules: RuleSet = { name: 'การประเมินความเสี่ยง', rules: RULES, check };

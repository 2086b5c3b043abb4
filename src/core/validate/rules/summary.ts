import { cleanText } from '../../thai/text';
import { a1, quoteSheet } from '../../workbook/a1';
import { cellFormula, cellValue, normaliseFormula } from '../../workbook/grid';
import { HEADER_ROW, SHEET } from '../../workbook/layout';
import { LEGACY_LAST_ROW, summaryColumns, summaryRowKey, summaryRows } from '../../workbook/summary';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';
import { readSummarySheet } from '../summarySheet';

const REFILL = 'ลบค่าในช่องนี้ให้ว่าง แล้วเลือกเมนู Sujarit › สร้าง/ปรับโครงแผน ระบบจะใส่สูตรให้ใหม่ (เติมเฉพาะช่องที่ว่าง)';

const RULES = {
  SUMMARY_VALUE_OVER_FORMULA: {
    severity: 'error',
    title: 'ค่าพิมพ์ทับสูตรในแผ่นงานสรุป',
    message: 'ช่องนี้ควรเป็นสูตรที่คำนวณจากแผ่นงานมิติ แต่มีค่า “{value}” พิมพ์ทับไว้ ตัวเลขจะไม่เปลี่ยนตามแผน',
    fix: REFILL,
  },
  SUMMARY_FORMULA_CHANGED: {
    severity: 'error',
    title: 'สูตรในแผ่นงานสรุปถูกแก้',
    message: 'สูตร {actual} ไม่ตรงกับสูตรที่ควรเป็น {expected}',
    fix: REFILL,
  },
  SUMMARY_FORMULA_MISSING: {
    severity: 'error',
    title: 'สูตรในแผ่นงานสรุปหายไป',
    message: 'ช่องนี้ว่าง ควรมีสูตร {expected}',
    fix: 'เลือกเมนู Sujarit › สร้าง/ปรับโครงแผน ระบบจะเติมสูตรในช่องที่ว่าง',
  },
  SUMMARY_ROW_MISSING: {
    severity: 'error',
    title: 'แถวในแผ่นงานสรุปหายไป',
    message: 'ไม่พบแถวสรุปของ {title}',
    fix: 'ถ้าแก้รหัสในคอลัมน์รหัสไว้ ให้แก้กลับเป็น “{code}” หรือเลือกเมนู Sujarit › สร้าง/ปรับโครงแผน ระบบจะเพิ่มแถวที่ขาดต่อท้าย',
  },
  SUMMARY_COLUMN_MISSING: {
    severity: 'error',
    title: 'คอลัมน์ในแผ่นงานสรุปหายไป',
    message: 'ไม่พบคอลัมน์ “{header}” ในแผ่นงานสรุป',
    fix: 'ถ้าเปลี่ยนชื่อหัวคอลัมน์ไว้ ให้แก้กลับเป็น “{header}” หรือเลือกเมนู Sujarit › สร้าง/ปรับโครงแผน',
  },
  SUMMARY_FORMULA_SHORT: {
    severity: 'error',
    title: 'สูตรในแผ่นงานสรุปนับไม่ถึงแถวล่างสุด',
    message: `สูตรในแผ่นงานสรุป (เช่นช่องนี้) นับถึงแถว ${LEGACY_LAST_ROW} แต่แผ่นงาน “{sheet}” มีโครงการ {count} แถวหลังแถว ${LEGACY_LAST_ROW} (ถึงแถว {last}) ที่ไม่ถูกนับ`,
    fix: 'เลือกเมนู Sujarit › สร้าง/ปรับโครงแผน ระบบจะเปลี่ยนสูตรของ Sujarit ให้ครอบคลุมทุกแถว (สูตรที่ท่านแก้เองจะไม่ถูกเปลี่ยน)',
  },
} as const;

const flag = reporter(RULES);

/**
 * Every formula cell of the สรุป tab against the formula scaffold writes there: a value typed
 * over it, another formula, or nothing at all. Rows and columns that are missing are reported once.
 */
function check(input: ValidationInput): Finding[] {
  const summary = readSummarySheet(input);
  if (!summary) return [];
  const { snap, layout, missingColumns, foundRows } = summary;
  const findings: Finding[] = [];
  const sheet = SHEET.summary;
  for (const spec of summaryColumns(input.years)) {
    if (spec.kind === 'number' || spec.key === 'title' || !missingColumns.has(spec.key)) continue;
    findings.push(flag('SUMMARY_COLUMN_MISSING', sheet, a1(HEADER_ROW, layout.columns.get(spec.key)!), { header: spec.header }));
  }
  const checkedRows = new Set(foundRows.values());
  for (const row of summaryRows(input.framework)) {
    const key = summaryRowKey(row);
    if (foundRows.has(key)) continue;
    const cell = a1(layout.rowOf.get(key)!, layout.columns.get('code')!);
    findings.push(flag('SUMMARY_ROW_MISSING', sheet, cell, { title: row.title, code: row.code || row.title }));
  }
  const legacy: { cell: string; formula: string }[] = [];
  const formulaCols = new Set([...layout.columns].filter(([k]) => !missingColumns.has(k)).map(([, c]) => c));
  for (const want of layout.wanted) {
    const expected = String(want.value);
    if (!expected.startsWith('=') || !checkedRows.has(want.row) || !formulaCols.has(want.col)) continue;
    const cell = a1(want.row, want.col);
    const actual = cellFormula(snap, want.row, want.col);
    const value = cleanText(cellValue(snap, want.row, want.col));
    if (actual === '') {
      findings.push(value === '' ? flag('SUMMARY_FORMULA_MISSING', sheet, cell, { expected }) : flag('SUMMARY_VALUE_OVER_FORMULA', sheet, cell, { value }));
    } else if (want.replaces?.some((f) => normaliseFormula(f) === normaliseFormula(actual))) {
      legacy.push({ cell, formula: actual });
    } else if (normaliseFormula(actual) !== normaliseFormula(expected)) {
      findings.push(flag('SUMMARY_FORMULA_CHANGED', sheet, cell, { actual, expected }));
    }
  }
  return [...findings, ...shortReach(input, legacy)];
}

/**
 * Formulas of earlier versions stop at row LEGACY_LAST_ROW. They are right while every measure is
 * above it; once a dimension tab grows past it, one error per tab names the first such formula.
 */
function shortReach(input: ValidationInput, legacy: readonly { cell: string; formula: string }[]): Finding[] {
  const findings: Finding[] = [];
  for (const dim of input.workbook.dimensions) {
    const beyond = dim.rows.filter((r) => r.row > LEGACY_LAST_ROW);
    const first = legacy.find((l) => l.formula.includes(quoteSheet(dim.sheet)));
    if (beyond.length === 0 || !first) continue;
    findings.push(flag('SUMMARY_FORMULA_SHORT', SHEET.summary, first.cell, { sheet: dim.sheet, count: beyond.length, last: beyond[beyond.length - 1].row }));
  }
  return findings;
}

export const summaryRules: RuleSet = { name: 'แผ่นงานสรุป', rules: RULES, check };

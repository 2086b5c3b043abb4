import { a1 } from '../../workbook/a1';
import { completeHeader } from '../../workbook/headers';
import type { DimensionNo } from '../../framework/types';
import { HEADER_ROW, SHEET, dimensionSheetName, measureColumns } from '../../workbook/layout';
import { readDimensionSheet } from '../../workbook/measures';
import { PLAN_TAB_NAMES, sheetNameKey } from '../../workbook/sheetNames';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

const ONLY_PLAN_TABS = '(Sujarit อ่านเฉพาะแผ่นงาน “มิติที่ 1” ถึง “มิติที่ 4”)';
const SCAFFOLD_FIX = 'เลือกเมนู Sujarit › สร้าง/ปรับโครงแผน ระบบจะเพิ่มส่วนที่ขาดโดยไม่แก้ข้อมูลที่กรอกไว้';

const RULES = {
  SHEET_MISSING: {
    severity: 'error',
    title: 'ไม่พบแผ่นงานของแผน',
    message: 'ไม่พบแผ่นงาน “{sheet}”',
    fix: `ถ้าเปลี่ยนชื่อแผ่นงานไว้ ให้แก้กลับเป็น “{sheet}” หรือ${SCAFFOLD_FIX}`,
  },
  COLUMN_MISSING: {
    severity: 'error',
    title: 'ไม่พบคอลัมน์ที่จำเป็น',
    message: 'ไม่พบคอลัมน์ “{header}” ในแผ่นงาน {sheet}',
    fix: `ถ้าเปลี่ยนชื่อหัวคอลัมน์ไว้ ให้แก้กลับเป็น “{header}” หรือ${SCAFFOLD_FIX}`,
  },
  SHEET_NOT_READ: {
    severity: 'error',
    title: 'โครงการอยู่ในแผ่นงานที่ไม่ถูกอ่าน',
    message: `แผ่นงาน “{sheet}” มีโครงการ/กิจกรรม/มาตรการ {count} แถวที่ไม่ถูกนับในแผน ${ONLY_PLAN_TABS}`,
    fix: 'ถ้าแผ่นงานนี้คือ “{target}” ที่เปลี่ยนชื่อไว้ ให้ย้ายแถวไปไว้ในแผ่นงาน “{target}” (หรือลบแผ่นงาน “{target}” ที่ว่างแล้วเปลี่ยนชื่อแผ่นงานนี้กลับ) ถ้าเป็นสำเนาที่ไม่ใช้แล้ว ให้ลบหรือย้ายออกจากสมุดงาน',
  },
  SHEET_LOOK_ALIKE: {
    severity: 'error',
    title: 'ชื่อแผ่นงานคล้ายแต่ไม่ตรงกับชื่อมาตรฐาน',
    message: `แผ่นงาน “{sheet}” มีโครงการ/กิจกรรม/มาตรการ {count} แถวที่ไม่ถูกนับในแผน: ชื่อแผ่นงานต่างจาก “{target}” เพียงช่องว่าง อักขระที่มองไม่เห็น หรือรูปแบบตัวเลข`,
    fix: 'เลือกเมนู Sujarit › สร้าง/ปรับโครงแผน ระบบจะแก้ชื่อแผ่นงานเป็น “{target}” โดยไม่แก้ข้อมูลที่กรอกไว้',
  },
} as const;

const flag = reporter(RULES);

/** Missing tabs, and missing required or per-year budget columns, pointed at where scaffold would add them. */
function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  const missing = [...input.workbook.missingSheets, ...(input.snapshot(SHEET.summary) ? [] : [SHEET.summary])];
  for (const sheet of missing) findings.push(flag('SHEET_MISSING', sheet, '', { sheet }));
  const specs = measureColumns(input.years);
  const needed = new Set(specs.filter((c) => c.required || c.kind === 'budget').map((c) => c.header));
  for (const dim of input.workbook.dimensions) {
    const snap = input.snapshot(dim.sheet);
    if (!snap) continue;
    // The same placement scaffold uses, so the finding points where the column will appear.
    const { wanted } = completeHeader(snap, HEADER_ROW, specs);
    for (const cell of wanted) {
      const header = String(cell.value);
      if (needed.has(header)) findings.push(flag('COLUMN_MISSING', dim.sheet, a1(cell.row, cell.col), { sheet: dim.sheet, header }));
    }
  }
  findings.push(...strandedRows(input));
  return findings;
}

/**
 * Rows of measures on a tab Sujarit does not read, e.g. "มิติ 1 (แก้ไข)" after scaffold added a
 * fresh "มิติที่ 1" beside it: the plan's counts and documents would silently leave them out.
 */
function strandedRows(input: ValidationInput): Finding[] {
  const names = input.snapshot.sheetNames?.() ?? [];
  const known = new Set(PLAN_TAB_NAMES);
  const findings: Finding[] = [];
  for (const sheet of names) {
    if (known.has(sheet)) continue;
    const snap = input.snapshot(sheet);
    if (!snap) continue;
    const lookAlike = PLAN_TAB_NAMES.find((n) => sheetNameKey(n) === sheetNameKey(sheet));
    const dimension = dimensionOfTab(sheet);
    const read = readDimensionSheet(snap, dimension, input.workbook.plan.settings);
    const rows = read.columns.has('name') ? read.rows.filter((r) => r.measure.name !== '') : [];
    if (rows.length === 0) continue;
    const target = lookAlike ?? dimensionSheetName(dimension);
    findings.push(flag(lookAlike ? 'SHEET_LOOK_ALIKE' : 'SHEET_NOT_READ', sheet, rows[0].cells.name!, { sheet, count: rows.length, target }));
  }
  return findings;
}

/** The dimension a tab's name points to ("มิติ 2 (สำเนา)" → 2), else the first. */
function dimensionOfTab(name: string): DimensionNo {
  const digit = /[1-4]/.exec(sheetNameKey(name))?.[0];
  return (digit ? Number(digit) : 1) as DimensionNo;
}

export const structureRules: RuleSet = { name: 'โครงสร้างสมุดงาน', rules: RULES, check };

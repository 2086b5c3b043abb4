import { a1 } from '../../workbook/a1';
import { completeHeader } from '../../workbook/headers';
import { HEADER_ROW, SHEET, measureColumns } from '../../workbook/layout';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

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
  return findings;
}

export const structureRules: RuleSet = { name: 'โครงสร้างสมุดงาน', rules: RULES, check };

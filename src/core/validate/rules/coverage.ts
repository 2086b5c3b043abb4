import { a1 } from '../../workbook/a1';
import { FIRST_DATA_ROW, SHEET, dimensionSheetName } from '../../workbook/layout';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';
import { readSummarySheet } from '../summarySheet';

const RULES = {
  DIMENSION_EMPTY: {
    severity: 'warning',
    title: 'มิติไม่มีโครงการ',
    message: 'มิติที่ {no} {title} ยังไม่มีโครงการ/กิจกรรม/มาตรการ',
    fix: 'แผนต้องครอบคลุมทั้ง ๔ มิติ: เพิ่มโครงการ/กิจกรรม/มาตรการในแผ่นงาน “{sheet}” อย่างน้อย ๑ รายการ',
  },
  SUB_EMPTY: {
    severity: 'warning',
    title: 'มิติย่อยไม่มีโครงการ',
    message: 'มิติย่อย {code} {title} ยังไม่มีโครงการ/กิจกรรม/มาตรการ',
    fix: 'เพิ่มโครงการที่มีรหัสภารกิจ {code}.x ในแผ่นงาน “{sheet}” หรือยืนยันว่าไม่ดำเนินการในมิติย่อยนี้',
  },
} as const;

const flag = reporter(RULES);

/**
 * Every dimension and sub-dimension should carry at least one measure. A sub-dimension is
 * pointed at on the สรุป tab (its count shows 0 there); an empty dimension at its first row.
 */
function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  const summary = readSummarySheet(input);
  for (const dim of input.framework.dimensions) {
    const sheet = dimensionSheetName(dim.no);
    if (input.workbook.missingSheets.includes(sheet)) continue;
    const read = input.workbook.dimensions.find((d) => d.sheet === sheet)!;
    if ((input.figures.byDimension.get(dim.no)?.count ?? 0) === 0) {
      findings.push(flag('DIMENSION_EMPTY', sheet, a1(FIRST_DATA_ROW, read.columns.get('name') ?? 1), { no: dim.no, title: dim.title, sheet }));
      continue;
    }
    for (const sub of dim.subs) {
      if ((input.figures.bySub.get(sub.code)?.count ?? 0) > 0) continue;
      const row = summary?.foundRows.get(sub.code);
      const countCol = summary?.layout.columns.get('count');
      const [where, cell] = row !== undefined && countCol !== undefined ? [SHEET.summary, a1(row, countCol)] : [sheet, a1(FIRST_DATA_ROW, read.columns.get('code') ?? 1)];
      findings.push(flag('SUB_EMPTY', where, cell, { code: sub.code, title: sub.title, sheet }));
    }
  }
  return findings;
}

export const coverageRules: RuleSet = { name: 'ความครอบคลุมของแผน', rules: RULES, check };

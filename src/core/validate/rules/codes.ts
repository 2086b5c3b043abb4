import { assignableCodes, findPlace, normaliseCode } from '../../framework/framework';
import { cleanText } from '../../thai/text';
import { dimensionSheetName } from '../../workbook/layout';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

const RULES = {
  CODE_MISSING: {
    severity: 'error',
    title: 'ไม่ได้ระบุรหัสภารกิจ',
    message: 'ยังไม่ได้ระบุรหัสภารกิจของ “{name}”',
    fix: 'เลือกรหัสภารกิจจากรายการ เช่น {example} (ถ้าผสานเซลล์ไว้หลายแถว ให้ยกเลิกการผสานแล้วกรอกรหัสทุกแถว)',
  },
  CODE_UNKNOWN: {
    severity: 'error',
    title: 'รหัสภารกิจไม่มีในกรอบ',
    message: 'รหัสภารกิจ “{code}” ไม่มีใน{framework}',
    fix: 'เลือกรหัสจากรายการของมิตินี้: {codes}',
  },
  CODE_OTHER_DIMENSION: {
    severity: 'error',
    title: 'รหัสภารกิจเป็นของมิติอื่น',
    message: 'รหัส {code} เป็นภารกิจของมิติที่ {other} แต่อยู่ในแผ่นงาน {sheet}',
    fix: 'ย้ายแถวนี้ไปไว้ในแผ่นงาน “{otherSheet}” หรือแก้รหัสให้เป็นภารกิจของมิติที่ {dimension}',
  },
  CODE_NOT_ITEM: {
    severity: 'warning',
    title: 'ระบุเพียงรหัสมิติย่อย',
    message: 'รหัส {code} เป็นรหัสมิติย่อย ไม่ได้ระบุภารกิจ',
    fix: 'เลือกรหัสภารกิจที่ตรงกับโครงการ: {codes}',
  },
} as const;

const flag = reporter(RULES);

/** Every measure's item code: present, in the plan's framework, and in its own dimension's tab. */
function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  for (const dim of input.workbook.dimensions) {
    const ownCodes = assignableCodes(input.framework, dim.rows[0]?.measure.dimension);
    for (const { sheet, raw, cells, measure } of dim.rows) {
      const cell = cells.code;
      if (cell === undefined) continue; // the missing column is reported once
      const typed = cleanText(raw.code);
      if (typed === '') {
        findings.push(flag('CODE_MISSING', sheet, cell, { name: measure.name || `แถว ${cell.replace(/\D/g, '')}`, example: ownCodes.slice(0, 3).join(', ') }));
        continue;
      }
      const place = findPlace(input.framework, normaliseCode(typed));
      if (!place) {
        findings.push(flag('CODE_UNKNOWN', sheet, cell, { code: typed, framework: input.framework.label, codes: ownCodes.join(', ') }));
      } else if (place.dimension.no !== measure.dimension) {
        findings.push(flag('CODE_OTHER_DIMENSION', sheet, cell, {
          code: typed, other: place.dimension.no, sheet, otherSheet: dimensionSheetName(place.dimension.no), dimension: measure.dimension,
        }));
      } else if (!place.item && place.sub.items.length > 0) {
        findings.push(flag('CODE_NOT_ITEM', sheet, cell, { code: typed, codes: place.sub.items.map((i) => i.code).join(', ') }));
      }
    }
  }
  return findings;
}

export const codeRules: RuleSet = { name: 'รหัสภารกิจ', rules: RULES, check };

import { NAME_MAX, nameLabel } from '../../import/names';
import { cleanText } from '../../thai/text';
import type { Finding } from '../finding';
import { reporter, type RuleSet, type ValidationInput } from '../rule';

/**
 * A measure's name that is really its detail text: too long, or holding a detail field's label.
 * It happens when a plan is pasted or imported from a page whose headings were not recognised,
 * and every document made from the row carries it (its title, its file name).
 */
const RULES = {
  NAME_TOO_LONG: {
    severity: 'error',
    title: 'ชื่อโครงการยาวผิดปกติ',
    message: 'ชื่อยาว {length} ตัวอักษร (เกิน {max}): น่าจะมีรายละเอียดโครงการปนอยู่ในชื่อ “{start}…”',
    fix: 'เหลือไว้เฉพาะชื่อโครงการ/กิจกรรม/มาตรการ แล้วย้ายข้อความที่เหลือไปไว้ในคอลัมน์รายละเอียด (หลักการและเหตุผล วัตถุประสงค์ ฯลฯ)',
  },
  NAME_HOLDS_LABEL: {
    severity: 'warning',
    title: 'ชื่อโครงการมีหัวข้อรายละเอียด',
    message: 'ชื่อมีหัวข้อ “{label}” อยู่ข้างใน: น่าจะมีรายละเอียดโครงการปนอยู่ในชื่อ',
    fix: 'ตัดข้อความตั้งแต่ “{label}” ออกจากชื่อ แล้วย้ายไปไว้ในคอลัมน์ของหัวข้อนั้น',
  },
} as const;

const flag = reporter(RULES);

function check(input: ValidationInput): Finding[] {
  const findings: Finding[] = [];
  for (const dim of input.workbook.dimensions) {
    for (const { sheet, raw, cells } of dim.rows) {
      const cell = cells.name;
      const name = cleanText(raw.name);
      if (cell === undefined || name === '') continue;
      if (name.length > NAME_MAX) findings.push(flag('NAME_TOO_LONG', sheet, cell, { length: name.length, max: NAME_MAX, start: name.slice(0, 40) }));
      const label = nameLabel(name);
      if (label) findings.push(flag('NAME_HOLDS_LABEL', sheet, cell, { label }));
    }
  }
  return findings;
}

export const nameShapeRules: RuleSet = { name: 'ชื่อโครงการ', rules: RULES, check };

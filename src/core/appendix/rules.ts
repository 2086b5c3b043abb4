import { SHEET } from '../workbook/layout';
import type { Finding } from '../validate/finding';
import { reporter, type RuleSet, type ValidationInput } from '../validate/rule';
import { COMMITTEE_ROLES } from './layout';
import { readCommittee } from './read';

/** Checks of the คณะกรรมการจัดทำแผน tab: what the appointing order needs to be right. */
const RULES = {
  COMMITTEE_ROLE_UNKNOWN: {
    severity: 'error', title: 'บทบาทในคณะกรรมการไม่ถูกต้อง',
    message: 'บทบาท “{value}” ไม่ใช่บทบาทที่ระบบรู้จัก',
    fix: `เลือกจากรายการ: ${COMMITTEE_ROLES.join(' / ')}`,
  },
  COMMITTEE_FIELD_EMPTY: {
    severity: 'error', title: 'รายชื่อกรรมการไม่ครบ',
    message: 'กรรมการแถว {row} ยังไม่มี{field}',
    fix: 'กรอก{field} (คำสั่งพิมพ์ทุกช่อง)',
  },
  COMMITTEE_ROLE_MISSING: {
    severity: 'warning', title: 'คณะกรรมการขาดประธานหรือเลขานุการ',
    message: 'คณะกรรมการจัดทำแผนยังไม่มี{role}',
    fix: 'เลือกบทบาท “{role}” ให้กรรมการหนึ่งคน',
  },
} as const;

const flag = reporter(RULES);

function check(input: ValidationInput): Finding[] {
  const snap = input.snapshot(SHEET.committee);
  if (!snap) return [];
  const members = readCommittee(snap);
  const findings: Finding[] = [];
  for (const m of members) {
    if (m.text.name === '') findings.push(flag('COMMITTEE_FIELD_EMPTY', SHEET.committee, m.cells.name!, { row: m.row, field: 'ชื่อ-สกุล' }));
    if (m.text.position === '') findings.push(flag('COMMITTEE_FIELD_EMPTY', SHEET.committee, m.cells.position!, { row: m.row, field: 'ตำแหน่ง' }));
    if (m.role === undefined) findings.push(flag('COMMITTEE_ROLE_UNKNOWN', SHEET.committee, m.cells.role!, { value: m.text.role }));
  }
  for (const role of ['ประธานกรรมการ', 'กรรมการและเลขานุการ'] as const) {
    if (members.length > 0 && !members.some((m) => m.role === role)) findings.push(flag('COMMITTEE_ROLE_MISSING', SHEET.committee, members[0].cells.role!, { role }));
  }
  return findings;
}

export const committeeRules: RuleSet = { name: 'คณะกรรมการจัดทำแผน', rules: RULES, check };

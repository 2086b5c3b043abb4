import { a1 } from '../workbook/a1';
import type { Finding } from '../validate/finding';
import { reporter, type RuleSet, type ValidationInput } from '../validate/rule';
import { approvedFields, diffFields, fingerprintOf, planApprovedFields, planFigureLabel, type FieldChange } from './fingerprint';
import { PLAN_KEY, REVIEW_SHEET, reviewColumn } from './layout';
import { keyedRows, matchRecords, readReviewTab } from './reviewTab';

const AGAIN = 'ถ้าการแก้ไขถูกต้อง ให้ผู้ตรวจทานตรวจและกด “ผ่าน” อีกครั้งในขั้น “ตรวจทาน” ของแถบด้านข้าง ถ้าไม่ถูกต้อง ให้แก้กลับเป็นค่าเดิม';

export const REVIEW_RULES = {
  REVIEW_CHANGED_AFTER_APPROVAL: {
    severity: 'error',
    title: 'แก้ไขหลังอนุมัติ',
    message: 'แก้ไขหลังอนุมัติ: “{field}” ของ “{name}” เปลี่ยนจาก “{before}” เป็น “{after}” หลังผู้ตรวจ ({reviewer}) ให้ผ่านเมื่อ {date}',
    fix: AGAIN,
  },
  REVIEW_APPROVED_MISSING: {
    severity: 'error',
    title: 'รายการที่อนุมัติแล้วหายไป',
    message: 'แก้ไขหลังอนุมัติ: ไม่พบ “{name}” ({sheet} แถว {row}) ที่ผู้ตรวจให้ผ่านแล้ว อาจถูกลบหรือย้ายไปมิติอื่น',
    fix: 'ถ้าตั้งใจลบหรือย้าย ให้ลบแถวนี้ในแผ่นงาน “ตรวจทาน” แล้วให้ผู้ตรวจอนุมัติทั้งแผนอีกครั้ง ถ้าไม่ได้ตั้งใจ ให้นำรายการกลับมา',
  },
  REVIEW_APPROVAL_BROKEN: {
    severity: 'error',
    title: 'ข้อมูลการอนุมัติเสียหาย',
    message: 'ช่องค่าที่อนุมัติ (ซ่อนอยู่) ของ “{name}” ถูกแก้จนอ่านไม่ได้ จึงเทียบการแก้ไขหลังอนุมัติไม่ได้',
    fix: 'ให้ผู้ตรวจทานตรวจรายการนี้และกด “ผ่าน” อีกครั้ง',
  },
  REVIEW_PLAN_CHANGED: {
    severity: 'error',
    title: 'ตัวเลขทั้งแผนเปลี่ยนหลังอนุมัติ',
    message: 'แก้ไขหลังอนุมัติ: {field} เปลี่ยนจาก {before} เป็น {after} หลังอนุมัติทั้งแผนเมื่อ {date}',
    fix: 'ให้ผู้ตรวจทานตรวจการเปลี่ยนแปลงแล้วกด “อนุมัติทั้งแผน” อีกครั้ง หรือแก้กลับให้ตรงกับที่อนุมัติ',
  },
  REVIEW_RETURNED: {
    severity: 'warning',
    title: 'ผู้ตรวจส่งกลับแก้ไข',
    message: 'ผู้ตรวจ ({reviewer}) ส่ง “{name}” กลับแก้ไข: {comment}',
    fix: 'แก้ตามความเห็นผู้ตรวจ แล้วแจ้งผู้ตรวจให้ตรวจอีกครั้ง',
  },
} as const;

const flag = reporter(REVIEW_RULES);

/** Long texts shortened in the message; the review tab keeps the whole approved value. */
function brief(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat === '' ? '(ว่าง)' : flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * Rows changed since a supervisor passed them, field by field at the changed cell; approved rows
 * gone; the plan's figures moved since the plan was approved; rows sent back (a warning, so staff
 * see the comment where they work).
 */
export const reviewRules: RuleSet = {
  name: 'review',
  rules: REVIEW_RULES,
  check(input: ValidationInput): Finding[] {
    const records = readReviewTab(input.snapshot(REVIEW_SHEET));
    if (records.length === 0) return [];
    const findings: Finding[] = [];
    const matched = matchRecords(records, keyedRows(input.workbook));
    const nameCell = (tabRow: number) => a1(tabRow, reviewColumn('name'));
    for (const [rec, hit] of matched) {
      if (rec.status === 'returned' && hit) {
        findings.push(flag('REVIEW_RETURNED', hit.row.sheet, hit.row.cells.name ?? a1(hit.row.row, 1), { reviewer: rec.reviewer || '-', name: hit.row.measure.name, comment: rec.comment || '-' }));
      }
      if (rec.status !== 'passed') continue;
      if (rec.approvedBroken) {
        findings.push(flag('REVIEW_APPROVAL_BROKEN', REVIEW_SHEET, a1(rec.tabRow, reviewColumn('approved')), { name: rec.name }));
        continue;
      }
      if (!hit) {
        findings.push(flag('REVIEW_APPROVED_MISSING', REVIEW_SHEET, nameCell(rec.tabRow), { name: rec.name, sheet: rec.sheet, row: rec.row }));
        continue;
      }
      const current = approvedFields(hit.row.measure, input.years);
      if (fingerprintOf(current) === rec.fingerprint) continue;
      for (const change of diffFields(rec.approved, current)) {
        const cell = hit.row.cells[change.key as keyof typeof hit.row.cells] ?? hit.row.cells.name ?? a1(hit.row.row, 1);
        findings.push(flag('REVIEW_CHANGED_AFTER_APPROVAL', hit.row.sheet, cell, changeParams(change, hit.row.measure.name, rec)));
      }
    }
    const plan = records.find((r) => r.key === PLAN_KEY);
    if (plan && plan.status === 'passed') {
      const current = planApprovedFields(input.workbook.plan);
      if (fingerprintOf(current) !== plan.fingerprint) {
        for (const change of diffFields(plan.approved, current)) {
          findings.push(flag('REVIEW_PLAN_CHANGED', REVIEW_SHEET, nameCell(plan.tabRow), { field: planFigureLabel(change.key), before: change.before || '0', after: change.after || '0', date: plan.date || '-' }));
        }
      }
    }
    return findings;
  },
};

function changeParams(change: FieldChange, name: string, rec: { reviewer: string; date: string }) {
  return { field: change.label, name, before: brief(change.before), after: brief(change.after), reviewer: rec.reviewer || '-', date: rec.date || '-' };
}

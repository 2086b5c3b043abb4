import type { SheetSnapshot } from '../workbook/grid';
import { SHEET } from '../workbook/layout';
import type { WorkbookRead } from '../workbook/readPlan';
import { SETTINGS_VALUE_COL } from '../workbook/settings';
import { a1 } from '../workbook/a1';
import { cleanText } from '../thai/text';
import { approvedFields, fingerprintOf, planApprovedFields } from './fingerprint';
import { PLAN_KEY, PLAN_ROW_NAME, REVIEW_STATUS } from './layout';
import { keyedRows, matchRecords, readReviewTab, reviewRowCells, reviewTargetRow } from './reviewTab';
import { planYears } from '../plan/model';

export type DecisionKind = 'passed' | 'returned';

export interface Decision {
  readonly key: string;
  readonly status: DecisionKind;
  readonly comment: string;
  /** Thai date text of today, made by the caller (the clock is not core's). */
  readonly date: string;
}

/** One row to write into the review tab, or why nothing may be written (Thai, naming the cell). */
export type ReviewWrite =
  | { readonly ok: true; readonly row: number; readonly cells: (string | number)[]; readonly measure?: { readonly key: string; readonly sheet: string; readonly row: number; readonly passed: boolean } }
  | { readonly ok: false; readonly message: string };

/** The reviewer as the settings tab names them: the person reviewing, not the account signed in. */
export function reviewerName(workbook: WorkbookRead): string {
  return cleanText(workbook.settings?.raw.reviewerName);
}

/** What the review memo prints under the reviewer's name: the settings row, else the role itself. */
export function reviewerPosition(workbook: WorkbookRead): string {
  return cleanText(workbook.settings?.raw.reviewerPosition) || 'ผู้ตรวจทานแผน';
}

function missingReviewer(workbook: WorkbookRead): string {
  const row = workbook.settings?.rows.reviewerName;
  const where = row ? `ช่อง ${a1(row, SETTINGS_VALUE_COL)}` : 'แถว “ชื่อผู้ตรวจทานแผน” (กด “สร้างโครงแผ่นงาน” เพื่อเพิ่มแถวนี้)';
  return `ยังไม่ได้ระบุผู้ตรวจ กรุณากรอกชื่อผู้ตรวจทานแผนในแผ่นงาน “${SHEET.settings}” ${where} แล้วลองใหม่`;
}

/**
 * ผ่าน / ส่งกลับ for one measure: its review row, written over the measure's earlier row (found by
 * key, or by place when its name was edited since) or appended. Passing stores the approved values
 * and their fingerprint; sending back clears them, so a returned row is never "changed after approval".
 */
export function decideMeasure(workbook: WorkbookRead, reviewSnap: SheetSnapshot | undefined, decision: Decision): ReviewWrite {
  const reviewer = reviewerName(workbook);
  if (reviewer === '') return { ok: false, message: missingReviewer(workbook) };
  const comment = decision.comment.trim();
  if (decision.status === 'returned' && comment === '') {
    return { ok: false, message: 'กรุณาเขียนความเห็นว่าต้องแก้อะไร ก่อนส่งกลับแก้ไข' };
  }
  const rows = keyedRows(workbook);
  const hit = rows.find((r) => r.key === decision.key);
  if (!hit) return { ok: false, message: 'ไม่พบรายการนี้ในแผนแล้ว (อาจถูกแก้ชื่อ ย้าย หรือลบระหว่างตรวจ) กรุณาเปิดขั้นตรวจทานใหม่' };
  const records = readReviewTab(reviewSnap);
  const earlier = [...matchRecords(records, rows)].find(([, r]) => r?.key === hit.key)?.[0];
  const row = earlier?.tabRow ?? reviewTargetRow(records, hit.key, reviewSnap);
  const passed = decision.status === 'passed';
  const fields = approvedFields(hit.row.measure, planYears(workbook.plan.settings));
  const m = hit.row.measure;
  return {
    ok: true,
    row,
    measure: { key: hit.key, sheet: hit.row.sheet, row: hit.row.row, passed },
    cells: reviewRowCells({
      key: hit.key, sheet: hit.row.sheet, row: hit.row.row, code: m.code, name: m.name,
      status: REVIEW_STATUS[decision.status], comment: literal(comment), reviewer: literal(reviewer), date: decision.date,
      fingerprint: passed ? fingerprintOf(fields) : '', approved: passed ? JSON.stringify(fields) : '',
    }),
  };
}

/** A typed "=…" is text, not a formula: Sheets keeps a leading apostrophe's cell as text. */
function literal(text: string): string {
  return text.startsWith('=') ? `'${text}` : text;
}

/** อนุมัติทั้งแผน: records the plan's figures (counts and budgets per dimension) in the plan's row. */
export function approvePlanRow(workbook: WorkbookRead, reviewSnap: SheetSnapshot | undefined, date: string, comment = ''): ReviewWrite {
  const reviewer = reviewerName(workbook);
  if (reviewer === '') return { ok: false, message: missingReviewer(workbook) };
  const fields = planApprovedFields(workbook.plan);
  const records = readReviewTab(reviewSnap);
  return {
    ok: true,
    row: reviewTargetRow(records, PLAN_KEY, reviewSnap),
    cells: reviewRowCells({
      key: PLAN_KEY, sheet: '', row: '', code: '', name: PLAN_ROW_NAME, status: REVIEW_STATUS.passed, comment: literal(comment.trim()), reviewer: literal(reviewer), date,
      fingerprint: fingerprintOf(fields), approved: JSON.stringify(fields),
    }),
  };
}

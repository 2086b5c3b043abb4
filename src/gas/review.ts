import type { JobResult } from '../core/api';
import { formatThaiDate } from '../core/thai/dates';
import { approvePlanRow, decideMeasure, type DecisionKind, type ReviewWrite } from '../core/review/decide';
import { REVIEW_COLUMNS, REVIEW_SHEET, REVIEW_STATUS, approvedProtectionDescription } from '../core/review/layout';
import { reviewWrites } from '../core/review/reviewTab';
import { reviewState, type ReviewState } from '../core/review/state';
import { validateWorkbook } from '../core/validate/validate';
import { FONT_FAMILY, HEADER_BACKGROUND } from '../core/workbook/layout';
import { readWorkbook } from '../core/workbook/readPlan';
import { withDocumentLock } from './lock';
import { publishDoc } from './docs/publishDoc';
import { outputFolder } from './drive/outputFolder';
import { memoSettingsOf } from '../core/memo/settings';
import { reviewMemoDocument } from '../core/review/memo';
import { addOnEmblem } from '../core/doc/emblemSetting';
import { calendarDate } from '../core/thai/dates';
import { applyWrites, snapshotSource } from './sheetsIO';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The sidebar's ตรวจทาน step: every measure with its fields, findings, link and review so far.
 * The workbook is read once (every tab one batch) and validated on that same reading.
 */
export function getReviewState(): ReviewState {
  const read = snapshotSource(SpreadsheetApp.getActiveSpreadsheet());
  const findings = validateWorkbook(read);
  return reviewState(readWorkbook(read), read(REVIEW_SHEET), findings);
}

/** ผ่าน / ส่งกลับแก้ไข for one measure: one row of the review tab, written with one setValues. */
export function recordReview(key: string, status: DecisionKind, comment: string): JobResult {
  if (status !== 'passed' && status !== 'returned') return { ok: false, message: 'คำสั่งตรวจทานไม่ถูกต้อง', details: [] };
  return withDocumentLock('บันทึกผลการตรวจทาน', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = snapshotSource(ss);
    const write = decideMeasure(readWorkbook(read), read(REVIEW_SHEET), { key, status, comment: String(comment ?? ''), date: today(ss) });
    const result = writeReviewRow(ss, read(REVIEW_SHEET), write, `บันทึกผล “${REVIEW_STATUS[status]}” แล้ว`);
    if (write.ok && write.measure) protectApprovedRow(ss, write.measure);
    return result;
  });
}

/** อนุมัติทั้งแผน: the plan's counts and budgets per dimension recorded in the review tab. */
export function approveWholePlan(comment?: string): JobResult {
  return withDocumentLock('บันทึกผลการตรวจทาน', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = snapshotSource(ss);
    const write = approvePlanRow(readWorkbook(read), read(REVIEW_SHEET), today(ss), String(comment ?? ''));
    return writeReviewRow(ss, read(REVIEW_SHEET), write, 'อนุมัติทั้งแผนแล้ว จำนวนและงบประมาณรายมิติถูกบันทึกไว้ ถ้าเปลี่ยนภายหลัง การตรวจสอบจะแจ้งข้อผิดพลาด');
  });
}

/**
 * สรุปผลการตรวจทาน: one บันทึกข้อความ to the executive (passed, returned with reasons, waiting,
 * open findings), rendered over the one made last time in the output folder.
 */
export function writeReviewMemo(): JobResult {
  return withDocumentLock('สร้างบันทึกสรุปผลการตรวจทาน', () => {
    const read = snapshotSource(SpreadsheetApp.getActiveSpreadsheet());
    const findings = validateWorkbook(read);
    const workbook = readWorkbook(read);
    const state = reviewState(workbook, read(REVIEW_SHEET), findings);
    if (state.reviewer === '') return { ok: false, message: 'ยังไม่ได้ระบุผู้ตรวจ กรุณากรอก “ชื่อผู้ตรวจทานแผน” ในแผ่นงาน “ข้อมูลหน่วยงาน” ก่อนสร้างบันทึกสรุป', details: [] };
    const errors = findings.filter((f) => f.severity === 'error').length;
    const emblem = addOnEmblem(read);
    const tree = reviewMemoDocument({ ...workbook.plan, emblem: emblem.image }, memoSettingsOf(workbook.settings), state, errors, findings.length - errors, calendarDate(new Date()));
    const folder = outputFolder(workbook.plan.settings.outputFolder, read);
    const { links } = publishDoc(tree, folder, 'reviewMemo', false);
    return { ok: true, message: `สร้างบันทึกข้อความสรุปผลการตรวจทานแล้ว ในโฟลเดอร์ "${folder.name}"`, details: emblem.notice, links };
  });
}

function writeReviewRow(ss: Spreadsheet, snap: ReturnType<ReturnType<typeof snapshotSource>>, write: ReviewWrite, done: string): JobResult {
  if (!write.ok) return { ok: false, message: write.message, details: [] };
  const existing = ss.getSheetByName(REVIEW_SHEET);
  const sheet = existing ?? ss.insertSheet(REVIEW_SHEET);
  applyWrites(sheet, reviewWrites(snap, write.row, write.cells));
  if (!existing) layOut(sheet);
  return { ok: true, message: done, details: [] };
}

/**
 * A passed row gets a warning-only protection (staff editing it are warned, not blocked); a row
 * sent back loses it. Sheets moves a protected range with its row when rows are inserted above.
 */
function protectApprovedRow(ss: Spreadsheet, measure: { key: string; sheet: string; row: number; passed: boolean }): void {
  const sheet = ss.getSheetByName(measure.sheet);
  if (!sheet) return;
  const description = approvedProtectionDescription(measure.key);
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) if (p.getDescription() === description) p.remove();
  if (measure.passed) sheet.getRange(measure.row, 1, 1, sheet.getLastColumn()).protect().setDescription(description).setWarningOnly(true);
}

/** First time only: the tab's look, and the system columns (key, fingerprint, approved values) hidden. */
function layOut(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const width = REVIEW_COLUMNS.length;
  sheet.getRange(1, 1, 1, width).setFontFamily(FONT_FAMILY).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 1, width).setFontFamily(FONT_FAMILY).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  REVIEW_COLUMNS.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
  const firstHidden = REVIEW_COLUMNS.findIndex((c) => c.hidden) + 1;
  sheet.hideColumns(firstHidden, width - firstHidden + 1);
  sheet.setFrozenRows(2);
}

/** "5 ธันวาคม 2569" in the spreadsheet's time zone. */
function today(ss: Spreadsheet): string {
  const [year, month, day] = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy|M|d').split('|');
  return formatThaiDate({ year: Number(year), month: Number(month), day: Number(day) }, 'arabic');
}

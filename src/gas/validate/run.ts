import type { ValidationSummary } from '../../core/api';
import { formatThaiDate } from '../../core/thai/dates';
import { SEVERITY_LABEL } from '../../core/validate/finding';
import { cellLabel, validationSummary } from '../../core/validate/report';
import { validateWorkbook } from '../../core/validate/validate';
import { SHEET } from '../../core/workbook/layout';
import { underDocumentLock } from '../lock';
import { snapshotSource } from '../sheetsIO';
import { applyMarks } from './applyMarks';
import { writeFindingsTab } from './findingsTab';

const SEE_TAB = `ดูรายละเอียดและลิงก์ไปยังช่องที่ผิดในแผ่นงาน “${SHEET.findings}”`;
const BUSY: ValidationSummary = { errors: 0, warnings: 0, message: 'มีผู้ใช้อื่นกำลังแก้ไขโครงหรือตรวจสอบแผนในไฟล์นี้อยู่ กรุณารอสักครู่แล้วลองใหม่', findings: [] };

/**
 * ตรวจสอบแผน: every tab read with one batch, the rules run in core, then the findings tab
 * rewritten and the offending cells marked. Safe to re-run: marks of fixed cells are cleared.
 */
export function runValidation(): ValidationSummary {
  return underDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const findings = validateWorkbook(snapshotSource(ss));
    writeFindingsTab(ss, findings, checkedAt(ss));
    applyMarks(ss, findings);
    return validationSummary(findings, SEE_TAB);
  }, () => BUSY);
}

/** The menu item: the same check, its summary and first findings in an alert. */
export function validateFromMenu(title: string): void {
  const summary = runValidation();
  const lines = summary.findings.slice(0, 10).map((f) => `• ${SEVERITY_LABEL[f.severity]} ${cellLabel(f)}: ${f.message}`);
  const more = summary.errors + summary.warnings > lines.length ? ['…'] : [];
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, [summary.message, ...lines, ...more].join('\n'), ui.ButtonSet.OK);
}

/** The sidebar's click on a finding: selects the cell (the tab comes to the front). */
export function selectFindingCell(sheetName: string, cell: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`ไม่พบแผ่นงาน “${sheetName}” อาจถูกเปลี่ยนชื่อหรือลบไปแล้ว`);
  sheet.getRange(cell || 'A1').activate();
}

/** "๒๒ พฤศจิกายน ๒๕๖๙ 14:05 น." in the spreadsheet's time zone. */
function checkedAt(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const [year, month, day, time] = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy|M|d|HH:mm').split('|');
  return `${formatThaiDate({ year: Number(year), month: Number(month), day: Number(day) }, 'arabic')} ${time} น.`;
}

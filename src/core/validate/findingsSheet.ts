import { quoteSheet } from '../workbook/a1';
import { SEVERITY_LABEL, type Finding } from './finding';
import { cellLabel } from './report';

/**
 * The ผลการตรวจสอบ tab as data: a title row, a header row, one row per finding. The tab
 * belongs to Sujarit and is rewritten whole on every run. The link cell is left to the
 * caller: a HYPERLINK formula in Sheets, a hyperlink in an .xlsx.
 */

export const FINDINGS_COLUMNS = [
  { header: 'ระดับ', width: 90 },
  { header: 'รหัส', width: 200 },
  { header: 'แผ่นงาน', width: 120 },
  { header: 'ช่อง', width: 130 },
  { header: 'ข้อความ', width: 440 },
  { header: 'วิธีแก้ไข', width: 440 },
] as const;

export const FINDINGS_LINK_COL = 4;
export const FINDINGS_TAB_COLOR = '#c62828';

export function findingsTitle(countText: string, checkedAt: string): string {
  return `ผลการตรวจสอบแผน (ตรวจเมื่อ ${checkedAt}): ${countText}`;
}

/** Header and finding rows; `link` gives the ช่อง cell of each finding. A clean plan gets one plain row saying so. */
export function findingsRows(findings: readonly Finding[], link: (f: Finding) => unknown): unknown[][] {
  const header = FINDINGS_COLUMNS.map((c) => c.header);
  if (findings.length === 0) return [header, ['', '', '', '', 'ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน', '']];
  return [header, ...findings.map((f) => [SEVERITY_LABEL[f.severity], f.code, f.sheet, link(f), f.message, f.fix])];
}

/** `=HYPERLINK("#gid=123&range=B5","มิติที่ 1!B5")`: a link that selects the cell in Google Sheets. */
export function sheetsLinkFormula(f: Finding, gid: number | undefined): string {
  return gid === undefined || !f.cell ? cellLabel(f) : hyperlink(`#gid=${gid}&range=${f.cell}`, cellLabel(f));
}

/** `=HYPERLINK("#'มิติที่ 1'!B5","มิติที่ 1!B5")`: the same link inside an .xlsx (Excel, LibreOffice). */
export function xlsxLinkFormula(f: Finding, sheetExists: boolean): string {
  return !sheetExists || !f.cell ? cellLabel(f) : hyperlink(`#${quoteSheet(f.sheet)}!${f.cell}`, cellLabel(f));
}

function hyperlink(target: string, label: string): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(target)},${quote(label)})`;
}

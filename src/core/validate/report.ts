import type { FindingView, ValidationSummary } from '../api';
import type { Finding } from './finding';

/** How findings are told: the count line, the sidebar summary, one line per finding for the command line. */

export const SIDEBAR_FINDINGS = 50;

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** "ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน", or the counts. */
export function countLine(findings: readonly Finding[]): string {
  const { errors, warnings } = countFindings(findings);
  if (errors === 0 && warnings === 0) return 'ไม่พบข้อผิดพลาด แผนพร้อมใช้งาน';
  if (errors === 0) return `ไม่พบข้อผิดพลาด มีคำเตือน ${warnings} รายการที่ควรตรวจดู`;
  return `พบข้อผิดพลาด ${errors} รายการ และคำเตือน ${warnings} รายการ`;
}

/** "มิติที่ 1!B5", or the sheet alone for a finding about a whole tab. */
export function cellLabel(f: Pick<Finding, 'sheet' | 'cell'>): string {
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

/** `ERROR CODE_X มิติที่ 1!B5 ข้อความ`: one finding per line, for the command line and logs. */
export function findingLine(f: Finding): string {
  return `${f.severity === 'error' ? 'ERROR' : 'WARNING'} ${f.code} ${cellLabel(f)} ${f.message}`;
}

export function toView(f: Finding): FindingView {
  return { severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f.message, fix: f.fix };
}

/** What the sidebar shows: counts, a Thai one-liner, and the first findings (errors first). */
export function validationSummary(findings: readonly Finding[], more = ''): ValidationSummary {
  const { errors, warnings } = countFindings(findings);
  const message = countLine(findings) + (findings.length > 0 && more ? ` ${more}` : '');
  return { errors, warnings, message, findings: findings.slice(0, SIDEBAR_FINDINGS).map(toView) };
}

import { DIMENSION_NOS } from '../framework/types';
import { SHEET, dimensionSheetName } from '../workbook/layout';
import type { Finding } from './finding';

/**
 * Which errors make the plan's documents (the whole plan and each measure's detail) say something
 * wrong, as data: a code, what it would make wrong in Thai, and, where only some tabs matter, which.
 * Documents wait until these are fixed, unless the person explicitly asks for them anyway.
 * Errors that leave the documents right (a stated count, a summary formula) or only incomplete
 * (an empty field in a draft) do not block.
 */
interface Blocker {
  readonly harm: string;
  readonly sheets?: ReadonlySet<string>;
}

const DOCUMENT_TABS: ReadonlySet<string> = new Set([SHEET.settings, ...DIMENSION_NOS.map(dimensionSheetName)]);
const YEARS = 'ชื่อแผน ปีในตาราง และงบประมาณรวมในเอกสารจะผิด';
const BUDGETS = 'งบประมาณและยอดรวมในเอกสารจะผิด';
const CODES = 'โครงการจะอยู่ผิดมิติหรือหายจากตารางในเอกสาร';
const LEFT_OUT = 'โครงการในแผ่นงานนี้จะไม่อยู่ในเอกสาร และจำนวนกับงบประมาณรวมจะผิด';

const PLAN_DOCUMENT_BLOCKERS: Readonly<Record<string, Blocker>> = {
  SHEET_MISSING: { harm: 'เอกสารจะขาดโครงการของแผ่นงานนี้ (เช่น “มิติที่ ๑ … จำนวน ๐”) หรือใช้ค่าตั้งต้นแทนข้อมูลหน่วยงาน', sheets: DOCUMENT_TABS },
  SHEET_NOT_READ: { harm: LEFT_OUT },
  SHEET_LOOK_ALIKE: { harm: LEFT_OUT },
  COLUMN_MISSING: { harm: 'ข้อมูลของคอลัมน์นี้จะหายจากเอกสารทุกฉบับ' },
  ORG_NAME_MISSING: { harm: 'เอกสารจะไม่มีชื่อหน่วยงาน' },
  YEAR_MISSING: { harm: YEARS },
  YEAR_UNREADABLE: { harm: YEARS },
  YEAR_CHRISTIAN_ERA: { harm: YEARS },
  YEARS_ORDER: { harm: YEARS },
  BUDGET_NOT_NUMBER: { harm: BUDGETS },
  BUDGET_NEGATIVE: { harm: BUDGETS },
  BUDGET_FORMULA_ERROR: { harm: BUDGETS },
  BUDGET_OUTSIDE_YEARS: { harm: BUDGETS },
  BUDGET_TEXT_MISMATCH: { harm: 'เอกสารจะระบุงบประมาณสองจำนวนที่ขัดกันเอง' },
  CODE_MISSING: { harm: CODES },
  CODE_UNKNOWN: { harm: CODES },
  CODE_OTHER_DIMENSION: { harm: CODES },
};

export interface DocumentBlocker {
  readonly finding: Finding;
  /** What the finding would make wrong in the documents, in Thai. */
  readonly harm: string;
}

/** The errors among `findings` that would make the plan's documents wrong. */
export function planDocumentBlockers(findings: readonly Finding[]): DocumentBlocker[] {
  const out: DocumentBlocker[] = [];
  for (const finding of findings) {
    const blocker = PLAN_DOCUMENT_BLOCKERS[finding.code];
    if (finding.severity !== 'error' || !blocker || (blocker.sheets && !blocker.sheets.has(finding.sheet))) continue;
    out.push({ finding, harm: blocker.harm });
  }
  return out;
}

/** The Thai headline when documents wait for these errors. */
export function blockedMessage(blockers: readonly DocumentBlocker[]): string {
  return `ยังไม่สร้างเอกสาร: พบข้อผิดพลาด ${blockers.length} รายการที่จะทำให้เนื้อหาเอกสารผิด กรุณาแก้ก่อน แล้วสั่งสร้างเอกสารอีกครั้ง`;
}

/** The codes that block, for the rule list and tests. */
export const PLAN_DOCUMENT_BLOCKER_CODES: readonly string[] = Object.keys(PLAN_DOCUMENT_BLOCKERS);

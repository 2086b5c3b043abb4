import { DIMENSION_NOS, getFramework } from '../framework/framework';
import { monitoringFigures, percentDone } from '../monitoring/figures';
import { readMonitoringSheet } from '../monitoring/read';
import { cell, heading, para, OFFICIAL_PAGE_LANDSCAPE, type DocumentTree, type Table } from '../doc/tree';
import { formatBaht } from '../thai/money';
import { validateInput, validationInput } from '../validate/validate';
import type { Finding } from '../validate/finding';
import { SHEET, dimensionSheetName } from '../workbook/layout';
import { sheetNameKey } from '../workbook/sheetNames';
import type { SnapshotSource } from '../workbook/scaffold';
import { REVIEW_SHEET } from './layout';
import { reviewState } from './state';

/** One organisation's plan as the district office compares it with the others. */
export interface PlanOverview {
  readonly file: string;
  readonly orgName: string;
  readonly dimensions: readonly { readonly no: number; readonly count: number; readonly budget: number }[];
  readonly totalCount: number;
  readonly totalBudget: number;
  readonly errors: number;
  readonly warnings: number;
  /** The latest round with rows in ติดตามผล ("" = none yet), its rows and the share done. */
  readonly round: string;
  readonly roundPlanned: number;
  readonly roundDone: number;
  readonly percentDone: number | undefined;
  readonly review: { readonly pending: number; readonly passed: number; readonly returned: number; readonly planApproved: boolean; readonly changedAfterApproval: number };
}

/** The tabs that make a workbook a plan (as the eye reads their names): a workbook with none of them is something else kept in the folder. */
const PLAN_CORE_TABS: readonly string[] = [SHEET.settings, ...DIMENSION_NOS.map(dimensionSheetName)];

/** Why a workbook in the folder is not a plan at all (a Thai reason), rather than a plan full of errors; undefined for a plan. */
export function notAPlanReason(read: SnapshotSource): string | undefined {
  const keys = new Set(PLAN_CORE_TABS.map(sheetNameKey));
  const names = read.sheetNames?.();
  const found = names ? names.some((n) => keys.has(sheetNameKey(n))) : PLAN_CORE_TABS.some((n) => read(n) !== undefined);
  if (found) return undefined;
  const has = names?.length ? ` (แผ่นงานในไฟล์: ${names.slice(0, 4).map((n) => `“${n}”`).join(', ')}${names.length > 4 ? ' …' : ''})` : '';
  return `ไม่ใช่สมุดงานแผนปฏิบัติการป้องกันการทุจริต: ไม่พบแผ่นงาน “${SHEET.settings}” หรือ “${dimensionSheetName(1)}” ถึง “${dimensionSheetName(4)}”${has} จึงไม่นับรวมในภาพรวม`;
}

const CHANGED_CODES = new Set(['REVIEW_CHANGED_AFTER_APPROVAL', 'REVIEW_APPROVED_MISSING', 'REVIEW_PLAN_CHANGED']);

/** Everything the overview needs from one workbook, from one reading of its tabs. */
export function planOverview(read: SnapshotSource, file: string): PlanOverview {
  const input = validationInput(read);
  const once = input.snapshot;
  const findings: Finding[] = validateInput(input);
  const { workbook, figures } = input;
  const monitoring = readMonitoringSheet(once(SHEET.monitoring) ?? { values: [], formulas: [] });
  let latest: { year: number; round: number } | undefined;
  for (const { entry } of monitoring.rows) {
    if (entry.fiscalYear === undefined || entry.round === undefined) continue;
    if (!latest || entry.fiscalYear > latest.year || (entry.fiscalYear === latest.year && entry.round > latest.round)) latest = { year: entry.fiscalYear, round: entry.round };
  }
  const roundRows = latest ? monitoring.rows.filter((r) => r.entry.fiscalYear === latest!.year && r.entry.round === latest!.round) : [];
  const roundFigures = monitoringFigures(roundRows, getFramework(workbook.plan.settings.frameworkId)).total;
  const review = reviewState(workbook, once(REVIEW_SHEET), findings);
  return {
    file,
    orgName: workbook.plan.settings.orgName || file,
    dimensions: DIMENSION_NOS.map((no) => ({ no, count: figures.byDimension.get(no)?.count ?? 0, budget: figures.byDimension.get(no)?.total ?? 0 })),
    totalCount: figures.total.count,
    totalBudget: figures.total.total,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    round: latest ? `${latest.round} เดือน ปี ${latest.year}` : '',
    roundPlanned: roundFigures.planned,
    roundDone: roundFigures.byStatus.done,
    percentDone: latest ? percentDone(roundFigures) : undefined,
    review: { ...review.counts, planApproved: review.plan.approved, changedAfterApproval: findings.filter((f) => CHANGED_CODES.has(f.code)).length },
  };
}

/**
 * Attention first: changes after approval, then errors, then returned measures, then plans not yet
 * approved, then the lowest monitoring progress; the organisation's name breaks ties.
 */
export function sortByAttention(rows: readonly PlanOverview[]): PlanOverview[] {
  return [...rows].sort((a, b) =>
    b.review.changedAfterApproval - a.review.changedAfterApproval ||
    b.errors - a.errors ||
    b.review.returned - a.review.returned ||
    Number(a.review.planApproved) - Number(b.review.planApproved) ||
    (a.percentDone ?? -1) - (b.percentDone ?? -1) ||
    a.orgName.localeCompare(b.orgName, 'th'));
}

/** Why a plan is near the top, in a few Thai words ("" when nothing needs attention). */
export function attentionText(r: PlanOverview): string {
  const parts: string[] = [];
  if (r.review.changedAfterApproval) parts.push(`แก้ไขหลังอนุมัติ ${r.review.changedAfterApproval}`);
  if (r.errors) parts.push(`ข้อผิดพลาด ${r.errors}`);
  if (r.review.returned) parts.push(`ส่งกลับแก้ไข ${r.review.returned}`);
  if (!r.review.planApproved) parts.push('ยังไม่อนุมัติทั้งแผน');
  if (r.percentDone === undefined) parts.push('ยังไม่มีรอบติดตาม');
  return parts.join(', ');
}

export const OVERVIEW_HEADERS: readonly string[] = [
  'ลำดับ', 'หน่วยงาน', 'ไฟล์', 'ต้องติดตาม',
  ...DIMENSION_NOS.flatMap((no) => [`มิติที่ ${no} จำนวน`, `มิติที่ ${no} งบประมาณ (บาท)`]),
  'รวมจำนวน', 'รวมงบประมาณ (บาท)', 'ข้อผิดพลาด', 'คำเตือน',
  'รอบติดตามล่าสุด', 'รายการในรอบ', 'ดำเนินการแล้ว', 'ร้อยละดำเนินการ',
  'รอตรวจ', 'ผ่าน', 'ส่งกลับแก้ไข', 'อนุมัติทั้งแผน', 'แก้ไขหลังอนุมัติ',
];

/** One row per plan, in the order given (sort first), numbers as numbers for the workbook. */
export function overviewRows(rows: readonly PlanOverview[]): (string | number)[][] {
  return rows.map((r, i) => [
    i + 1, r.orgName, r.file, attentionText(r),
    ...r.dimensions.flatMap((d) => [d.count, d.budget]),
    r.totalCount, r.totalBudget, r.errors, r.warnings,
    r.round || '-', r.roundPlanned, r.roundDone, r.percentDone === undefined ? '-' : Math.round(r.percentDone * 10) / 10,
    r.review.pending, r.review.passed, r.review.returned, r.review.planApproved ? 'อนุมัติแล้ว' : 'ยังไม่อนุมัติ', r.review.changedAfterApproval,
  ]);
}

/** The document: a short summary line and one landscape table, attention first. */
export function overviewDocument(rows: readonly PlanOverview[], dateText: string): DocumentTree {
  const head = ['ที่', 'หน่วยงาน', 'ต้องติดตาม', ...DIMENSION_NOS.map((no) => `มิติ ${no}`), 'รวม (บาท)', 'ผิด/เตือน', 'ติดตามล่าสุด', 'ตรวจทาน'];
  const table: Table = {
    kind: 'table',
    widths: [4, 18, 20, 8, 8, 8, 8, 12, 7, 12, 12],
    headerRows: 1,
    fontSize: 12,
    rows: [
      { cells: head.map((t) => cell(t)) },
      ...rows.map((r, i) => ({
        cells: [
          cell(String(i + 1)), cell(r.orgName), cell(attentionText(r) || '-'),
          ...r.dimensions.map((d) => cell(`${d.count} / ${formatBaht(d.budget)}`)),
          cell(formatBaht(r.totalBudget)), cell(`${r.errors} / ${r.warnings}`),
          cell(r.percentDone === undefined ? '-' : `${r.round}: ${r.roundDone}/${r.roundPlanned} (${r.percentDone.toFixed(1)}%)`),
          cell(`ผ่าน ${r.review.passed} ส่งกลับ ${r.review.returned} รอ ${r.review.pending}${r.review.planApproved ? ' · อนุมัติแล้ว' : ''}`),
        ],
      })),
    ],
  };
  const attention = rows.filter((r) => attentionText(r) !== '').length;
  return {
    title: 'ภาพรวมแผนปฏิบัติการป้องกันการทุจริต',
    page: OFFICIAL_PAGE_LANDSCAPE,
    digits: 'arabic',
    blocks: [
      heading(1, 'ภาพรวมแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น'),
      para(`ข้อมูล ณ ${dateText} จำนวน ${rows.length} แผน ต้องติดตาม ${attention} แผน (เรียงแผนที่ต้องติดตามก่อน) จำนวนรายการ / งบประมาณ (บาท) ต่อมิติ`, { align: 'center' }),
      table,
    ],
  };
}

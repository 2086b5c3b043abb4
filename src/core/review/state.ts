import type { Finding } from '../validate/finding';
import { parseA1 } from '../workbook/a1';
import { planYears } from '../plan/model';
import type { WorkbookRead } from '../workbook/readPlan';
import { reviewerName, reviewerPosition } from './decide';
import { approvedFields, fieldLabel } from './fingerprint';
import { PLAN_KEY, REVIEW_STATUS, type ReviewStatusKey } from './layout';
import { keyedRows, matchRecords, readReviewTab } from './reviewTab';
import type { SheetSnapshot } from '../workbook/grid';

/** What the sidebar's ตรวจทาน step shows: plain JSON (crosses google.script.run). */
export interface ReviewItem {
  readonly key: string;
  readonly sheet: string;
  readonly row: number;
  readonly code: string;
  readonly name: string;
  /** The row's fields as the reviewer reads them, in column order (label, value). */
  readonly fields: readonly (readonly [string, string])[];
  readonly docUrl: string;
  /** Validation findings on the row (the แก้ไขหลังอนุมัติ ones included). */
  readonly findings: readonly Finding[];
  readonly status: ReviewStatusKey;
  readonly statusLabel: string;
  readonly comment: string;
  readonly reviewer: string;
  readonly date: string;
}

export interface ReviewState {
  /** The reviewer named in the settings ("" = not yet: the step asks for it). */
  readonly reviewer: string;
  /** What the review memo prints under the reviewer's name. */
  readonly reviewerPosition: string;
  readonly items: readonly ReviewItem[];
  readonly counts: Readonly<Record<ReviewStatusKey, number>>;
  readonly plan: { readonly approved: boolean; readonly date: string; readonly reviewer: string; readonly changed: readonly Finding[] };
  /** Findings not on any measure row (the review tab's own, the plan's figures). */
  readonly otherFindings: readonly Finding[];
}

export function reviewState(workbook: WorkbookRead, reviewSnap: SheetSnapshot | undefined, findings: readonly Finding[]): ReviewState {
  const rows = keyedRows(workbook);
  const records = readReviewTab(reviewSnap);
  const byRow = new Map<string, ReturnType<typeof readReviewTab>[number]>();
  for (const [rec, hit] of matchRecords(records, rows)) if (hit) byRow.set(hit.key, rec);
  const years = planYears(workbook.plan.settings);
  const placed = new Set<Finding>();
  // Findings by their tab and row, once: a 5,000-measure plan is not scanned once per row.
  const onRow = new Map<string, Finding[]>();
  for (const f of findings) {
    const at = `${f.sheet}\n${parseA1(f.cell)?.row}`;
    const list = onRow.get(at);
    if (list) list.push(f);
    else onRow.set(at, [f]);
  }
  const items = rows.map(({ key, row }): ReviewItem => {
    const rec = byRow.get(key);
    const mine = onRow.get(`${row.sheet}\n${row.row}`) ?? [];
    mine.forEach((f) => placed.add(f));
    const status = rec?.status ?? 'pending';
    return {
      key, sheet: row.sheet, row: row.row, code: row.measure.code, name: row.measure.name,
      fields: Object.entries(approvedFields(row.measure, years)).map(([k, v]) => [fieldLabel(k), v] as const),
      docUrl: row.measure.docUrl, findings: mine, status, statusLabel: REVIEW_STATUS[status],
      comment: rec?.comment ?? '', reviewer: rec?.reviewer ?? '', date: rec?.date ?? '',
    };
  });
  const counts = { pending: 0, passed: 0, returned: 0 };
  for (const item of items) counts[item.status]++;
  const planRec = records.find((r) => r.key === PLAN_KEY);
  return {
    reviewer: reviewerName(workbook),
    reviewerPosition: reviewerPosition(workbook),
    items,
    counts,
    plan: {
      approved: planRec?.status === 'passed', date: planRec?.date ?? '', reviewer: planRec?.reviewer ?? '',
      changed: findings.filter((f) => f.code === 'REVIEW_PLAN_CHANGED'),
    },
    otherFindings: findings.filter((f) => !placed.has(f)),
  };
}

import type { Dimension } from '../../framework/types';
import { planFigures, subCodeOf, type PlanFigures } from '../../plan/figures';
import type { Measure } from '../../plan/model';
import { formatBaht, formatBudgetCell } from '../../thai/money';
import { cell, para, text, type Align, type Table, type TableCell, type TableRow } from '../tree';
import { MEASURES_WORD, dimensionTitle, measurePlace, ordinalsInDimension, type DocContext } from './context';

/** ส่วนที่ ๒ tables: counts per dimension / sub-dimension / item, and the per-year budget plan. Every figure comes from the rows. */

export const HEADER_SHADE = '#dbe7f3';
export const TOTAL_SHADE = '#f2f2f2';

export const head = (t: string, opts: Omit<TableCell, 'blocks'> = {}): TableCell => cell([para([text(t, { bold: true })], { align: 'center' })], { shade: HEADER_SHADE, verticalAlign: 'middle', ...opts });
export const at = (t: string, align: Align, bold = false, opts: Omit<TableCell, 'blocks'> = {}): TableCell => cell([para([text(t, { bold })], { align })], opts);
const count = (ctx: DocContext, n: number) => (n === 0 ? '-' : ctx.d(String(n)));

/** Marks the last row so far to stay on the page of the next: a total row is never alone at the top of a page. */
export function keepLastWithNext(rows: TableRow[]): void {
  const last = rows[rows.length - 1];
  if (last) rows[rows.length - 1] = { ...last, keepWithNext: true };
}

/** ตารางสรุปจำนวนโครงการ/กิจกรรม/มาตรการ: a row per sub-dimension and item, a total per dimension and overall. */
export function summaryTable(ctx: DocContext, figures: PlanFigures = planFigures(ctx.plan)): Table {
  const rows: TableRow[] = [{ cells: [head('มิติ'), head('ภารกิจตามมิติ'), head(`จำนวน${MEASURES_WORD}`)] }];
  for (const dim of ctx.framework.dimensions) {
    const body = summaryRows(ctx, dim, figures);
    body.forEach((cells, i) => rows.push({ cells: i === 0 ? [at(ctx.d(dimensionTitle(dim)), 'left', false, { rowSpan: body.length }), ...cells] : cells }));
    keepLastWithNext(rows);
    rows.push({ cells: [at(ctx.d(`รวม มิติที่ ${dim.no}`), 'center', true, { colSpan: 2, shade: TOTAL_SHADE }), at(count(ctx, figures.byDimension.get(dim.no)?.count ?? 0), 'center', true, { shade: TOTAL_SHADE })] });
  }
  keepLastWithNext(rows);
  rows.push({ cells: [at('รวมทั้งสิ้น', 'center', true, { colSpan: 2, shade: TOTAL_SHADE }), at(count(ctx, figures.total.count), 'center', true, { shade: TOTAL_SHADE })] });
  return { kind: 'table', widths: [4, 9, 3], headerRows: 1, rows };
}

function summaryRows(ctx: DocContext, dim: Dimension, figures: PlanFigures): TableCell[][] {
  const inDim = ctx.plan.measures.filter((m) => m.dimension === dim.no);
  const rows: TableCell[][] = [];
  for (const sub of dim.subs) {
    rows.push([at(ctx.d(`${sub.code} ${sub.title}`), 'left', true), at(count(ctx, figures.bySub.get(sub.code)?.count ?? 0), 'center', true)]);
    for (const item of sub.items) {
      rows.push([at(ctx.d(`${item.code} ${item.title}`), 'left', false, {}), at(count(ctx, inDim.filter((m) => m.code === item.code).length), 'center')]);
    }
  }
  // A code outside the catalogue still counts in its dimension; say so instead of losing it.
  const unplaced = inDim.filter((m) => !dim.subs.some((s) => s.code === subCodeOf(m.code))).length;
  if (unplaced > 0) rows.push([at('ภารกิจที่ไม่อยู่ในกรอบ (ตรวจสอบรหัสภารกิจ)', 'left'), at(count(ctx, unplaced), 'center')]);
  return rows;
}

/**
 * The plan table of one dimension: มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | one budget
 * column per plan year | หมายเหตุ, with the dimension's totals; "-" where a year has no budget.
 */
export function yearPlanTable(ctx: DocContext, dim: Dimension, figures: PlanFigures = planFigures(ctx.plan)): Table {
  const years = ctx.years;
  const rows: TableRow[] = [
    { cells: [head('มิติ', { rowSpan: 2 }), head('ภารกิจตามมิติ', { rowSpan: 2 }), head(MEASURES_WORD, { rowSpan: 2 }), ...years.map((y) => head(ctx.d(`ปี ${y}`))), head('หมายเหตุ', { rowSpan: 2 })] },
    { cells: years.map(() => head('งบประมาณ (บาท)')) },
  ];
  const ordinals = ordinalsInDimension(ctx.plan.measures);
  const entries = ctx.plan.measures.map((m, i) => ({ m, ordinal: ordinals[i] })).filter((e) => e.m.dimension === dim.no);
  const dimCell = at(ctx.d(dimensionTitle(dim)), 'left', false, { rowSpan: Math.max(1, entries.length) });
  if (entries.length === 0) {
    rows.push({ cells: [dimCell, at(`ยังไม่มี${MEASURES_WORD}`, 'center', false, { colSpan: years.length + 3 })] });
  }
  entries.forEach(({ m, ordinal }, i) => {
    const cells: TableCell[] = [];
    if (i === 0) cells.push(dimCell);
    // Consecutive measures of the same item share one merged ภารกิจ cell.
    if (i === 0 || entries[i - 1].m.code !== m.code) {
      let span = 1;
      while (entries[i + span]?.m.code === m.code) span++;
      cells.push(at(ctx.d(missionText(ctx, m)), 'left', false, { rowSpan: span }));
    }
    cells.push(at(ctx.d(`${ordinal}. ${m.name}`), 'left'));
    for (const y of years) cells.push(at(formatBudgetCell(m.budgets[y] ?? 0, ctx.digits), 'right'));
    cells.push(at(ctx.d(m.remark), 'left'));
    rows.push({ cells });
  });
  const f = figures.byDimension.get(dim.no);
  keepLastWithNext(rows);
  rows.push({
    cells: [
      at(ctx.d(`รวม มิติที่ ${dim.no} จำนวน ${f?.count ?? 0} ${MEASURES_WORD}`), 'center', true, { colSpan: 3, shade: TOTAL_SHADE }),
      ...years.map((y) => at(formatBudgetCell(f?.budgets[y] ?? 0, ctx.digits), 'right', true, { shade: TOTAL_SHADE })),
      at('', 'left', false, { shade: TOTAL_SHADE }),
    ],
  });
  // Budget columns start narrow (fitColumns widens one for any figure that needs it: "๑,๒๐๐,๐๐๐"); the room goes to ภารกิจ, whose item titles run long.
  return { kind: 'table', widths: [2.4, 5.2, 6.4, ...years.map(() => 2.1), 1.6], headerRows: 2, rows, fontSize: 14 };
}

/** "1.1.1 เสริมสร้าง…" for the ภารกิจ column: the item, else the sub-dimension, else the code as typed. */
function missionText(ctx: DocContext, m: Measure): string {
  const place = measurePlace(ctx, m).place;
  const node = place?.item ?? place?.sub;
  return node ? `${node.code} ${node.title}` : m.code;
}

/** สรุปงบประมาณ: count and budget per dimension and year, and the plan's totals. */
export function budgetSummaryTable(ctx: DocContext, figures: PlanFigures = planFigures(ctx.plan)): Table {
  const years = ctx.years;
  const money = (n: number) => formatBudgetCell(n, ctx.digits);
  const rows: TableRow[] = [{ cells: [head('มิติ'), head('จำนวน'), ...years.map((y) => head(ctx.d(`ปี ${y}`))), head('รวม (บาท)')] }];
  for (const dim of ctx.framework.dimensions) {
    const f = figures.byDimension.get(dim.no);
    rows.push({ cells: [at(ctx.d(dimensionTitle(dim)), 'left'), at(count(ctx, f?.count ?? 0), 'center'), ...years.map((y) => at(money(f?.budgets[y] ?? 0), 'right')), at(money(f?.total ?? 0), 'right')] });
  }
  const t = figures.total;
  keepLastWithNext(rows);
  rows.push({ cells: [at('รวมทั้งสิ้น', 'center', true, { shade: TOTAL_SHADE }), at(count(ctx, t.count), 'center', true, { shade: TOTAL_SHADE }), ...years.map((y) => at(money(t.budgets[y]), 'right', true, { shade: TOTAL_SHADE })), at(money(t.total), 'right', true, { shade: TOTAL_SHADE })] });
  return { kind: 'table', widths: [6.5, 1.6, ...years.map(() => 2.3), 2.6], headerRows: 1, rows, fontSize: 14 };
}

/** "1,234,500" in the document's digits: the total budget the preface states. */
export function totalBudgetText(ctx: DocContext, figures: PlanFigures): string {
  return formatBaht(figures.total.total, ctx.digits);
}

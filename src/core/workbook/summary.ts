import type { DimensionNo, Framework } from '../framework/types';
import { normaliseCode } from '../framework/framework';
import { cleanText } from '../thai/text';
import { columnLetter, quoteSheet } from './a1';
import { EMPTY_SNAPSHOT, cellValue, lastContentRow, type SheetSnapshot, type WantedCell } from './grid';
import { completeHeader } from './headers';
import {
  FIRST_DATA_ROW, HEADER_ROW, SHEET, TITLE_ROW, budgetHeader, budgetKey, dimensionSheetName,
  type BudgetKey, type ColumnKind, type ColumnSpec,
} from './layout';
import type { SheetPlan } from './sheetPlan';
import { keyed, tableTabPlan, type TableTabSpec } from './tablePlan';

/**
 * The สรุป tab: per dimension and sub-dimension, the count of measures and the budget per
 * plan year as live formulas over the dimension tabs, then grand totals. Beside them, two
 * input columns hold the figures an existing document states (its preface and its summary
 * table) so validation can compare them with the rows.
 */

export type SummaryKey = 'level' | 'code' | 'title' | 'count' | BudgetKey | 'total' | 'statedPreface' | 'statedTable';

export const SUMMARY_LEVEL = { dimension: 'มิติ', sub: 'มิติย่อย', total: 'รวมทั้งสิ้น' } as const;

const SUMMARY_TITLE = 'สรุปจำนวนโครงการ/กิจกรรม/มาตรการ และงบประมาณ';

export function summaryColumns(years: readonly number[]): ColumnSpec<SummaryKey>[] {
  return [
    { key: 'level', header: 'ระดับ', kind: 'text', width: 80 },
    { key: 'code', header: 'รหัส', kind: 'code', width: 60 },
    { key: 'title', header: 'มิติ / ภารกิจตามมิติ', kind: 'text', width: 380 },
    { key: 'count', header: 'จำนวนโครงการ/กิจกรรม/มาตรการ', kind: 'formula', width: 120 },
    ...years.map((y): ColumnSpec<SummaryKey> => ({ key: budgetKey(y), header: budgetHeader(y), kind: 'formula', width: 120 })),
    { key: 'total', header: 'รวมงบประมาณ (บาท)', kind: 'formula', width: 130 },
    { key: 'statedPreface', header: 'จำนวนที่ระบุในคำนำ', aliases: ['จำนวนที่ระบุในคำนำของเอกสาร'], kind: 'number', width: 120 },
    { key: 'statedTable', header: 'จำนวนที่ระบุในตารางสรุป', aliases: ['จำนวนที่ระบุในตารางสรุปของเอกสาร'], kind: 'number', width: 120 },
  ];
}

/** A summary row: a dimension, a sub-dimension, or the grand total. */
export type SummaryRowKind =
  | { readonly level: 'dimension'; readonly dimension: DimensionNo; readonly code: string; readonly title: string }
  | { readonly level: 'sub'; readonly dimension: DimensionNo; readonly code: string; readonly title: string }
  | { readonly level: 'total'; readonly code: ''; readonly title: string };

export function summaryRows(framework: Framework): SummaryRowKind[] {
  const rows: SummaryRowKind[] = [];
  for (const dim of framework.dimensions) {
    rows.push({ level: 'dimension', dimension: dim.no, code: String(dim.no), title: `${dimensionSheetName(dim.no)} ${dim.title}` });
    for (const sub of dim.subs) rows.push({ level: 'sub', dimension: dim.no, code: sub.code, title: `${sub.code} ${sub.title}` });
  }
  rows.push({ level: 'total', code: '', title: 'รวมทั้งสิ้น' });
  return rows;
}

/** Where each summary row is: found by its code (or the total label) in the sheet. */
export function locateSummaryRows(snap: SheetSnapshot, codeCol: number, levelCol: number): Map<string, number> {
  const found = new Map<string, number>();
  for (let r = FIRST_DATA_ROW; r <= snap.values.length; r++) {
    const level = cleanText(cellValue(snap, r, levelCol));
    const raw = cleanText(cellValue(snap, r, codeCol));
    const key = level === SUMMARY_LEVEL.total ? 'total' : normaliseCode(raw) || (/^[1-4]$/.test(raw) ? raw : '');
    if (key && !found.has(key)) found.set(key, r);
  }
  return found;
}

export function summaryRowKey(row: SummaryRowKind): string {
  return row.level === 'total' ? 'total' : row.code;
}

/** Every cell the สรุป tab should hold, where it belongs in this sheet (found rows stay where they are). */
export interface SummaryLayout {
  readonly columns: ReadonlyMap<SummaryKey, number>;
  /** Summary row key (code, or 'total') → sheet row. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Title, headers, labels and formulas ("=…"), as scaffold writes them into empty cells. */
  readonly wanted: readonly WantedCell[];
}

export function summaryLayout(
  snap: SheetSnapshot,
  framework: Framework,
  years: readonly number[],
  dimensionColumns: ReadonlyMap<DimensionNo, ReadonlyMap<string, number>>,
): SummaryLayout {
  const { columns, wanted } = completeHeader(snap, HEADER_ROW, summaryColumns(years));
  const col = (k: SummaryKey) => columns.get(k)!;
  wanted.unshift({ row: TITLE_ROW, col: 1, value: SUMMARY_TITLE });
  const located = locateSummaryRows(snap, col('code'), col('level'));
  const rows = summaryRows(framework);
  let next = Math.max(lastContentRow(snap), HEADER_ROW) + 1;
  const rowOf = new Map<string, number>();
  for (const row of rows) {
    const key = summaryRowKey(row);
    rowOf.set(key, located.get(key) ?? next++);
  }
  const dimensionRowNos = rows.filter((r) => r.level === 'dimension').map((r) => rowOf.get(summaryRowKey(r))!);
  for (const row of rows) {
    const r = rowOf.get(summaryRowKey(row))!;
    const levelLabel = row.level === 'dimension' ? SUMMARY_LEVEL.dimension : row.level === 'sub' ? SUMMARY_LEVEL.sub : SUMMARY_LEVEL.total;
    wanted.push({ row: r, col: col('level'), value: levelLabel }, { row: r, col: col('code'), value: row.code }, { row: r, col: col('title'), value: row.title });
    const cells: [SummaryKey, string][] = [['count', ''], ...years.map((y): [SummaryKey, string] => [budgetKey(y), ''])];
    for (const [key] of cells) {
      if (row.level === 'total') {
        wanted.push({ row: r, col: col(key), value: `=${dimensionRowNos.map((dr) => `${columnLetter(col(key))}${dr}`).join('+')}` });
        continue;
      }
      const dimCols = dimensionColumns.get(row.dimension)!;
      // Earlier versions stopped at LEGACY_LAST_ROW; such an untouched formula is Sujarit's own and is upgraded.
      wanted.push({ row: r, col: col(key), value: rowFormula(row, key, dimCols), replaces: [rowFormula(row, key, dimCols, LEGACY_LAST_ROW)] });
    }
    const yearCols = years.map((y) => columnLetter(col(budgetKey(y))));
    const totalFormula = yearCols.length ? `=SUM(${yearCols.map((c) => `${c}${r}`).join(',')})` : '=0';
    wanted.push({ row: r, col: col('total'), value: totalFormula });
  }
  return { columns, rowOf, wanted };
}

export function summaryPlan(
  existing: SheetSnapshot | undefined,
  framework: Framework,
  years: readonly number[],
  dimensionColumns: ReadonlyMap<DimensionNo, ReadonlyMap<string, number>>,
): SheetPlan {
  const specs = summaryColumns(years);
  const layout = summaryLayout(existing ?? EMPTY_SNAPSHOT, framework, years, dimensionColumns);
  const spec: TableTabSpec<SummaryKey> = {
    name: SHEET.summary,
    title: SUMMARY_TITLE,
    columns: specs,
    formats: keyed(specs, (c) => SUMMARY_FORMATS[c.key === 'count' ? 'number' : c.kind]),
    rules: {},
    frozenColumns: 3,
    tabColor: '#00838f',
  };
  // Title and header come from the table plan; the layout adds the rows and their formulas.
  return tableTabPlan(existing, spec, () => layout.wanted.filter((w) => w.row > HEADER_ROW));
}

const SUMMARY_FORMATS: Partial<Record<ColumnKind, string>> = { code: '@', number: '0', formula: '#,##0.##' };

/** Where the summary formulas of earlier versions stopped: rows below were not counted. */
export const LEGACY_LAST_ROW = 2000;

/**
 * Count or budget formula of a dimension or sub-dimension row, over that dimension's tab. Whole
 * columns (Google Sheets and Excel alike) so that no row is ever out of reach; what the title and
 * header rows hold is taken away again. `lastRow` gives the bounded form of earlier versions.
 */
export function rowFormula(row: Exclude<SummaryRowKind, { level: 'total' }>, key: SummaryKey, dimCols: ReadonlyMap<string, number>, lastRow?: number): string {
  const sheet = quoteSheet(dimensionSheetName(row.dimension));
  const range = (k: string) => {
    const letter = columnLetter(dimCols.get(k)!);
    return lastRow ? `${sheet}!$${letter}$${FIRST_DATA_ROW}:$${letter}$${lastRow}` : `${sheet}!$${letter}:$${letter}`;
  };
  const above = (k: string) => {
    const letter = columnLetter(dimCols.get(k)!);
    return lastRow ? '' : `${sheet}!$${letter}$1:$${letter}$${FIRST_DATA_ROW - 1}`;
  };
  const minus = (fn: string, k: string, criterion = '') => (lastRow ? '' : `-${fn}(${above(k)}${criterion})`);
  const pattern = `"${row.code}*"`;
  if (key === 'count') {
    return row.level === 'dimension' ? `=COUNTIF(${range('name')},"?*")${minus('COUNTIF', 'name', ',"?*"')}` : `=COUNTIF(${range('code')},${pattern})`;
  }
  return row.level === 'dimension' ? `=SUM(${range(key)})${minus('SUM', key)}` : `=SUMIF(${range('code')},${pattern},${range(key)})`;
}

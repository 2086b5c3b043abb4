import { DIMENSION_NOS, type DimensionNo } from '../framework/types';
import { EMPTY_SNAPSHOT, type SheetSnapshot } from '../workbook/grid';
import { completeHeader, locateColumns } from '../workbook/headers';
import { HEADER_ROW, SHEET, dimensionSheetName, measureColumns } from '../workbook/layout';
import { locateSummaryRows, summaryColumns, summaryLayout, type SummaryKey, type SummaryLayout } from '../workbook/summary';
import type { ValidationInput } from './rule';

/** The สรุป tab as validation sees it: what is there, and what scaffold would have put there. */
export interface SummarySheetRead {
  readonly snap: SheetSnapshot;
  /** Expected cells, placed as scaffold places them (existing rows and columns where they are). */
  readonly layout: SummaryLayout;
  /** Columns whose header the sheet lacks (their cells are not checked one by one). */
  readonly missingColumns: ReadonlySet<SummaryKey>;
  /** Summary rows (by code, or 'total') actually found in the sheet. */
  readonly foundRows: ReadonlyMap<string, number>;
}

/** Three rule sets read the tab; a validation reads it once. */
const reads = new WeakMap<ValidationInput, SummarySheetRead | undefined>();

export function readSummarySheet(input: ValidationInput): SummarySheetRead | undefined {
  if (!reads.has(input)) reads.set(input, summarySheetOf(input));
  return reads.get(input);
}

function summarySheetOf(input: ValidationInput): SummarySheetRead | undefined {
  const snap = input.snapshot(SHEET.summary);
  if (!snap) return undefined;
  // The formulas point at the dimension tabs' columns wherever scaffold has (or would have) put them.
  const dimensionColumns = new Map<DimensionNo, ReadonlyMap<string, number>>();
  for (const no of DIMENSION_NOS) {
    const dimSnap = input.snapshot(dimensionSheetName(no)) ?? EMPTY_SNAPSHOT;
    dimensionColumns.set(no, completeHeader(dimSnap, HEADER_ROW, measureColumns(input.years)).columns);
  }
  const layout = summaryLayout(snap, input.framework, input.years, dimensionColumns);
  const found = locateColumns(snap.values[HEADER_ROW - 1] ?? [], summaryColumns(input.years));
  const missingColumns = new Set([...layout.columns.keys()].filter((k) => !found.has(k)));
  const foundRows = locateSummaryRows(snap, layout.columns.get('code')!, layout.columns.get('level')!);
  return { snap, layout, missingColumns, foundRows };
}

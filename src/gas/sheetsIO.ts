import type { GridWrite, SheetSnapshot } from '../core/workbook/grid';
import type { SnapshotSource } from '../core/workbook/scaffold';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads a whole tab in one batch: values and formulas of its data range. */
export function readSnapshot(sheet: Sheet): SheetSnapshot {
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
}

/** A snapshot source over the active spreadsheet that reads each tab at most once per run. */
export function snapshotSource(ss: Spreadsheet): SnapshotSource {
  const cache = new Map<string, SheetSnapshot | undefined>();
  let names: readonly string[] | undefined;
  const read = (name: string) => {
    if (!cache.has(name)) {
      const sheet = ss.getSheetByName(name);
      cache.set(name, sheet ? readSnapshot(sheet) : undefined);
    }
    return cache.get(name);
  };
  return Object.assign(read, { sheetNames: () => (names ??= ss.getSheets().map((s) => s.getName())) });
}

/** Writes each planned rectangle with one setValues, growing the grid first when needed. */
export function applyWrites(sheet: Sheet, writes: readonly GridWrite[]): void {
  if (writes.length === 0) return;
  const needRows = Math.max(...writes.map((w) => w.row + w.values.length - 1));
  const needCols = Math.max(...writes.map((w) => w.col + w.values[0].length - 1));
  ensureSize(sheet, needRows, needCols);
  for (const w of writes) {
    sheet.getRange(w.row, w.col, w.values.length, w.values[0].length).setValues(w.values.map((r) => [...r]));
  }
}

export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

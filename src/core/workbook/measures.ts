import type { DimensionNo } from '../framework/types';
import { normaliseCode } from '../framework/framework';
import { EMPTY_DETAILS, MEASURE_TYPES, planYears, typeFromName, type Measure, type MeasureDetails, type MeasureType, type PlanSettings } from '../plan/model';
import { readBudget } from '../thai/money';
import { cleanText } from '../thai/text';
import { a1 } from './a1';
import { cellValue, lastContentRow, type SheetSnapshot, type WantedCell } from './grid';
import { budgetYearOfHeader, locateColumns } from './headers';
import { DETAIL_COLUMNS, FIRST_DATA_ROW, HEADER_ROW, budgetKey, dimensionSheetName, measureColumns, type MeasureColumnKey } from './layout';

/** A measure as read from its row, with where every field sits so findings can name the cell. */
export interface MeasureRow {
  readonly sheet: string;
  readonly row: number;
  readonly measure: Measure;
  /** The cell's raw value per column key (what the user typed). */
  readonly raw: Readonly<Partial<Record<MeasureColumnKey, unknown>>>;
  /** A1 address per column key present in the sheet. */
  readonly cells: Readonly<Partial<Record<MeasureColumnKey, string>>>;
}

export interface DimensionSheetRead {
  readonly sheet: string;
  readonly columns: ReadonlyMap<MeasureColumnKey, number>;
  /** Budget columns whose header names a year outside the plan (kept, reported by validation). */
  readonly extraBudgetYears: readonly { readonly year: number; readonly col: number }[];
  readonly rows: readonly MeasureRow[];
}

/**
 * Reads a dimension tab: columns found by header wherever they are, every non-blank row after
 * the header (blank rows in the middle and rows past a gap included), values cleaned but kept.
 */
export function readDimensionSheet(snap: SheetSnapshot, dimension: DimensionNo, settings: Pick<PlanSettings, 'firstYear' | 'lastYear'>): DimensionSheetRead {
  const sheet = dimensionSheetName(dimension);
  const years = planYears(settings);
  const columns = locateColumns(snap.values[HEADER_ROW - 1] ?? [], measureColumns(years));
  const extraBudgetYears = findExtraBudgetColumns(snap, years);
  const rows: MeasureRow[] = [];
  const last = lastContentRow(snap);
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const raw: Partial<Record<MeasureColumnKey, unknown>> = {};
    const cells: Partial<Record<MeasureColumnKey, string>> = {};
    let any = false;
    for (const [key, col] of columns) {
      const v = cellValue(snap, r, col);
      raw[key] = v;
      cells[key] = a1(r, col);
      // A ลำดับ typed down empty rows in advance, or a leftover link, does not make a measure.
      if (cleanText(v) !== '' && key !== 'docUrl' && key !== 'no') any = true;
    }
    if (!any) continue;
    rows.push({ sheet, row: r, raw, cells, measure: toMeasure(raw, dimension, years) });
  }
  return { sheet, columns, extraBudgetYears, rows };
}

function findExtraBudgetColumns(snap: SheetSnapshot, years: readonly number[]): { year: number; col: number }[] {
  const header = snap.values[HEADER_ROW - 1] ?? [];
  const out: { year: number; col: number }[] = [];
  header.forEach((h, i) => {
    const year = budgetYearOfHeader(h);
    if (year !== undefined && !years.includes(year)) out.push({ year, col: i + 1 });
  });
  return out;
}

function toMeasure(raw: Partial<Record<MeasureColumnKey, unknown>>, dimension: DimensionNo, years: readonly number[]): Measure {
  const text = (k: MeasureColumnKey) => cleanText(raw[k]);
  const multiline = (k: MeasureColumnKey) => (raw[k] === undefined || raw[k] === null ? '' : String(raw[k]).replace(/\r\n/g, '\n').trim());
  const budgets: Record<number, number> = {};
  for (const y of years) {
    const b = readBudget(raw[budgetKey(y)]);
    if (b.kind === 'amount') budgets[y] = b.baht;
  }
  const details = Object.fromEntries(DETAIL_COLUMNS.map((c) => [c.key, multiline(c.key)])) as unknown as MeasureDetails;
  const typed = text('type');
  const type: MeasureType | '' = MEASURE_TYPES.find((t) => t === typed) ?? typeFromName(text('name'));
  return {
    dimension,
    no: text('no'),
    code: normaliseCode(raw.code) || text('code'),
    name: text('name'),
    type,
    budgets,
    responsible: text('responsible'),
    remark: text('remark'),
    details: { ...EMPTY_DETAILS, ...details },
    docUrl: text('docUrl'),
  };
}

/** The cells of a measure's row, keyed by column: what writing a plan into a tab puts there. */
export function measureCells(measure: Measure, years: readonly number[]): Partial<Record<MeasureColumnKey, unknown>> {
  const cells: Partial<Record<MeasureColumnKey, unknown>> = {
    no: measure.no,
    code: measure.code,
    name: measure.name,
    type: measure.type,
    responsible: measure.responsible,
    remark: measure.remark,
    docUrl: measure.docUrl,
  };
  for (const y of years) cells[budgetKey(y)] = measure.budgets[y] ?? '';
  for (const c of DETAIL_COLUMNS) cells[c.key] = measure.details[c.key];
  return cells;
}

/** Cells to append measures below the last used row of a tab (import, demo): never over a filled row. */
export function appendMeasureCells(
  snap: SheetSnapshot,
  columns: ReadonlyMap<MeasureColumnKey, number>,
  measures: readonly Measure[],
  years: readonly number[],
): WantedCell[] {
  let row = Math.max(lastContentRow(snap), HEADER_ROW) + 1;
  const wanted: WantedCell[] = [];
  for (const m of measures) {
    const cells = measureCells(m, years);
    for (const [key, col] of columns) wanted.push({ row, col, value: cells[key] ?? '' });
    row++;
  }
  return wanted;
}

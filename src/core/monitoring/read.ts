import type { MonitoringRound } from '../api';
import { normaliseCode } from '../framework/framework';
import type { DimensionNo } from '../framework/types';
import { readBudget, type BudgetReading } from '../thai/money';
import { readThaiDate } from '../thai/readDate';
import type { CalendarDate } from '../thai/dates';
import { toArabicDigits } from '../thai/digits';
import { cleanText, comparisonKey } from '../thai/text';
import { a1 } from '../workbook/a1';
import { cellValue, lastContentRow, type SheetSnapshot } from '../workbook/grid';
import { locateColumns } from '../workbook/headers';
import { FIRST_DATA_ROW, HEADER_ROW } from '../workbook/layout';
import { readYear } from '../workbook/settings';
import { MONITORING_COLUMNS, type MonitoringKey } from './layout';
import { readRound } from './period';
import { readStatus, type StatusReading } from './status';

/** A monitoring row as read: typed values, and the raw cells and addresses for findings. */
export interface MonitoringEntry {
  readonly fiscalYear: number | undefined;
  readonly round: MonitoringRound | undefined;
  readonly dimension: DimensionNo | undefined;
  readonly code: string;
  readonly name: string;
  readonly planned: BudgetReading;
  readonly inOrdinance: string;
  readonly ordinance: BudgetReading;
  readonly status: StatusReading;
  readonly spent: BudgetReading;
  readonly date: CalendarDate | undefined;
  readonly result: string;
  readonly problems: string;
  readonly suggestions: string;
  readonly reason: string;
  readonly evidence: string;
}

export interface MonitoringRow {
  readonly row: number;
  readonly entry: MonitoringEntry;
  readonly raw: Readonly<Partial<Record<MonitoringKey, unknown>>>;
  readonly cells: Readonly<Partial<Record<MonitoringKey, string>>>;
}

export interface MonitoringRead {
  readonly columns: ReadonlyMap<MonitoringKey, number>;
  readonly rows: readonly MonitoringRow[];
}

/** Reads the ติดตามผล tab: columns by header wherever they are, every non-blank row after the header. */
export function readMonitoringSheet(snap: SheetSnapshot): MonitoringRead {
  const columns = locateColumns(snap.values[HEADER_ROW - 1] ?? [], MONITORING_COLUMNS);
  const rows: MonitoringRow[] = [];
  for (let r = FIRST_DATA_ROW; r <= lastContentRow(snap); r++) {
    const raw: Partial<Record<MonitoringKey, unknown>> = {};
    const cells: Partial<Record<MonitoringKey, string>> = {};
    for (const [key, col] of columns) {
      raw[key] = cellValue(snap, r, col);
      cells[key] = a1(r, col);
    }
    if (Object.values(raw).every((v) => cleanText(v) === '')) continue;
    rows.push({ row: r, raw, cells, entry: toEntry(raw) });
  }
  return { columns, rows };
}

function toEntry(raw: Partial<Record<MonitoringKey, unknown>>): MonitoringEntry {
  const text = (k: MonitoringKey) => cleanText(raw[k]);
  const multiline = (k: MonitoringKey) => (raw[k] === undefined || raw[k] === null ? '' : String(raw[k]).replace(/\r\n/g, '\n').trim());
  const code = normaliseCode(raw.code) || text('code');
  return {
    fiscalYear: readYear(raw.fiscalYear),
    round: readRound(raw.round),
    dimension: readDimension(raw.dimension) ?? readDimension(code.split('.')[0]),
    code,
    name: text('name'),
    planned: readBudget(raw.planned),
    inOrdinance: text('inOrdinance'),
    ordinance: readBudget(raw.ordinance),
    status: readStatus(raw.status),
    spent: readBudget(raw.spent),
    date: readThaiDate(raw.date),
    result: multiline('result'),
    problems: multiline('problems'),
    suggestions: multiline('suggestions'),
    reason: multiline('reason'),
    evidence: text('evidence'),
  };
}

/** 2, "๒", "มิติที่ 2" → 2. */
function readDimension(value: unknown): DimensionNo | undefined {
  const m = /^(?:มิติที่)?\s*([1-4])$/.exec(toArabicDigits(cleanText(value)));
  return m ? (Number(m[1]) as DimensionNo) : undefined;
}

/** Baht of a money cell, 0 when blank or unreadable (validation reports the unreadable ones). */
export function baht(reading: BudgetReading): number {
  return reading.kind === 'amount' ? reading.baht : 0;
}

/** A measure's identity across the plan and the tab: its code and its name, as people retype them. */
export function measureKey(code: string, name: string): string {
  return `${normaliseCode(code) || comparisonKey(code)}|${comparisonKey(name)}`;
}

export function rowsOfRound(read: MonitoringRead, fiscalYear: number, round: MonitoringRound): MonitoringRow[] {
  return read.rows.filter((r) => r.entry.fiscalYear === fiscalYear && r.entry.round === round);
}

import { measureKeys } from '../plan/measureKey';
import { approvedFields } from './fingerprint';
import { cellValue, lastContentRow, type GridWrite, type SheetSnapshot } from '../workbook/grid';
import { FIRST_DATA_ROW, HEADER_ROW, TITLE_ROW } from '../workbook/layout';
import type { MeasureRow } from '../workbook/measures';
import type { WorkbookRead } from '../workbook/readPlan';
import { PLAN_KEY, REVIEW_COLUMNS, REVIEW_TITLE, reviewColumn, statusOf, type ReviewColumnKey, type ReviewStatusKey } from './layout';

/** One row of the review tab as read back. */
export interface ReviewRecord {
  /** Row in the review tab (1-based). */
  readonly tabRow: number;
  readonly key: string;
  readonly sheet: string;
  /** The measure's row in its dimension tab when it was last reviewed. */
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly status: ReviewStatusKey;
  readonly comment: string;
  readonly reviewer: string;
  readonly date: string;
  readonly fingerprint: string;
  /** The approved field values (empty when none or unreadable). */
  readonly approved: Readonly<Record<string, string>>;
  /** The approved-values cell held something that is not the JSON Sujarit wrote. */
  readonly approvedBroken: boolean;
}

export function readReviewTab(snap: SheetSnapshot | undefined): ReviewRecord[] {
  if (!snap) return [];
  const records: ReviewRecord[] = [];
  const text = (r: number, k: ReviewColumnKey) => String(cellValue(snap, r, reviewColumn(k)) ?? '').trim();
  for (let r = FIRST_DATA_ROW; r <= lastContentRow(snap); r++) {
    const key = text(r, 'key');
    if (key === '') continue;
    const parsed = parseApproved(text(r, 'approved'));
    records.push({
      tabRow: r, key, sheet: text(r, 'sheet'), row: Number(text(r, 'row')) || 0, code: text(r, 'code'), name: text(r, 'name'),
      status: statusOf(text(r, 'status')), comment: text(r, 'comment'), reviewer: text(r, 'reviewer'), date: text(r, 'date'),
      fingerprint: text(r, 'fingerprint'), approved: parsed ?? {}, approvedBroken: parsed === undefined,
    });
  }
  return records;
}

function parseApproved(text: string): Record<string, string> | undefined {
  if (text === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  } catch {
    return undefined;
  }
}

/** The header row the review tab gets (row 2; row 1 holds the title). */
export function reviewHeaderRow(): string[] {
  return REVIEW_COLUMNS.map((c) => c.header);
}

export interface ReviewRowValues {
  readonly key: string;
  readonly sheet: string;
  readonly row: number | '';
  readonly code: string;
  readonly name: string;
  readonly status: string;
  readonly comment: string;
  readonly reviewer: string;
  readonly date: string;
  readonly fingerprint: string;
  readonly approved: string;
}

/** One review row's cells in column order. */
export function reviewRowCells(values: ReviewRowValues): (string | number)[] {
  return REVIEW_COLUMNS.map((c) => values[c.key]);
}

/** Where a record's row goes: its own row when the key is already there, else after the last. */
export function reviewTargetRow(records: readonly ReviewRecord[], key: string, snap: SheetSnapshot | undefined): number {
  const existing = records.find((r) => r.key === key);
  if (existing) return existing.tabRow;
  return Math.max(snap ? lastContentRow(snap) : 0, HEADER_ROW) + 1;
}

/** A measure of the plan with its stable key (see measureKeys). */
export interface KeyedRow {
  readonly key: string;
  readonly row: MeasureRow;
}

export function keyedRows(workbook: WorkbookRead): KeyedRow[] {
  const rows = workbook.dimensions.flatMap((d) => d.rows);
  const keys = measureKeys(rows.map((r) => r.measure));
  return rows.map((row, i) => ({ key: keys[i], row }));
}

/**
 * Pairs each review record with today's row. The key is made of dimension, code and name, so an
 * edit of the name loses it: then the row that sat at the same place (tab and row) when it was
 * reviewed, if no other record claims it, is taken to be the same measure, so the edit is reported
 * as a change rather than as a measure gone. A measure both renamed and moved (another row or tab)
 * is found last by the rest of its approved content.
 */
export function matchRecords(records: readonly ReviewRecord[], rows: readonly KeyedRow[]): Map<ReviewRecord, KeyedRow | undefined> {
  const byKey = new Map(rows.map((r) => [r.key, r] as const));
  const claimed = new Set<string>();
  const out = new Map<ReviewRecord, KeyedRow | undefined>();
  const measureRecords = records.filter((r) => r.key !== PLAN_KEY);
  for (const rec of measureRecords) {
    const hit = byKey.get(rec.key);
    if (hit) {
      out.set(rec, hit);
      claimed.add(hit.key);
    }
  }
  const recordKeys = new Set(measureRecords.map((r) => r.key));
  for (const rec of measureRecords) {
    if (out.has(rec)) continue;
    const place = rows.find((r) => r.row.sheet === rec.sheet && r.row.row === rec.row && !claimed.has(r.key) && !recordKeys.has(r.key));
    if (place) claimed.add(place.key);
    out.set(rec, place);
  }
  // Each free row's fields once, not once per unmatched record.
  const free = rows.filter((r) => !claimed.has(r.key) && !recordKeys.has(r.key)).map((row) => ({ row, fields: approvedFields(row.row.measure, []) }));
  for (const rec of measureRecords) {
    if (out.get(rec)) continue;
    const alike = mostAlike(rec, free);
    if (alike) {
      free.splice(free.indexOf(alike), 1);
      out.set(rec, alike.row);
    }
  }
  return out;
}

/** Approved fields other than the name that must still agree: a code and a few words are not enough to call two rows one measure. */
const MIN_SAME_FIELDS = 3;

/** The free row that keeps most of the record's approved fields besides its name (and budgets, which move with the years), if it keeps at least half. */
function mostAlike<T extends { readonly fields: Readonly<Record<string, string>> }>(rec: ReviewRecord, free: readonly T[]): T | undefined {
  const keys = Object.keys(rec.approved).filter((k) => k !== 'name' && !k.startsWith('budget:'));
  const need = Math.max(MIN_SAME_FIELDS, Math.ceil(keys.length / 2));
  let best: T | undefined;
  let bestSame = need - 1;
  for (const candidate of free) {
    const same = keys.filter((k) => candidate.fields[k] === rec.approved[k]).length;
    if (same > bestSame) {
      best = candidate;
      bestSame = same;
    }
  }
  return best;
}

/** The writes of one review row, with the tab's title and header first when the tab is new or blank. */
export function reviewWrites(snap: SheetSnapshot | undefined, row: number, cells: readonly (string | number)[]): GridWrite[] {
  const writes: GridWrite[] = [];
  if (!snap || lastContentRow(snap) < HEADER_ROW) {
    writes.push({ row: TITLE_ROW, col: 1, values: [[REVIEW_TITLE]] }, { row: HEADER_ROW, col: 1, values: [reviewHeaderRow()] });
  }
  writes.push({ row, col: 1, values: [[...cells]] });
  return writes;
}
